import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { onTwoFactor } from '@/api/client'

// A dialog's worth of code, loaded the first time Heroku asks: most visits never need it.
const TwoFactorDialog = lazy(() =>
  import('./two-factor-dialog').then((module) => ({ default: module.TwoFactorDialog })),
)

export interface TwoFactorQuestion {
  /** Heroku's words: why it wants a code (or why the last one failed) */
  reason: string
  answer: (code: string | null) => void
}

/**
 * The question Heroku's 403 `two_factor` asks: a code, then the same request again (the client
 * does the sending). Over whatever dialog made the request; requests refused meanwhile wait for
 * the same answer. Cancel lets the refusal through, so nothing is done and the caller says so.
 */
export function TwoFactorPrompt() {
  const [question, setQuestion] = useState<TwoFactorQuestion | null>(null)
  const asked = useRef<{ promise: Promise<string | null>; answer: TwoFactorQuestion['answer'] }>(
    null,
  )

  useEffect(() => {
    onTwoFactor((refusal) => {
      if (asked.current) return asked.current.promise
      let answer: TwoFactorQuestion['answer'] = () => undefined
      const promise = new Promise<string | null>((resolve) => {
        answer = (code) => {
          asked.current = null
          setQuestion(null)
          resolve(code)
        }
      })
      asked.current = { promise, answer }
      setQuestion({ reason: refusal.message, answer })
      return promise
    })
    return () => {
      onTwoFactor(null)
      // Gone with a question open (signed out): the waiting requests are declined, not left hanging.
      asked.current?.answer(null)
    }
  }, [])

  if (!question) return null
  return (
    <Suspense fallback={null}>
      <TwoFactorDialog question={question} />
    </Suspense>
  )
}
