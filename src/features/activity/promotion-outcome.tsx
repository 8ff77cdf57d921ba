import { useQuery } from '@tanstack/react-query'
import { isNotFound } from '@/api/client'
import { promotionQueries } from '@/api/promotions'
import { namesList } from '@/lib/format'

/**
 * What came of a promotion, in Heroku's own record of it (its targets), read when its entry
 * shows: the log only says it was started. A promotion under way is followed as the promote
 * dialog follows it.
 */
export function PromotionOutcome({
  promotionId,
  nameOf,
}: {
  promotionId: string
  nameOf: (appId: string) => string | undefined
}) {
  const targets = useQuery(promotionQueries.targets(promotionId))
  const words = (() => {
    if (targets.isPending) return 'Reading its outcome…'
    if (targets.isError) {
      return isNotFound(targets.error)
        ? 'Heroku no longer has a record of it.'
        : `Its outcome could not be read: ${targets.error.message}`
    }
    const all = targets.data
    if (all.length === 0) return 'Heroku lists no targets for it.'
    const failed = all.filter((target) => target.status === 'failed')
    const succeeded = all.filter((target) => target.status === 'succeeded').length
    if (all.some((target) => target.status === 'pending')) {
      return `Under way: ${succeeded + failed.length} of ${all.length} done.`
    }
    if (failed.length === 0) return all.length === 1 ? 'Succeeded.' : `All ${all.length} succeeded.`
    const named = failed.map((target) => {
      const name = nameOf(target.app.id) ?? 'an app'
      return target.error_message ? `${name} (${target.error_message})` : name
    })
    return `${succeeded} succeeded, ${failed.length} failed: ${namesList(named)}.`
  })()
  const failedSome = targets.data?.some((target) => target.status === 'failed') ?? false
  return (
    <p className={failedSome ? 'mt-0.5 text-xs text-red-800' : 'mt-0.5 text-xs text-slate-700'}>
      {words}
    </p>
  )
}
