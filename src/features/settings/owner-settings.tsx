import { useMutation, useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
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
  const owner = describeOwner(pipeline.owner, {
    teams: teams.data,
    account: account.data,
    users: new Map(),
  })
  const [choice, setChoice] = useState('')
  const transfer = useMutation({
    ...settingsMutations.transfer(pipeline.id),
    onSuccess: (_answer, to) => {
      toast.success(
        `${pipeline.name} and its apps now belong to ${candidates.find((c) => c.owner.id === to.id)?.label ?? 'their new owner'}`,
      )
      setChoice('')
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
        Owned by <span className="font-medium">{owner.label ?? '…'}</span>. A transfer moves the
        pipeline and its apps together.
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
            onChange={(event) => setChoice(event.target.value)}
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
          <Button
            disabled={!chosen || transfer.isPending}
            onClick={() => chosen && transfer.mutate(chosen.owner)}
          >
            {transfer.isPending
              ? 'Transferring…'
              : chosen
                ? `Transfer to ${chosen.label}`
                : 'Transfer'}
          </Button>
        )}
      </div>
    </SettingsSection>
  )
}
