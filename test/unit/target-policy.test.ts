// Who may propose and who may decide a target value (docs/domain.md §1, decision 0008): the role
// matrix of canProposeTarget / canDecideTarget, for a land-agency standard's national value and for
// the values of Akmola (region 11) and Mangystau (region 47).
import { describe, expect, it } from 'vitest'
import {
  canDecideTarget,
  canProposeTarget,
  type AccountUser,
} from '../../app/accounts/policy.server'

const LAND = 'land-resources-management-agency'
const AGRI = 'ministry-of-agriculture'
const user = (role: AccountUser['role'], extra: Partial<AccountUser> = {}): AccountUser => ({
  id: 1,
  email: 'x@demo.kz',
  name: 'x',
  role,
  regionId: null,
  regionCode: null,
  agencyId: null,
  ...extra,
})
const admin = user('admin')
const ministry = user('ministry_official')
const akmola = user('regional_qc', { regionId: 11, regionCode: 'KZ-11' })
const landChair = user('agency_chair', { agencyId: LAND })
const agriChair = user('agency_chair', { agencyId: AGRI })

describe('proposing a target value', () => {
  const nation = { agencyId: LAND, regionId: null }
  const own = { agencyId: LAND, regionId: 11 }
  const other = { agencyId: LAND, regionId: 47 }

  it('a regional department: its own region only, never the nation or another region', () => {
    expect([own, other, nation].map((t) => canProposeTarget(akmola, t))).toEqual([
      true,
      false,
      false,
    ])
  })

  it("an agency chair: any value of its agency's standards, none of another agency's", () => {
    expect([own, other, nation].map((t) => canProposeTarget(landChair, t))).toEqual([
      true,
      true,
      true,
    ])
    expect([own, other, nation].map((t) => canProposeTarget(agriChair, t))).toEqual([
      false,
      false,
      false,
    ])
  })

  it('a ministry official reads only; an administrator may propose anything', () => {
    expect([own, nation].map((t) => canProposeTarget(ministry, t))).toEqual([false, false])
    expect([own, other, nation].map((t) => canProposeTarget(admin, t))).toEqual([true, true, true])
  })

  it('a regional user without a region proposes nothing', () => {
    expect(canProposeTarget(user('regional_qc'), nation)).toBe(false)
  })
})

describe('deciding a proposal', () => {
  it("only the chair of the standard's agency, or an administrator", () => {
    const land = { agencyId: LAND }
    expect(
      [admin, ministry, akmola, landChair, agriChair].map((u) => canDecideTarget(u, land)),
    ).toEqual([true, false, false, true, false])
    expect(canDecideTarget(agriChair, { agencyId: AGRI })).toBe(true)
  })
})
