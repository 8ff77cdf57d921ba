import { Lock as LockIcon } from 'lucide-react'
import { useState } from 'react'
import { DialogTriggerUnlessBlocked } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { Field, TextInput } from '@/components/ui/field'
import {
  LOCK_SCOPES,
  lockReasonProblem,
  REASON_MAX,
  scopeLabel,
  type LockScope,
  type Locks,
} from '@/lib/locks'
import { useSetLock } from './use-set-lock'

/** What an incident most often locks first, when the scope asked for is locked already. */
const PREFERRED: LockScope[] = ['production', 'staging', 'development', 'pipeline']

/**
 * "Stop the line": locks the pipeline, or one stage, with a reason. Nothing is promoted, moved or
 * rolled back into what is locked until someone unlocks it.
 */
export function LockDialog({
  pipeline,
  locks,
  blocker,
}: {
  pipeline: { id: string; name: string }
  locks: Locks | undefined
  /** why the person may not lock this pipeline, or null */
  blocker: string | null
}) {
  const [open, setOpen] = useState(false)
  const free = LOCK_SCOPES.filter((scope) => !locks?.[scope])
  const [scope, setScope] = useState<LockScope>('production')
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const { change, lock } = useSetLock(pipeline.id, () => setOpen(false))
  const chosen = free.includes(scope) ? scope : PREFERRED.find((option) => free.includes(option))

  const reset = (next: boolean) => {
    setOpen(next)
    setReason('')
    setProblem(null)
    change.reset()
  }
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const refused = lockReasonProblem(reason)
    setProblem(refused)
    if (!refused && chosen && locks !== undefined) lock(chosen, reason)
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTriggerUnlessBlocked blocker={blocker}>
        <Button size="sm">
          <LockIcon aria-hidden="true" className="size-4" />
          Stop the line
        </Button>
      </DialogTriggerUnlessBlocked>
      <DialogContent>
        <DialogTitle>Stop the line on {pipeline.name}</DialogTitle>
        <DialogDescription>
          While it is locked, nobody can promote, move or roll back apps into it from Stageboard.
          The reason is shown to everyone who tries, with your name.
        </DialogDescription>
        {chosen === undefined ? (
          <p className="mt-4 text-sm text-slate-700">Everything is locked already.</p>
        ) : (
          <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
            <fieldset>
              <legend className="text-sm font-medium text-slate-900">What to lock</legend>
              <div className="mt-2 space-y-1.5">
                {LOCK_SCOPES.map((option) => (
                  <label key={option} className="flex items-center gap-2 text-sm text-slate-800">
                    <input
                      type="radio"
                      name="lock-scope"
                      className="size-4 accent-violet-700"
                      checked={chosen === option}
                      disabled={!free.includes(option)}
                      onChange={() => setScope(option)}
                    />
                    {option === 'pipeline' ? 'The whole pipeline' : scopeLabel(option)}
                    {!free.includes(option) && (
                      <span className="text-xs text-slate-600">(locked)</span>
                    )}
                  </label>
                ))}
              </div>
            </fieldset>
            <Field
              label="Why"
              hint="For example: incident #231, no deploys to production."
              error={problem}
            >
              {(control) => (
                <TextInput
                  {...control}
                  value={reason}
                  maxLength={REASON_MAX}
                  onChange={(event) => {
                    setReason(event.target.value)
                    setProblem(null)
                  }}
                />
              )}
            </Field>
            {locks === undefined && (
              <p role="status" className="text-sm text-slate-700">
                Reading the pipeline’s locks, so that none is overwritten…
              </p>
            )}
            <DialogFormFooter
              submitLabel={`Lock ${chosen === 'pipeline' ? 'the pipeline' : scopeLabel(chosen)}`}
              pendingLabel="Locking…"
              request={change}
              failureTitle="Nothing was locked"
              variant="danger"
              disabled={locks === undefined}
            />
          </form>
        )}
      </DialogContent>
    </Dialog>
  )
}
