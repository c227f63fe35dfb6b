// Any other URL: a 404 page in the user's language (a splat route, so the root loader runs and
// the shell knows the language).
import { pageNotFound } from '~/http/request-input.server'

export async function loader() {
  throw pageNotFound('error.notFound.body')
}

export default function NotFound() {
  return null
}

export { PageErrorBoundary as ErrorBoundary } from '~/components/error-page'
