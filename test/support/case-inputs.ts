// Shared pieces of test data for the fact writer (app/facts/fact-writer.server.ts): the first
// office that serves a standard through a channel, and a case with every optional measurement
// left unrecorded, so a test states only what its rule reads.
import type { CaseInput } from '../../app/facts/fact-writer.server'
import type { Db } from '../../db/client.server'

/** The code of the first office (by id) that serves the standard through the channel. */
export async function firstOfficeServing(
  db: Db,
  standardId: string,
  channel: CaseInput['channel'],
): Promise<string> {
  const office = await db
    .selectFrom('officeServices')
    .innerJoin('offices', 'offices.id', 'officeServices.officeId')
    .select('offices.code')
    .where('officeServices.standardId', '=', standardId)
    .where('officeServices.channel', '=', channel)
    .orderBy('offices.id')
    .executeTakeFirstOrThrow()
  return office.code
}

/** No waits, service time, document checks or suspension recorded. */
export const NOTHING_MEASURED = {
  waitMinutesSubmit: null,
  waitMinutesPickup: null,
  serviceMinutes: null,
  docsCorrect: null,
  firstTimeCorrect: null,
  suspendedFrom: null,
  suspendedTo: null,
} as const satisfies Partial<CaseInput>

/**
 * A duplicate land-lease act issued by `officeCode`, with a 5-minute queue and a 20-minute
 * service (the Semey office moved from East Kazakhstan to Abai on 8 June 2022 in the rollup tests).
 */
export const leaseDuplicate = (officeCode: string) => ({
  standardId: 'land-lease-act',
  channel: 'land_relations_authority' as const,
  variant: 'duplicate' as const,
  officeCode,
  result: 'issued' as const,
  waitMinutesSubmit: 5,
  waitMinutesPickup: null,
  serviceMinutes: 20,
  docsCorrect: null,
  firstTimeCorrect: null,
  suspendedFrom: null,
  suspendedTo: null,
})
