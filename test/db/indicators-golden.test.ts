// Every indicator of the golden fixture (test/fixtures/golden.ts), at nation, region and office
// level, by quarter, by region and on one channel, compared number for number with values worked
// out by hand from docs/domain.md §3–§6 and decision 0004 — never pasted from the program's output.
// Runs on PGlite, and on PostgreSQL too when TEST_DATABASE_URL is set.
//
// ── How to read the tables ──────────────────────────────────────────────────────────────────────
// One row per indicator: [standard, code, numerator, denominator, value %, target, status,
// ciLow, ciHigh, contributing, serving]. value = 100·num/den rounded to 2 decimals (null when
// den = 0); status is judged on the exact ratio. ci = 95 % Wilson interval in %, survey measures
// only. coverage.low is checked as contributing < serving / 2 (0004).
// F = private-farm-certificate (12 indicators), PO = land-private-ownership-act, PU =
// land-permanent-use-act, LE = land-lease-act, FT = land-free-temporary-use-act (6 each).
//
// ── Per-office counts, from the blocks of golden.ts (2025, as of 31 December) ───────────────────
// Farm certificate, cases (the withdrawn F1d is left out of everything):
//   A1  1.1  F1a 40 + F1c 5 (refused) + F1e 1 (exactly 10 min) = 46 / 51; F1b 5 late
//       1.2  F1a 40 + F1c 5 = 45 / 50: F1b waited 12; F1e has no wait → not in the denominator
//       2.2  F1a 40 + F1c 5 = 45 / 50: F1b false; F1e not recorded
//       3.2  F1a 40 + F1b 5 = 45 / 50: F1c false; F1e not recorded        completed: 51
//   P1  1.1  F2a 30 + F2c 3 + F2d 5 + F2g 3 = 41 / 48: F2b 4 and F2c' 1 late, F2e 2 open past
//            the deadline; F2f is due in 2026 → out
//       1.2  45 / 49: every case has a wait; F2b's pickup wait 15 fails; F2c's 10 = max is ok
//       2.2  F2a 30 + F2b 4 + F2d 5 + F2g 3 = 42 / 42: F2c not recorded, F2e not completed
//       3.2  F2a 30 + F2c 4 + F2d 5 + F2e 2 + F2g 3 + F2f 1 = 45 / 45: F2b not recorded
//                                                                          completed: 46
//   A2  1.1  F3a 60 + F3c 20 = 80 / 84 (F3b 4 late); 1.2 84 / 84; 2.2 84 / 84;
//       3.2  F3a 60 + F3b 4 = 64 / 84 (F3c false)                         completed: 84
//   P2  1.1  F4a 20 + F4b 30 = 50 / 53 (F4a' 2 late, F4c open past the deadline);
//       1.2  F4a 20 + F4a' 2 + F4c 1 = 23 / 23 (F4b has no wait); 2.2 F4a 20 + F4a' 2 + F4b 30 =
//            52 / 52; 3.2 F4a 20 + F4a' 2 + F4c 1 = 23 / 23 (F4b not recorded)  completed: 52
// Farm, justified complaints (4.1 numerator by received date; 4.2 by term end ≤ as-of):
//   A1: C1 (on time, upheld), C3 (decided late), C12 (15-day term, late), C5 (undecided, term over)
//   P1: C2 (on time, not upheld), C4 (term moved past 10 Mar, on time), C6 (term ends in 2026)
//   A2: C9 (term moved past 7 May, on time). Unjustified C7, C8, C10 and the land C11: nowhere.
// Farm, surveys: the block table in golden.ts (SA1, SP1, SA2, SP2).
// Land ownership 1.1: L1 = LA 18 + LN 2 + LB 4 + LC 2 = 26 / (LA+LA' 20 + LN+LN' 3 + LB 4 +
//   LC 2 + LE 1) 30 — LD still suspended and LF withdrawn are out; P1 = LG 10 + LH 5 = 15 / 15;
//   L2 = LI 15 / 20.
// Land permanent use 1.1: P2 = LJ 6 / 8, L2 = LK 6 / 6 → 12 / 14. Land lease 1.1: L1 = LM 12 / 12
//   (LL is due in 2026 → out). Land free temporary use: no facts at all.
//
// ── Offices serving (coverage.serving), from seeds/reference/office-services.csv ────────────────
// One row per office × standard × channel; every serving office's code starts with its region's
// code and no office moved region after 2022:
//   farm: Akmola 20 akimats (region, 2 cities, 17 districts) + 1 PSC = 21; Mangystau 8 akimats +
//     1 PSC = 9; nation 196 akimats + 24 PSCs = 220. On the local-executive-body channel in
//     Akmola: 20.
//   each land act: Akmola 20 land-relations departments + 1 PSC = 21; Mangystau 8 + 1 = 9;
//     nation 212 + 27 = 239. No land office serves on the local-executive-body channel: 0.
//   office scope: 1 (the Kokshetau PSC serves all five standards).
// contributing = offices with at least one row of the measure's data in the period (0004): the
// offices above with facts that enter the measure in the period; for info_online, the offices
// with a 2025 publication record (published or not).
//
// ── Ambiguities resolved (listed in the report) ─────────────────────────────────────────────────
// (a) A survey measure's data are the answers to its question (docs/domain.md §3: "respondents who
//     answered that question"), so an office whose responses never asked the question does not
//     contribute: land ownership 4.3 (never asked) is 0/0 with 0 contributing offices, although
//     0004's "survey responses for survey measures" could be read as "any response".
// (b) Complaint-measure coverage counts offices with cases (0004: "cases for case and complaint
//     measures"), so a quarter without complaints still has contributing offices (Q1, Q3 4.2).
// (c) The interval is reported for every survey row with answers, also when the status is
//     insufficient_data or no_reference; ciLow/ciHigh are in %, rounded to 2 decimals.
import { beforeAll, expect, it } from 'vitest'
import { computeIndicators } from '../../app/indicators/engine.server'
import type { IndicatorQuery, IndicatorRow } from '../../app/indicators/types'
import type { IndicatorStatus } from '../../app/domain/indicator-status'
import {
  CASE_BLOCKS,
  FARM,
  GOLDEN_COMPLAINTS,
  GOLDEN_SOURCE,
  LAND_FREE_TEMPORARY,
  LAND_LEASE,
  LAND_OWNERSHIP,
  LAND_PERMANENT,
  OFFICE,
  writeGoldenFixture,
} from '../fixtures/golden'
import { describeEachEngine } from '../support/test-db'

