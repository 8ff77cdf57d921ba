import { Link } from 'react-router'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { settingsMutations } from '@/api/pipeline-settings'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { toast } from '@/components/ui/toast'
import { SettingsSection } from './settings-section'

/** Heroku CI on or off for the pipeline: on, every push to its repository is tested. */
export function CiSettings({
  pipelineId,
  on,
  blocker,
}: {
  pipelineId: string
  on: boolean
  blocker: string | null
}) {
  const change = useSingleMutation({
    ...settingsMutations.setCi(pipelineId),
    onSuccess: (_answer, ci) => toast.success(ci ? 'Heroku CI is on' : 'Heroku CI is off'),
  })
  const label = on ? 'Turn off Heroku CI' : 'Turn on Heroku CI'
  return (
    <SettingsSection title="Heroku CI">
      <p className="mb-3 text-sm text-slate-800">
        {on ? (
          <>
            On: every push is tested, and each card says how its commit did. Runs are on the{' '}
            <Link
              to={`/pipelines/${pipelineId}/tests`}
              className="font-medium text-violet-800 underline-offset-2 hover:underline"
            >
              Tests page
            </Link>
            .
          </>
        ) : (
          'Off: pushes are not tested. Past runs stay on the Tests page.'
        )}
      </p>
      {change.isError && (
        <ErrorPanel className="mb-3" title="Heroku CI was not changed" error={change.error} />
      )}
      {blocker ? (
        <BlockedButton reason={blocker}>{label}</BlockedButton>
      ) : (
        <Button disabled={change.isPending} onClick={() => change.send(!on)}>
          {change.isPending ? 'Saving…' : label}
        </Button>
      )}
    </SettingsSection>
  )
}
