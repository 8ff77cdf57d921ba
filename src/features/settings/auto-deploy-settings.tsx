import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { appQueries } from '@/api/apps'
import { autoDeployMutations, autoDeployQueries, type AutoDeploy } from '@/api/auto-deploys'
import { couplingQueries } from '@/api/couplings'
import { githubQueries } from '@/api/github'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Checkbox } from '@/components/ui/checkbox'
import { SuggestingField } from '@/components/ui/suggesting-field'
import { Skeleton } from '@/components/ui/skeleton'
import { toast } from '@/components/ui/toast'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { branchNameProblem, missingBranch } from '@/lib/review-apps'
import { SettingsSection } from './settings-section'

/** The stages whose apps usually deploy from GitHub; production is promoted to instead. */
const DEPLOYING_STAGES = new Set(['development', 'staging'])

/**
 * Automatic deploys of the pipeline's development and staging apps: the branch each follows, and
 * whether each push deploys it, after CI passes where it waits (Kolkrabbi's
 * `PATCH /apps/{app}/github`, which `heroku pipelines:setup` sets for staging).
 */
export function AutoDeploySettings({
  pipelineId,
  repo,
  blocker,
}: {
  pipelineId: string
  repo: string
  blocker: string | null
}) {
  const couplings = useQuery(couplingQueries.byPipeline(pipelineId))
  const apps = couplings.data?.filter((coupling) => DEPLOYING_STAGES.has(coupling.stage))
  return (
    <SettingsSection title="Automatic deploys">
      <p className="mb-3 text-sm text-slate-800">
        A push to the branch an app follows builds and releases it, as Heroku’s GitHub integration
        does. Production apps are not listed: code reaches them by promotion.
      </p>
      {couplings.isError ? (
        <ErrorPanel
          title="Couldn't read the pipeline's apps"
          error={couplings.error}
          onRetry={() => void couplings.refetch()}
          retrying={couplings.isFetching}
        />
      ) : !apps ? (
        <Skeleton className="h-16 w-full" />
      ) : apps.length === 0 ? (
        <p className="text-sm text-slate-700">No app is in Development or Staging.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {apps.map((coupling) => (
            <li key={coupling.app.id} className="py-3 first:pt-0 last:pb-0">
              <AppAutoDeploy appId={coupling.app.id} repo={repo} blocker={blocker} />
            </li>
          ))}
        </ul>
      )}
    </SettingsSection>
  )
}

function AppAutoDeploy({
  appId,
  repo,
  blocker,
}: {
  appId: string
  repo: string
  blocker: string | null
}) {
  const app = useQuery(appQueries.detail(appId))
  const link = useQuery(autoDeployQueries.ofApp(appId))
  const name = app.data?.name ?? 'This app'
  if (link.isError) {
    return (
      <ErrorPanel
        title={`Couldn't read how ${name} deploys`}
        error={link.error}
        onRetry={() => void link.refetch()}
        retrying={link.isFetching}
      />
    )
  }
  if (link.data === undefined || app.isPending) return <Skeleton className="h-16 w-full" />
  if (link.data === null) {
    return (
      <p className="text-sm text-slate-700">
        <span className="font-medium text-slate-900">{name}</span> is not connected to GitHub: it
        deploys only by push to Heroku or promotion.
      </p>
    )
  }
  // Keyed by what the API holds: a saved change starts the form again from the new truth.
  return (
    <AutoDeployForm
      key={JSON.stringify(link.data)}
      appId={appId}
      name={name}
      repo={repo}
      link={link.data}
      blocker={blocker}
    />
  )
}

function AutoDeployForm({
  appId,
  name,
  repo,
  link,
  blocker,
}: {
  appId: string
  name: string
  repo: string
  link: AutoDeploy
  blocker: string | null
}) {
  const headingId = useId()
  const branches = useQuery(githubQueries.branches(repo))
  const [branch, setBranch] = useState(link.branch)
  const [autoDeploy, setAutoDeploy] = useState(link.auto_deploy)
  const [waitForCi, setWaitForCi] = useState(link.wait_for_ci)
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSingleMutation({
    ...autoDeployMutations.update(appId),
    onSuccess: () => toast.success(`Automatic deploys of ${name} saved`),
  })

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const chosen = branch.trim()
    const refused = branchNameProblem(chosen) ?? missingBranch(chosen, branches.data, repo)
    setProblem(refused)
    if (refused || blocker) return
    // Only what changed is sent: what another person changed meanwhile stays theirs.
    const change: Partial<AutoDeploy> = {}
    if (chosen !== link.branch) change.branch = chosen
    if (autoDeploy !== link.auto_deploy) change.auto_deploy = autoDeploy
    if (waitForCi !== link.wait_for_ci) change.wait_for_ci = waitForCi
    if (Object.keys(change).length === 0) return void toast.success('Nothing to save')
    save.send(change)
  }

  return (
    <form aria-labelledby={headingId} onSubmit={submit} noValidate className="space-y-3">
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {name}
      </h3>
      <SuggestingField
        label={`Branch ${name} follows`}
        hint={`A branch of ${repo}.`}
        error={problem}
        value={branch}
        onChange={(next) => {
          setBranch(next)
          setProblem(null)
        }}
        suggestions={branches.data?.map((known) => known.name)}
      />
      <Checkbox checked={autoDeploy} onChange={setAutoDeploy}>
        Deploy every push to this branch
      </Checkbox>
      <Checkbox checked={autoDeploy && waitForCi} disabled={!autoDeploy} onChange={setWaitForCi}>
        Wait for Heroku CI to pass before deploying
      </Checkbox>
      {save.isError && (
        <ErrorPanel title={`Automatic deploys of ${name} were not saved`} error={save.error} />
      )}
      {blocker ? (
        <BlockedButton reason={blocker}>Save</BlockedButton>
      ) : (
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </Button>
      )}
    </form>
  )
}
