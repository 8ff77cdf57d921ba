import { useQuery, useQueryClient } from '@tanstack/react-query'
import { GitCompareArrows } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { ApiError, pastedGithubToken, setGithubToken } from '@/api/client'
import { githubQueries } from '@/api/github'
import { githubKeys } from '@/api/keys'
import { Button } from '@/components/ui/button'
import { Field, TextInput } from '@/components/ui/field'
import { RequestIdNote } from '@/components/ui/request-id-note'
import { plural } from '@/lib/format'
import { checkGithubTokenFormat } from './github-token-format'
import { useFailedCompares } from './use-failed-compares'

interface GithubAccessNoticeProps {
  /** keeps the token beyond this page (beside the Heroku key); the demo keeps it in memory */
  onKeep?: (token: string | null) => void
}

/**
 * Says on the board when drift cannot be computed and why (GitHub's words, and which token was
 * used), and offers what fixes it: a GitHub token of the person's own.
 */
export function GithubAccessNotice({ onKeep }: GithubAccessNoticeProps) {
  const failed = useFailedCompares()
  const queryClient = useQueryClient()
  const linked = useQuery({ ...githubQueries.linkedToken(), enabled: false })
  const [asking, setAsking] = useState(false)
  // Said to screen readers when a token is taken: the notice itself goes as the compares restart.
  const [said, setSaid] = useState('')
  const askButton = useRef<HTMLButtonElement>(null)
  const headingId = useId()

  const status = (
    <p role="status" className="sr-only">
      {said}
    </p>
  )
  if (failed.count === 0) return status

  /** Compares that failed are asked again, now with the token in use. */
  const compareAgain = () =>
    queryClient.resetQueries({
      queryKey: githubKeys.compares(),
      predicate: (query) => query.state.status === 'error',
    })
  const adoptToken = (token: string | null) => {
    setGithubToken(token)
    // Back to Heroku's token: asked for again, in case it was out of reach the first time.
    if (token === null) queryClient.removeQueries({ queryKey: githubKeys.linkedToken() })
    onKeep?.(token)
    setAsking(false)
    setSaid(
      token
        ? 'Comparing again with the GitHub token you gave.'
        : 'Comparing again with the GitHub token Heroku holds for your account.',
    )
    void compareAgain()
  }
  const stopAsking = () => {
    flushSync(() => setAsking(false))
    askButton.current?.focus()
  }

  const message = failed.error instanceof Error ? failed.error.message : 'no answer'
  const pasted = pastedGithubToken() !== null
  const situation = pasted
    ? 'Stageboard asked with the GitHub token you gave it.'
    : linked.data?.token
      ? 'Stageboard asked with the GitHub token Heroku holds for your account: it may not reach these repositories.'
      : linked.isError
        ? `Heroku's GitHub token for your account could not be read (${linked.error.message}), so GitHub was asked without one, which reaches public repositories only.`
        : `Heroku holds no GitHub token for your account${
            linked.data?.refusal ? ` (Heroku said: ${linked.data.refusal})` : ''
          }, so GitHub was asked without one, which reaches public repositories only.`

  return (
    <>
      {status}
      <section
        aria-labelledby={headingId}
        className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
      >
        <div className="flex items-start gap-3">
          <GitCompareArrows aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-amber-800" />
          <div className="min-w-0 flex-1 space-y-1">
            <h2 id={headingId} className="font-semibold">
              Drift could not be computed for {plural(failed.count, 'comparison')}
            </h2>
            <p className="break-words">GitHub answered: {message}</p>
            {failed.error instanceof ApiError && <RequestIdNote error={failed.error} />}
            <p>{situation} A 404 can also mean that these commits were never pushed to GitHub.</p>
            {asking ? (
              <GithubTokenForm onUse={adoptToken} onCancel={stopAsking} />
            ) : (
              <div className="flex flex-wrap gap-2 pt-2">
                <Button ref={askButton} size="sm" onClick={() => setAsking(true)}>
                  {pasted ? 'Use another GitHub token' : 'Use a GitHub token'}
                </Button>
                {pasted && (
                  <Button size="sm" onClick={() => adoptToken(null)}>
                    Forget the token I gave
                  </Button>
                )}
              </div>
            )}
          </div>
        </div>
      </section>
    </>
  )
}

function GithubTokenForm({
  onUse,
  onCancel,
}: {
  onUse: (token: string) => void
  onCancel: () => void
}) {
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const checked = checkGithubTokenFormat(value)
    if (!checked.ok) return setProblem(checked.reason)
    onUse(checked.token)
  }

  return (
    <form className="space-y-3 pt-2" onSubmit={submit} noValidate>
      <Field
        label="GitHub token"
        error={problem}
        hint="Read-only is enough: a fine-grained token with Contents: Read-only on the pipeline's repositories, or a classic token with the repo scope. Sent to api.github.com only; forgotten when you sign out."
      >
        {(control) => (
          <TextInput
            {...control}
            // A token, not a password: TextInput turns autofill off, so no offer to save it.
            type="password"
            // eslint-disable-next-line jsx-a11y/no-autofocus -- opened by a click that asked for it
            autoFocus
            className="max-w-md"
            value={value}
            onChange={(event) => {
              setValue(event.target.value)
              setProblem(null)
            }}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" variant="primary">
          Compare with this token
        </Button>
        <Button size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
