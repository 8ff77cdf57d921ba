import { useQuery, useQueryClient } from '@tanstack/react-query'
import { GitCommitHorizontal } from 'lucide-react'
import { useState } from 'react'
import { githubKeys } from '@/api/keys'
import { githubQueries } from '@/api/github'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFormFooter,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import { Field, TextInput } from '@/components/ui/field'
import { Checkbox } from '@/components/ui/checkbox'
import { SuggestingField } from '@/components/ui/suggesting-field'
import { toast } from '@/components/ui/toast'
import { useRequestDialog } from '@/hooks/use-request-dialog'
import { pushSummary, type Push, type PushReport } from '@/lib/pushes'
import { branchNameProblem } from '@/lib/review-apps'
import { useFollowPush } from './use-follow-push'

/** Sends a push: the demo backend's, which the app passes in. */
type SimulatePush = (push: Push) => Promise<PushReport>

/**
 * "Simulate a push", in the demo only: a commit on a branch of the pipeline's repository, as if
 * the person had pushed it, so that Heroku Flow can be watched: CI, deploys from GitHub, review
 * apps. Shown only on a pipeline connected to a repository.
 */
export function SimulatePushDialog({
  pipeline,
  simulatePush,
}: {
  pipeline: { id: string; name: string }
  simulatePush: SimulatePush
}) {
  const connection = useQuery(githubQueries.pipelineConnection(pipeline.id))
  const repo = connection.data?.repo
  if (!repo) return null
  return <PushDialog simulatePush={simulatePush} pipeline={pipeline} repo={repo} />
}

function PushDialog({
  simulatePush,
  pipeline,
  repo,
}: {
  simulatePush: SimulatePush
  pipeline: { id: string; name: string }
  repo: string
}) {
  const client = useQueryClient()
  const { follow } = useFollowPush(pipeline)
  const [branch, setBranch] = useState('main')
  const [message, setMessage] = useState('')
  const [openPullRequest, setOpenPullRequest] = useState(false)
  const [breaksTests, setBreaksTests] = useState(false)
  const [problems, setProblems] = useState<{ branch?: string; message?: string }>({})
  const dialog = useRequestDialog({
    mutation: {
      mutationKey: ['demo', 'push', repo],
      mutationFn: simulatePush,
      onSuccess: () =>
        // The repository moved: its branches and pull requests are read again when next shown.
        Promise.all(
          [githubKeys.branches(repo), githubKeys.openPulls(repo)].map((queryKey) =>
            client.invalidateQueries({ queryKey }),
          ),
        ),
    },
    onSuccess: (report) => {
      dialog.close()
      const { title, description } = pushSummary(report)
      toast.success(title, { description })
      follow(report)
    },
    failureTitle: ({ branch: sent }) => `Nothing was pushed to ${sent}`,
    onReset: () => {
      setBranch('main')
      setMessage('')
      setOpenPullRequest(false)
      setBreaksTests(false)
      setProblems({})
    },
  })

  const pulls = useQuery({ ...githubQueries.openPulls(repo), enabled: dialog.open })
  const name = branch.trim()
  const openPull = pulls.data?.find((pull) => pull.head.ref === name)
  const canOpenPull = name !== '' && name !== 'main' && !openPull

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const found = {
      branch: branchNameProblem(name) ?? undefined,
      message: message.trim() === '' ? 'Write the commit’s message.' : undefined,
    }
    setProblems(found)
    if (found.branch || found.message) return
    dialog.submit({
      repo,
      branch: name,
      message: message.trim(),
      openPullRequest: openPullRequest && canOpenPull,
      breaksTests,
    })
  }

  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm">
          <GitCommitHorizontal aria-hidden="true" className="size-4" />
          Simulate a push
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Simulate a push to {repo}</DialogTitle>
        <DialogDescription>
          Demo only: a commit is added to a branch as if you had pushed it, and Heroku reacts as it
          would. Heroku CI tests it, apps that deploy the branch deploy it, and its pull request’s
          review app follows.
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
          <BranchField
            repo={repo}
            value={branch}
            error={problems.branch ?? null}
            onChange={(next) => {
              setBranch(next)
              setProblems((before) => ({ ...before, branch: undefined }))
            }}
          />
          <Field label="Commit message" error={problems.message ?? null}>
            {(control) => (
              <TextInput
                {...control}
                value={message}
                placeholder="Show invoices in the customer’s currency"
                maxLength={200}
                onChange={(event) => {
                  setMessage(event.target.value)
                  setProblems((before) => ({ ...before, message: undefined }))
                }}
              />
            )}
          </Field>
          <div className="space-y-2">
            <Checkbox
              checked={openPullRequest && canOpenPull}
              disabled={!canOpenPull}
              onChange={setOpenPullRequest}
            >
              Open a pull request for this branch
            </Checkbox>
            {(openPull || name === 'main') && (
              <p className="pl-6 text-xs text-slate-600">
                {openPull
                  ? `${name} already has pull request #${openPull.number}.`
                  : 'Pull requests merge into main: name another branch to open one.'}
              </p>
            )}
            <Checkbox checked={breaksTests} onChange={setBreaksTests}>
              Its tests fail (to see CI hold a deploy back)
            </Checkbox>
          </div>
          <DialogFormFooter
            submitLabel="Push"
            pendingLabel="Pushing…"
            request={dialog.request}
            failureTitle={dialog.failureTitle}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}

/** A branch by name, new or one of the repository's, which it offers as one types. */
function BranchField({
  repo,
  value,
  error,
  onChange,
}: {
  repo: string
  value: string
  error: string | null
  onChange: (value: string) => void
}) {
  const branches = useQuery(githubQueries.branches(repo))
  return (
    <SuggestingField
      label="Branch"
      hint="A branch of the repository, or a new one (made from main)."
      error={error}
      value={value}
      onChange={onChange}
      suggestions={branches.data?.map((known) => known.name)}
    />
  )
}
