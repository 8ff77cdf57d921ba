import type { ActivityDetail } from '@/lib/activity'
import { scopeLabel } from '@/lib/locks'
import { STAGE_LABELS } from '@/lib/stages'
import { AppLink } from './entry-parts'

/** What Stageboard wrote down, in words; names and reasons as text. */
export function LoggedSummary({
  event,
}: {
  event: Extract<ActivityDetail, { type: 'logged' }>['event']
}) {
  switch (event.kind) {
    case 'move':
      return (
        <p className="text-sm text-slate-900">
          <span className="font-semibold">Moved</span>{' '}
          <AppLink appId={event.appId}>{event.app}</AppLink> from {STAGE_LABELS[event.from]} to{' '}
          {STAGE_LABELS[event.to]}
        </p>
      )
    case 'review-app-deleted':
      return (
        <p className="text-sm text-slate-900">
          <span className="font-semibold">Deleted</span> the review app for {event.name}
        </p>
      )
    case 'locked':
      return (
        <p className="text-sm text-slate-900">
          <span className="font-semibold">Locked</span> {scopeLabel(event.scope).toLowerCase()}
          {event.reason && <>: {event.reason}</>}
        </p>
      )
    case 'unlocked':
      return (
        <p className="text-sm text-slate-900">
          <span className="font-semibold">Unlocked</span> {scopeLabel(event.scope).toLowerCase()}
        </p>
      )
  }
}
