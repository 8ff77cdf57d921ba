import { useQuery } from '@tanstack/react-query'
import { toast } from '@/components/ui/toast'
import { releaseMutations, slugQueries, type Release } from '@/api/releases'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import { useLockOfApp } from '@/hooks/use-locks'
import { LockNote } from './lock-note'
import { ProductionNote } from './warning-note'
import { firstLine, shortSha } from '@/lib/format'

interface RollbackDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  app: { id: string; name: string }
  /** the release to go back to; undefined while it is being found */
  target: Release | null | undefined
  /** the release the app runs now */
  current: Release | null | undefined
  onCloseAutoFocus?: (event: Event) => void
  /** the releases could not be read, so there is no target to offer */
  loadError?: { error: unknown; retry: () => void; retrying: boolean }
}

function CodeOf({ appId, release, label }: { appId: string; release: Release; label: string }) {
  const slug = useQuery({
    ...slugQueries.detail(appId, release.slug?.id ?? ''),
    enabled: Boolean(release.slug),
  })
  return (
    <div className="rounded-lg bg-slate-50 p-3">
      <p className="text-xs font-medium text-slate-600">{label}</p>
      <p className="mt-1 font-semibold text-slate-900">
        v{release.version}{' '}
        <span className="font-normal text-slate-700">
          · <span>{release.description}</span>
        </span>
      </p>
      {slug.data ? (
        <p className="mt-1 flex min-w-0 gap-2 text-slate-700">
          <code className="shrink-0 rounded bg-white px-1 font-mono text-xs leading-5">
            {slug.data.commit ? shortSha(slug.data.commit) : 'no commit'}
          </code>
          <span className="truncate">{firstLine(slug.data.commit_description ?? '')}</span>
        </p>
      ) : (
        release.slug && <Skeleton className="mt-1 h-5 w-3/4" />
      )}
    </div>
  )
}

/**
 * `heroku rollback`: after saying what will change, a new release runs the older release's slug
 * and config. Heroku runs no release phase for it: that slug ran it once already.
 */
export function RollbackDialog({
  open,
  onOpenChange,
  app,
  target,
  current,
  onCloseAutoFocus,
  loadError,
}: RollbackDialogProps) {
  // A rollback is a new release: into a locked stage, it is refused before anything is sent.
  const { lock, checking, stage } = useLockOfApp(app.id, open)
  const dialog = useRequestDialog({
    mutation: releaseMutations.rollback(app.id),
    onSuccess: (created, release) => {
      onOpenChange(false)
      toast.success(`Rolled back ${app.name} to v${release.version}`, {
        description: `v${created.version} now runs the code of v${release.version}.`,
      })
    },
    failureTitle: (release) => `${app.name} was not rolled back to v${release.version}`,
    open,
    onOpenChange,
  })

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogTitle>
          {target ? `Roll back ${app.name} to v${target.version}?` : `Roll back ${app.name}`}
        </DialogTitle>
        {target === null ? (
          <DialogDescription>{app.name} has no earlier release to roll back to.</DialogDescription>
        ) : (
          <DialogDescription>
            A new release will run the code and config vars of v{target?.version ?? '…'}. Nothing is
            deleted: you can roll forward again the same way.
          </DialogDescription>
        )}
        <form
          className="mt-4 space-y-3 text-sm"
          onSubmit={(event) => {
            event.preventDefault()
            if (target && !lock && !checking) dialog.submit(target)
          }}
        >
          {current && <CodeOf appId={app.id} release={current} label="Runs now" />}
          {loadError ? (
            <ErrorPanel
              title="Couldn't read the releases"
              error={loadError.error}
              onRetry={loadError.retry}
              retrying={loadError.retrying}
            />
          ) : target ? (
            <CodeOf appId={app.id} release={target} label="Will run" />
          ) : (
            target === undefined && <Skeleton className="h-16 w-full" />
          )}
          {/* Locked, nothing will change: the lock's note alone says so. */}
          {target && !lock && stage === 'production' && (
            <ProductionNote>
              This changes production: {app.name} will run the code and config vars of v
              {target.version} until it is released again.
            </ProductionNote>
          )}
          {lock && <LockNote lock={lock} advice={`Unlock it to roll ${app.name} back.`} />}
          <DialogFormFooter
            submitLabel={target ? `Roll back to v${target.version}` : 'Roll back'}
            pendingLabel="Rolling back…"
            request={dialog.request}
            failureTitle={dialog.failureTitle}
            disabled={!target || Boolean(lock) || checking}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}
