// The users an alert may reach, as app/domain/alert-rules.ts reads them: role, region, the
// standards an agency chair reads, and what they asked for — their subscription, else their
// role's defaults (/admin/alerts), else every rule their role may have, in the inbox.
import type { ReaderRow } from '../../db/queries/alerts'
import {
  ALERT_CHANNELS,
  ALERT_RULES,
  rulesForRole,
  type AlertChannel,
  type AlertPreferences,
  type AlertReader,
  type AlertRule,
} from '../domain/alert-rules'

const isRule = (r: string): r is AlertRule => (ALERT_RULES as readonly string[]).includes(r)
const isChannel = (c: string): c is AlertChannel =>
  (ALERT_CHANNELS as readonly string[]).includes(c)

export interface Preferences extends AlertPreferences {
  digest: boolean
  /** Where they come from: the user's subscription, the role's defaults, or built in. */
  origin: 'subscription' | 'role' | 'builtIn'
}

export function preferencesOf(row: ReaderRow): Preferences {
  const allowed = rulesForRole(row.role)
  if (row.rules !== null && row.channels !== null) {
    return {
      rules: row.rules.filter(isRule).filter((r) => allowed.includes(r)),
      regionIds: row.regionIds,
      standardIds: row.standardIds,
      channels: row.channels.filter(isChannel),
      digest: row.digest ?? false,
      origin: 'subscription',
    }
  }
  if (row.defaultRules !== null && row.defaultChannels !== null) {
    return {
      rules: row.defaultRules.filter(isRule).filter((r) => allowed.includes(r)),
      regionIds: null,
      standardIds: null,
      channels: row.defaultChannels.filter(isChannel),
      digest: row.defaultDigest ?? false,
      origin: 'role',
    }
  }
  return {
    rules: allowed,
    regionIds: null,
    standardIds: null,
    channels: ['inbox'],
    digest: false,
    origin: 'builtIn',
  }
}

export function readerOf(row: ReaderRow): AlertReader {
  return {
    userId: row.userId,
    role: row.role,
    regionId: row.role === 'regional_qc' ? row.regionId : null,
    standards: row.role === 'agency_chair' ? (row.agencyStandards ?? []) : 'all',
    preferences: preferencesOf(row),
  }
}
