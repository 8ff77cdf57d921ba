import { useInfiniteQuery } from '@tanstack/react-query'
import { releaseQueries } from '@/api/releases'
import { RollbackDialog } from '@/components/rollback-dialog'

/**
 * "Roll back…" from a card: like `heroku rollback` with no version, back to the newest release
 * before the current one that can be rolled back to. The app's page offers any other.
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
  const target =
    releases &&
    (releases.find(
      (release) =>
        release.eligible_for_rollback &&
        !release.current &&
        (!current || release.version < current.version),
    ) ??
      null)

  return (
    <RollbackDialog
      open
      onOpenChange={(open) => !open && onClose()}
      app={app}
      target={target}
      current={current}
      onCloseAutoFocus={(event) => {
        event.preventDefault()
        returnFocusTo()
      }}
    />
  )
}
