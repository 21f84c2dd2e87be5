// The HTML of the local stand-in providers: pick a demo person (and, for ID-porten, a level of
// assurance), the sign-out step and the error page. Plain forms, no script but the sign-out's auto-submit.
import type { StandInTexts } from './standInTexts'

export interface PickablePerson {
  /** What the form sends back: a person number or a staff subject. */
  id: string
  name: string
  /** Shown beside the name: the person number, or the e-mail address. */
  detail: string
  hasAccess: boolean
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
label{display:block;padding:.6rem;border:1px solid #ccc;border-radius:.4rem;margin:.4rem 0}
button{font:inherit;padding:.6rem 1.2rem;margin:.6rem .4rem 0 0}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`
}

export function personPickerPage(options: {
  title: string
  action: string
  people: readonly PickablePerson[]
  withLevel: boolean
  texts: StandInTexts
}): string {
  const { texts } = options
  const people = options.people
    .map(
      (person, index) =>
        `<label><input type="radio" name="person" value="${escapeHtml(person.id)}"${index === 0 ? ' checked' : ''}> ` +
        `${escapeHtml(person.name)} (${escapeHtml(person.detail)})${person.hasAccess ? '' : ` – ${texts.noAccess}`}</label>`,
    )
    .join('')
  const level = options.withLevel
    ? `<fieldset><legend>${texts.level}</legend>
<label><input type="radio" name="acr" value="idporten-loa-substantial" checked> ${texts.substantial}</label>
<label><input type="radio" name="acr" value="idporten-loa-high"> ${texts.high}</label></fieldset>`
    : ''
  return page(
    options.title,
    `<p>${texts.intro}</p><form method="post" action="${escapeHtml(options.action)}">${people}${level}
<button type="submit" name="choice" value="login">${texts.submit}</button>
<button type="submit" name="choice" value="cancel">${texts.cancel}</button></form>`,
  )
}

/** oidc-provider's sign-out confirmation form, confirmed at once as ID-porten does (a button where script is off). */
export function logoutPage(form: string, texts: StandInTexts): string {
  const confirmed = form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')
  return page(
    texts.logoutTitle,
    `${confirmed}<button type="submit" form="op.logoutForm">${texts.logoutButton}</button>
<script>document.getElementById('op.logoutForm').submit()</script>`,
  )
}

export function loggedOutPage(texts: StandInTexts): string {
  return page(texts.logoutTitle, `<p>${texts.loggedOut}</p>`)
}

export function errorPage(out: object, texts: StandInTexts): string {
  const lines = Object.entries(out)
    .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(String(value))}</p>`)
    .join('')
  return page(texts.errorTitle, lines)
}