const STANDARD = {
  F: FARM,
  PO: LAND_OWNERSHIP,
  PU: LAND_PERMANENT,
  LE: LAND_LEASE,
  FT: LAND_FREE_TEMPORARY,
} as const
type Std = keyof typeof STANDARD

type Expected = readonly [
  standard: Std,
  code: string,
  numerator: number,
  denominator: number,
  value: number | null,
  target: number | null,
  status: IndicatorStatus,
  ciLow: number | null,
  ciHigh: number | null,
  contributing: number,
  serving: number,
]

const _ = null
const MEETS = 'meets'
const FAILS = 'fails'
const INCONCL = 'inconclusive'
const INSUFF = 'insufficient_data'
const NO_DATA = 'no_data'
const NO_REF = 'no_reference'

// ── Nation, 2025, as of 31 December ─────────────────────────────────────────────────────────────
// Farm: sums of the four offices (A1, P1, A2, P2); national target 95 on 1.1.
//   1.1 217/236 (46+41+80+50 / 51+48+84+53) = 91.95 < 95 → fails.
//   3.3 8 Akmola + 4 Mangystau published / 220 serving = 5.45 < 40 → fails; 15 records.
//   4.1 (C1 C2 C3 C4 C12 C5 C6 + C9) 8 / (51+46+84+52) 233 = 3.43 > 1 → fails (lower is better).
//   4.2 (C1 C4 C9) 3 / (C1 C2 C3 C4 C12 C5 C9) 7 = 42.86; C6's term ends in 2026 → out.
//   5.1 70/85 = 82.35 < 85 but Wilson: centre 0.809540, half 0.080496 → high 89.00 ≥ 85 →
//       inconclusive. 3.1 84/85 = 98.82: high 99.79 < 100 → fails (a normative of 100 is only
//       met by 100 %). 4.4 37/41 = 90.24 ≥ 90 → meets. 4.3 18/21 → fewer than 30 → insufficient.
// Land ownership: 1.1 (26+15+15) 56 / (30+15+20) 65 = 86.15 < national target 90 → fails;
//   5.1 41/57 = 71.93, target 95, Wilson high 81.92 < 95 → fails (whole interval misses);
//   4.3 never asked → 0/0 → no_data, no contributing office (a); 3.2 L1 + P1 + P2
//   published, L2's record says no → 3/239 = 1.26, no normative, no target → no_reference.
// Land permanent use: 3.2 has one "not published" record → 0/239 = 0.00 % (the denominator is
//   the serving offices, so this is a real 0, not "no data") → no_reference.
// prettier-ignore
const NATION_2025: Expected[] = [
  ['F',  '1.1', 217, 236, 91.95,  95, FAILS,   _,     _,     4, 220],
  ['F',  '1.2', 197, 206, 95.63,  _,  FAILS,   _,     _,     4, 220],
  ['F',  '2.1',  78,  85, 91.76,  _,  FAILS,   83.96, 95.95, 4, 220],
  ['F',  '2.2', 223, 228, 97.81,  _,  FAILS,   _,     _,     4, 220],
  ['F',  '3.1',  84,  85, 98.82,  _,  FAILS,   93.63, 99.79, 4, 220],
  ['F',  '3.2', 177, 202, 87.62,  _,  FAILS,   _,     _,     4, 220],
  ['F',  '3.3',  12, 220,  5.45,  _,  FAILS,   _,     _,    15, 220],
  ['F',  '4.1',   8, 233,  3.43,  _,  FAILS,   _,     _,     4, 220],
  ['F',  '4.2',   3,   7, 42.86,  _,  FAILS,   _,     _,     4, 220],
  ['F',  '4.3',  18,  21, 85.71,  _,  INSUFF,  65.36, 95.02, 4, 220],
  ['F',  '4.4',  37,  41, 90.24,  _,  MEETS,   77.45, 96.14, 4, 220],
  ['F',  '5.1',  70,  85, 82.35,  _,  INCONCL, 72.9,  89.0,  4, 220],
  ['PO', '1.1',  56,  65, 86.15,  90, FAILS,   _,     _,     3, 239],
  ['PO', '2.1',  49,  57, 85.96,  _,  NO_REF,  74.68, 92.71, 3, 239],
  ['PO', '3.1',  55,  57, 96.49,  _,  NO_REF,  88.08, 99.03, 3, 239],
  ['PO', '3.2',   3, 239,  1.26,  _,  NO_REF,  _,     _,     4, 239],
  ['PO', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['PO', '5.1',  41,  57, 71.93,  95, FAILS,   59.17, 81.92, 3, 239],
  ['PU', '1.1',  12,  14, 85.71,  _,  NO_REF,  _,     _,     2, 239],
  ['PU', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['PU', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['PU', '3.2',   0, 239,  0,     _,  NO_REF,  _,     _,     1, 239],
  ['PU', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['PU', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['LE', '1.1',  12,  12, 100,    _,  NO_REF,  _,     _,     1, 239],
  ['LE', '2.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 239],
  ['LE', '3.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 239],
  ['LE', '3.2',   0, 239,  0,     _,  NO_REF,  _,     _,     0, 239],
  ['LE', '4.3',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 239],
  ['LE', '5.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 239],
  ['FT', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['FT', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['FT', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['FT', '3.2',   0, 239,  0,     _,  NO_REF,  _,     _,     0, 239],
  ['FT', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
  ['FT', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 239],
]

// ── Akmola (KZ-11), 2025, as of 31 December ───────────────────────────────────────────────────
// Farm = A1 + P1. 1.1 (46+41) 87 / (51+48) 99 = 87.88: Akmola's own approved target 85 applies
//   (not the national 95, nor the normative 100) → meets.
//   3.3 8/21 = 38.10 < 40 → fails the band; contributing 10 (8 published + 2 "not published").
//   4.1 (C1 C2 C3 C4 C12 C5 C6) 7 / (51+46) 97 = 7.22 > 1 → fails. The withdrawn F1d has a
//   completion time but is not a completed case.
//   4.2 (C1 C4) 2 / (C1 C2 C3 C4 C12 C5) 6 = 33.33: C2 decided on time but not upheld, C3 and C12
//   decided late, C5 never decided with its term over: denominator only; C6 (term 2026) out.
//   5.1 48/60 = 80.00 < 85, Wilson centre 0.781948, half 0.099767 → [68.22, 88.17]: the interval
//   reaches 85 → inconclusive. 4.4 32/35 = 91.43 ≥ 90 → meets. 4.3 13/15 → insufficient.
// Land ownership = L1 + P1: 1.1 41/45 = 91.11 ≥ 90 (national target) → meets. 4.3: 0/0.
// Land lease: 1.1 LM 12/12 = 100 → no target, no normative → no_reference; its surveys 5/5 →
//   fewer than 30 answers → insufficient_data (before no_reference).
// prettier-ignore
const KZ11_2025: Expected[] = [
  ['F',  '1.1',  87,  99, 87.88,  85, MEETS,   _,     _,     2, 21],
  ['F',  '1.2',  90,  99, 90.91,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '2.1',  54,  60, 90,     _,  FAILS,   79.85, 95.34, 2, 21],
  ['F',  '2.2',  87,  92, 94.57,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '3.1',  60,  60, 100,    _,  MEETS,   93.98, 100,   2, 21],
  ['F',  '3.2',  90,  95, 94.74,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '3.3',   8,  21, 38.1,   _,  FAILS,   _,     _,    10, 21],
  ['F',  '4.1',   7,  97,  7.22,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '4.2',   2,   6, 33.33,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '4.3',  13,  15, 86.67,  _,  INSUFF,  62.12, 96.26, 2, 21],
  ['F',  '4.4',  32,  35, 91.43,  _,  MEETS,   77.62, 97.04, 2, 21],
  ['F',  '5.1',  48,  60, 80,     _,  INCONCL, 68.22, 88.17, 2, 21],
  ['PO', '1.1',  41,  45, 91.11,  90, MEETS,   _,     _,     2, 21],
  ['PO', '2.1',  39,  45, 86.67,  _,  NO_REF,  73.82, 93.74, 2, 21],
  ['PO', '3.1',  43,  45, 95.56,  _,  NO_REF,  85.17, 98.77, 2, 21],
  ['PO', '3.2',   2,  21,  9.52,  _,  NO_REF,  _,     _,     2, 21],
  ['PO', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PO', '5.1',  30,  45, 66.67,  95, FAILS,   52.07, 78.64, 2, 21],
  ['PU', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '3.2',   0,  21,  0,     _,  NO_REF,  _,     _,     0, 21],
  ['PU', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['LE', '1.1',  12,  12, 100,    _,  NO_REF,  _,     _,     1, 21],
  ['LE', '2.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['LE', '3.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['LE', '3.2',   0,  21,  0,     _,  NO_REF,  _,     _,     0, 21],
  ['LE', '4.3',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['LE', '5.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['FT', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '3.2',   0,  21,  0,     _,  NO_REF,  _,     _,     0, 21],
  ['FT', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
]

// ── Mangystau (KZ-47), 2025, as of 31 December ────────────────────────────────────────────────
// Farm = A2 + P2. 1.1 (80+50) 130 / (84+53) 137 = 94.89: Mangystau has no approved target of its
//   own (its 90 is only proposed) → the national 95 → fails (it would meet 90).
//   3.3 4/9 = 44.44: inside the band 40-50 → meets; 5 records ≥ 9/2 → coverage not low.
//   4.1 C9 1 / (84+52) 136 = 0.74 ≤ 1 → meets (lower is better, normative max 1).
//   4.2 C9 1/1 = 100 → meets. Surveys: 25 answers at most → insufficient_data.
// Land ownership: 1.1 LI 15/20 = 75 < 90 → fails; surveys 12 answers → insufficient (5.1 too,
//   although it has a target). 3.2: P2 published, L2 "not published" → 1/9, 2 contributing.
// Land permanent use: 1.1 12/14 = 85.71 → no_reference.
// prettier-ignore
const KZ47_2025: Expected[] = [
  ['F',  '1.1', 130, 137, 94.89,  95, FAILS,   _,     _,     2, 9],
  ['F',  '1.2', 107, 107, 100,    _,  MEETS,   _,     _,     2, 9],
  ['F',  '2.1',  24,  25, 96,     _,  INSUFF,  80.46, 99.29, 2, 9],
  ['F',  '2.2', 136, 136, 100,    _,  MEETS,   _,     _,     2, 9],
  ['F',  '3.1',  24,  25, 96,     _,  INSUFF,  80.46, 99.29, 2, 9],
  ['F',  '3.2',  87, 107, 81.31,  _,  FAILS,   _,     _,     2, 9],
  ['F',  '3.3',   4,   9, 44.44,  _,  MEETS,   _,     _,     5, 9],
  ['F',  '4.1',   1, 136,  0.74,  _,  MEETS,   _,     _,     2, 9],
  ['F',  '4.2',   1,   1, 100,    _,  MEETS,   _,     _,     2, 9],
  ['F',  '4.3',   5,   6, 83.33,  _,  INSUFF,  43.65, 96.99, 2, 9],
  ['F',  '4.4',   5,   6, 83.33,  _,  INSUFF,  43.65, 96.99, 2, 9],
  ['F',  '5.1',  22,  25, 88,     _,  INSUFF,  70.04, 95.83, 2, 9],
  ['PO', '1.1',  15,  20, 75,     90, FAILS,   _,     _,     1, 9],
  ['PO', '2.1',  10,  12, 83.33,  _,  INSUFF,  55.2,  95.3,  1, 9],
  ['PO', '3.1',  12,  12, 100,    _,  INSUFF,  75.75, 100,   1, 9],
  ['PO', '3.2',   1,   9, 11.11,  _,  NO_REF,  _,     _,     2, 9],
  ['PO', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['PO', '5.1',  11,  12, 91.67,  95, INSUFF,  64.61, 98.51, 1, 9],
  ['PU', '1.1',  12,  14, 85.71,  _,  NO_REF,  _,     _,     2, 9],
  ['PU', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['PU', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['PU', '3.2',   0,   9,  0,     _,  NO_REF,  _,     _,     1, 9],
  ['PU', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['PU', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['LE', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['LE', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['LE', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['LE', '3.2',   0,   9,  0,     _,  NO_REF,  _,     _,     0, 9],
  ['LE', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['LE', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['FT', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['FT', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['FT', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['FT', '3.2',   0,   9,  0,     _,  NO_REF,  _,     _,     0, 9],
  ['FT', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ['FT', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
]

// ── Office: Kokshetau PSC (P1), 2025, as of 31 December ───────────────────────────────────────
// An office inside Akmola takes Akmola's target: farm 1.1 41/48 = 85.42 ≥ 85 → meets.
// Farm 3.3: its own record says published → 1/1 = 100: above the band still meets.
// Farm 4.1 (C2 C4 C6) 3 / 46 = 6.52; 4.2 C4 / (C2 C4) = 1/2 = 50. Surveys: 20 answers at most.
// Land ownership: 1.1 LG10 + LH5 refused on time = 15/15 = 100 ≥ 90 → meets; its surveys (SLP1)
//   10 answers → insufficient; 4.3 never asked → 0/0. The other land acts: no facts at P1; 3.2
//   has no record → 0/1 = 0.00 % (P1 serves them) → no_reference.
// prettier-ignore
const P1_2025: Expected[] = [
  ['F',  '1.1',  41,  48, 85.42,  85, MEETS,   _,     _,     1, 1],
  ['F',  '1.2',  45,  49, 91.84,  _,  FAILS,   _,     _,     1, 1],
  ['F',  '2.1',  18,  20, 90,     _,  INSUFF,  69.9,  97.21, 1, 1],
  ['F',  '2.2',  42,  42, 100,    _,  MEETS,   _,     _,     1, 1],
  ['F',  '3.1',  20,  20, 100,    _,  INSUFF,  83.89, 100,   1, 1],
  ['F',  '3.2',  45,  45, 100,    _,  MEETS,   _,     _,     1, 1],
  ['F',  '3.3',   1,   1, 100,    _,  MEETS,   _,     _,     1, 1],
  ['F',  '4.1',   3,  46,  6.52,  _,  FAILS,   _,     _,     1, 1],
  ['F',  '4.2',   1,   2, 50,     _,  FAILS,   _,     _,     1, 1],
  ['F',  '4.3',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 1],
  ['F',  '4.4',   4,   5, 80,     _,  INSUFF,  37.55, 96.38, 1, 1],
  ['F',  '5.1',  16,  20, 80,     _,  INSUFF,  58.4,  91.93, 1, 1],
  ['PO', '1.1',  15,  15, 100,    90, MEETS,   _,     _,     1, 1],
  ['PO', '2.1',   9,  10, 90,     _,  INSUFF,  59.58, 98.21, 1, 1],
  ['PO', '3.1',  10,  10, 100,    _,  INSUFF,  72.25, 100,   1, 1],
  ['PO', '3.2',   1,   1, 100,    _,  NO_REF,  _,     _,     1, 1],
  ['PO', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['PO', '5.1',   6,  10, 60,     95, INSUFF,  31.27, 83.18, 1, 1],
  ['PU', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['PU', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['PU', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['PU', '3.2',   0,   1,  0,     _,  NO_REF,  _,     _,     0, 1],
  ['PU', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['PU', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['LE', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['LE', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['LE', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['LE', '3.2',   0,   1,  0,     _,  NO_REF,  _,     _,     0, 1],
  ['LE', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['LE', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['FT', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['FT', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['FT', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['FT', '3.2',   0,   1,  0,     _,  NO_REF,  _,     _,     0, 1],
  ['FT', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
  ['FT', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 1],
]

// ── Akmola, 2025, as of 30 June (the year cut at the as-of date) ──────────────────────────────
// Differences from 31 December:
//   F2g (submitted Mon 30 Jun = the as-of day, due Wed 2 Jul, done Tue 1 Jul): out of 1.1 (not
//   due yet), out of 2.2 and 4.1's denominator (not completed yet), in 1.2 and 3.2 (submitted).
//   F2f (Dec) out. C6 (Dec) out. C5: received 2 Jun → in 4.1; term ends 2 Jul → out of 4.2.
//   1.1 (46 + 30+3+5) 84 / (51 + 30+4+4+5+2) 96 = 87.50 ≥ 85 → meets.
//   1.2 (45 + 44) 89 / (50 + 48) 98 = 90.82. 2.2 (45 + 39) 84 / (50 + 39) 89 = 94.38.
//   3.2 (45 + 44) 89 / (50 + 44) 94 = 94.68. 4.1 (C1 C2 C3 C4 C12 C5) 6 / (51 + 43) 94 = 6.38.
//   4.2 (C1 C4) 2 / (C1 C2 C3 C4 C12) 5 = 40.
//   Land ownership 1.1: LE (due 9 Dec) out → 41/44 = 93.18. Its surveys: SLP1 (15 Sep) out →
//   L1's SL1 only: 30/35, 33/35, 24/35 (5.1: 68.57, Wilson high 81.45 < 95 → fails).
//   Publications are per year: 3.2 and 3.3 as at year end.
// prettier-ignore
const KZ11_AS_OF_JUNE: Expected[] = [
  ['F',  '1.1',  84,  96, 87.5,   85, MEETS,   _,     _,     2, 21],
  ['F',  '1.2',  89,  98, 90.82,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '2.1',  54,  60, 90,     _,  FAILS,   79.85, 95.34, 2, 21],
  ['F',  '2.2',  84,  89, 94.38,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '3.1',  60,  60, 100,    _,  MEETS,   93.98, 100,   2, 21],
  ['F',  '3.2',  89,  94, 94.68,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '3.3',   8,  21, 38.1,   _,  FAILS,   _,     _,    10, 21],
  ['F',  '4.1',   6,  94,  6.38,  _,  FAILS,   _,     _,     2, 21],
  ['F',  '4.2',   2,   5, 40,     _,  FAILS,   _,     _,     2, 21],
  ['F',  '4.3',  13,  15, 86.67,  _,  INSUFF,  62.12, 96.26, 2, 21],
  ['F',  '4.4',  32,  35, 91.43,  _,  MEETS,   77.62, 97.04, 2, 21],
  ['F',  '5.1',  48,  60, 80,     _,  INCONCL, 68.22, 88.17, 2, 21],
  ['PO', '1.1',  41,  44, 93.18,  90, MEETS,   _,     _,     2, 21],
  ['PO', '2.1',  30,  35, 85.71,  _,  NO_REF,  70.62, 93.74, 1, 21],
  ['PO', '3.1',  33,  35, 94.29,  _,  NO_REF,  81.39, 98.42, 1, 21],
  ['PO', '3.2',   2,  21,  9.52,  _,  NO_REF,  _,     _,     2, 21],
  ['PO', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PO', '5.1',  24,  35, 68.57,  95, FAILS,   52.02, 81.45, 1, 21],
  ['PU', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '3.2',   0,  21,  0,     _,  NO_REF,  _,     _,     0, 21],
  ['PU', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['PU', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['LE', '1.1',  12,  12, 100,    _,  NO_REF,  _,     _,     1, 21],
  ['LE', '2.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['LE', '3.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['LE', '3.2',   0,  21,  0,     _,  NO_REF,  _,     _,     0, 21],
  ['LE', '4.3',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['LE', '5.1',   5,   5, 100,    _,  INSUFF,  56.55, 100,   1, 21],
  ['FT', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '3.2',   0,  21,  0,     _,  NO_REF,  _,     _,     0, 21],
  ['FT', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
  ['FT', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 21],
]

// ── Akmola, local-executive-body channel only, 2025, as of 31 December ────────────────────────
// Case measures use the case's channel: only A1's akimat cases. Survey, complaint and info_online
// measures use the offices serving the standard on that channel (the 20 akimats): A1's surveys
// (SA1) and complaints (C1 C3 C12 C5; C7 unjustified), not P1's.
//   1.1 46/51 = 90.20 ≥ 85 → meets. 3.3: 7 akimats published of 20 = 35.00 → fails; 9 records.
//   4.1 4/51 = 7.84. 4.2 C1 / (C1 C3 C12 C5) = 25.00.
//   4.4 28/30 = 93.33: exactly 30 answers is enough (fewer than 30 is insufficient) → meets.
//   5.1 32/40 = 80, Wilson centre 0.773714, half 0.121287 → high 89.50 ≥ 85 → inconclusive.
// Land: no office serves a land act on this channel → serving 0, every denominator 0 (also
//   info_online's) → no_data, coverage 0/0 (not low); the targets are still reported.
// prettier-ignore
const KZ11_AKIMAT_CHANNEL: Expected[] = [
  ['F',  '1.1',  46,  51, 90.2,   85, MEETS,   _,     _,     1, 20],
  ['F',  '1.2',  45,  50, 90,     _,  FAILS,   _,     _,     1, 20],
  ['F',  '2.1',  36,  40, 90,     _,  FAILS,   76.95, 96.04, 1, 20],
  ['F',  '2.2',  45,  50, 90,     _,  FAILS,   _,     _,     1, 20],
  ['F',  '3.1',  40,  40, 100,    _,  MEETS,   91.24, 100,   1, 20],
  ['F',  '3.2',  45,  50, 90,     _,  FAILS,   _,     _,     1, 20],
  ['F',  '3.3',   7,  20, 35,     _,  FAILS,   _,     _,     9, 20],
  ['F',  '4.1',   4,  51,  7.84,  _,  FAILS,   _,     _,     1, 20],
  ['F',  '4.2',   1,   4, 25,     _,  FAILS,   _,     _,     1, 20],
  ['F',  '4.3',   8,  10, 80,     _,  INSUFF,  49.02, 94.33, 1, 20],
  ['F',  '4.4',  28,  30, 93.33,  _,  MEETS,   78.68, 98.15, 1, 20],
  ['F',  '5.1',  32,  40, 80,     _,  INCONCL, 65.24, 89.5,  1, 20],
  ['PO', '1.1',   0,   0,  _,     90, NO_DATA, _,     _,     0, 0],
  ['PO', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PO', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PO', '3.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PO', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PO', '5.1',   0,   0,  _,     95, NO_DATA, _,     _,     0, 0],
  ['PU', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PU', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PU', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PU', '3.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PU', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['PU', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['LE', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['LE', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['LE', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['LE', '3.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['LE', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['LE', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['FT', '1.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['FT', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['FT', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['FT', '3.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['FT', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
  ['FT', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 0],
]

// ── Mangystau, farm certificate, by quarter, 2025, as of 31 December ──────────────────────────
// Q1: F3a F3b (A2, 12 Mar), F4a F4a' (P2, 20–27 Mar, across Nauryz), SA2 (13 Mar). No complaint.
//   1.1 (60+20) 80 / (64+22) 86 = 93.02 < 95 → fails. 4.1 0 justified / 86 completed = 0.00 %
//   ≤ 1 → meets (a real 0, the denominator is not 0). 4.2: no term ends in Q1 → no_data.
// Q2: F3c (A2, 13 May): 1.1 20/20, 1.2 20/20 (wait 8), 3.2 0/20 = 0.00 → fails.
//   C9 received 7 Apr → 4.1 1/20 = 5.00 → fails; its term ends 8 May → 4.2 1/1 → meets.
//   No survey in Q2 → no_data, no contributing office.
// Q3: F4b (P2, 14–16 Jul), F4c (P2, open, due 4 Sep), SP2 (16 Jul), C10 unjustified.
//   1.1 30/31 = 96.77 ≥ 95 → meets. 1.2: F4b has no wait, F4c waited 6 → 1/1. 3.2: F4c only → 1/1.
//   4.1 0/30 → meets.
// Q4: nothing but the publications: 3.3 is the year's figure in every quarter (4/9 = 44.44).
// Coverage: 1 or 2 contributing of 9 serving → low, except 3.3 (5 records).
// prettier-ignore
const KZ47_FARM_QUARTERS: Record<string, Expected[]> = {
  '2025-Q1': [
    ['F', '1.1',  80,  86, 93.02,  95, FAILS,   _,     _,     2, 9],
    ['F', '1.2',  86,  86, 100,    _,  MEETS,   _,     _,     2, 9],
    ['F', '2.1',  14,  15, 93.33,  _,  INSUFF,  70.18, 98.81, 1, 9],
    ['F', '2.2',  86,  86, 100,    _,  MEETS,   _,     _,     2, 9],
    ['F', '3.1',  15,  15, 100,    _,  INSUFF,  79.61, 100,   1, 9],
    ['F', '3.2',  86,  86, 100,    _,  MEETS,   _,     _,     2, 9],
    ['F', '3.3',   4,   9, 44.44,  _,  MEETS,   _,     _,     5, 9],
    ['F', '4.1',   0,  86,  0,     _,  MEETS,   _,     _,     2, 9],
    ['F', '4.2',   0,   0,  _,     _,  NO_DATA, _,     _,     2, 9],
    ['F', '4.3',   3,   4, 75,     _,  INSUFF,  30.06, 95.44, 1, 9],
    ['F', '4.4',   4,   4, 100,    _,  INSUFF,  51.01, 100,   1, 9],
    ['F', '5.1',  13,  15, 86.67,  _,  INSUFF,  62.12, 96.26, 1, 9],
  ],
  '2025-Q2': [
    ['F', '1.1',  20,  20, 100,    95, MEETS,   _,     _,     1, 9],
    ['F', '1.2',  20,  20, 100,    _,  MEETS,   _,     _,     1, 9],
    ['F', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '2.2',  20,  20, 100,    _,  MEETS,   _,     _,     1, 9],
    ['F', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '3.2',   0,  20,  0,     _,  FAILS,   _,     _,     1, 9],
    ['F', '3.3',   4,   9, 44.44,  _,  MEETS,   _,     _,     5, 9],
    ['F', '4.1',   1,  20,  5,     _,  FAILS,   _,     _,     1, 9],
    ['F', '4.2',   1,   1, 100,    _,  MEETS,   _,     _,     1, 9],
    ['F', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '4.4',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ],
  '2025-Q3': [
    ['F', '1.1',  30,  31, 96.77,  95, MEETS,   _,     _,     1, 9],
    ['F', '1.2',   1,   1, 100,    _,  MEETS,   _,     _,     1, 9],
    ['F', '2.1',  10,  10, 100,    _,  INSUFF,  72.25, 100,   1, 9],
    ['F', '2.2',  30,  30, 100,    _,  MEETS,   _,     _,     1, 9],
    ['F', '3.1',   9,  10, 90,     _,  INSUFF,  59.58, 98.21, 1, 9],
    ['F', '3.2',   1,   1, 100,    _,  MEETS,   _,     _,     1, 9],
    ['F', '3.3',   4,   9, 44.44,  _,  MEETS,   _,     _,     5, 9],
    ['F', '4.1',   0,  30,  0,     _,  MEETS,   _,     _,     1, 9],
    ['F', '4.2',   0,   0,  _,     _,  NO_DATA, _,     _,     1, 9],
    ['F', '4.3',   2,   2, 100,    _,  INSUFF,  34.24, 100,   1, 9],
    ['F', '4.4',   1,   2, 50,     _,  INSUFF,  9.45,  90.55, 1, 9],
    ['F', '5.1',   9,  10, 90,     _,  INSUFF,  59.58, 98.21, 1, 9],
  ],
  '2025-Q4': [
    ['F', '1.1',   0,   0,  _,     95, NO_DATA, _,     _,     0, 9],
    ['F', '1.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '2.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '2.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '3.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '3.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '3.3',   4,   9, 44.44,  _,  MEETS,   _,     _,     5, 9],
    ['F', '4.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '4.2',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '4.3',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '4.4',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
    ['F', '5.1',   0,   0,  _,     _,  NO_DATA, _,     _,     0, 9],
  ],
}

// ── Farm certificate by region, 2025, as of 31 December ──────────────────────────────────────
// Every region valid in 2025 (20: the 17 oblasts after the 2018 and 2022 reforms + Astana,
// Almaty, Shymkent) has at least one office serving the farm certificate (office-services.csv,
// counted by office-code prefix). Akmola and Mangystau: as in their own queries. Every other
// region has no facts: every measure 0/0 → no_data, except 3.3 = 0 published / serving → 0.00 %
// < 40 → fails; 1.1 carries the national target 95.
// prettier-ignore
const FARM_SERVING_BY_REGION: Record<string, number> = {
  'KZ-10': 9, 'KZ-11': 21, 'KZ-15': 14, 'KZ-19': 10, 'KZ-23': 9, 'KZ-27': 14, 'KZ-31': 12,
  'KZ-33': 10, 'KZ-35': 9, 'KZ-39': 22, 'KZ-43': 10, 'KZ-47': 9, 'KZ-55': 15, 'KZ-59': 15,
  'KZ-61': 15, 'KZ-62': 4, 'KZ-63': 12, 'KZ-71': 4, 'KZ-75': 5, 'KZ-79': 1,
}

const FARM_CODES = '1.1 1.2 2.1 2.2 3.1 3.2 3.3 4.1 4.2 4.3 4.4 5.1'.split(' ')

function farmWithoutFacts(serving: number): Expected[] {
  return FARM_CODES.map((code): Expected => {
    if (code === '3.3') return ['F', code, 0, serving, 0, null, FAILS, null, null, 0, serving]
    return ['F', code, 0, 0, null, code === '1.1' ? 95 : null, NO_DATA, null, null, 0, serving]
  })
}

// ── comparison ───────────────────────────────────────────────────────────────────────────────────

interface Compared {
  key: string
  numerator: number
  denominator: number
  value: number | null
  target: number | null
  status: IndicatorStatus
  ciLow: number | null
  ciHigh: number | null
  coverage: { contributing: number; serving: number; low: boolean }
}

const keyOf = (standard: string, code: string, scope: string | null, period: string) =>
  `${standard} ${code} @ ${scope ?? 'nation'} ${period}`

function fromRow(row: IndicatorRow): Compared {
  return {
    key: keyOf(row.standard, row.code, row.scope.code, row.period),
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    target: row.target,
    status: row.status,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    coverage: row.coverage,
  }
}

function fromExpected(e: Expected, scope: string | null, period: string): Compared {
  const [std, code, numerator, denominator, value, target, status, ciLow, ciHigh, c, s] = e
  return {
    key: keyOf(STANDARD[std], code, scope, period),
    numerator,
    denominator,
    value,
    target,
    status,
    ciLow,
    ciHigh,
    coverage: { contributing: c, serving: s, low: c < s / 2 },
  }
}

const byKey = (a: Compared, b: Compared) => a.key.localeCompare(b.key)

/** Every returned row equals its hand-worked row, and no row is missing or extra. */
function expectRows(rows: IndicatorRow[], expected: Compared[]) {
  const keys = rows.map((r) => keyOf(r.standard, r.code, r.scope.code, r.period))
  expect(new Set(keys).size, 'each indicator appears once per scope and period').toBe(keys.length)
  expect(rows.map(fromRow).sort(byKey)).toEqual([...expected].sort(byKey))
}

const table = (rows: Expected[], scope: string | null, period: string) =>
  rows.map((e) => fromExpected(e, scope, period))

const YEAR_END = '2025-12-31'

describeEachEngine('indicators on the golden fixture', (ctx) => {
  const run = (query: Omit<IndicatorQuery, 'year'>) =>
    computeIndicators(ctx.db, { year: 2025, ...query })

  beforeAll(async () => {
    await writeGoldenFixture(ctx.db)
  })

  it('stores the deadlines and complaint terms the blocks were worked out with', async () => {
    const cases = await ctx.db
      .selectFrom('cases')
      .select(['externalId', 'dueOn'])
      .where('source', '=', GOLDEN_SOURCE)
      .execute()
    const dueByBlock = new Map<string, Set<string | null>>()
    for (const c of cases) {
      const block = c.externalId.slice(0, c.externalId.lastIndexOf('-'))
      dueByBlock.set(block, (dueByBlock.get(block) ?? new Set()).add(c.dueOn))
    }
    expect(Object.fromEntries([...dueByBlock].map(([b, due]) => [b, [...due]]))).toEqual(
      Object.fromEntries(CASE_BLOCKS.map((b) => [b.id, [b.dueOn]])),
    )
    const complaints = await ctx.db
      .selectFrom('complaints')
      .select(['externalId', 'termEndsOn'])
      .where('source', '=', GOLDEN_SOURCE)
      .execute()
    expect(Object.fromEntries(complaints.map((c) => [c.externalId, c.termEndsOn]))).toEqual(
      Object.fromEntries(GOLDEN_COMPLAINTS.map((c) => [c.externalId, c.termEndsOn])),
    )
  })

  it('nation, 2025: 36 rows (12 farm + 4 × 6 land) with the national targets', async () => {
    const result = await run({ period: 'year', asOf: YEAR_END })
    expect(result.rows).toHaveLength(36)
    expect(result.rows.every((r) => r.scope.level === 'nation')).toBe(true)
    expectRows(result.rows, table(NATION_2025, null, '2025'))
    const band = result.rows.find((r) => r.standard === FARM && r.code === '3.3')
    expect(band?.normative).toEqual({ asPrinted: '40-50', kind: 'band', low: 40, high: 50 })
  })

  it("Akmola, 2025: the region's own target (85) overrides the national one (95)", async () => {
    const result = await run({ period: 'year', region: 'KZ-11', asOf: YEAR_END })
    expect(result.rows.every((r) => r.scope.level === 'region')).toBe(true)
    expectRows(result.rows, table(KZ11_2025, 'KZ-11', '2025'))
  })

  it('Mangystau, 2025: the national target (its own is only proposed); 4.1 at 0.74 % meets', async () => {
    const result = await run({ period: 'year', region: 'KZ-47', asOf: YEAR_END })
    expectRows(result.rows, table(KZ47_2025, 'KZ-47', '2025'))
  })

  it("the Kokshetau PSC, 2025: an office takes its region's target", async () => {
    const result = await run({ period: 'year', office: OFFICE.P1, asOf: YEAR_END })
    expect(result.rows.every((r) => r.scope.level === 'office')).toBe(true)
    expectRows(result.rows, table(P1_2025, OFFICE.P1, '2025'))
  })

  it('Akmola as of 30 June 2025: cases not yet due and later rows are left out', async () => {
    const result = await run({ period: 'year', region: 'KZ-11', asOf: '2025-06-30' })
    expectRows(result.rows, table(KZ11_AS_OF_JUNE, 'KZ-11', '2025'))
  })

  it('Akmola on the local-executive-body channel: akimat cases, akimat offices', async () => {
    const result = await run({
      period: 'year',
      region: 'KZ-11',
      channel: 'local_executive_body',
      asOf: YEAR_END,
    })
    expectRows(result.rows, table(KZ11_AKIMAT_CHANNEL, 'KZ-11', '2025'))
  })

  it('Mangystau farm certificate by quarter: 12 rows per quarter, 3.3 the year figure', async () => {
    const result = await run({ period: 'quarter', region: 'KZ-47', standard: FARM, asOf: YEAR_END })
    expect(result.rows).toHaveLength(48)
    expectRows(
      result.rows,
      Object.entries(KZ47_FARM_QUARTERS).flatMap(([period, rows]) => table(rows, 'KZ-47', period)),
    )
  })

  it('farm certificate by region: every 2025 region once, Akmola and Mangystau as above', async () => {
    const result = await run({ period: 'year', standard: FARM, by: 'region', asOf: YEAR_END })
    expect(result.rows.every((r) => r.scope.level === 'region')).toBe(true)
    const farmOnly = (rows: Expected[]) => rows.filter(([std]) => std === 'F')
    const expected = Object.entries(FARM_SERVING_BY_REGION).flatMap(([region, serving]) =>
      table(
        region === 'KZ-11'
          ? farmOnly(KZ11_2025)
          : region === 'KZ-47'
            ? farmOnly(KZ47_2025)
            : farmWithoutFacts(serving),
        region,
        '2025',
      ),
    )
    expect(result.rows).toHaveLength(20 * 12)
    expectRows(result.rows, expected)
  })
})
