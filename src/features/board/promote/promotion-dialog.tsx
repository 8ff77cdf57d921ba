import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { toast } from '@/components/ui/toast'
import { promotionMutations, promotionQueries } from '@/api/promotions'
import { Dialog, DialogContent, DialogTitle } from '@/components/ui/dialog'
import { useRecordActivity } from '@/hooks/use-record-activity'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import type { PipelineAppWithRecord } from '@/lib/board'
import type { RunningCodes } from '../drift/use-running-codes'
import { ChooseTargets } from './choose-targets'
import { promoteButtonId } from './promote-button'
import { PromotionProgress } from './promotion-progress'
import { PromotionsInBackground } from './promotions-in-background'
import { configVarQueries } from '@/api/stage-config-vars'
import { lockInto, lockSentence, parseLocks } from '@/lib/locks'
import { usePromotionParams, type PromoteAhead } from './use-promotion-params'

const IDLE = { isPending: false, isError: false, error: null }

interface StartInput {
  sourceAppId: string
  releaseId: string
  targetAppIds: string[]
}

/** Locks read this recently are not read again before a promotion starts. */
const LOCKS_FRESH_MS = 5_000

/**
 * Promote, from choosing targets to watching them settle, in one dialog that the URL opens. The
 * promotion request belongs to the board, not to the dialog: closing the dialog while it is on
 * its way neither cancels nor repeats it, and says where to watch it.
 */
