import { useQuery } from '@tanstack/react-query'
import type { PromotionTarget } from '@/api/promotions'
import { releaseQueries, type Release } from '@/api/releases'
import { ReleaseLog } from '@/components/release-log'

/**
 * A promotion to one app shows its release command's output as it runs, as `heroku
 * pipelines:promote` does for a single target. The release comes from the board's newest
 * releases when they have it, else it is read alone (as the CLI reads it).
 */
export function SingleTargetLog({
  target,
  name,
  latestOf,
}: {
  target: PromotionTarget
  name: string
  latestOf: (appId: string) => Release | null | undefined
}) {
  const releaseId = target.release?.id ?? ''
  const latest = latestOf(target.app.id)
  const known = latest?.id === releaseId ? latest : undefined
  const detail = useQuery({
    ...releaseQueries.detail(target.app.id, releaseId),
    enabled: releaseId !== '' && !known,
  })
  const release = known ?? detail.data
  if (!release?.output_stream_url) return null
  return (
    <section aria-label="Release command" className="mt-3">
      <h3 className="mb-1 text-sm font-medium text-slate-900">Release command</h3>
      <ReleaseLog
        streamUrl={release.output_stream_url}
        label={`Release log of ${name} v${release.version}`}
      />
    </section>
  )
}
