import { useMutation } from '@tanstack/react-query'
import { KeyRound } from 'lucide-react'
import { useId, useLayoutEffect, useRef, useState } from 'react'
import { accountSchema, type Account } from '@/api/account'
import { ApiError, requestJson } from '@/api/client'
import { Button } from '@/components/ui/button'
import { Field, TextInput } from '@/components/ui/field'
import { Brand, HeaderBar } from '@/components/header-bar'
import { RequestIdNote } from '@/components/ui/request-id-note'
import { checkKeyFormat } from './key-format'

/** What Connect hands back once Heroku accepted a key. */
export interface Connected {
  account: Account
  token: string
  remember: boolean
}

interface ConnectScreenProps {
  /** why the last session ended, when it was not the person's choice */
  reason: string | null
  onConnected: (connected: Connected) => void
  /** back to the demo; absent in a build without it */
  onUseDemo?: () => void
}

/**
 * "Connect to Heroku": a pasted API key, checked with `GET /account` before it is kept. The key is
 * sent to api.heroku.com only, in a header; nothing here logs it or puts it in an address.
 */
export function ConnectScreen({ reason, onConnected, onUseDemo }: ConnectScreenProps) {
  const rememberId = useId()
  const [key, setKey] = useState('')
  const [remember, setRemember] = useState(false)
  const [formatError, setFormatError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  // The screen has one thing to do: the key's box takes focus in the frame it shows.
  useLayoutEffect(() => input.current?.focus(), [])

  // The key being checked is sent with this request only: it is installed once Heroku accepts it.
  const check = useMutation({
    mutationFn: (token: string) => requestJson('/account', accountSchema, { token }),
    meta: { errorShownInline: true },
    onSuccess: (account, token) => onConnected({ account, token, remember }),
    onError: () => input.current?.focus(),
  })

  const connect = () => {
    check.reset()
    const checked = checkKeyFormat(key)
    setFormatError(checked.ok ? null : checked.reason)
    if (checked.ok) check.mutate(checked.token)
    else input.current?.focus()
  }

  return (
    <div className="flex min-h-dvh flex-col">
      <HeaderBar>
        <Brand />
      </HeaderBar>
      <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-6 sm:py-10">
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <div className="mb-5 flex items-center gap-3">
            <span className="flex size-10 items-center justify-center rounded-full bg-violet-100 text-violet-800">
              <KeyRound aria-hidden="true" className="size-5" />
            </span>
            <h1 className="text-2xl font-semibold text-slate-900">Connect to Heroku</h1>
          </div>
          {reason && (
            <p
              id={`${rememberId}-reason`}
              role="status"
              className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
            >
              {reason}
            </p>
          )}
          <p className="mb-5 text-sm text-slate-700">
            Stageboard reads and changes your pipelines with your Heroku API key. Get it with{' '}
            <code className="rounded bg-slate-100 px-1 py-0.5 text-[13px]">heroku auth:token</code>,
            or under <span className="font-medium">Account settings → API Key</span> on Heroku's
            dashboard. It is sent to api.heroku.com and kolkrabbi.heroku.com only.
          </p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              connect()
            }}
            className="space-y-4"
          >
            <Field
              label="Heroku API key"
              error={formatError}
              hint="Kept for this tab until you close it, unless you choose otherwise below."
            >
              {(control) => (
                <TextInput
                  {...control}
                  // Focus lands here at once: why the last session ended is read with the box.
                  aria-describedby={
                    [reason && `${rememberId}-reason`, control['aria-describedby']]
                      .filter(Boolean)
                      .join(' ') || undefined
                  }
                  ref={input}
                  type="password"
                  value={key}
                  onChange={(event) => setKey(event.target.value)}
                  placeholder="HRKU-… or 01234567-89ab-…"
                />
              )}
            </Field>
            <div className="flex items-start gap-2">
              <input
                id={rememberId}
                type="checkbox"
                className="mt-0.5 size-4 shrink-0 accent-violet-700"
                checked={remember}
                onChange={(event) => setRemember(event.target.checked)}
                aria-describedby={`${rememberId}-note`}
              />
              <div className="text-sm">
                <label htmlFor={rememberId} className="font-medium text-slate-900">
                  Remember on this device
                </label>
                <p id={`${rememberId}-note`} className="text-slate-600">
                  Every tab of this browser stays signed in, also after a restart, until you sign
                  out. Leave it off on a shared computer.
                </p>
              </div>
            </div>
            {check.error && <ConnectRefusal error={check.error} />}
            <div className="flex flex-wrap items-center justify-between gap-3 pt-1">
              {onUseDemo ? (
                <Button variant="ghost" onClick={onUseDemo}>
                  Explore the demo instead
                </Button>
              ) : (
                <span />
              )}
              <Button type="submit" variant="primary" disabled={check.isPending}>
                {check.isPending ? 'Checking the key…' : 'Connect'}
              </Button>
            </div>
          </form>
        </div>
      </main>
    </div>
  )
}

/** Why Heroku did not take the key, in its own words. */
function ConnectRefusal({ error }: { error: Error }) {
  const apiError = error instanceof ApiError ? error : null
  const message =
    apiError?.status === 401
      ? `Heroku did not accept this key: ${apiError.message}`
      : `Could not check the key: ${error.message}`
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm">
      <p className="text-red-900">{message}</p>
      {apiError && <RequestIdNote error={apiError} />}
    </div>
  )
}
