/**
 * Faults the demo backend can be told to inject, so a person (or a Playwright test) can watch the
 * dashboard meet a refusal, an outage or a slow network without touching the code.
 */
export interface Fault {
  /** HTTP method, upper case, or '*' */
  method: string
  /** a regular expression tested against the URL's host and path, e.g. "pipeline-couplings/" */
  url: string
  /** the API's answer; omit for a network failure */
  error?: { status: number; id: string; message: string }
  /** wait this long first; with no error, the request then goes through normally */
  delayMs?: number
  /** how many requests it applies to; default 1 */
  times?: number
}

export class FaultList {
  private faults: Fault[] = []

  add(fault: Fault): void {
    this.faults.push({ times: 1, ...fault })
  }

  clear(): void {
    this.faults = []
  }

  /** The faults still waiting for a request, each with the uses it has left. */
  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }))
  }

  /** Takes one use of the first fault matching the request, if any. */
  take(request: Request): Fault | undefined {
    const url = new URL(request.url)
    const target = `${url.host}${url.pathname}`
    const fault = this.faults.find(
      (f) => (f.method === '*' || f.method === request.method) && new RegExp(f.url).test(target),
    )
    if (!fault) return undefined
    fault.times = (fault.times ?? 1) - 1
    if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault)
    return fault
  }
}
