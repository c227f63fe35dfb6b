// The administration pages' texts (/admin/users, /admin/audit, /admin/reference): kk.ts, ru.ts and
// en.ts each satisfy this shape, so a missing text is a type error. The /admin layout's loader
// sends the one language the page needs. `{name}` parameters are filled with fill() (app/i18n/fill.ts).
import type { CalendarDayKind, TermUnit } from '../../../db/schema'

/** Every error code the administration forms answer with. */
export type AdminErrorCode =
  | 'invalid'
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'taken'
  | 'unknown'
  | 'self'
  | 'notFound'
  | 'unchanged'
  | 'notADate'
  | 'transferDayOffOnWeekend'
  | 'transferWorkingDayOnWeekday'
  | 'exists'
  | 'tooSmall'
  | 'tooLarge'

export interface AdminContent {
  nav: { label: string; users: string; audit: string; reference: string }
  common: {
    yes: string
    no: string
    none: string
    errorIntro: string
    /** Texts for the error codes; `{min}`: the shortest password; `{minutes}`, `{days}`: the longest terms. */
    errors: Record<AdminErrorCode, string>
  }
  users: {
    title: string
    intro: string
    listTitle: string
    col: {
      email: string
      name: string
      role: string
      scope: string
      status: string
      lastSignIn: string
      lockedUntil: string
      actions: string
    }
    allRegions: string
    active: string
    inactive: string
    you: string
    never: string
    notLocked: string
    create: {
      title: string
      email: string
      name: string
      role: string
      region: string
      regionHint: string
      agency: string
      agencyHint: string
      choose: string
      password: string
      passwordHint: string
      submit: string
      created: string
    }
    /** Shown once after Sapa generated a password. */
    generated: string
    reset: {
      summary: string
      password: string
      submit: string
      done: string
    }
    deactivate: string
    reactivate: string
    deactivated: string
    reactivated: string
  }
  audit: {
    title: string
    intro: string
    filters: {
      legend: string
      action: string
      user: string
      entity: string
      from: string
      to: string
      entityId: string
      any: string
      apply: string
      clear: string
    }
    exportCsv: string
    caption: string
    col: {
      at: string
      user: string
      action: string
      entity: string
      change: string
      ip: string
      userAgent: string
    }
    system: string
    empty: string
    pageOf: string
    newer: string
    older: string
    pagination: string
  }
  reference: {
    title: string
    intro: string
    calendar: {
      title: string
      intro: string
      year: string
      caption: string
      col: { day: string; weekday: string; kind: string; name: string; source: string }
      empty: string
      remove: string
      addTitle: string
      day: string
      kind: string
      nameKk: string
      nameRu: string
      nameEn: string
      add: string
    }
    kinds: Record<CalendarDayKind, string>
    /** Monday … Sunday. */
    weekdays: [string, string, string, string, string, string, string]
    rules: {
      title: string
      intro: string
      col: {
        channel: string
        variant: string
        asPrinted: string
        term: string
      }
      amount: string
      unit: string
      save: string
    }
    units: Record<TermUnit, string>
    /** After a save: `{cases}` deadlines changed of `{checked}` checked, `{complaints}` terms. */
    saved: string
    savedComplaints: string
  }
}
