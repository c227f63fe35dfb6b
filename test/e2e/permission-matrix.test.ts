// The permission matrix of issue 5: each role × each kind of door (page, form action, API, export,
// CLI) × its own or another region or agency → allowed or denied, against a real server (server.ts
// over build/) on the golden fixture (test/fixtures/golden.ts: Akmola KZ-11 and Mangystau KZ-47,
// every number worked out by hand). The matrix is the table MATRIX below, one line per door; each
// of its cells is one test. Every response of a limited reader is also searched for figures it may
// not see (LEAKS): another region's numbers and names, the nation's, another agency's standard's.
// The database: PostgreSQL (a `sapa_matrix_…` clone of the test template) when TEST_DATABASE_URL
// is set, else an embedded PGlite directory. The HTTP cells run while the server runs; the CLI
// cells and the database checks after it has stopped (PGlite serves one process at a time).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { importCommand } from '../../app/cli/import-command'
import { indicatorsCommand } from '../../app/cli/indicators-command'
import { standardCommand } from '../../app/cli/standard-command'
import { UsageError } from '../../app/cli/usage-error'
import { CLI_SOURCE } from '../../app/accounts/audit.server'
import { createApiToken } from '../../app/accounts/auth.server'
import { commitImport, previewImport } from '../../app/import/import.server'
import { proposeTarget } from '../../app/targets/workflow.server'
import { proposalYears } from '../../app/domain/target-years'
import { todayInKazakhstan } from '../../app/domain/reporting-period'
import { queueMail } from '../../app/monitoring/mail-queue.server'
import { createDb, type Db } from '../../db/client.server'
import { userForSignIn } from '../../db/queries/accounts'
import { ensureDemoUsers } from '../../seeds/demo/demo-users'
import { FARM, LAND_OWNERSHIP as LAND, OFFICE, writeGoldenFixture } from '../fixtures/golden'
import { startAppServer, type AppServer } from '../support/app-server'
import { databaseUrlWithName, dropTestDatabase } from '../support/database-url'
import { Cookies, csrfOf, request, signInHttp } from '../support/sign-in'

// ── who, and what is "own" and "other" for them ─────────────────────────────────────────────

type Role = 'admin' | 'ministry' | 'akmola' | 'land' | 'agri' | 'anonymous'
type Reach = 'own' | 'other'

const EMAIL: Record<Role, string> = {
  admin: 'admin@demo.kz',
  ministry: 'ministry@demo.kz',
  akmola: 'akmola@demo.kz', // regional_qc, KZ-11
  land: 'land-chair@demo.kz', // agency_chair, Land Resources Management Agency (4 land acts)
  agri: 'agri-chair@demo.kz', // agency_chair, Ministry of Agriculture (the farm certificate)
  anonymous: 'nobody@demo.kz', // no account: no cookie, no token; `--as` an unknown user
}

interface Place {
  region: string
  office: string
  std: string
}

const KZ11 = { region: 'KZ-11', office: OFFICE.P1 } // Akmola, the Kokshetau PSC
const KZ47 = { region: 'KZ-47', office: OFFICE.P2 } // Mangystau, the Aktau PSC

/**
 * The places a cell's request names. The regional user's other is another region (same standard);
 * an agency chair's other is the other agency's standard (any region: they read every region);
 * the administrator and the ministry official have no "other": theirs is Mangystau's land act.
 */
const PLACES: Record<Role, Record<Reach, Place>> = {
  admin: { own: { ...KZ11, std: FARM }, other: { ...KZ47, std: LAND } },
  ministry: { own: { ...KZ11, std: FARM }, other: { ...KZ47, std: LAND } },
  akmola: { own: { ...KZ11, std: FARM }, other: { ...KZ47, std: FARM } },
  land: { own: { ...KZ47, std: LAND }, other: { ...KZ47, std: FARM } },
  agri: { own: { ...KZ47, std: FARM }, other: { ...KZ47, std: LAND } },
  anonymous: { own: { ...KZ11, std: FARM }, other: { ...KZ47, std: FARM } },
}

// ── the matrix ──────────────────────────────────────────────────────────────────────────────

/** 302 to /login?redirectTo=… (a page, an export or a form of an anonymous visitor). */
const LOGIN = 'login'
/**
 * The import reads the file and refuses its row of another region's office, naming file · row ·
 * column · value, and writes nothing (page: the preview shows the error and a commit is a 409;
 * API: 422; CLI: exit code 1) — checked again in the database after the server stops.
 */
const REJECTED = 'rejected'
/**
 * The probe's attack (decision 0015): a regional user sends the id of a record stored in
 * {region} under the nation's source `golden`, at its own office. Written as a NEW record in its
 * region's source `KZ-11/golden` — the same answer whether the id is stored in its region or in
 * another — and the stored record does not move (checked in the database after the server stops).
 */
const NEW = 'new'
/** Those who import for every region write the nation's source: the stored record is updated. */
const UPDATED = 'updated'
/** A source named with another region's code: refused by its name (page: the source field's
 *  error; API 403; CLI exit 2). */
const SOURCE_REFUSED = 'source refused'
/** No such cell: the request does not vary by reach for this role (it names neither). */
const NA = '—'
/** An HTTP status; for the CLI, the exit code. */
type Outcome =
  number | typeof LOGIN | typeof REJECTED | typeof NEW | typeof UPDATED | typeof SOURCE_REFUSED
type Pair = [own: Outcome | typeof NA, other: Outcome | typeof NA]
type Kind = 'page' | 'action' | 'API' | 'export' | 'CLI'

interface Row {
  kind: Kind
  /** `GET <path>` (pages and exports with the session cookie, the API with a Bearer token), or a
   *  form, API call or CLI command of DOORS. {region} {office} {std} {indicator} are the place's. */
  door: string
  expected: Record<Exclude<Role, 'anonymous'>, Pair> & { anonymous: Outcome | typeof NA }
  /** Reference data (office lists): other regions' names are public there, numbers are not. */
  reference?: boolean
}

function row(
  kind: Kind,
  door: string,
  admin: Pair,
  ministry: Pair,
  akmola: Pair,
  land: Pair,
  agri: Pair,
  anonymous: Outcome | typeof NA,
  options: { reference?: boolean } = {},
): Row {
  return { kind, door, expected: { admin, ministry, akmola, land, agri, anonymous }, ...options }
}

/** A mail in the outbox (to the Akmola user), for the page that shows one. */
let outboxMail: number | undefined

