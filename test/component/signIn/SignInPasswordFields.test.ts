// The demo sign-in fields, one component for the family's sign-in page and the staff console's.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SignInPasswordFields from '../../../src/ui/SignInPasswordFields.vue'
import { createAppI18n } from '../support/appI18n'

function fields(texts: 'signIn' | 'console.signIn', values = { username: '', password: '' }, busy = false) {
  return mount(SignInPasswordFields, {
    props: { texts, busy, ...values },
    global: { plugins: [createAppI18n('nb')] },
  })
}

describe('the demo sign-in fields', () => {
  it('offers the sign-in button only once both the username and the password are filled in', () => {
    expect(fields('signIn').get('button').attributes('disabled')).toBeDefined()
    expect(
      fields('signIn', { username: 'lunner-forelder-1', password: '' }).get('button').attributes('disabled'),
    ).toBeDefined()
    expect(
      fields('signIn', { username: 'lunner-forelder-1', password: 'demo' }).get('button').attributes('disabled'),
    ).toBeUndefined()
  })

  it('speaks with the texts of the form it is in, for families and for staff', () => {
    const family = fields('signIn', { username: 'a', password: 'b' }, true)
    const staff = fields('console.signIn', { username: 'a', password: 'b' }, true)
    expect(family.findAll('label').map((label) => label.text())).toEqual(['Brukernavn', 'Passord'])
    expect(family.get('button').text()).toBe('Logger inn …')
    expect(staff.findAll('label').map((label) => label.text())).toEqual(['Brukernavn', 'Passord'])
    expect(staff.get('button').text()).toBe('Logger inn …')
  })

  it('hands back what the family types', async () => {
    const form = fields('signIn')
    await form.get('input[name="username"]').setValue('lunner-forelder-1')
    await form.get('input[name="password"]').setValue('demo')
    expect(form.emitted('update:username')).toEqual([['lunner-forelder-1']])
    expect(form.emitted('update:password')).toEqual([['demo']])
  })
})
