import type { Locale } from '../locales'
import { en } from './en'
import { nb, type Messages } from './nb'
import { nn } from './nn'

export const messages: Record<Locale, Messages> = { nb, nn, en }
export type { Messages }
