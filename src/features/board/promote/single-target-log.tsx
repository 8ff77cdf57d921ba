import type { PromotionTarget } from '@/api/promotions'
import type { Release } from '@/api/releases'
import { ReleaseLog } from '@/components/release-log'
import { useRelease } from './use-release'

/**
 * A promotion to one app shows its release command's output as it runs, as `heroku
 * pipelines:promote` does for a single target.
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
  const release = useRelease(target.app.id, target.release?.id ?? '', latestOf)
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
