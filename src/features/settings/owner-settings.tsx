import { useQuery } from '@tanstack/react-query'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { useEffect, useId, useRef, useState } from 'react'
import { accountQueries, teamQueries } from '@/api/account'
import { settingsMutations, settingsQueries } from '@/api/pipeline-settings'
import type { Pipeline } from '@/api/pipelines'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { inputClasses } from '@/components/ui/field'
import { toast } from '@/components/ui/toast'
import { describeOwner } from '@/lib/owners'
import { SettingsSection } from './settings-section'

interface Candidate {
  /** `team:<id>` or `user:<id>` */
  value: string
  label: string
  owner: { id: string; type: 'team' | 'user' }
}

/**
 * Who owns the pipeline, and a transfer to a team the person belongs to (as admin or member), or,
 * for a team's pipeline, to one of the team's people. Its apps go with it. Heroku's refusals
 * (`POST /pipeline-transfers`) are shown here in its words.
 */
export function OwnerSettings({
  pipeline,
  blocker,
}: {
  pipeline: Pipeline
  blocker: string | null
}) {
  const teams = useQuery(teamQueries.all())
  const account = useQuery(accountQueries.current())
  const ownerTeam =
    pipeline.owner?.type === 'team'
      ? teams.data?.find((team) => team.id === pipeline.owner?.id)
      : undefined
  const members = useQuery({
    ...settingsQueries.teamMembers(ownerTeam?.name ?? ''),
    enabled: ownerTeam !== undefined,
  })
  // Owned by another person (after a transfer to one, say): their email, looked up.
  const otherUser =
    pipeline.owner?.type === 'user' && pipeline.owner.id !== account.data?.id
      ? pipeline.owner.id
      : undefined
  const user = useQuery({
    ...accountQueries.user(otherUser ?? ''),
    enabled: otherUser !== undefined,
  })
  const owner = describeOwner(pipeline.owner, {
    teams: teams.data,
    account: account.data,
    users: new Map(user.data ? [[user.data.id, user.data]] : []),
  })
  const ownerLabel = owner.label ?? (user.isError ? 'another user' : '…')
  const [choice, setChoice] = useState('')
  // A transfer moves every app too: asked once more, in words, before it is sent.
  const [confirming, setConfirming] = useState(false)
  const confirmButton = useRef<HTMLButtonElement>(null)
  // The question takes focus as it appears, so a keyboard user answers it next.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus()
  }, [confirming])
  const transfer = useSingleMutation({
    ...settingsMutations.transfer(pipeline.id),
    onSuccess: (_answer, to) => {
      toast.success(
        `${pipeline.name} and its apps now belong to ${candidates.find((c) => c.owner.id === to.id)?.label ?? 'their new owner'}`,
      )
      setChoice('')
      setConfirming(false)
    },
  })
  const selectId = useId()

  const candidates: Candidate[] = [
    ...(teams.data ?? [])
      .filter((team) => team.id !== pipeline.owner?.id)
      .filter((team) => team.role === 'admin' || team.role === 'member')
      .map((team) => ({
        value: `team:${team.id}`,
        label: `${team.name} (team)`,
        owner: { id: team.id, type: 'team' as const },
      })),
    ...(members.data ?? []).map((member) => ({
      value: `user:${member.user.id}`,
      label: member.user.email,
      owner: { id: member.user.id, type: 'user' as const },
    })),
  ]
  const chosen = candidates.find((candidate) => candidate.value === choice)

  return (
    <SettingsSection title="Owner">
      <p className="mb-3 text-sm text-slate-800">
        Owned by <span className="font-medium">{ownerLabel}</span>. A transfer moves the pipeline
        and its apps together.
      </p>
      {transfer.isError && (
        <ErrorPanel
          className="mb-3"
          title="The pipeline was not transferred"
          error={transfer.error}
        />
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1 space-y-1.5">
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-900">
            Transfer to
          </label>
          <select
            id={selectId}
            className={inputClasses}
            value={choice}
            onChange={(event) => {
              setChoice(event.target.value)
              setConfirming(false)
            }}
            disabled={candidates.length === 0}
          >
            <option value="">
              {candidates.length === 0 ? 'No team or person to transfer to' : 'Choose a new owner'}
            </option>
            {candidates.map((candidate) => (
              <option key={candidate.value} value={candidate.value}>
                {candidate.label}
              </option>
            ))}
          </select>
        </div>
        {blocker ? (
          <BlockedButton reason={blocker}>Transfer</BlockedButton>
        ) : (
          <Button disabled={!chosen || confirming} onClick={() => setConfirming(true)}>
            Transfer…
          </Button>
        )}
      </div>
      {confirming && chosen && (
        <div
          role="group"
          aria-label="Confirm the transfer"
          className="mt-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p>
            {pipeline.name} and every app in it will belong to {chosen.label}. Their access rules
            follow the new owner.
          </p>
          <div className="mt-2 flex gap-2">
            <Button
              ref={confirmButton}
              variant="primary"
              disabled={transfer.isPending}
              onClick={() => transfer.send(chosen.owner)}
            >
              {transfer.isPending ? 'Transferring…' : `Transfer to ${chosen.label}`}
            </Button>
            <Button onClick={() => setConfirming(false)}>Keep it</Button>
          </div>
        </div>
      )}
    </SettingsSection>
  )
}
