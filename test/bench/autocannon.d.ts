// autocannon ships no types: the little of its API the pages benchmark uses.
declare module 'autocannon' {
  interface Histogram {
    total: number
    average: number
    [percentile: string]: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    duration: number
    errors: number
    timeouts: number
    non2xx: number
  }
  interface Instance extends PromiseLike<Result> {
    on(
      event: 'response',
      listener: (client: unknown, status: number, bytes: number, ms: number) => void,
    ): this
    on(event: string, listener: (...args: unknown[]) => void): this
    stop(): void
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    headers?: Record<string, string>
    /** Called with each connection's client: its own headers (a session per connection). */
    setupClient?: (client: { setHeaders(headers: Record<string, string>): void }) => void
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
