// Why an upload was refused, as the redirect's `upload_error` code, and the text key that says it.
// Plain (not .server) because the import page renders the message and the server writes it too.

export const UPLOAD_ERROR_CODES = [
  'too_large',
  'no_file',
  'no_source',
  'source_region',
  'failed',
] as const
export type UploadErrorCode = (typeof UPLOAD_ERROR_CODES)[number]

/** The key under the page's `uploadError` texts for each code. */
export const UPLOAD_ERROR_KEY = {
  too_large: 'tooLarge',
  no_file: 'noFile',
  no_source: 'noSource',
  source_region: 'sourceRegion',
  failed: 'failed',
} as const satisfies Record<UploadErrorCode, string>
