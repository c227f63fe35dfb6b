// Writes a generated dataset (generate-demo.ts) with a given source: the demo loader and the
// benchmarks share it.
import type { Db } from '../../db/client.server'
import {
  insertCases,
  insertComplaints,
  insertPublicationsIfAbsent,
  insertSurveyResponses,
} from '../../db/queries/facts'
import type { DemoDataset } from './generate-demo'

export async function writeDemoDataset(db: Db, data: DemoDataset, source: string): Promise<void> {
  const caseIds = await insertCases(
    db,
    data.cases.map((c) => ({ ...c, source })),
  )
  await insertSurveyResponses(
    db,
    data.surveys.map((s) => {
      const linked = s.caseExternalId ? caseIds.get(s.caseExternalId) : undefined
      return {
        source,
        externalId: s.externalId,
        caseId: linked?.id ?? null,
        caseSubmittedOn: linked?.submittedOn ?? null,
        caseExternalId: s.caseExternalId,
        standardId: s.standardId,
        officeId: s.officeId,
        respondedOn: s.respondedOn,
        processYes: s.process.yes,
        processScore: s.process.score,
        informationYes: s.information.yes,
        informationScore: s.information.score,
        complaintProcedureYes: s.complaintProcedure.yes,
        complaintProcedureScore: s.complaintProcedure.score,
        complaintTimelineYes: s.complaintTimeline.yes,
        complaintTimelineScore: s.complaintTimeline.score,
        courtesyYes: s.courtesy.yes,
        courtesyScore: s.courtesy.score,
      }
    }),
  )
  await insertComplaints(
    db,
    data.complaints.map((c) => ({ ...c, source })),
  )
  await insertPublicationsIfAbsent(db, data.publications)
}
