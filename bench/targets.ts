/** A build the bench measures: served at `url`, its two builds' files on disk. */
export interface BenchTarget {
  name: string
  url: string
  demoDir: string
  herokuDir: string
}

export function benchTargets(): BenchTarget[] {
  const raw = process.env.BENCH_TARGETS
  if (!raw)
    throw new Error('Run the bench with `npm run bench`: it builds and serves what it measures.')
  return JSON.parse(raw) as BenchTarget[]
}
