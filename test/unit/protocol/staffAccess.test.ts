import { describe, expect, it } from 'vitest'
import { StaffRole } from '../../../src/protocol/staffRole'
import { staffMayCall } from '../../../src/protocol/routes/staffAccess'
import { staffReadRoutes } from '../../../src/protocol/routes/staffReadRoutes'
import { staffWriteRoutes } from '../../../src/protocol/routes/staffWriteRoutes'
import { syncRoutes } from '../../../src/protocol/routes/syncRoutes'

/** The roles that may call `route`, of the three. */
const mayCall = (route: Parameters<typeof staffMayCall>[0]) =>
  StaffRole.options.filter((role) => staffMayCall(route, role))

describe('who among the staff may call a route', () => {
  it('knows caseworkers, planners and read-only staff', () => {
    expect(StaffRole.options).toEqual(['caseworker', 'planner', 'readOnly'])
  })

  it('lets every role read', () => {
    expect(mayCall({ method: 'get', access: 'staff' })).toEqual(['caseworker', 'planner', 'readOnly'])
  })

  it.each(['post', 'put', 'patch', 'delete'] as const)(
    'lets caseworkers and planners %s, not read-only staff',
    (method) => {
      expect(mayCall({ method, access: 'staff' })).toEqual(['caseworker', 'planner'])
    },
  )

  it('lets a route narrow its roles further', () => {
    expect(mayCall(staffWriteRoutes.staffUpdateMunicipality)).toEqual(['caseworker'])
    expect(mayCall({ method: 'get', access: 'staff', staffRoles: ['planner'] })).toEqual(['planner'])
  })

  it('refuses read-only staff the planner’s changes and lets them read', () => {
    expect(mayCall(staffWriteRoutes.staffCreateStay)).toEqual(['caseworker', 'planner'])
    expect(mayCall(Object.values(staffReadRoutes)[0]!)).toEqual(['caseworker', 'planner', 'readOnly'])
  })

  it('leaves routes that are not the staff’s to their own access', () => {
    expect(mayCall(syncRoutes.pushMutations)).toEqual(['caseworker', 'planner', 'readOnly'])
  })
})
