// The middle layer's rules in eslint.config.js hold: the console takes its time from the injected clock, and the
// app's language is a Locale from useLocale, never a cast of vue-i18n's string.
import { describe, it } from 'vitest'
import { plantedLineJudge } from './support/plantedLine'

const clock = plantedLineJudge(new Set(['no-restricted-imports']))
const cast = plantedLineJudge(new Set(['no-restricted-syntax']))

describe('the console’s time is injected', { timeout: 60_000 }, () => {
  it('refuses a console store that reads the system clock', () =>
    clock.refused('src/console/stores/planted.ts', "import { systemClock as planted } from '../../domain/clock'"))

  it('refuses a console component that reads the system clock', () =>
    clock.refused(
      'src/console/components/plan/Planted.vue',
      "import { systemClock as planted } from '../../../domain/clock'",
    ))

  it('lets the console take the Clock type and its injected clock', async () => {
    await clock.allowed('src/console/stores/planted.ts', "import type { Clock as planted } from '../../domain/clock'")
    await clock.allowed(
      'src/console/stores/planted.ts',
      "import { useConsoleClock as planted } from '../tools/useConsoleClock'",
    )
  })
})

describe('the app’s language is typed once', { timeout: 60_000 }, () => {
  const locale = "import type { Locale } from '../../protocol/locale'\ndeclare const locale: { value: string }"

  it('refuses a family screen read that casts the locale', () =>
    cast.refused('src/family/composables/planted.ts', `${locale}\nconst planted = locale.value as Locale`))

  it('refuses a console component that casts the locale', () =>
    cast.refused('src/console/components/Planted.vue', `${locale}\nconst planted = <Locale>locale.value`))

  it('lets a screen take the locale from useLocale', () =>
    cast.allowed(
      'src/family/composables/planted.ts',
      "import { useLocale } from '../../i18n/useLocale'\nconst planted = useLocale().value",
    ))
})
