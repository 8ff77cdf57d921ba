/** A build the bench measures: served at `url`, its two builds' files on disk. */
export interface BenchTarget {
  name: string
  url: string
  /** where its build without the mock is served: it talks to the sandbox, as to Heroku */
  herokuUrl: string
  demoDir: string
  herokuDir: string
}

/** The mocked Heroku over HTTP (`npm run mock:serve`, large scenario) that the builds without the
 * mock talk to, through it as their proxy; and the key of its account. */
export interface BenchSandbox {
  url: string
  key: string
}

export function benchSandbox(): BenchSandbox {
  const raw = process.env.BENCH_SANDBOX
  if (!raw)
    throw new Error(
      'Run the bench with `npm run bench`: it starts the sandbox it measures against.',
    )
  return JSON.parse(raw) as BenchSandbox
}

export function benchTargets(): BenchTarget[] {
  const raw = process.env.BENCH_TARGETS
  if (!raw)
    throw new Error('Run the bench with `npm run bench`: it builds and serves what it measures.')
  return JSON.parse(raw) as BenchTarget[]
}
