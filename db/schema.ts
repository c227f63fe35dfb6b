// Kysely table interfaces: the one place table shapes are declared, with the lists of codes a
// column holds that the code iterates over (channels, variants, import kinds, roles). Column names
// are camelCase here and snake_case in PostgreSQL (CamelCasePlugin). Nullable columns are `T | null`.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { MeasureSlug } from '../app/domain/measures'

/** A timestamptz: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>
/** A timestamptz with a default (now()): optional on insert. */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>
/** A date column: read and written as 'YYYY-MM-DD' (see type-parsers.ts). */
type DateOnly = string
type Json<T> = ColumnType<T, string, string>
/** A generated column: readable, never written. */
type GeneratedAlways<T> = ColumnType<T, never, never>

export type TermUnit = 'minutes' | 'calendar_days' | 'working_days'
export type OfficeKind =
  | 'akimat_apparatus'
  | 'land_relations_department'
  | 'public_service_center'
  | 'specialized_enterprise'
/** The channels, in the order the standards print them (point 7): the seeded `channels` rows. */
export const CHANNEL_CODES = [
  'local_executive_body',
  'land_relations_authority',
  'public_service_center',
] as const
export type ChannelCode = (typeof CHANNEL_CODES)[number]
/** The variants of a service, in the order the standards print them: the seeded `variants` rows. */
export const VARIANT_CODES = [
  'standard',
  'grant',
  'change_of_characteristics',
  'duplicate',
] as const
export type VariantCode = (typeof VARIANT_CODES)[number]
export type CaseResult = 'issued' | 'refused' | 'suspended' | 'withdrawn' | 'in_progress'
export type IndicatorGroup = 'timeliness' | 'quality' | 'accessibility' | 'complaints' | 'courtesy'
/** The measure keys of the registry (app/domain/measures.ts); indicators.measure is checked by them. */
export type Measure = MeasureSlug
export type NormativeKind = 'min' | 'max' | 'band'
export type Direction = 'higher_is_better' | 'lower_is_better'
export type CalendarDayKind = 'holiday' | 'transfer_day_off' | 'transfer_working_day'
/** Checked by `users.role`. */
export const ROLES = ['admin', 'ministry_official', 'regional_qc', 'agency_chair'] as const
export type Role = (typeof ROLES)[number]
export type TargetStatus = 'draft' | 'proposed' | 'approved' | 'rejected' | 'superseded'
/** Checked by `import_batches.kind`. */
export const IMPORT_KINDS = ['cases', 'surveys', 'complaints', 'publications'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** As read (CamelCasePlugin camel-cases jsonb keys); seeds write it as { number, date, what_en }. */
export interface Amendment {
  number: string
  date: string
  whatEn: string
}

export interface AgenciesTable {
  id: string
  nameKk: string
  nameRu: string
  nameEn: string
  approverKk: string
  approverRu: string
  approverEn: string
}

export interface RegionsTable {
  id: Generated<number>
  code: string
  key: string
  kind: 'oblast' | 'city'
  nameKk: string
  nameRu: string
  nameEn: string
  capitalKk: string | null
  capitalEn: string | null
  timeZone: string
  legacyCode: string | null
  validFrom: DateOnly | null
  validTo: DateOnly | null
  formedFromId: number | null
  changeNote: string | null
}

export interface DistrictsTable {
  id: Generated<number>
  code: string
  kind: 'district' | 'city' | 'city_district'
  nameKk: string
  nameRu: string
  nameEn: string
}

export interface DistrictRegionsTable {
  districtId: number
  regionId: number
  validFrom: ColumnType<DateOnly, DateOnly | undefined, DateOnly>
  validTo: DateOnly | null
}

export interface OfficesTable {
  id: Generated<number>
  code: string
  kind: OfficeKind
  nameKk: string
  nameRu: string
  nameEn: string
  districtId: number | null
  addressKk: string | null
  phone: string | null
  email: string | null
  source: string
}

export interface OfficeRegionsTable {
  officeId: number
  regionId: number
  validFrom: ColumnType<DateOnly, DateOnly | undefined, DateOnly>
  validTo: DateOnly | null
}

export interface StandardsTable {
  id: string
  nameKk: string
  nameRu: string
  nameEn: string
  agencyId: string
  decreeNumber: string
  decreeDate: DateOnly
  amendments: Json<Amendment[]>
  cancelledByNumber: string | null
  cancelledByDate: DateOnly | null
  complaintReviewDays: Generated<number>
  tableTitleKk: string
  source: string
  notesEn: string | null
  notesRu: string | null
  notesKk: string | null
  /** The `about` text of the definition file it was imported from (0023). */
  definitionAbout: ColumnType<string | null, string | null | undefined, string | null>
}

export interface ChannelsTable {
  code: ChannelCode
  nameKk: string
  nameRu: string
  nameEn: string
}

export interface VariantsTable {
  code: VariantCode
  nameKk: string
  nameRu: string
  nameEn: string
}

export interface DeadlineRulesTable {
  standardId: string
  channel: ChannelCode
  variant: VariantCode
  termAmount: number
  termUnit: TermUnit
  maxWaitMinutes: number
  maxServiceMinutes: number
  termAsPrintedKk: string
  interpretationEn: string | null
  interpretationRu: string | null
  interpretationKk: string | null
  source: string
}

export interface OfficeServicesTable {
  officeId: number
  standardId: string
  channel: ChannelCode
  appendix: number
}

export interface OfficeListingsTable {
  officeId: number
  standardId: string
  appendix: number
  nameAsPrinted: string
  sourceLine: string
}

export interface IndicatorGroupsTable {
  standardId: string
  slug: IndicatorGroup
  position: number
  headingKk: string
  headingRu: string
  headingEn: string
}

export interface IndicatorsTable {
  id: Generated<number>
  standardId: string
  code: string
  position: number
  groupSlug: IndicatorGroup
  nameKk: string
  nameRu: string
  nameEn: string
  measure: Measure
  normativeAsPrinted: string | null
  normativeKind: NormativeKind | null
  normativeLow: number | null
  normativeHigh: number | null
  direction: Direction
  source: string
}

// ── editions of a standard (migration 0023, decision 0033) ─────────────────────────────────

export interface StandardEditionsTable {
  standardId: string
  edition: number
  actNameKk: string
  actNameRu: string
  actNameEn: string
  actNumber: string
  actDate: DateOnly
  validFrom: DateOnly
  /** The last day the act was in force as recorded; null while in force. */
  validTo: DateOnly | null
  cancelledByNumber: string | null
  cancelledByDate: DateOnly | null
  amendments: Json<Amendment[]>
  source: string
  /** The review term of the complaints received under this edition, calendar days (0026); null: the standard's. */
  complaintReviewDays: number | null
}

export interface EditionDeadlineRulesTable extends DeadlineRulesTable {
  edition: number
}

export interface EditionIndicatorGroupsTable extends IndicatorGroupsTable {
  edition: number
}

export interface EditionIndicatorsTable extends Omit<IndicatorsTable, 'id'> {
  edition: number
}

export interface CalendarDaysTable {
  day: DateOnly
  kind: CalendarDayKind
  nameKk: string
  nameRu: string
  nameEn: string
  source: string
}

export interface UsersTable {
  id: Generated<number>
  email: string
  name: string
  role: Role
  regionId: number | null
  agencyId: string | null
  passwordHash: string | null
  active: Generated<boolean>
  createdAt: Generated<Timestamp>
  failedLogins: Generated<number>
  lockedUntil: Timestamp | null
  passwordChangedAt: Timestamp | null
  lastSignInAt: Timestamp | null
}

export interface SessionsTable {
  /** Hex SHA-256 of the cookie's random token. */
  id: string
  userId: number
  csrfToken: string
  createdAt: DefaultTimestamp
  lastSeenAt: DefaultTimestamp
  expiresAt: Timestamp
  ip: string | null
  userAgent: string | null
}

export interface LoginAttemptsTable {
  id: Generated<number>
  at: DefaultTimestamp
  email: string
  ip: string | null
  succeeded: boolean
}

export interface ApiTokensTable {
  id: Generated<number>
  userId: number
  name: string
  /** Hex SHA-256 of the token. */
  tokenHash: string
  createdAt: DefaultTimestamp
  lastUsedAt: Timestamp | null
  revokedAt: Timestamp | null
}

/** Append-only (a trigger refuses UPDATE, DELETE, TRUNCATE); jsonb keys are camelCase. */
export interface AuditLogTable {
  id: Generated<number>
  at: DefaultTimestamp
  userId: number | null
  action: string
  entity: string | null
  entityId: string | null
  before: Json<Record<string, unknown>> | null
  after: Json<Record<string, unknown>> | null
  ip: string | null
  userAgent: string | null
}

export interface ImportBatchesTable {
  id: Generated<number>
  kind: ImportKind
  source: string
  fileName: string | null
  userId: number | null
  createdAt: Generated<Timestamp>
  committedAt: Timestamp | null
  undoneAt: Timestamp | null
  status: Generated<'preview' | 'committed' | 'cancelled' | 'undone'>
  rowsRead: Generated<number>
  rowsAccepted: Generated<number>
  rowsRejected: Generated<number>
  rowsInserted: Generated<number>
  rowsUpdated: Generated<number>
  rowsUnchanged: Generated<number>
  errors: Generated<Json<unknown[]>>
  /** The regions whose offices the batch was limited to (null: every region) — 0007. */
  regionIds: number[] | null
  /** A survey file: how its answers' scale was chosen (app/domain/survey-scale.ts) — 0013. */
  surveyScale: Json<unknown> | null
  /** The order the batch was committed in (null until committed) — 0012. */
  commitSeq: number | null
}

export interface ImportRowVersionsTable {
  batchId: number
  entity: 'cases' | 'survey_responses' | 'complaints' | 'info_publications'
  entityId: number
  action: 'inserted' | 'updated'
  previous: Json<Record<string, unknown>> | null
}

export interface CasesTable {
  id: Generated<number>
  source: string
  externalId: string
  standardId: string
  variant: VariantCode
  channel: ChannelCode
  officeId: number
  submittedAt: Timestamp
  completedAt: Timestamp | null
  result: CaseResult
  waitMinutesSubmit: number | null
  waitMinutesPickup: number | null
  serviceMinutes: number | null
  docsCorrect: boolean | null
  firstTimeCorrect: boolean | null
  suspendedFrom: Timestamp | null
  suspendedTo: Timestamp | null
  dueAt: Timestamp | null
  submittedOn: DateOnly
  completedOn: DateOnly | null
  dueOn: DateOnly | null
  /** The maximum queue wait of the deadline rule the case was submitted under (0026). */
  maxWaitMinutes: number
  importBatchId: number | null
  updatedAt: Generated<Timestamp>
}

export interface SurveyResponsesTable {
  id: Generated<number>
  source: string
  externalId: string
  caseId: number | null
  /** The linked case's submission day, with caseId its reference (cases are kept by year, 0032). */
  caseSubmittedOn: DateOnly | null
  caseExternalId: string | null
  standardId: string
  officeId: number
  respondedOn: DateOnly
  processYes: boolean | null
  processScore: number | null
  informationYes: boolean | null
  informationScore: number | null
  complaintProcedureYes: boolean | null
  complaintProcedureScore: number | null
  complaintTimelineYes: boolean | null
  complaintTimelineScore: number | null
  courtesyYes: boolean | null
  courtesyScore: number | null
  /**
   * The scale the file was read with (0013): 'yes-no' or '1-5'; null for a response stored
   * before 0013 (read row by row) or written without one.
   */
  scale: 'yes-no' | '1-5' | null
  processSatisfied: GeneratedAlways<boolean | null>
  informationSatisfied: GeneratedAlways<boolean | null>
  complaintProcedureSatisfied: GeneratedAlways<boolean | null>
  complaintTimelineSatisfied: GeneratedAlways<boolean | null>
  courtesySatisfied: GeneratedAlways<boolean | null>
  importBatchId: number | null
  updatedAt: Generated<Timestamp>
}

export interface ComplaintsTable {
  id: Generated<number>
  source: string
  externalId: string
  standardId: string
  officeId: number
  receivedAt: Timestamp
  justified: boolean
  decidedAt: Timestamp | null
  upheld: boolean | null
  reviewTermDays: Generated<number>
  /** The term came with the complaint's record; false: the edition's (or standard's), which it follows (0026). */
  reviewTermStated: boolean
  termEndsAt: Timestamp
  receivedOn: DateOnly
  termEndsOn: DateOnly
  importBatchId: number | null
  updatedAt: Generated<Timestamp>
}

export interface InfoPublicationsTable {
  /** Added by 0004 so that import_row_versions can name a publication row. */
  id: Generated<number>
  officeId: number
  standardId: string
  year: number
  published: boolean
  url: string | null
  importBatchId: number | null
  updatedAt: Generated<Timestamp>
}

export interface TargetsTable {
  id: Generated<number>
  indicatorId: number
  year: number
  regionId: number | null
  value: number
  status: Generated<TargetStatus>
  comment: string | null
  proposedBy: number | null
  proposedAt: Timestamp | null
  decidedBy: number | null
  decidedAt: Timestamp | null
  orderNumber: string | null
  orderDate: DateOnly | null
  supersedesId: number | null
  createdAt: Generated<Timestamp>
  /** The decider's comment: a rejection's reason, a note on an approval (0005). */
  decisionComment: string | null
  /** Why a value weaker than the normative or the previous approved target was proposed (0015). */
  justification: string | null
  /** Why the chair approved such a value (0015). */
  decisionJustification: string | null
}

export interface PublishedReportsTable {
  id: Generated<number>
  year: number
  regionId: number | null
  version: number
  dataVersion: string
  contentHash: string
  snapshot: Json<unknown>
  publishedBy: number | null
  publishedAt: Generated<Timestamp>
}

/** One row: raised by every write to the tables the indicators read (0008, decision 0007). */
export interface DataVersionTable {
  id: Generated<boolean>
  version: number
}

/** One row: the data-freshness thresholds, edited on /admin/reference (0016, decision 0028). */
export interface FreshnessSettingsTable {
  id: Generated<boolean>
  staleAfterDays: number
  regularMonths: number
  updatedAt: DefaultTimestamp
  updatedBy: number | null
}

/** A row an import preview validated and derived, waiting for the commit (0004). */
type Staged<T> = { batchId: number; rowNumber: number } & {
  [K in Exclude<keyof T, 'id' | 'importBatchId' | 'updatedAt'>]: T[K]
}
export type ImportStagedCasesTable = Staged<CasesTable>
export type ImportStagedSurveysTable = Staged<
  Omit<
    SurveyResponsesTable,
    | 'caseId'
    | 'caseSubmittedOn'
    | 'processSatisfied'
    | 'informationSatisfied'
    | 'complaintProcedureSatisfied'
    | 'complaintTimelineSatisfied'
    | 'courtesySatisfied'
  >
>
export type ImportStagedComplaintsTable = Staged<
  Omit<ComplaintsTable, 'reviewTermDays'> & { reviewTermDays: number }
>
export type ImportStagedPublicationsTable = Staged<InfoPublicationsTable>

export interface DB {
  agencies: AgenciesTable
  regions: RegionsTable
  districts: DistrictsTable
  districtRegions: DistrictRegionsTable
  offices: OfficesTable
  officeRegions: OfficeRegionsTable
  standards: StandardsTable
  channels: ChannelsTable
  variants: VariantsTable
  deadlineRules: DeadlineRulesTable
  officeServices: OfficeServicesTable
  officeListings: OfficeListingsTable
  indicatorGroups: IndicatorGroupsTable
  indicators: IndicatorsTable
  standardEditions: StandardEditionsTable
  editionDeadlineRules: EditionDeadlineRulesTable
  editionIndicatorGroups: EditionIndicatorGroupsTable
  editionIndicators: EditionIndicatorsTable
  calendarDays: CalendarDaysTable
  users: UsersTable
  sessions: SessionsTable
  loginAttempts: LoginAttemptsTable
  apiTokens: ApiTokensTable
  auditLog: AuditLogTable
  importBatches: ImportBatchesTable
  importRowVersions: ImportRowVersionsTable
  cases: CasesTable
  surveyResponses: SurveyResponsesTable
  complaints: ComplaintsTable
  infoPublications: InfoPublicationsTable
  importStagedCases: ImportStagedCasesTable
  importStagedSurveys: ImportStagedSurveysTable
  importStagedComplaints: ImportStagedComplaintsTable
  importStagedPublications: ImportStagedPublicationsTable
  targets: TargetsTable
  publishedReports: PublishedReportsTable
  dataVersion: DataVersionTable
  freshnessSettings: FreshnessSettingsTable
  jobs: JobsTable
  jobRuns: JobRunsTable
  mailOutbox: MailOutboxTable
}

export type NewCase = Insertable<CasesTable>
export type CaseRow = Selectable<CasesTable>
export type NewSurveyResponse = Insertable<SurveyResponsesTable>
export type NewComplaint = Insertable<ComplaintsTable>

// ── jobs and the mail outbox (migration 0017, decision 0027) ────────────────────────────────

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

export interface JobsTable {
  id: Generated<number>
  kind: string
  /** camelCase keys (the CamelCasePlugin reads jsonb keys back camel-cased). */
  payload: Json<Record<string, unknown>>
  runAt: DefaultTimestamp
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>
  attempts: Generated<number>
  maxAttempts: Generated<number>
  lockedBy: string | null
  lockedAt: Timestamp | null
  lastError: string | null
  uniqueKey: string | null
  createdAt: DefaultTimestamp
  finishedAt: Timestamp | null
}

export const JOB_RUN_OUTCOMES = ['done', 'retry', 'failed', 'interrupted'] as const
export type JobRunOutcome = (typeof JOB_RUN_OUTCOMES)[number]

export interface JobRunsTable {
  id: Generated<number>
  jobId: number
  kind: string
  attempt: number
  runner: string
  startedAt: DefaultTimestamp
  finishedAt: Timestamp | null
  outcome: JobRunOutcome | null
  error: string | null
}

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'held'] as const
export type MailStatus = (typeof MAIL_STATUSES)[number]

/** What the outbox keeps of an attachment; the content is base64 (the page shows the rest). */
export interface MailAttachment {
  filename: string
  contentType: string
  size: number
  contentBase64: string
}

export interface MailOutboxTable {
  id: Generated<number>
  purpose: string
  userId: number | null
  recipient: string
  language: 'kk' | 'ru' | 'en'
  subject: string
  textBody: string
  htmlBody: string
  attachments: Json<MailAttachment[]>
  status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>
  attempts: Generated<number>
  nextAttemptAt: DefaultTimestamp
  lockedAt: Timestamp | null
  sentAt: Timestamp | null
  messageId: string
  lastError: string | null
  createdAt: DefaultTimestamp
}
