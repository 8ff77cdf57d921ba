import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { GitPullRequestArrow, Plus } from 'lucide-react'
import { useId, useState } from 'react'
import { githubQueries, type PullRequest } from '@/api/github'
import { reviewAppMutations, reviewAppQueries, type ReviewApp } from '@/api/review-apps'
import { DialogTriggerUnlessBlocked } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { ErrorPanel } from '@/components/ui/error-panel'
import { SuggestingField } from '@/components/ui/suggesting-field'
import { toast } from '@/components/ui/toast'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import {
  branchNameProblem,
  missingBranch,
  reviewAppName,
  reviewAppOfBranch,
} from '@/lib/review-apps'

interface CreateReviewAppDialogProps {
  pipeline: { id: string; name: string }
  /** the pipeline's review apps, as the board last read them */
  reviewApps: ReviewApp[] | undefined
  /** why the person may not make review apps here, or null when they may */
  blocker: string | null
}

/**
 * `reviewapps:create`: a review app for an open pull request of the pipeline's repository, or for
 * any of its branches. What it needs first (a connected repository, review apps enabled) is said,
 * and the second of these can be done from here.
 */
export function CreateReviewAppDialog({
  pipeline,
  reviewApps,
  blocker,
}: CreateReviewAppDialogProps) {
  const [branch, setBranch] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const dialog = useRequestDialog({
    mutation: reviewAppMutations.create(pipeline.id),
    onSuccess: (made) => {
      dialog.close()
      toast.success(`Creating a review app for ${reviewAppName(made)}`, {
        description: 'It shows in Review as it is made.',
      })
    },
    failureTitle: ({ branch: sent }) => `No review app was made for ${sent}`,
    onReset: () => {
      setBranch('')
      setProblem(null)
    },
  })

  const queryClient = useQueryClient()
  const submitBranch = (event: React.FormEvent) => {
    event.preventDefault()
    const name = branch.trim()
    const refused =
      branchNameProblem(name) ??
      notABranch(queryClient, pipeline.id, name) ??
      alreadyMade(reviewApps, name)
    setProblem(refused)
    if (!refused) dialog.submit({ branch: name })
  }

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogTriggerUnlessBlocked blocker={blocker}>
        <Button size="sm" variant="ghost" aria-label="New review app">
          <Plus aria-hidden="true" className="size-4" />
          Review app
        </Button>
      </DialogTriggerUnlessBlocked>
      <DialogContent wide>
        <DialogTitle>New review app</DialogTitle>
        <DialogDescription>
          A review app runs a pull request's code in an app of its own, in {pipeline.name}'s Review
          stage, until it is deleted.
        </DialogDescription>
        {dialog.open && (
          <Prerequisites pipeline={pipeline}>
            {(repo) => (
              <>
                <PullRequestList
                  repo={repo}
                  reviewApps={reviewApps}
                  busy={dialog.request.isPending}
                  onCreate={(pull) => {
                    setProblem(null)
                    dialog.submit({ branch: pull.head.ref, prNumber: pull.number })
                  }}
                />
                <form className="mt-4 space-y-4" onSubmit={submitBranch} noValidate>
                  <BranchField
                    repo={repo}
                    value={branch}
                    onChange={(next) => {
                      setBranch(next)
                      setProblem(null)
                    }}
                    error={problem}
                  />
                  <DialogFormFooter
                    submitLabel="Create from branch"
                    pendingLabel="Creating…"
                    request={dialog.request}
                    failureTitle={dialog.failureTitle}
                  />
                </form>
              </>
            )}
          </Prerequisites>
        )}
      </DialogContent>
    </Dialog>
  )
}

/**
 * A branch the repository does not have, when the branch list read for the field is complete:
 * said before anything is sent. With a longer list, or none yet, Heroku says.
 */
function notABranch(client: QueryClient, pipelineId: string, name: string) {
  const repo = client.getQueryData(githubQueries.pipelineConnection(pipelineId).queryKey)?.repo
  const branches = repo ? client.getQueryData(githubQueries.branches(repo).queryKey) : undefined
  return repo ? missingBranch(name, branches, repo) : null
}

const alreadyMade = (reviewApps: ReviewApp[] | undefined, branch: string) =>
  reviewAppOfBranch(reviewApps, branch)
    ? `${branch} already has a review app. Delete it first to make a new one.`
    : null

