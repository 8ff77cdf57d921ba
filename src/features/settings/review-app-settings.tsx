import { useQuery } from '@tanstack/react-query'
import { useSingleMutation } from '@/hooks/use-single-mutation'
import { useState } from 'react'
import type { Pipeline } from '@/api/pipelines'
import { settingsMutations, type ReviewAppSettingsChange } from '@/api/pipeline-settings'
import { reviewAppMutations, reviewAppQueries, type ReviewAppConfig } from '@/api/review-apps'
import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Field, TextInput } from '@/components/ui/field'
import { Checkbox } from '@/components/ui/checkbox'
import { Skeleton } from '@/components/ui/skeleton'
import { toast } from '@/components/ui/toast'
import { SettingsSection } from './settings-section'

const SECTION_ID = 'settings-review-apps'

/** Enabling or disabling takes away the button pressed: focus goes to the section's heading. */
const focusSection = () => document.getElementById(SECTION_ID)?.focus()

/** Heroku's range for destroying stale review apps. */
const STALE_DAYS = { min: 1, max: 30 }

export function staleDaysProblem(text: string): string | null {
  const days = Number(text)
  if (
    text.trim() === '' ||
    !Number.isInteger(days) ||
    days < STALE_DAYS.min ||
    days > STALE_DAYS.max
  )
    return `Enter a whole number of days from ${STALE_DAYS.min} to ${STALE_DAYS.max}.`
  return null
}

/** Review apps: enabled or not, and how they come and go (`/pipelines/{id}/review-app-config`). */
export function ReviewAppSettings({
  pipeline,
  repo,
  blocker,
}: {
  pipeline: Pipeline
  repo: string
  blocker: string | null
}) {
  const config = useQuery(reviewAppQueries.config(pipeline.id))
  const enable = useSingleMutation({
    ...reviewAppMutations.enable(pipeline.id),
    onSuccess: () => {
      toast.success(`Review apps enabled for ${pipeline.name}`)
      focusSection()
    },
  })
  return (
    <SettingsSection title="Review apps" id={SECTION_ID}>
      {config.isError ? (
        <ErrorPanel
          title="Couldn't read the review-app settings"
          error={config.error}
          onRetry={() => void config.refetch()}
          retrying={config.isFetching}
        />
      ) : config.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : config.data === null ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-800">
            Off. Enabled, review apps are made from {repo}'s pull requests, in Review.
          </p>
          {enable.isError && (
            <ErrorPanel title="Review apps were not enabled" error={enable.error} />
          )}
          {blocker ? (
            <BlockedButton reason={blocker}>Enable review apps</BlockedButton>
          ) : (
            <Button
              variant="primary"
              disabled={enable.isPending}
              onClick={() => enable.send({ repo })}
            >
              {enable.isPending ? 'Enabling…' : 'Enable review apps'}
            </Button>
          )}
        </div>
      ) : (
        <ReviewAppForm pipeline={pipeline} config={config.data} blocker={blocker} />
      )}
    </SettingsSection>
  )
}

function ReviewAppForm({
  pipeline,
  config,
  blocker,
}: {
  pipeline: Pipeline
  config: ReviewAppConfig
  blocker: string | null
}) {
  const [automatic, setAutomatic] = useState(config.automatic_review_apps)
  const [destroyStale, setDestroyStale] = useState(config.destroy_stale_apps)
  const [days, setDays] = useState(String(config.stale_days ?? 5))
  const [waitForCi, setWaitForCi] = useState(config.wait_for_ci)
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSingleMutation({
    ...settingsMutations.updateReviewApps(pipeline.id),
    onSuccess: () => toast.success('Review-app settings saved'),
  })
  const disable = useSingleMutation({
    ...settingsMutations.disableReviewApps(pipeline.id),
    onSuccess: () => {
      toast.success(`Review apps disabled for ${pipeline.name}`)
      focusSection()
    },
  })

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const dayProblem = destroyStale ? staleDaysProblem(days) : null
    setProblem(dayProblem)
    if (dayProblem || blocker) return
    // Only what changed is sent, as the CLI's flags do.
    const change: ReviewAppSettingsChange = {}
    if (automatic !== config.automatic_review_apps) change.automatic_review_apps = automatic
    if (destroyStale !== config.destroy_stale_apps) change.destroy_stale_apps = destroyStale
    if (destroyStale && Number(days) !== config.stale_days) change.stale_days = Number(days)
    if (waitForCi !== config.wait_for_ci) change.wait_for_ci = waitForCi
    if (Object.keys(change).length === 0) return void toast.success('Nothing to save')
    save.send(change)
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <Checkbox checked={automatic} onChange={setAutomatic}>
        Create a review app for every new pull request
      </Checkbox>
      <Checkbox checked={waitForCi} onChange={setWaitForCi}>
        Wait for CI to pass before deploying a pull request
      </Checkbox>
      <Checkbox checked={destroyStale} onChange={setDestroyStale}>
        Destroy review apps that have not changed for a while
      </Checkbox>
      {destroyStale && (
        <Field
          label="Days without a change before one is destroyed"
          hint={`From ${STALE_DAYS.min} to ${STALE_DAYS.max} days.`}
          error={problem}
          className="max-w-xs pl-6"
        >
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              value={days}
              onChange={(event) => {
                setDays(event.target.value)
                setProblem(null)
              }}
            />
          )}
        </Field>
      )}
      {save.isError && <ErrorPanel title="The settings were not saved" error={save.error} />}
      {disable.isError && (
        <ErrorPanel title="Review apps were not disabled" error={disable.error} />
      )}
      <div className="flex flex-wrap gap-2 pt-1">
        {blocker ? (
          <>
            <BlockedButton reason={blocker}>Save</BlockedButton>
            <BlockedButton reason={blocker}>Disable review apps</BlockedButton>
          </>
        ) : (
          <>
            <Button type="submit" variant="primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save'}
            </Button>
            <Button
              variant="dangerOutline"
              disabled={disable.isPending}
              onClick={() => disable.send()}
            >
              {disable.isPending ? 'Disabling…' : 'Disable review apps'}
            </Button>
          </>
        )}
      </div>
    </form>
  )
}
