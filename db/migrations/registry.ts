// The static list of migrations, in order. The Remix server bundle cannot scan a folder, so every
// runtime (server, CLI via tsx, vitest) imports this list. Append; never edit a landed migration.
import type { Migration } from 'kysely'
import * as m0001 from './0001_init'
import * as m0002 from './0002_rollups'
import * as m0003 from './0003_accounts_audit'
import * as m0004 from './0004_import_staging'
import * as m0005 from './0005_target_decisions'
import * as m0007 from './0007_import_doors'
import * as m0008 from './0008_data_version'
import * as m0009 from './0009_late_cases_index'
import * as m0010 from './0010_bulk_import'
import * as m0011 from './0011_case_references_per_statement'
import * as m0012 from './0012_import_commit_order'
import * as m0013 from './0013_survey_scale'
import * as m0014 from './0014_regional_sources'
import * as m0015 from './0015_target_justifications'
import * as m0016 from './0016_data_freshness'
import * as m0017 from './0017_jobs_and_mail'
import * as m0018 from './0018_alerts'
import * as m0019 from './0019_alert_mail'
import * as m0020 from './0020_monthly_region_report'
import * as m0021 from './0021_measure_sql'
import * as m0023 from './0023_standard_editions'
import * as m0025 from './0025_monthly_rollups'
import * as m0026 from './0026_edition_terms_per_record'
import * as m0027 from './0027_waiting_survey_answers'
import * as m0028 from './0028_complaint_rollups'
import * as m0029 from './0029_open_cases_index'
import * as m0030 from './0030_vacuum_after_inserts'
import * as m0031 from './0031_lighter_import_indexes'
import * as m0032 from './0032_cases_by_year'
import * as m0033 from './0033_cases_batch_through_offices'

export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_rollups': m0002,
  '0003_accounts_audit': m0003,
  '0004_import_staging': m0004,
  '0005_target_decisions': m0005,
  '0007_import_doors': m0007,
  '0008_data_version': m0008,
  '0009_late_cases_index': m0009,
  '0010_bulk_import': m0010,
  '0011_case_references_per_statement': m0011,
  '0012_import_commit_order': m0012,
  '0013_survey_scale': m0013,
  '0014_regional_sources': m0014,
  '0015_target_justifications': m0015,
  '0016_data_freshness': m0016,
  '0017_jobs_and_mail': m0017,
  '0018_alerts': m0018,
  '0019_alert_mail': m0019,
  '0020_monthly_region_report': m0020,
  '0021_measure_sql': m0021,
  '0023_standard_editions': m0023,
  '0025_monthly_rollups': m0025,
  '0026_edition_terms_per_record': m0026,
  '0027_waiting_survey_answers': m0027,
  '0028_complaint_rollups': m0028,
  '0029_open_cases_index': m0029,
  '0030_vacuum_after_inserts': m0030,
  '0031_lighter_import_indexes': m0031,
  '0032_cases_by_year': m0032,
  '0033_cases_batch_through_offices': m0033,
}
