// The errors of the target workflow and its pages, which the route modules map to statuses: a role
// or scope that may not act (403 for an action, 404 for a page), an unknown or out-of-scope
// indicator, region or target (404), a form no page of ours sends (400).

/** The actor's role or scope does not allow the action: 403 for an action, 404 for a page. */
export class TargetForbidden extends Error {
  constructor(readonly reason: string) {
    super(`target action refused: ${reason}`)
  }
}

/** The indicator, region or target named does not exist (or is outside the reader's scope). */
export class TargetNotFound extends Error {
  constructor(readonly what: string) {
    super(`not found: ${what}`)
  }
}

/** A posted form that no page of ours sends (missing or malformed identifiers): 400. */
export class BadTargetForm extends Error {}