/** What review apps need before one can be made: a repository, and review apps enabled. */
function Prerequisites({
  pipeline,
  children,
}: {
  pipeline: { id: string; name: string }
  children: (repo: string) => React.ReactNode
}) {
  const repo = useQuery({
    ...githubQueries.pipelineConnection(pipeline.id),
    select: (connection) => connection?.repo ?? null,
  })
  const config = useQuery(reviewAppQueries.config(pipeline.id))
  const enable = useSingleMutation(reviewAppMutations.enable(pipeline.id))

  const failed = [repo, config].find((query) => query.isError)
  if (failed) {
    return (
      <ErrorPanel
        className="mt-4"
        title="Couldn't read the pipeline's review-app settings"
        error={failed.error}
        onRetry={() => void Promise.all([repo.refetch(), config.refetch()])}
        retrying={repo.isFetching || config.isFetching}
      />
    )
  }
  const repoName = repo.data
  if (repoName === undefined || config.data === undefined) {
    return (
      <p role="status" className="mt-4 text-sm text-slate-700">
        Reading the pipeline's settings…
      </p>
    )
  }
  if (repoName === null) {
    return (
      <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        {pipeline.name} is not connected to a GitHub repository. Review apps are made from a
        repository's pull requests: connect one with{' '}
        <code className="font-mono text-xs">heroku pipelines:connect {pipeline.name}</code>.
      </p>
    )
  }
  if (config.data === null) {
    return (
      <div className="mt-4 space-y-3">
        <p className="text-sm text-slate-800">
          Review apps are not enabled for {pipeline.name}. Enabling them lets anyone who can manage
          the pipeline make review apps from {repoName}'s pull requests.
        </p>
        {enable.isError && <ErrorPanel title="Review apps were not enabled" error={enable.error} />}
        <Button
          variant="primary"
          disabled={enable.isPending}
          onClick={() => enable.send({ repo: repoName })}
        >
          {enable.isPending ? 'Enabling…' : 'Enable review apps'}
        </Button>
      </div>
    )
  }
  return children(repoName)
}

/** The repository's open pull requests, each with its review app or a button to make one. */
function PullRequestList({
  repo,
  reviewApps,
  busy,
  onCreate,
}: {
  repo: string
  reviewApps: ReviewApp[] | undefined
  busy: boolean
  onCreate: (pull: PullRequest) => void
}) {
  const headingId = useId()
  const pulls = useQuery(githubQueries.openPulls(repo))
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="text-sm font-medium text-slate-900">
        Open pull requests in {repo}
      </h3>
      {pulls.isError ? (
        <ErrorPanel
          className="mt-2"
          title="Couldn't read the pull requests"
          error={pulls.error}
          onRetry={() => void pulls.refetch()}
          retrying={pulls.isFetching}
        />
      ) : pulls.isPending ? (
        <p role="status" className="mt-2 text-sm text-slate-700">
          Reading pull requests…
        </p>
      ) : pulls.data.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">No pull request is open.</p>
      ) : (
        <ul className="mt-2 max-h-64 divide-y divide-slate-200 overflow-y-auto rounded-md border border-slate-200">
          {pulls.data.map((pull) => {
            const made = reviewAppOfBranch(reviewApps, pull.head.ref)
            return (
              <li key={pull.number} className="flex items-center gap-3 px-3 py-2">
                <GitPullRequestArrow
                  aria-hidden="true"
                  className="size-4 shrink-0 text-slate-500"
                />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm text-slate-900" title={pull.title}>
                    <a
                      href={pull.html_url}
                      target="_blank"
                      rel="noreferrer"
                      className="font-medium underline-offset-2 hover:underline"
                    >
                      #{pull.number}
                    </a>{' '}
                    {pull.title}
                  </p>
                  <p className="truncate font-mono text-xs text-slate-600" title={pull.head.ref}>
                    {pull.head.ref}
                    {pull.user && <span className="font-sans"> · {pull.user.login}</span>}
                  </p>
                </div>
                {made ? (
                  <span className="shrink-0 text-xs text-slate-600">Review app {made.status}</span>
                ) : (
                  <Button
                    size="sm"
                    className="shrink-0"
                    disabled={busy}
                    aria-label={`Create review app for PR #${pull.number}`}
                    onClick={() => onCreate(pull)}
                  >
                    Create
                  </Button>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** A branch by name, with the repository's branches to pick from as one types. */
function BranchField({
  repo,
  value,
  onChange,
  error,
}: {
  repo: string
  value: string
  onChange: (value: string) => void
  error: string | null
}) {
  const branches = useQuery(githubQueries.branches(repo))
  return (
    <SuggestingField
      label="Or from a branch"
      hint={`Any branch of ${repo}, with or without a pull request.`}
      error={error}
      value={value}
      onChange={onChange}
      suggestions={branches.data?.map((branch) => branch.name)}
      placeholder="feature/my-change"
    />
  )
}
