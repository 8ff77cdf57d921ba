import { useInfiniteQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { releaseQueries } from '@/api/releases'
import { RollbackDialog } from '@/components/rollback-dialog'

/**
 * "Roll back…" from a card: like `heroku rollback` with no version, back to the newest release
 * before the current one that can be rolled back to, looking page by page until one is found.
 * The app's page offers any other.
 */
export function CardRollback({
  app,
  onClose,
  returnFocusTo,
}: {
  app: { id: string; name: string }
  onClose: () => void
  returnFocusTo: () => void
}) {
  const history = useInfiniteQuery(releaseQueries.history(app.id))
  const releases = history.data?.pages.flatMap((page) => page.releases)
  const current = releases?.find((release) => release.current)
  const found = releases?.find(
    (release) =>
      release.eligible_for_rollback &&
      !release.current &&
      (!current || release.version < current.version),
  )
  const searching = releases !== undefined && !found && history.hasNextPage
  const { fetchNextPage, isFetchingNextPage, isError } = history
  useEffect(() => {
    if (searching && !isFetchingNextPage && !isError) void fetchNextPage()
  }, [searching, isFetchingNextPage, isError, fetchNextPage])

  return (
    <RollbackDialog
      open
      onOpenChange={(open) => !open && onClose()}
      app={app}
      target={found ?? (releases === undefined || searching ? undefined : null)}
      current={current}
      loadError={
        history.isError
          ? {
              error: history.error,
              retry: () => void history.refetch(),
              retrying: history.isFetching,
            }
          : undefined
      }
      onCloseAutoFocus={(event) => {
        event.preventDefault()
        returnFocusTo()
      }}
    />
  )
}
