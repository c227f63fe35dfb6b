// Scope over every rule (issue 14 acceptance), on both engines: for each rule of ALERT_RULES, an
// alert about a Mangystau office (or batch) and the farm certificate never reaches Akmola's
// department, and one without a standard or of the farm certificate never reaches the land
// agency's chair — neither as an alert (the recipients the evaluation delivers to, read from the
// stored users), nor as an inbox line, nor as a line of the weekly digest. The same rule's alert
// about an Akmola office and a land standard does reach Akmola (and the land chair where the rule
// has a standard), so each check can fail.
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { createUser } from '../../app/accounts/auth.server'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { DELIVERIES } from '../../app/alerts/deliveries.server'
import { sendDigests } from '../../app/alerts/digest.server'
import { inboxPage } from '../../app/alerts/inbox.server'
import { configureAlertMail } from '../../app/alerts/mail-settings.server'
import { readerOf } from '../../app/alerts/readers.server'
import {
  ALERT_RULES,
  recipientsOf,
  type AlertFinding,
  type AlertRule,
} from '../../app/domain/alert-rules'
import { alertReaders, raiseAlert, saveSubscription } from '../../db/queries/alerts'
import type { Role } from '../../db/schema'
import { describeEachEngine } from '../support/test-db'

const FARM = 'private-farm-certificate'
const LAND = 'land-private-ownership-act'
const NOW = new Date()

