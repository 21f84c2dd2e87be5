// The stand-in providers' login step: a page listing the demo people; the chosen one is signed in
// (with the chosen level of assurance), and consent is given at once, as ID-porten asks none.
import type Provider from 'oidc-provider'
import type { KoaContextWithOIDC } from 'oidc-provider'
import { personPickerPage, type PickablePerson } from './standInPages'
import { standInTexts } from './standInTexts'

export interface PickerOptions {
  /** The provider's path on its host (`/idporten`): the form posts back through it. */
  mountPath: string
  title: (texts: ReturnType<typeof standInTexts>) => string
  people: readonly PickablePerson[]
  /** Offer ID-porten's levels of assurance (else every login is at `defaultAcr`). */
  withLevel: boolean
  defaultAcr: string | undefined
  amr: string[]
}

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,100})$/

async function formOf(ctx: KoaContextWithOIDC): Promise<URLSearchParams> {
  let text = ''
  for await (const chunk of ctx.req) {
    text += String(chunk)
    if (text.length > 10_000) break
  }
  return new URLSearchParams(text)
}

export function personPicker(provider: Provider, options: PickerOptions) {
  const ids = new Set(options.people.map((person) => person.id))
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    const match = INTERACTION.exec(ctx.path)
    if (!match) return next()
    const details = await provider.interactionDetails(ctx.req, ctx.res)
    const texts = standInTexts(details.params.ui_locales)
    if (ctx.method === 'GET' && details.prompt.name === 'consent') {
      const grant = new provider.Grant({
        accountId: details.session?.accountId,
        clientId: String(details.params.client_id),
      })
      grant.addOIDCScope(String(details.params.scope ?? 'openid'))
      const grantId = await grant.save()
      ctx.respond = false
      await provider.interactionFinished(ctx.req, ctx.res, { consent: { grantId } }, { mergeWithLastSubmission: true })
      return
    }
    if (ctx.method === 'GET') {
      ctx.type = 'html'
      ctx.body = personPickerPage({
        title: options.title(texts),
        action: `${options.mountPath}${ctx.path}`,
        people: options.people,
        withLevel: options.withLevel,
        texts,
      })
      return
    }
    if (ctx.method !== 'POST') return next()
    const form = await formOf(ctx)
    const person = form.get('person') ?? ''
    ctx.respond = false
    if (form.get('choice') !== 'login' || !ids.has(person)) {
      await provider.interactionFinished(ctx.req, ctx.res, {
        error: 'access_denied',
        error_description: 'The person stopped signing in',
      })
      return
    }
    const acr = options.withLevel ? (form.get('acr') ?? options.defaultAcr) : options.defaultAcr
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: person, acr, amr: options.amr } },
      { mergeWithLastSubmission: false },
    )
  }
}
