// The rules that decide where a statement runs when DATABASE_READ_URL is set (decision 0034):
// which requests read from a replica, which statements are plain reads, which failures mean the
// replica is gone, how WAL positions compare, and how the setting is parsed. The behaviour on a
// real streaming replica is proven in test/e2e/read-replicas.test.ts.
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely'
import { describe, expect, it } from 'vitest'
import { parseEnv } from '../../app/http/env.server'
import { readsFromReplicas } from '../../app/http/read-routes.server'
import { isPlainRead, parseLsn, replicaTrouble } from '../../db/replica-router'
import type { DB } from '../../db/schema'

const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (k) => new PostgresIntrospector(k),
  },
})

describe('requests that read from a replica', () => {
  it('GET and HEAD of the dashboards, reports, data page and read API', () => {
    for (const path of [
      '/',
      '/_root.data',
      '/regions/KZ-11',
      '/regions/KZ-11.data',
      '/regions/KZ-11/export',
      '/offices/KZ-11-PSC-kokshetau-city',
      '/standards/private-farm-certificate/2025',
      '/indicators/private-farm-certificate/1.1',
      '/data',
      '/reports/2025',
      '/open-data',
      '/overview/export',
      '/api/v1/indicators',
      '/api/v1/regions',
    ]) {
      expect(readsFromReplicas('GET', path), path).toBe(true)
    }
    expect(readsFromReplicas('HEAD', '/regions/KZ-11')).toBe(true)
  })

  it('never a write, nor the imports, targets, admin, accounts, sign-in, alerts or health check', () => {
    expect(readsFromReplicas('POST', '/regions/KZ-11')).toBe(false)
    expect(readsFromReplicas('POST', '/api/v1/indicators')).toBe(false)
    for (const path of [
      '/imports',
      '/imports/upload',
      '/api/v1/imports',
      '/api/v1/import/cases',
      '/targets',
      '/admin/users',
      '/account',
      '/account/alerts',
      '/login',
      '/logout',
      '/inbox',
      '/healthz',
      '/regionsx',
    ]) {
      expect(readsFromReplicas('GET', path), path).toBe(false)
    }
  })
})

describe('plain reads', () => {
  it('a SELECT, built or written as SQL, is a plain read', () => {
    expect(isPlainRead(db.selectFrom('cases').select(['id', 'updatedAt']).compile())).toBe(true)
    expect(isPlainRead(sql`select count(*) from cases`.compile(db))).toBe(true)
    expect(isPlainRead(sql`  with t as (select 1) select * from t`.compile(db))).toBe(true)
  })

  it('writes, locks, sequences and a data-modifying WITH go to the primary', () => {
    expect(isPlainRead(db.insertInto('dataVersion').values({ version: 1 }).compile())).toBe(false)
    expect(isPlainRead(db.updateTable('dataVersion').set({ version: 2 }).compile())).toBe(false)
    expect(isPlainRead(db.deleteFrom('dataVersion').compile())).toBe(false)
    expect(isPlainRead(db.selectFrom('cases').select('id').forUpdate().compile())).toBe(false)
    expect(isPlainRead(db.selectFrom('cases').select('id').forShare().compile())).toBe(false)
    expect(isPlainRead(sql`select pg_advisory_xact_lock(1, 2)`.compile(db))).toBe(false)
    expect(isPlainRead(sql`select pg_try_advisory_lock(1)`.compile(db))).toBe(false)
    expect(isPlainRead(sql`select nextval('cases_id_seq')`.compile(db))).toBe(false)
    expect(isPlainRead(sql`select cases_make_year_partitions(2027, 2028)`.compile(db))).toBe(false)
    expect(
      isPlainRead(sql`with d as (delete from jobs returning id) select * from d`.compile(db)),
    ).toBe(false)
    expect(isPlainRead(sql`select 1 into temp t`.compile(db))).toBe(false)
    expect(isPlainRead(sql`set statement_timeout = 0`.compile(db))).toBe(false)
  })
})

describe('replica failures', () => {
  it('no connection, a shutdown or exhausted resources mean the replica is down', () => {
    for (const code of [
      undefined,
      'ECONNREFUSED',
      'ETIMEDOUT',
      '08006',
      '57P01',
      '57P03',
      '53300',
    ]) {
      expect(replicaTrouble(Object.assign(new Error('x'), { code })), String(code)).toBe('down')
    }
  })

  it('a recovery conflict or a refused write is declined: that statement goes to the primary', () => {
    expect(replicaTrouble(Object.assign(new Error('x'), { code: '40001' }))).toBe('declined')
    expect(replicaTrouble(Object.assign(new Error('x'), { code: '25006' }))).toBe('declined')
  })

  it("the statement's own error (division by zero, a syntax error) is the answer", () => {
    expect(replicaTrouble(Object.assign(new Error('x'), { code: '22012' }))).toBeNull()
    expect(replicaTrouble(Object.assign(new Error('x'), { code: '42601' }))).toBeNull()
  })
})

describe('WAL positions', () => {
  it('compare as the WAL orders them: the high word first, hexadecimal digits', () => {
    expect(parseLsn('0/3000000')).toBe(0x3000000n)
    expect(parseLsn('1/0')).toBe(0x100000000n)
    // 0/FFFFFFFF comes before 1/0, and 0/A0 after 0/9F (not a string comparison).
    expect(parseLsn('0/FFFFFFFF') < parseLsn('1/0')).toBe(true)
    expect(parseLsn('0/A0') > parseLsn('0/9F')).toBe(true)
  })
})

describe('DATABASE_READ_URL', () => {
  const env = (values: Record<string, string>) => parseEnv(values as unknown as NodeJS.ProcessEnv)
  const primary = 'postgres://sapa@db-1/sapa'

  it('lists one or more replicas, separated by commas; empty or unset means none', () => {
    expect(env({}).DATABASE_READ_URL).toEqual([])
    expect(env({ DATABASE_URL: primary, DATABASE_READ_URL: '' }).DATABASE_READ_URL).toEqual([])
    expect(
      env({
        DATABASE_URL: primary,
        DATABASE_READ_URL: ' postgres://sapa@db-2/sapa , postgresql://sapa@db-3/sapa',
      }).DATABASE_READ_URL,
    ).toEqual(['postgres://sapa@db-2/sapa', 'postgresql://sapa@db-3/sapa'])
    expect(env({}).SAPA_REPLICA_WAIT_MS).toBe(200)
  })

  it('needs DATABASE_URL, and postgres URLs', () => {
    expect(() => env({ DATABASE_READ_URL: 'postgres://sapa@db-2/sapa' })).toThrow(
      /DATABASE_READ_URL needs DATABASE_URL/,
    )
    expect(() => env({ DATABASE_URL: primary, DATABASE_READ_URL: 'mysql://db-2' })).toThrow(
      /DATABASE_READ_URL must list postgres:\/\/ or postgresql:\/\/ URLs/,
    )
  })
})