describeEachEngine('scope over every alert rule', (ctx) => {
  const ids: Record<string, number> = {}
  const findings: Record<'mangystau' | 'akmola', Record<AlertRule, AlertFinding>> = {
    mangystau: {} as Record<AlertRule, AlertFinding>,
    akmola: {} as Record<AlertRule, AlertFinding>,
  }

  beforeAll(async () => {
    configureAlertMail({ publicUrl: 'https://sapa.example.kz', secret: 'scope-test-0123456789' })
    const make = async (
      key: string,
      role: Role,
      regionCode: string | null,
      agencyId = null as string | null,
    ) => {
      ids[key] = await createUser(
        ctx.db,
        {
          email: `${key}@scope.test`,
          name: key,
          role,
          regionCode,
          agencyId,
          password: 'long enough password',
        },
        { userId: null, source: CLI_SOURCE },
      )
      await saveSubscription(ctx.db, ids[key]!, {
        rules: [...ALERT_RULES],
        regionIds: null,
        standardIds: null,
        channels: ['inbox'],
        digest: true,
        language: 'en',
      })
    }
    await make('akmola', 'regional_qc', 'KZ-11')
    await make('land', 'agency_chair', null, 'land-resources-management-agency')
    await make('ministry', 'ministry_official', null)
    const office = async (region: string) => {
      const { rows } = await sql<{ id: number; regionId: number }>`
        select o.id, orr.region_id from offices o
        join office_regions orr on orr.office_id = o.id and orr.valid_to is null
        join regions r on r.id = orr.region_id
        where r.code = ${region} order by o.id limit 1`.execute(ctx.db)
      return rows[0]!
    }
    const places = { mangystau: await office('KZ-47'), akmola: await office('KZ-11') }
    const readers = (await alertReaders(ctx.db)).map(readerOf)
    for (const [where, place] of Object.entries(places) as [
      'mangystau' | 'akmola',
      { id: number; regionId: number },
    ][]) {
      // Mangystau's alerts are the farm certificate's, Akmola's a land standard's; the names in
      // the figures say where they come from, so that a line of the wrong place is seen.
      const standard = where === 'mangystau' ? FARM : LAND
      const name = `${where.toUpperCase()}-PLACE`
      for (const rule of ALERT_RULES) {
        const wholeOffice = rule === 'office_stale' || rule === 'import_invalid_rows'
        const f: AlertFinding = {
          rule,
          scopeKind: rule === 'import_invalid_rows' ? 'region' : 'office',
          scopeId: rule === 'import_invalid_rows' ? place.regionId : place.id,
          regionId: place.regionId,
          period:
            rule === 'import_invalid_rows'
              ? `batch-${place.id}`
              : rule === 'projected_miss'
                ? '2026'
                : '2026-11',
          standardId: wholeOffice ? '' : standard,
          measure: rule === 'indicator_fails' || rule === 'projected_miss' ? '1.1' : '',
          figures: {
            office: name,
            officeName: { kk: name, ru: name, en: name },
            indicatorName: { kk: name, ru: name, en: name },
            fileName: `${name}.csv`,
            value: 50,
            numerator: 1,
            denominator: 2,
            target: 90,
            reference: 'target',
          },
        }
        findings[where][rule] = f
        const id = await raiseAlert(ctx.db, f, NOW)
        for (const delivery of DELIVERIES) {
          const to = recipientsOf(f, readers)
            .filter((r) => r.channels.includes(delivery.channel))
            .map((r) => r.userId)
          await delivery.deliver(ctx.db, { id, finding: f }, to, NOW)
        }
      }
    }
  })

  const recipients = async (f: AlertFinding) =>
    recipientsOf(f, (await alertReaders(ctx.db)).map(readerOf)).map((r) => r.userId)

  it('an alert: never Akmola’s department for Mangystau, never the land chair for the farm certificate or a whole office', async () => {
    for (const rule of ALERT_RULES) {
      const other = await recipients(findings.mangystau[rule])
      expect(other, rule).not.toContain(ids.akmola)
      expect(other, rule).not.toContain(ids.land)
      const own = await recipients(findings.akmola[rule])
      expect(own, rule).toContain(ids.akmola)
      const hasStandard = findings.akmola[rule].standardId !== ''
      expect(own.includes(ids.land!), rule).toBe(hasStandard)
    }
  })

  it('an inbox line: Akmola’s department sees every rule’s Akmola line and no Mangystau line', async () => {
    const akmola = await inboxPage(ctx.db, ids.akmola!, 'en')
    expect(akmola.lines.map((l) => l.rule).sort()).toEqual([...ALERT_RULES].sort())
    for (const line of akmola.lines) {
      expect(line.text, line.rule).not.toContain('MANGYSTAU')
      expect(line.text, line.rule).toContain('AKMOLA')
    }
    // The land chair: the Akmola land-standard lines of the three rules with a standard only.
    const land = await inboxPage(ctx.db, ids.land!, 'en')
    expect(land.lines.map((l) => l.rule).sort()).toEqual([
      'indicator_fails',
      'overdue_open',
      'projected_miss',
    ])
    for (const line of land.lines) expect(line.text, line.rule).not.toContain('MANGYSTAU')
    // The ministry reads both places: every rule twice, but the import rule, which reaches only
    // the roles that import (decision 0030) — 2 × 4.
    const ministry = await inboxPage(ctx.db, ids.ministry!, 'en')
    expect(ministry.lines).toHaveLength(2 * (ALERT_RULES.length - 1))
    expect(ministry.lines.map((l) => l.rule)).not.toContain('import_invalid_rows')
  })

  it('a digest line: none about another region or another agency’s standard', async () => {
    await sendDigests(ctx.db, new Date(NOW.getTime() + 60_000))
    const { rows } = await sql<{ recipient: string; text: string }>`
      select recipient, text_body as text from mail_outbox where purpose = 'digest'`.execute(ctx.db)
    const of = (key: string) => rows.find((r) => r.recipient === `${key}@scope.test`)!.text
    const lines = (text: string) => text.split('\n').filter((l) => l.startsWith('• '))
    const akmola = lines(of('akmola'))
    expect(akmola.length).toBeGreaterThanOrEqual(ALERT_RULES.length)
    for (const l of akmola) {
      expect(l).not.toContain('MANGYSTAU')
      expect(l).toContain('AKMOLA')
    }
    const land = lines(of('land'))
    expect(land.length).toBeGreaterThanOrEqual(3)
    for (const l of land) expect(l).not.toContain('MANGYSTAU')
    expect(lines(of('ministry')).some((l) => l.includes('MANGYSTAU'))).toBe(true)
  })
})