// Read a line as: this door, for each role [its own place, the other place] → the answer.
// 200/302/303 allowed; 404 a page, export or form that does not exist for the caller; 403 an API
// call outside the caller's scope, and a target form the role may not send; 401 the API without
// credentials. CLI lines give the exit code: 0 done, 2 refused (`--as` outside the user's scope).
// prettier-ignore
const MATRIX: Row[] = [
  //  kind      door                                                                                               admin       ministry    akmola           land-chair  agri-chair  anonymous
  row('page',   'GET /?year=2025&standard={std}',                                                                  [200, 200], [200, 200], [200, NA],       [200, 404], [200, 404], LOGIN),
  row('page',   'GET /regions/{region}?year=2025&standard={std}&open=all',                                         [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('page',   'GET /offices/{office}?year=2025&standard={std}',                                                  [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('page',   'GET /indicators/{std}/1.1?year=2025&region={region}',                                             [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('page',   'GET /indicators/{std}/1.1?year=2025&office={office}',                                             [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('page',   'GET /indicators/{std}/1.1?year=2025&region=KZ-11&office={office}',                                [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('page',   'GET /indicators/{std}/1.1?year=2025',                                                             [200, 200], [200, 200], [404, NA],       [200, 404], [200, 404], LOGIN),
  row('page',   'GET /standards/{std}/2025',                                                                       [200, 200], [200, 200], [404, NA],       [200, 404], [200, 404], LOGIN),
  row('page',   'GET /targets?year=2025&standard={std}&region={region}',                                           [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('page',   'GET /targets/history?indicator={indicator}&year=2026&region={region}',                            [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('page',   'GET /reports/2025?region={region}',                                                               [200, 200], [200, 200], [200, 404],      [200, NA],  [200, NA],  LOGIN),
  row('page',   'GET /reports/2025',                                                                               [200, NA],  [200, NA],  [404, NA],       [200, NA],  [200, NA],  LOGIN),
  row('page',   'GET /imports',                                                                                    [200, NA],  [404, NA],  [200, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /imports?batch={batch}',                                                                      [200, 200], [404, NA],  [200, 404],      [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /data?region={region}',                                                                      [200, 200], [200, 200], [200, 404],      [200, NA],  [200, NA],  LOGIN),
  row('page',   'GET /data',                                                                                       [200, NA],  [200, NA],  [200, NA],       [200, NA],  [200, NA],  LOGIN),
  row('page',   'GET /inbox',                                                                                      [200, NA],  [200, NA],  [200, NA],       [200, NA],  [200, NA],  LOGIN),
  row('page',   'GET /account/alerts',                                                                             [200, NA],  [200, NA],  [200, NA],       [200, NA],  [200, NA],  LOGIN),
  row('page',   'GET /admin/alerts',                                                                               [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/jobs',                                                                                 [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/outbox',                                                                               [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/outbox/{mail}',                                                                        [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/users',                                                                                [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/audit',                                                                                [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/reference',                                                                            [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/standards',                                                                            [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('page',   'GET /admin/data',                                                                                 [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('export', 'GET /regions/{region}/export?table=indicators&format=csv&year=2025&standard={std}',               [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('export', 'GET /offices/{office}/export?table=indicators&format=xlsx&year=2025&standard={std}',              [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('export', 'GET /indicators/{std}/1.1/export?table=cases&format=csv&year=2025&region={region}',               [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('export', 'GET /indicators/{std}/1.1/export?table=cases&format=xlsx&year=2025&region=KZ-11&office={office}', [200, 200], [200, 200], [200, 404],      [200, 404], [200, 404], LOGIN),
  row('export', 'GET /overview/export?year=2025&export=csv&standard={std}',                                        [200, 200], [200, 200], [200, NA],       [200, 404], [200, 404], LOGIN),
  row('export', 'GET /overview/export?year=2025&export=xlsx&table=ranking&standard={std}',                         [200, 200], [200, 200], [404, NA],       [200, 404], [200, 404], LOGIN),
  row('export', 'GET /standards/{std}/2025/export?export=csv',                                                     [200, 200], [200, 200], [404, NA],       [200, 404], [200, 404], LOGIN),
  row('export', 'GET /reports/2025/draft.csv?region={region}',                                                     [200, 200], [200, 200], [200, 404],      [200, NA],  [200, NA],  LOGIN),
  row('export', 'GET /data/export?format=csv&region={region}',                                                     [200, 200], [200, 200], [200, 404],      [200, NA],  [200, NA],  LOGIN),
  row('export', 'GET /data/export?format=csv',                                                                     [200, NA],  [200, NA],  [200, NA],       [200, NA],  [200, NA],  LOGIN),
  row('export', 'GET /admin/audit/export?export=csv',                                                              [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /targets propose a value for {std} in {region}',                                             [302, 302], [403, 403], [302, 403],      [302, 403], [302, 403], LOGIN),
  row('action', 'POST /targets approve a proposal for {std} in {region}',                                          [302, 302], [403, 403], [403, 403],      [302, 403], [302, 403], LOGIN),
  row('action', 'POST /reports/2025 publish the report of {region}',                                               [302, 302], [302, 302], [302, 404],      [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /imports/upload a case at {office}',                                                         [303, 303], [404, NA],  [303, REJECTED], [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /imports commit a previewed case at {office}',                                               [303, 303], [404, NA],  [303, 404],      [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /admin/standards check the example definition file',                                       [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /account/alerts the monthly report of {region}',                                            [200, 200], [200, 200], [200, 422],      [200, NA],  [200, NA],  LOGIN),
  row('action', 'POST /admin/users create a user',                                                                 [200, NA],  [404, NA],  [404, NA],       [404, NA],  [404, NA],  LOGIN),
  row('API',    'GET /api/v1/indicators?year=2025&region={region}&standard={std}',                                 [200, 200], [200, 200], [200, 403],      [200, 403], [200, 403], 401),
  row('API',    'GET /api/v1/indicators?year=2025&office={office}&standard={std}',                                 [200, 200], [200, 200], [200, 403],      [200, 403], [200, 403], 401),
  row('API',    'GET /api/v1/indicators?year=2025&region=KZ-11&office={office}&standard={std}',                    [200, 200], [200, 200], [200, 403],      [200, 403], [200, 403], 401),
  row('API',    'GET /api/v1/indicators?year=2025&standard={std}',                                                 [200, 200], [200, 200], [403, NA],       [200, 403], [200, 403], 401),
  row('API',    'GET /api/v1/indicators?year=2025&by=region&standard={std}',                                       [200, 200], [200, 200], [403, NA],       [200, 403], [200, 403], 401),
  row('API',    'POST /api/v1/import/cases a case at {office}',                                                    [200, 200], [403, NA],  [200, REJECTED], [403, NA],  [403, NA],  401),
  row('API',    'GET /api/v1/imports',                                                                             [200, NA],  [403, NA],  [200, NA],       [403, NA],  [403, NA],  401),
  row('API',    'POST /api/v1/imports/{batch}/undo a committed case at {office}',                                  [200, 200], [403, NA],  [200, 404],      [403, NA],  [403, NA],  401),
  row('API',    'GET /api/v1/offices?region={region}',                                                             [200, 200], [200, 200], [200, 200],      [200, 200], [200, 200], 401,   { reference: true }),
  row('CLI',    'sapa indicators --year 2025 --region {region} --standard {std} --as {email}',                     [0, 0],     [0, 0],     [0, 2],          [0, 2],     [0, 2],     2),
  row('CLI',    'sapa indicators --year 2025 --region KZ-11 --office {office} --standard {std} --as {email}',      [0, 0],     [0, 0],     [0, 2],          [0, 2],     [0, 2],     2),
  row('CLI',    'sapa indicators --year 2025 --standard {std} --as {email}',                                       [0, 0],     [0, 0],     [2, NA],         [0, 2],     [0, 2],     2),
  row('CLI',    'sapa standard import docs/examples/example-standard.json --dry-run --as {email}',                 [0, NA],    [2, NA],    [2, NA],         [2, NA],    [2, NA],    2),
  row('CLI',    'sapa import cases <a case at {office}> --as {email}',                                             [0, 0],     [2, NA],    [0, REJECTED],   [2, NA],    [2, NA],    2),
  // The write cells of issue 18: the id of a record stored in {region} (source `golden`), sent at the Kokshetau PSC.
  row('API',    'POST /api/v1/import/cases?source=golden the id of a case stored in {region}',                     [UPDATED, UPDATED], [403, NA], [NEW, NEW],  [403, NA],  [403, NA],  401),
  row('API',    'POST /api/v1/import/surveys?source=golden the id of a survey stored in {region}',                 [UPDATED, UPDATED], [403, NA], [NEW, NEW],  [403, NA],  [403, NA],  401),
  row('API',    'POST /api/v1/import/complaints?source=golden the id of a complaint stored in {region}',           [UPDATED, UPDATED], [403, NA], [NEW, NEW],  [403, NA],  [403, NA],  401),
  row('API',    'POST /api/v1/import/publications?source=golden the record of {office} stored for a year',         [UPDATED, UPDATED], [403, NA], [UPDATED, REJECTED], [403, NA], [403, NA], 401),
  row('API',    'POST /api/v1/import/cases?source={region}/golden a case at the Kokshetau PSC',                    [NA, NA],   [403, NA],  [200, SOURCE_REFUSED], [403, NA], [403, NA], 401),
  row('action', 'POST /imports/upload cases, source golden, the id of a case stored in {region}',                  [UPDATED, UPDATED], [404, NA], [NEW, NEW],  [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /imports/upload surveys, source golden, the id of a survey stored in {region}',              [UPDATED, UPDATED], [404, NA], [NEW, NEW],  [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /imports/upload complaints, source golden, the id of a complaint stored in {region}',        [UPDATED, UPDATED], [404, NA], [NEW, NEW],  [404, NA],  [404, NA],  LOGIN),
  row('action', 'POST /imports/upload publications, source golden, the record of {office} stored for a year',      [UPDATED, UPDATED], [404, NA], [UPDATED, REJECTED], [404, NA], [404, NA], LOGIN),
  row('action', 'POST /imports/upload cases, source {region}/golden, a case at the Kokshetau PSC',                 [NA, NA],   [404, NA],  [303, SOURCE_REFUSED], [404, NA], [404, NA], LOGIN),
  row('CLI',    'sapa import cases --source golden <the id of a case stored in {region}> --as {email}',            [UPDATED, UPDATED], [2, NA], [NEW, NEW],    [2, NA],    [2, NA],    2),
  row('CLI',    'sapa import surveys --source golden <the id of a survey stored in {region}> --as {email}',        [UPDATED, UPDATED], [2, NA], [NEW, NEW],    [2, NA],    [2, NA],    2),
  row('CLI',    'sapa import complaints --source golden <the id of a complaint stored in {region}> --as {email}',  [UPDATED, UPDATED], [2, NA], [NEW, NEW],    [2, NA],    [2, NA],    2),
  row('CLI',    'sapa import publications --source golden <the record of {office} stored for a year> --as {email}', [UPDATED, UPDATED], [2, NA], [UPDATED, REJECTED], [2, NA], [2, NA], 2),
  row('CLI',    'sapa import cases --source {region}/golden <a case at the Kokshetau PSC> --as {email}',           [NA, NA],   [2, NA],    [0, SOURCE_REFUSED], [2, NA], [2, NA],  2),
]

// ── what a limited reader must never receive ────────────────────────────────────────────────

// Hand-worked from test/fixtures/golden.ts (docs/domain.md §3; case counts per block):
// farm certificate 1.1 in 2025 — Akmola: A1 F1a 40 + F1c 5 + F1e 1 on time of 51 (F1b 5 late,
// F1d withdrawn), P1 F2a 30 + F2c 3 + F2d 5 + F2g 3 of 48 (F2b 4, F2c' 1, F2e 2 late; F2f due in
// 2026) → 87/99 = 87.88 %; Mangystau: A2 60 + 20 of 84 (F3b 4 late), P2 20 + 30 of 53 (F4a' 2,
// F4c 1 late) → 130/137 = 94.89 %; the nation 217/236 = 91.95 %.
// land private ownership 1.1 — Akmola: LA 18 + LN 2 + LB 4 + LC 2 + LG 10 + LH 5 = 41 of 45 (LA' 2,
// LN' 1, LE 1 late; LD suspended, LF withdrawn) → 91.11 %; Mangystau: LI 15 of 20 → 75 %; the
// nation 56/65 = 86.15 %. Pages print two decimals ("94.89%", "130 of 137"), the overview's
// matrix one ("94.9%"), files and the API the bare value (94.89). (The nation's "91.9%" is left
// out: Akmola's own courtesy interval, 58.4 %–91.9 %, prints it too.)
// Since decision 0029 pages print one decimal and a non-breaking space ("94.9\u00a0%",
// "130\u00a0of\u00a0137"); `nbsp()` adds that form of each marker, the old ones stay.
const nbsp = (markers: string[]) => [
  ...markers,
  ...markers
    .filter((m) => / of |%$/.test(m))
    .map((m) => m.replace(/ of /g, '\u00a0of\u00a0').replace(/%$/, '\u00a0%')),
]
const MANGYSTAU = nbsp([
  'Mangystau',
  'Маңғыстау',
  'Мангистау',
  'Aktau',
  'Ақтау',
  'Актау',
  '94.89',
  '94.9%',
  '130 of 137',
])
const NATION = nbsp(['91.95', '217 of 236'])
const FARM_FIGURES = [
  ...nbsp(['87.88', '87.9%', '87 of 99', '94.89', '94.9%', '130 of 137']),
  ...NATION,
]
const LAND_FIGURES = nbsp(['91.11', '91.1%', '41 of 45', '15 of 20', '86.15', '86.2%', '56 of 65'])
const NAMES = new Set(['Mangystau', 'Маңғыстау', 'Мангистау', 'Aktau', 'Ақтау', 'Актау'])

const LEAKS: Record<Role, string[]> = {
  admin: [],
  ministry: [],
  akmola: [...MANGYSTAU, ...NATION],
  land: FARM_FIGURES,
  agri: LAND_FIGURES,
  anonymous: [...MANGYSTAU, ...FARM_FIGURES, ...LAND_FIGURES],
}

// ── the cells ───────────────────────────────────────────────────────────────────────────────

/** Indicator ids of 1.1 per standard (for the forms and the history page), from setup. */
const indicator11 = new Map<string, number>()

interface Cell {
  name: string
  id: string
  row: Row
  role: Role
  reach: Reach
  place: Place
  expected: Outcome
  /** What DOORS' prepare made for this cell before the server started. */
  prepared: Record<string, number>
}

const ROLES: Role[] = ['admin', 'ministry', 'akmola', 'land', 'agri', 'anonymous']

const CELLS: Cell[] = MATRIX.flatMap((line, r) =>
  ROLES.flatMap((role) => {
    const pair: Pair =
      role === 'anonymous' ? [line.expected.anonymous, NA] : line.expected[role as 'admin']
    return (['own', 'other'] as const).flatMap((reach, i) => {
      const expected = pair[i]!
      if (expected === NA) return []
      const place = PLACES[role][reach]
      const id = `${r + 1}-${role}-${reach}`
      const shown = fill(line.door, place, role, {})
      return [
        {
          name: `${line.kind} · ${role} · ${role === 'anonymous' ? '' : `${reach} · `}${shown} → ${
            line.kind === 'CLI' && typeof expected === 'number' ? `exit ${expected}` : expected
          }`,
          id,
          row: line,
          role,
          reach,
          place,
          expected,
          prepared: {},
        },
      ]
    })
  }),
)

/** The write cells of issue 18 that go over HTTP: one after another (each is an import). */
const isWriteCell = (c: Cell) => c.row.kind !== 'CLI' && c.row.door.includes('golden')
const HTTP_CELLS = CELLS.filter((c) => c.row.kind !== 'CLI' && !isWriteCell(c))
const HTTP_WRITE_CELLS = CELLS.filter(isWriteCell)
const CLI_CELLS = CELLS.filter((c) => c.row.kind === 'CLI')

function fill(
  template: string,
  place: Place,
  role: Role,
  prepared: Record<string, number>,
): string {
  return template
    .replaceAll('{region}', place.region)
    .replaceAll('{office}', place.office)
    .replaceAll('{std}', place.std)
    .replaceAll('{email}', EMAIL[role])
    .replaceAll('{indicator}', String(indicator11.get(place.std) ?? `<id of ${place.std} 1.1>`))
    .replaceAll('{batch}', String(prepared.batch ?? '<batch>'))
    .replaceAll('{mail}', String(outboxMail ?? '<mail>'))
}

// ── the world the cells run in ──────────────────────────────────────────────────────────────

interface World {
  server: AppServer | null
  db: Db | null
  openDb: () => Promise<Db>
  close: () => Promise<void>
  serverEnv: Record<string, string>
  dataDir: string | undefined
  jars: Map<Role, Cookies>
  csrf: Map<Role, string>
  tokens: Map<Role, string>
  users: Map<Role, { id: number }>
  regionId: Map<string, number>
  dir: string
}

const world = {
  server: null,
  db: null,
  jars: new Map(),
  csrf: new Map(),
  tokens: new Map(),
  users: new Map(),
  regionId: new Map(),
} as unknown as World

/** One case of the farm certificate at the PSC `office`, in February 2026 (no 2025 figure moves). */
function caseFile(id: string, office: string): string {
  const lines = [
    'external_id,standard,variant,channel,office,submitted_at,completed_at,result',
    `MX-${id},${FARM},standard,public_service_center,${office},2026-02-02 10:00,2026-02-03 15:00,issued`,
  ]
  return lines.join('\r\n') + '\r\n'
}

const externalId = (cell: Cell) => `MX-${cell.id}`

// ── the write cells of issue 18 (decision 0015) ─────────────────────────────────────────────

type Kind4 = 'cases' | 'surveys' | 'complaints' | 'publications'

/** A cell of the probe's attack: the record it names is stored before the server starts. */
const isAttack = (cell: Cell) => cell.row.door.includes('stored')
const attackKind = (cell: Cell) =>
  /(cases|surveys|complaints|publications)/.exec(cell.row.door)![1] as Kind4
/** The id (publications: the year) of the record an attack cell names: one per cell. */
const attackKey = (cell: Cell) =>
  attackKind(cell) === 'publications' ? String(cell.prepared.year) : `MXS-${cell.id}`

/**
 * The record of an attack cell, in 2024 (no figure the other cells read moves): as stored at
 * the cell's place, or as the attacker sends it at the Kokshetau PSC — a case completed 17 days
 * late instead of the next day, a dissatisfied answer, an unjustified complaint, "not published"
 * (a publication's key holds its office: the attacker names the stored record's).
 */
function attackFile(cell: Cell, variant: 'stored' | 'attack'): string {
  const stored = variant === 'stored'
  const key = attackKey(cell)
  const office = stored || attackKind(cell) === 'publications' ? cell.place.office : OFFICE.P1
  const lines = {
    cases: [
      'external_id,standard,variant,channel,office,submitted_at,completed_at,result',
      `${key},${FARM},standard,public_service_center,${office},2024-03-04 10:00,${stored ? '2024-03-05 12:00' : '2024-03-22 12:00'},issued`,
    ],
    surveys: [
      'external_id,standard,office,responded_at,satisfied_process',
      `${key},${FARM},${office},2024-03-06,${stored ? 'yes' : 'no'}`,
    ],
    complaints: [
      'external_id,standard,office,received_at,justified,decided_at,upheld',
      `${key},${FARM},${office},2024-03-06 10:00,${stored ? 'yes,2024-03-12 10:00,yes' : 'no,,'}`,
    ],
    publications: [
      'office,standard,year,published,url',
      `${office},${FARM},${key},${stored ? 'yes,https://example.kz/stored' : 'no,'}`,
    ],
  }[attackKind(cell)]
  return lines.join('\r\n') + '\r\n'
}

/**
 * Each attack on a publication names a year of its own, so that no two cells share a record: the
 * 24 cells take 2000 … 2023 (the golden fixture's publications are of 2024 and 2025).
 */
let publicationYear = 2000

/** Stores the record an attack cell names, as the operator (the nation's source `golden`). */
async function storeAttacked(db: Db, cell: Cell): Promise<Record<string, number>> {
  if (attackKind(cell) === 'publications') cell.prepared = { year: publicationYear++ }
  const preview = await previewImport(db, {
    kind: attackKind(cell),
    fileName: `stored-${cell.id}.csv`,
    input: new TextEncoder().encode(attackFile(cell, 'stored')),
    source: 'golden',
  })
  expect(preview, cell.id).toMatchObject({ errorCount: 0, rowsNew: 1 })
  await commitImport(db, preview.batchId)
  return cell.prepared
}

/** The source a write cell's request names: `golden`, or `{region}/golden`. */
const sourceOf = (cell: Cell) =>
  cell.row.door.includes('{region}/golden') ? `${cell.place.region}/golden` : 'golden'

/** The body of a write cell: the attack's record, or a case at the Kokshetau PSC. */
const writeBody = (cell: Cell) =>
  isAttack(cell) ? attackFile(cell, 'attack') : caseFile(cell.id, OFFICE.P1)

const writeDoors = (kind: Kind4, api: string, page: string, cli: string): Record<string, Door> => {
  const prepare = async (db: Db, cell: Cell) => (isAttack(cell) ? storeAttacked(db, cell) : {})
  return {
    [api]: {
      prepare,
      run: async (cell) =>
        answerOf(
          await fetch(
            url(
              `/api/v1/import/${kind}?source=${encodeURIComponent(sourceOf(cell))}&file_name=matrix-${cell.id}.csv&lang=en`,
            ),
            {
              method: 'POST',
              body: writeBody(cell),
              headers: { 'Content-Type': 'text/csv', ...bearer(cell.role) },
              redirect: 'manual',
            },
          ),
        ),
    },
    [page]: {
      prepare,
      run: async (cell) => {
        const body = new FormData()
        for (const [k, v] of Object.entries(form(cell, { kind, source: sourceOf(cell) }))) {
          body.set(k, v)
        }
        body.set('file', new Blob([writeBody(cell)]), `matrix-${cell.id}.csv`)
        return answerOf(
          await fetch(url('/imports/upload'), {
            method: 'POST',
            body,
            headers: { Cookie: jar(cell.role).header() },
            redirect: 'manual',
          }),
        )
      },
    },
    [cli]: {
      prepare,
      run: (cell) => {
        const file = path.join(world.dir, `matrix-${cell.id}.csv`)
        writeFileSync(file, writeBody(cell))
        return sapa(['import', kind, file, '--source', sourceOf(cell), '--as', EMAIL[cell.role]])
      },
    },
  }
}

const WRITE_DOORS: Record<string, Door> = {
  ...(['cases', 'surveys', 'complaints'] as const).reduce(
    (doors, kind) => {
      const a = { cases: 'a case', surveys: 'a survey', complaints: 'a complaint' }[kind]
      return {
        ...doors,
        ...writeDoors(
          kind,
          `POST /api/v1/import/${kind}?source=golden the id of ${a} stored in {region}`,
          `POST /imports/upload ${kind}, source golden, the id of ${a} stored in {region}`,
          `sapa import ${kind} --source golden <the id of ${a} stored in {region}> --as {email}`,
        ),
      }
    },
    {} as Record<string, Door>,
  ),
  ...writeDoors(
    'publications',
    'POST /api/v1/import/publications?source=golden the record of {office} stored for a year',
    'POST /imports/upload publications, source golden, the record of {office} stored for a year',
    'sapa import publications --source golden <the record of {office} stored for a year> --as {email}',
  ),
  ...writeDoors(
    'cases',
    'POST /api/v1/import/cases?source={region}/golden a case at the Kokshetau PSC',
    'POST /imports/upload cases, source {region}/golden, a case at the Kokshetau PSC',
    'sapa import cases --source {region}/golden <a case at the Kokshetau PSC> --as {email}',
  ),
}

/**
 * Each proposal prepared for an approval is for a year of its own, so that no cell waits on
 * another's pending value; it is proposed as in the year before, when that year is open.
 */
let proposalYear = 2030
/**
 * The form proposes for a year open today (this one or the next, decision 0019): the
 * administrator's cells take this year, the others' the next, so that no two collide.
 */
const openYears = proposalYears(todayInKazakhstan(new Date()))

/** Whose preview or batch a commit or undo cell acts on: the role's own if it may import there. */
function batchOwner(cell: Cell): Role {
  return cell.role === 'admin' || (cell.role === 'akmola' && cell.reach === 'own')
    ? cell.role
    : 'admin'
}

async function previewFor(db: Db, cell: Cell): Promise<number> {
  const owner = batchOwner(cell)
  const preview = await previewImport(db, {
    kind: 'cases',
    fileName: `matrix-${cell.id}.csv`,
    input: new TextEncoder().encode(caseFile(cell.id, cell.place.office)),
    source: `matrix-${cell.id}`,
    userId: world.users.get(owner)!.id,
    allowedRegionIds: owner === 'akmola' ? [world.regionId.get('KZ-11')!] : null,
  })
  expect(preview.errorCount, cell.id).toBe(0)
  return preview.batchId
}

interface HttpAnswer {
  status: number
  location: string | null
  body: string
}
interface CliAnswer {
  exit: number
  output: string
}

interface Door {
  /** Runs in setup, before the server starts, with the database open. */
  prepare?: (db: Db, cell: Cell) => Promise<Record<string, number>>
  /** Without it, the GET of the door's path, or the CLI command as written. */
  run?: (cell: Cell) => Promise<HttpAnswer | CliAnswer>
}

const url = (path: string) => `${world.server!.url}${path}`
const jar = (role: Role) => world.jars.get(role) ?? new Cookies()
const form = (cell: Cell, fields: Record<string, string | number>) => ({
  _csrf: world.csrf.get(cell.role) ?? '',
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])),
})
const bearer = (role: Role): Record<string, string> =>
  world.tokens.has(role) ? { Authorization: `Bearer ${world.tokens.get(role)}` } : {}

/** The text a reader sees in a page (no markup, no scripts: the data of hydration is in them). */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
}

async function answerOf(response: Response): Promise<HttpAnswer> {
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: await textOf(response),
  }
}

/** A response's text; an XLSX's cell values (its bytes are zipped). */
async function textOf(response: Response): Promise<string> {
  const type = response.headers.get('content-type') ?? ''
  if (!type.includes('spreadsheetml')) return response.text()
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await response.arrayBuffer())
  const cells: string[] = []
  book.eachSheet((sheet) =>
    sheet.eachRow((line) => line.eachCell((c) => cells.push(String(c.text ?? '')))),
  )
  return cells.join('\n')
}

const DOORS: Record<string, Door> = {
  'POST /targets propose a value for {std} in {region}': {
    prepare: async (_db, cell) => ({
      year: cell.role === 'admin' ? openYears.first : openYears.last,
    }),
    run: async (cell) => {
      const { std, region } = cell.place
      return answerOf(
        await request(url(`/targets?index&standard=${std}&region=${region}`), jar(cell.role), {
          form: form(cell, {
            intent: 'propose',
            indicatorId: indicator11.get(std)!,
            year: cell.prepared.year!,
            region,
            value: '96.5',
            comment: 'matrix',
            // Below the farm normative 100: a weaker value carries its words (decision 0025).
            justification: 'matrix',
          }),
        }),
      )
    },
  },
  'POST /targets approve a proposal for {std} in {region}': {
    prepare: async (db, cell) => {
      const admin = (await userForSignIn(db, EMAIL.admin))!
      const year = proposalYear++
      const proposed = await proposeTarget(
        db,
        { user: admin, source: CLI_SOURCE, now: new Date(Date.UTC(year - 1, 10, 20)) },
        {
          indicatorId: indicator11.get(cell.place.std)!,
          year,
          region: cell.place.region,
          value: 97,
          justification: 'matrix',
        },
      )
      if (!proposed.ok) throw new Error(`proposal for ${cell.id}: ${JSON.stringify(proposed)}`)
      return { target: proposed.ids[0]! }
    },
    run: async (cell) =>
      answerOf(
        await request(url(`/targets?index&standard=${cell.place.std}`), jar(cell.role), {
          form: form(cell, {
            intent: 'approve',
            targetId: cell.prepared.target!,
            orderNumber: `M-${cell.id}`,
            orderDate: '2025-12-01',
            justification: 'matrix',
          }),
        }),
      ),
  },
  'POST /reports/2025 publish the report of {region}': {
    run: async (cell) =>
      answerOf(
        await request(url('/reports/2025'), jar(cell.role), {
          form: form(cell, { intent: 'publish', region: cell.place.region, report_lang: 'kk' }),
        }),
      ),
  },
  'POST /imports/upload a case at {office}': {
    run: async (cell) => {
      const body = new FormData()
      for (const [k, v] of Object.entries(
        form(cell, { kind: 'cases', source: `matrix-${cell.id}` }),
      ))
        body.set(k, v)
      body.set('file', new Blob([caseFile(cell.id, cell.place.office)]), `matrix-${cell.id}.csv`)
      const response = await fetch(url('/imports/upload'), {
        method: 'POST',
        body,
        headers: { Cookie: jar(cell.role).header() },
        redirect: 'manual',
      })
      return answerOf(response)
    },
  },
  'POST /imports commit a previewed case at {office}': {
    prepare: async (db, cell) => ({ batch: await previewFor(db, cell) }),
    run: async (cell) =>
      answerOf(
        await request(url('/imports'), jar(cell.role), {
          form: form(cell, { intent: 'commit', batch: cell.prepared.batch! }),
        }),
      ),
  },
  'POST /account/alerts the monthly report of {region}': {
    run: async (cell) =>
      answerOf(
        await request(url('/account/alerts'), jar(cell.role), {
          form: form(cell, { intent: 'monthly-report', on: 'on', region: cell.place.region }),
        }),
      ),
  },
  'POST /admin/users create a user': {
    run: async (cell) =>
      answerOf(
        await request(url('/admin/users'), jar(cell.role), {
          form: form(cell, {
            intent: 'create',
            email: `matrix-${cell.id}@demo.kz`,
            name: 'Matrix',
            role: 'ministry_official',
            password: '',
          }),
        }),
      ),
  },
  'POST /admin/standards check the example definition file': {
    run: async (cell) => {
      const body = new FormData()
      for (const [k, v] of Object.entries(form(cell, {}))) body.set(k, v)
      body.set('file', new Blob([readFileSync('docs/examples/example-standard.json')]), 'x.json')
      return answerOf(
        await fetch(url('/admin/standards'), {
          method: 'POST',
          body,
          headers: { Cookie: jar(cell.role).header() },
          redirect: 'manual',
        }),
      )
    },
  },
  'POST /api/v1/import/cases a case at {office}': {
    run: async (cell) =>
      answerOf(
        await fetch(
          url(
            `/api/v1/import/cases?source=matrix-${cell.id}&file_name=matrix-${cell.id}.csv&lang=en`,
          ),
          {
            method: 'POST',
            body: caseFile(cell.id, cell.place.office),
            headers: { 'Content-Type': 'text/csv', ...bearer(cell.role) },
            redirect: 'manual',
          },
        ),
      ),
  },
  'POST /api/v1/imports/{batch}/undo a committed case at {office}': {
    prepare: async (db, cell) => {
      const batch = await previewFor(db, cell)
      const owner = world.users.get(batchOwner(cell))!
      await commitImport(db, batch, { actor: { userId: owner.id, source: CLI_SOURCE } })
      return { batch }
    },
    run: async (cell) =>
      answerOf(
        await fetch(url(`/api/v1/imports/${cell.prepared.batch}/undo`), {
          method: 'POST',
          headers: bearer(cell.role),
          redirect: 'manual',
        }),
      ),
  },
  'GET /imports?batch={batch}': {
    prepare: async (db, cell) => ({ batch: await previewFor(db, cell) }),
  },
  ...WRITE_DOORS,
  'sapa import cases <a case at {office}> --as {email}': {
    run: (cell) => {
      const file = path.join(world.dir, `matrix-${cell.id}.csv`)
      writeFileSync(file, caseFile(cell.id, cell.place.office))
      return sapa([
        'import',
        'cases',
        file,
        '--source',
        `matrix-${cell.id}`,
        '--as',
        EMAIL[cell.role],
      ])
    },
  },
}

/**
 * `npm run sapa -- …` in this process, on the same database: the command functions app/cli/main.ts
 * calls, with its mapping of a usage error (a refused `--as` among them) to exit code 2.
 */
async function sapa(argv: string[]): Promise<CliAnswer> {
  const db = await world.openDb()
  const [command, ...rest] = argv
  try {
    if (command === 'indicators') return { exit: 0, output: await indicatorsCommand(db, rest) }
    if (command === 'import') {
      const result = await importCommand(db, rest)
      return { exit: result.exitCode, output: result.output }
    }
    if (command === 'standard') {
      const result = await standardCommand(db, rest)
      return { exit: result.exitCode, output: result.output }
    }
    throw new Error(`no such command in this test: ${command}`)
  } catch (error) {
    if (error instanceof UsageError) return { exit: 2, output: `sapa: ${error.message}\n` }
    throw error
  }
}

async function runCell(cell: Cell): Promise<HttpAnswer | CliAnswer> {
  const door = DOORS[cell.row.door]
  if (door?.run) return door.run(cell)
  const command = fill(cell.row.door, cell.place, cell.role, cell.prepared)
  if (cell.row.kind === 'CLI') return sapa(command.split(' ').slice(1))
  const [method, pathAndQuery] = command.split(' ') as ['GET', string]
  expect(method).toBe('GET')
  if (cell.row.kind === 'API') {
    return answerOf(
      await fetch(url(pathAndQuery), { headers: bearer(cell.role), redirect: 'manual' }),
    )
  }
  // In English: the figures' text ("130 of 137") is the one LEAKS names.
  const withLang = `${pathAndQuery}${pathAndQuery.includes('?') ? '&' : '?'}lang=en`
  return answerOf(await request(url(withLang), jar(cell.role)))
}

/** The refused rows' external ids, checked in the database once the server has stopped. */
const refusedIds: string[] = []
/** The ids the allowed imports wrote: proof that the refused ones would have been visible. */
const writtenIds: string[] = []

function isHttp(answer: HttpAnswer | CliAnswer): answer is HttpAnswer {
  return 'status' in answer
}

async function checkCell(cell: Cell, answer: HttpAnswer | CliAnswer) {
  const text = isHttp(answer) ? answer.body : answer.output
  const { expected } = cell
  if (expected === LOGIN) {
    expect(isHttp(answer) && answer.status).toBe(302)
    expect((answer as HttpAnswer).location).toMatch(/^\/login(\?redirectTo=|$)/)
  } else if (expected === REJECTED) {
    await checkRejected(cell, answer)
  } else if (expected === NEW || expected === UPDATED) {
    await checkWritten(cell, answer, expected)
  } else if (expected === SOURCE_REFUSED) {
    await checkSourceRefused(cell, answer)
  } else if (!isHttp(answer)) {
    expect(answer.exit, text.slice(0, 300)).toBe(expected)
    // Refused: a usage error naming the user the command was to act as.
    if (expected === 2) expect(text).toMatch(/^sapa: --as/)
  } else {
    expect(answer.status, text.slice(0, 300)).toBe(expected)
    // An allowed redirect goes back to the app, never to the sign-in page.
    if (expected === 302 || expected === 303) expect(answer.location).not.toMatch(/\/login/)
  }
  if (
    !isAttack(cell) &&
    cell.row.door.includes('import cases') &&
    !isHttp(answer) &&
    answer.exit === 0
  ) {
    writtenIds.push(externalId(cell))
  }
  if (
    !isAttack(cell) &&
    cell.row.door.startsWith('POST /api/v1/import/') &&
    isHttp(answer) &&
    answer.status === 200
  ) {
    writtenIds.push(externalId(cell))
  }
  // No figure or name outside the caller's scope, allowed or not.
  const leaks = LEAKS[cell.role].filter((s) => !(cell.row.reference && NAMES.has(s)))
  expect(leaks.filter((s) => text.includes(s))).toEqual([])
}

/**
 * A write cell's record went in: as a new record in the caller's region's source (NEW), or over
 * the stored one in the nation's (UPDATED). The page's preview shows the source and the counts
 * before its commit; the records themselves are checked after the server stops.
 */
async function checkWritten(cell: Cell, answer: HttpAnswer | CliAnswer, expected: Outcome) {
  // The regional user's batch is in its region's source — publications too, whose key has none.
  const source = cell.role === 'akmola' ? 'KZ-11/golden' : 'golden'
  const [inserted, updated] = expected === NEW ? [1, 0] : [0, 1]
  if (!isHttp(answer)) {
    expect(answer.exit, answer.output).toBe(0)
    expect(answer.output).toContain(`source: ${source}`)
    expect(answer.output).toMatch(
      new RegExp(`committed batch \\d+: ${inserted} new, ${updated} updated, 0 unchanged`),
    )
    return
  }
  if (cell.row.kind === 'API') {
    expect(answer.status, answer.body.slice(0, 300)).toBe(200)
    const body = JSON.parse(answer.body)
    expect(body.preview).toMatchObject({ source, rows_new: inserted, rows_updated: updated })
    expect(body.committed).toMatchObject({ rows_inserted: inserted, rows_updated: updated })
    return
  }
  expect(answer.status).toBe(303)
  const location = answer.location!
  expect(location).toMatch(/^\/imports\?batch=\d+/)
  const preview = await request(url(`${location.split('#')[0]}&lang=en`), jar(cell.role))
  const shown = visibleText(await preview.text())
  expect(shown).toContain(` ${source} `)
  expect(shown).toContain(`New ${inserted} Updated ${updated} Unchanged 0`)
  const batch = Number(/batch=(\d+)/.exec(location)![1])
  const commit = await request(url('/imports'), jar(cell.role), {
    form: form(cell, { intent: 'commit', batch }),
  })
  expect(commit.status).toBe(303)
}

/** Another region's source is refused by its name, before anything is read or stored. */
async function checkSourceRefused(cell: Cell, answer: HttpAnswer | CliAnswer) {
  const name = `${cell.place.region}/golden`
  const refusal = `the source "${name}" belongs to another region: import through your region's sources (KZ-11/…)`
  if (!isHttp(answer)) {
    expect(answer.exit).toBe(2)
    expect(answer.output).toBe(`sapa: --as ${EMAIL[cell.role]}: ${refusal}\n`)
  } else if (cell.row.kind === 'API') {
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.body)).toEqual({ error: 'forbidden', message: refusal })
  } else {
    expect(answer.status).toBe(303)
    expect(answer.location).toBe('/imports?upload_error=source_region')
    const page = await request(url(`${answer.location}&lang=en`), jar(cell.role))
    expect(visibleText(await page.text())).toContain(
      'This source belongs to another region (its code before the slash). Your region’s sources begin with KZ-11/',
    )
  }
  sourceRefused.push(cell)
}

/** The source-refused cells: no batch of theirs exists (checked after the server stops). */
const sourceRefused: Cell[] = []

/** The other region's row is refused with file · row · column, and nothing is written. */
async function checkRejected(cell: Cell, answer: HttpAnswer | CliAnswer) {
  const file = `matrix-${cell.id}.csv`
  const office = cell.place.office
  if (!isAttack(cell)) refusedIds.push(externalId(cell))
  if (!isHttp(answer)) {
    expect(answer.exit).toBe(1)
    expect(answer.output).toContain(
      `${file} · row 2 · office · "${office}" · this office is outside your region`,
    )
    expect(answer.output).toContain('nothing written')
    return
  }
  if (cell.row.kind === 'API') {
    expect(answer.status).toBe(422)
    const body = JSON.parse(answer.body)
    expect(body.committed).toBeNull()
    expect(body.preview).toMatchObject({ status: 'cancelled', rows_valid: 0, rows_invalid: 1 })
    expect(body.preview.errors).toEqual([
      {
        file,
        row: 2,
        column: 'office',
        value: office,
        code: 'import.error.officeRegion',
        message: 'this office is outside your region',
      },
    ])
    return
  }
  // The page: the upload answers with its preview, which shows the error on its row; writing
  // the batch is then refused (409).
  expect(answer.status).toBe(303)
  const location = answer.location!
  expect(location).toMatch(/^\/imports\?batch=\d+/)
  const preview = await request(url(`${location.split('#')[0]}&lang=en`), jar(cell.role))
  expect(preview.status).toBe(200)
  const shown = visibleText(await preview.text())
  expect(shown).toContain(`${file} 2 office ${office} this office is outside your region`)
  const batch = Number(/batch=(\d+)/.exec(location)![1])
  const commit = await request(url('/imports'), jar(cell.role), {
    form: form(cell, { intent: 'commit', batch }),
  })
  expect(commit.status).toBe(409)
}

// ── setup: the database, the server, the sessions ───────────────────────────────────────────

const ENGINE = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'

async function openDatabase(): Promise<void> {
  world.dir = mkdtempSync(path.join(os.tmpdir(), 'sapa-matrix-'))
  if (ENGINE === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL!
    const name = `sapa_matrix_${randomBytes(6).toString('hex')}`
    const template = inject('postgresTemplate')
    const admin = new pg.Client({ connectionString: serverUrl })
    await admin.connect()
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`)
    await admin.end()
    const databaseUrl = databaseUrlWithName(serverUrl, name)
    world.serverEnv = { DATABASE_URL: databaseUrl, SAPA_DEMO_PASSWORD: 'demo' }
    world.openDb = async () =>
      (world.db ??= await createDb({ kind: 'postgres', url: databaseUrl, maxConnections: 4 }))
    world.close = async () => {
      await world.db?.destroy()
      world.db = null
      await dropTestDatabase(serverUrl, name)
    }
  } else {
    const dataDir = path.join(world.dir, 'data')
    world.dataDir = dataDir
    world.serverEnv = {}
    let first = true
    world.openDb = async () => {
      if (world.db) return world.db
      // The first opening unpacks the migrated template (global-setup.ts) into the directory.
      const dump = first ? new Blob([readFileSync(inject('pgliteTemplateFile'))]) : undefined
      first = false
      world.db = await createDb({ kind: 'pglite', dataDir, loadDataDir: dump })
      return world.db
    }
    world.close = async () => {
      await world.db?.destroy()
      world.db = null
    }
  }
}

async function closeDb() {
  if (ENGINE === 'pglite') {
    await world.db?.destroy()
    world.db = null
  }
}

describe('the permission matrix', () => {
  beforeAll(async () => {
    await openDatabase()
    const db = await world.openDb()
    await writeGoldenFixture(db)
    await ensureDemoUsers(db, 'demo')
    for (const role of ROLES.filter((r) => r !== 'anonymous')) {
      const user = (await userForSignIn(db, EMAIL[role]))!
      world.users.set(role, user)
      const { token } = await createApiToken(
        db,
        { userId: user.id, name: 'matrix' },
        { userId: null, source: CLI_SOURCE },
      )
      world.tokens.set(role, token)
    }
    for (const r of await db.selectFrom('regions').select(['id', 'code']).execute()) {
      world.regionId.set(r.code, r.id)
    }
    outboxMail = await queueMail(db, {
      purpose: 'alert',
      userId: world.users.get('akmola')!.id,
      to: EMAIL.akmola,
      language: 'ru',
      subject: 'Матрица прав: письмо в исходящих',
      text: 'Письмо для проверки страницы одного письма.',
      html: '<p>Письмо для проверки страницы одного письма.</p>',
    })
    for (const i of await db
      .selectFrom('indicators')
      .select(['id', 'standardId'])
      .where('code', '=', '1.1')
      .execute()) {
      indicator11.set(i.standardId, i.id)
    }
    for (const cell of CELLS) {
      const prepare = DOORS[cell.row.door]?.prepare
      if (prepare) cell.prepared = await prepare(db, cell)
    }
    await closeDb()
    world.server = await startAppServer({ env: world.serverEnv, dataDir: world.dataDir })
    await Promise.all(
      ROLES.filter((r) => r !== 'anonymous').map(async (role) => {
        const { response, cookies } = await signInHttp(world.server!.url, EMAIL[role])
        expect(response.status, role).toBe(302)
        world.jars.set(role, cookies)
        world.csrf.set(role, csrfOf(await (await request(url('/account'), cookies)).text()))
      }),
    )
  }, 240_000)

  afterAll(async () => {
    await world.server?.stop()
    await world.close?.()
    if (world.dir) rmSync(world.dir, { recursive: true, force: true })
  })

  describe('over HTTP: pages, form actions, exports and the API', () => {
    it.concurrent.each(HTTP_CELLS.map((c) => [c.name, c] as const))('%s', async (_name, cell) => {
      await checkCell(cell, await runCell(cell))
    })
  })

  describe('over HTTP: the write cells, one import at a time', () => {
    it.each(HTTP_WRITE_CELLS.map((c) => [c.name, c] as const))('%s', async (_name, cell) => {
      await checkCell(cell, await runCell(cell))
    })
  })

  describe('what the regional user is shown is its region’s', () => {
    // Akmola in 2025 (golden.ts), all standards: cases served (completed, issued or refused) =
    // farm A1 51 + P1 46 (F2e, F2f open) + land ownership L1 29 + P1 15 + lease 12 = 153; on time
    // = farm 87/99 + ownership 41/45 + lease 12/12 (LL due in 2026) = 140/156 = 89.74 %;
    // satisfied with the process = SA1 36/40 + SP1 18/20 + SL1 30/35 + SLP1 9/10 + SLL1 5/5 =
    // 98/110 = 89.09 %; justified complaints = C1 C2 C3 C4 C5 C6 C12 (farm) + C11 (land) = 8,
    // 8/153 = 5.23 %. The nation's would be 323, 297/327, 132/147 and 9.
    it('the overview’s headline figures are Akmola’s', async () => {
      const response = await request(url('/?year=2025&lang=en'), jar('akmola'))
      expect(response.status).toBe(200)
      const text = visibleText(await response.text())
      expect(text).toContain('Akmola Region: overview')
      expect(text).toMatch(/Cases served 153 applications completed/)
      // One decimal (decision 0029): 140/156 = 89.74 %, 98/110 = 89.09 %, 8/153 = 5.23 %.
      expect(text).toMatch(/Served on time 89\.7 % 140 of 156/)
      expect(text).toMatch(/Satisfied with the process 89\.1 % 98 of 110/)
      expect(text).toMatch(/Justified complaints 8 5\.2 % of cases served/)
      for (const national of ['323', '297 of 327', '132 of 147']) {
        expect(text).not.toContain(national)
      }
    })

    it('the overview’s download has Akmola’s row alone, with its hand-worked values', async () => {
      const response = await request(
        url('/overview/export?year=2025&export=csv&lang=en'),
        jar('akmola'),
      )
      const lines = (await response.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
      // The header and one row: 1.1 of each standard (farm, free use, lease, permanent use,
      // ownership): 87/99 meets its 85 target; no case; 12/12 with no reference; no case; 41/45
      // meets the national 90.
      expect(lines).toHaveLength(2)
      expect(lines[1]!.split(',')).toEqual([
        'KZ-11',
        'Akmola Region',
        ...['87.88', 'Meets', '', 'No data', '100', 'No reference', '', 'No data'],
        ...['91.11', 'Meets'],
      ])
    })

    it('the API by office lists Akmola’s offices only: 46/51 at the akimat, 41/48 at the PSC', async () => {
      const response = await fetch(
        url(`/api/v1/indicators?year=2025&region=KZ-11&by=office&standard=${FARM}`),
        { headers: bearer('akmola') },
      )
      expect(response.status).toBe(200)
      const rows = (await response.json()).rows as {
        code: string
        scope_code: string
        numerator: number
        denominator: number
      }[]
      expect(rows.every((r) => r.scope_code.startsWith('KZ-11-'))).toBe(true)
      const onTime = rows.filter((r) => r.code === '1.1' && r.denominator > 0)
      expect(onTime.map((r) => [r.scope_code, r.numerator, r.denominator]).sort()).toEqual([
        [OFFICE.A1, 46, 51],
        [OFFICE.P1, 41, 48],
      ])
    })

    it('the regional user’s import history holds none of the administrator’s batches', async () => {
      const mine = await (await fetch(url('/api/v1/imports'), { headers: bearer('akmola') })).json()
      const all = await (await fetch(url('/api/v1/imports'), { headers: bearer('admin') })).json()
      type Batch = { id: number; user: { email: string } | null }
      const adminBatches = (all.batches as Batch[]).filter((b) => b.user?.email === EMAIL.admin)
      expect(adminBatches.length).toBeGreaterThan(0)
      const seen = new Set((mine.batches as Batch[]).map((b) => b.id))
      expect(adminBatches.filter((b) => seen.has(b.id))).toEqual([])
      expect((mine.batches as Batch[]).every((b) => b.user?.email === EMAIL.akmola)).toBe(true)
    })

    it('the leak sentinels are real: the ministry official does receive each of them', async () => {
      const get = async (path: string) => textOf(await request(url(path), jar('ministry')))
      const seen = [
        await get(`/regions/KZ-47?year=2025&standard=${FARM}&lang=en&open=all`),
        await get(`/regions/KZ-47?year=2025&standard=${FARM}&lang=ru&open=all`),
        await get(`/offices/${OFFICE.P2}?year=2025&standard=${FARM}&lang=kk`),
        await get(`/regions/KZ-11?year=2025&standard=${FARM}&lang=en&open=all`),
        await get(`/?year=2025&standard=${FARM}&lang=en`),
        await get(`/indicators/${FARM}/1.1?year=2025&lang=en`),
        await get(`/overview/export?year=2025&export=csv&standard=${FARM}`),
        await get(`/regions/KZ-11?year=2025&standard=${LAND}&lang=en&open=all`),
        await get(`/regions/KZ-47?year=2025&standard=${LAND}&lang=en&open=all`),
        await get(`/indicators/${LAND}/1.1?year=2025&lang=en`),
        await get(`/?year=2025&standard=${LAND}&lang=en`),
        await get(`/overview/export?year=2025&export=csv&standard=${LAND}`),
      ].join('\n')
      // A marker counts as seen in either of its forms (with or without the non-breaking spaces).
      const forms = (s: string) => [s, s.replace(/\u00a0/g, ' '), ...nbsp([s])]
      const missing = [...new Set(Object.values(LEAKS).flat())].filter(
        (s) => !forms(s).some((form) => seen.includes(form)),
      )
      expect(missing).toEqual([])
    })
  })

  describe('the CLI, on the same database once the server has stopped', () => {
    beforeAll(async () => {
      await world.server?.stop({ keepData: true })
    }, 60_000)

    it('through the real entry point: a regional user’s file with a Mangystau office exits 1', async () => {
      const file = path.join(world.dir, 'matrix-entry.csv')
      writeFileSync(file, caseFile('entry', OFFICE.P2))
      await closeDb()
      const env: NodeJS.ProcessEnv = { ...process.env, ...world.serverEnv }
      delete env.NODE_OPTIONS
      if (ENGINE === 'pglite') {
        delete env.DATABASE_URL
        env.DATA_DIR = world.dataDir
      }
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'app/cli/main.ts',
          'import',
          'cases',
          file,
          '--source',
          'matrix-entry',
          '--as',
          EMAIL.akmola,
        ],
        { cwd: path.resolve(__dirname, '../..'), env, stdio: ['ignore', 'pipe', 'pipe'] },
      )
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
      expect(code, output).toBe(1)
      expect(output).toContain(
        `matrix-entry.csv · row 2 · office · "${OFFICE.P2}" · this office is outside your region`,
      )
      refusedIds.push('MX-entry')
    }, 60_000)

    it.each(CLI_CELLS.map((c) => [c.name, c] as const))('%s', async (_name, cell) => {
      await checkCell(cell, await runCell(cell))
    })
  })

  describe('the database after the server has stopped', () => {
    it('no refused row was written, while the allowed imports were', async () => {
      const db = await world.openDb()
      const ids = [...refusedIds, ...writtenIds]
      expect(refusedIds.length).toBeGreaterThanOrEqual(4)
      const found = await db
        .selectFrom('cases')
        .select('externalId')
        .where('externalId', 'in', ids)
        .execute()
      expect(found.map((r) => r.externalId).sort()).toEqual([...writtenIds].sort())
      // …and no staged row of theirs waits for a commit either.
      const batches = await db
        .selectFrom('importBatches')
        .select(['source', 'status', 'rowsInserted'])
        .where(
          'source',
          'in',
          // A regional user's source carries its region's prefix (decision 0015).
          refusedIds.flatMap((id) => {
            const source = `matrix-${id.slice('MX-'.length)}`
            return [source, `KZ-11/${source}`]
          }),
        )
        .execute()
      expect(batches.length).toBe(refusedIds.length)
      expect(batches.every((b) => b.rowsInserted === 0)).toBe(true)
    })

    it('the write cells: no record stored in another region moved, nor were its figures; the regional user’s went into KZ-11/golden', async () => {
      const db = await world.openDb()
      const attacks = CELLS.filter(isAttack)
      expect(attacks.length).toBeGreaterThanOrEqual(40)
      const officeId = new Map(
        (await db.selectFrom('offices').select(['id', 'code']).execute()).map((o) => [
          o.code,
          o.id,
        ]),
      )
      for (const cell of attacks) {
        const kind = attackKind(cell)
        const key = attackKey(cell)
        const moved = cell.expected === UPDATED
        // Where the stored record stands now, and whether it holds the attacker's values.
        const office = moved
          ? kind === 'publications'
            ? cell.place.office
            : OFFICE.P1
          : cell.place.office
        const label = `${cell.id} ${kind} ${key} (${String(cell.expected)})`
        if (kind === 'publications') {
          const rows = await db
            .selectFrom('infoPublications')
            .select(['officeId', 'published'])
            .where('standardId', '=', FARM)
            .where('year', '=', Number(key))
            .execute()
          expect(rows, label).toEqual([{ officeId: officeId.get(office), published: !moved }])
          continue
        }
        const table = {
          cases: 'cases',
          surveys: 'surveyResponses',
          complaints: 'complaints',
        } as const
        const rows = await db
          .selectFrom(table[kind])
          .select(['source', 'officeId'])
          .where('externalId', '=', key)
          .orderBy('source')
          .execute()
        const expected = [
          ...(cell.expected === NEW
            ? [{ source: 'KZ-11/golden', officeId: officeId.get(OFFICE.P1) }]
            : []),
          { source: 'golden', officeId: officeId.get(office) },
        ]
        expect(rows, label).toEqual(expected)
        // The stored record's values: the attacker's only where it was allowed to update it.
        const values = await sql<{ late: boolean }>`
          select ${sql.raw(
            {
              cases: `t.completed_at > t.due_at`,
              surveys: `not t.process_yes`,
              complaints: `not t.justified`,
            }[kind],
          )} as late
          from ${sql.table({ cases: 'cases', surveys: 'survey_responses', complaints: 'complaints' }[kind])} t
          where t.external_id = ${key} and t.source = 'golden'`.execute(db)
        expect(values.rows, label).toEqual([{ late: moved }])
      }
      // Mangystau's 2024 figures hold exactly the records stored there that nobody with the
      // nation's scope moved: every one on time (1 day of 2) and satisfied. Hand count from the
      // matrix: the cells whose place is in KZ-47 and which no UPDATED answer moved.
      const standing = (kind: Kind4) =>
        attacks.filter(
          (c) => attackKind(c) === kind && c.place.region === 'KZ-47' && c.expected !== UPDATED,
        ).length
      const kz47 = (
        await db
          .selectFrom('regions')
          .select('id')
          .where('code', '=', 'KZ-47')
          .executeTakeFirstOrThrow()
      ).id
      const { rows } = await sql<{
        cases: number
        onTime: number
        answered: number
        satisfied: number
      }>`
        select
          (select coalesce(sum(cases), 0)::int from rollup_cases_due
            where region_id = ${kz47} and day between '2024-01-01' and '2024-12-31') as cases,
          (select coalesce(sum(on_time), 0)::int from rollup_cases_due
            where region_id = ${kz47} and day between '2024-01-01' and '2024-12-31') as on_time,
          (select coalesce(sum(process_n), 0)::int from rollup_surveys
            where region_id = ${kz47} and day between '2024-01-01' and '2024-12-31') as answered,
          (select coalesce(sum(process_ok), 0)::int from rollup_surveys
            where region_id = ${kz47} and day between '2024-01-01' and '2024-12-31') as satisfied`.execute(
        db,
      )
      expect(standing('cases')).toBeGreaterThanOrEqual(4)
      expect(rows[0]).toEqual({
        cases: standing('cases'),
        onTime: standing('cases'),
        answered: standing('surveys'),
        satisfied: standing('surveys'),
      })
      // A source refused by its name left no batch behind.
      const refusedBatches = await db
        .selectFrom('importBatches')
        .select('id')
        .where(
          'fileName',
          'in',
          sourceRefused.map((c) => `matrix-${c.id}.csv`),
        )
        .execute()
      expect(sourceRefused.length).toBe(3)
      expect(refusedBatches).toEqual([])
    })
  })
})