export function PromotionDialog({
  pipelineId,
  apps,
  codes,
  ahead,
}: {
  pipelineId: string
  apps: PipelineAppWithRecord[]
  codes: RunningCodes
  /** the dialog opened or closed by a click, before the address follows */
  ahead: PromoteAhead
}) {
  const { sourceAppId, promotionId, follow, close } = usePromotionParams(ahead)
  const open = Boolean(sourceAppId || promotionId)
  const promotion = useQuery({
    ...promotionQueries.detail(promotionId ?? ''),
    enabled: promotionId !== null,
  })
  const focusSource = sourceAppId ?? promotion.data?.source.app.id
  // What the dialog shows now, read when a request comes back (maybe after the user moved on),
  // and whose Promote button takes focus back when the dialog closes.
  const showing = useRef({ sourceAppId, promotionId, focusSource })
  useEffect(() => {
    // The source outlives the dialog's address: it is needed just after the dialog has closed.
    showing.current = {
      sourceAppId,
      promotionId,
      focusSource: focusSource ?? showing.current.focusSource,
    }
  })

  // Looked up for each of a promotion's targets (500, say) at every poll: by id, not by search.
  const byId = useMemo(() => new Map(apps.map((app) => [app.appId, app])), [apps])
  const record = useRecordActivity(pipelineId)
  // Promotions started here whose dialog is closed, followed out of sight (see
  // PromotionsInBackground): by id, and whether their end is told even if it came unseen.
  const [outOfSight, setOutOfSight] = useState<ReadonlyMap<string, boolean>>(new Map())
  const followOutOfSight = (id: string, tellEvenIfEnded: boolean) =>
    setOutOfSight((followed) =>
      followed.has(id) ? followed : new Map([...followed, [id, tellEvenIfEnded]]),
    )
  const dialog = useRequestDialog({
    mutation: promotionMutations.start(pipelineId),
    onSuccess: (promotion, input) => {
      // Heroku keeps the promotion but lists none: the log says it happened, and when; what
      // came of it is read from Heroku's promotion itself.
      const promotedFrom = byId.get(input.sourceAppId)
      const sourceRelease = promotedFrom?.latest
      void record(
        {
          kind: 'promotion',
          id: promotion.id,
          from: promotedFrom?.name || 'an app',
          fromId: input.sourceAppId,
          version:
            sourceRelease && (!input.sourceReleaseId || input.sourceReleaseId === sourceRelease.id)
              ? sourceRelease.version
              : null,
          targets: input.targetAppIds.length,
        },
        promotion.created_at,
      )
      const { sourceAppId: choosing, promotionId: watching } = showing.current
      if (choosing === input.sourceAppId || watching) return follow(promotion.id)
      // Closed before it started: whenever it ends, the person has not seen it.
      followOutOfSight(promotion.id, true)
      toast.success('Promotion started', {
        action: { label: 'View progress', onClick: () => follow(promotion.id) },
      })
    },
    open,
    onOpenChange: (next) => {
      if (next) return
      // Closed while watching: followed on, and its end told if it had not come yet.
      if (promotionId) followOutOfSight(promotionId, false)
      close()
    },
    // Shown inside while its own source is chosen from, or any promotion watched (a retry).
    showsFailureOf: ({ sourceAppId }) =>
      showing.current.sourceAppId === sourceAppId || showing.current.promotionId !== null,
    // Closing does not cancel a promotion on its way: its answer is followed or toasted above.
    failureTitle: ({ sourceAppId }) =>
      `The promotion from ${byId.get(sourceAppId)?.name || 'the app'} did not start`,
  })
  const starting = dialog.request

  const appName = useCallback((appId: string) => byId.get(appId)?.name || 'an app', [byId])
  const latestOf = useCallback((appId: string) => byId.get(appId)?.latest, [byId])
  const source = sourceAppId ? byId.get(sourceAppId) : undefined
  const queryClient = useQueryClient()
  // Set while the locks are read before a start: a second click then starts nothing more.
  const checkingLocks = useRef(false)
  const start = async (input: StartInput) => {
    if (checkingLocks.current) return
    checkingLocks.current = true
    try {
      await startUnlessLocked(input)
    } finally {
      checkingLocks.current = false
    }
  }
  const startUnlessLocked = async (input: StartInput) => {
    // Every way of promoting comes here (the button, a retry): a locked target stops it first,
    // by the locks as they are now (a teammate's lock of a moment ago counts), or as last read
    // if they cannot be read.
    const locks = await queryClient
      .fetchQuery({ ...configVarQueries.testStage(pipelineId), staleTime: LOCKS_FRESH_MS })
      .then(parseLocks, () => {
        const kept = queryClient.getQueryData(configVarQueries.testStage(pipelineId).queryKey)
        return kept && parseLocks(kept)
      })
    const lock = input.targetAppIds
      .map((appId) => byId.get(appId))
      // A target no longer on the board is still stopped by a lock of the whole pipeline.
      .map((app) => (app ? lockInto(locks, app.stage) : (locks?.pipeline ?? null)))
      .find((found) => found !== null)
    if (lock) return void toast.error(`Nothing was promoted. ${lockSentence(lock)}`)
    dialog.submit({
      sourceAppId: input.sourceAppId,
      sourceReleaseId: input.releaseId,
      targetAppIds: input.targetAppIds,
    })
  }

  return (
    <>
      <PromotionsInBackground
        pipelineId={pipelineId}
        promotions={outOfSight}
        shown={promotionId}
        appName={appName}
        onView={follow}
      />
      <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
        <DialogContent
          wide
          onCloseAutoFocus={(event) => {
            // Opened from the address or a toast as often as from a button: return to the source.
            event.preventDefault()
            const { focusSource: appId } = showing.current
            if (appId) document.getElementById(promoteButtonId(appId))?.focus()
          }}
        >
          {promotionId ? (
            <PromotionProgress
              key={promotionId}
              pipelineId={pipelineId}
              promotionId={promotionId}
              appName={appName}
              latestOf={latestOf}
              retry={starting}
              onRetry={(request) => void start(request)}
            />
          ) : source ? (
            <ChooseTargets
              key={source.appId}
              source={source}
              apps={apps}
              codes={codes}
              // An answer about another app's promotion is not this one's; while it is awaited, this
              // one waits (one promotion starts at a time).
              request={
                starting.variables?.sourceAppId === source.appId
                  ? starting
                  : { ...IDLE, waitingForAnother: starting.isPending }
              }
              failureTitle={dialog.failureTitle}
              onPromote={({ releaseId, targetAppIds }) =>
                void start({ sourceAppId: source.appId, releaseId, targetAppIds })
              }
            />
          ) : (
            <>
              <DialogTitle>Nothing to promote</DialogTitle>
              <p className="mt-2 text-sm text-slate-700">
                That app is not in this pipeline any more.
              </p>
            </>
          )}
        </DialogContent>
      </Dialog>
    </>
  )
}
