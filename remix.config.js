/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // A folder's README.md describes it; it is not a page (Remix would compile .md as a route).
  ignoredRouteFiles: ['**/.*', '**/*.test.*', '**/*.server.test.*', '**/README.md'],
  serverModuleFormat: 'esm',
  serverPlatform: 'node',
  // Server-only packages stay external; the bundle imports them from node_modules at run time.
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
}
