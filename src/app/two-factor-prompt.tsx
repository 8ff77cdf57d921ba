import { ShieldCheck } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { onTwoFactor } from '@/api/client'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from '@/components/ui/dialog'
import { Field, TextInput } from '@/components/ui/field'
import { normalizeTwoFactorCode, twoFactorCodeProblem } from '@/lib/two-factor-code'

interface Question {
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
  const [question, setQuestion] = useState<Question | null>(null)
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const asked = useRef<{ promise: Promise<string | null>; answer: Question['answer'] } | null>(null)

  useEffect(() => {
    onTwoFactor((refusal) => {
      if (asked.current) return asked.current.promise
      let answer: Question['answer'] = () => undefined
      const promise = new Promise<string | null>((resolve) => {
        answer = (code) => {
          asked.current = null
          setQuestion(null)
          resolve(code)
        }
      })
      asked.current = { promise, answer }
      setCode('')
      setProblem(null)
      setQuestion({ reason: refusal.message, answer })
      return promise
    })
    return () => {
      onTwoFactor(null)
      // Gone with a question open (signed out): the waiting requests are declined, not left hanging.
      asked.current?.answer(null)
    }
  }, [])

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const codeProblem = twoFactorCodeProblem(code)
    setProblem(codeProblem)
    if (codeProblem) return
    question?.answer(normalizeTwoFactorCode(code))
  }

  return (
    <Dialog open={question !== null} onOpenChange={(open) => !open && question?.answer(null)}>
      <DialogContent>
        <DialogTitle className="flex items-center gap-2">
          <ShieldCheck aria-hidden="true" className="size-5 text-violet-700" />
          Two-factor code needed
        </DialogTitle>
        <DialogDescription>
          Heroku asks for a second factor before this change. Enter the code from your authenticator
          app, or a recovery code; the change is then sent again with it.
        </DialogDescription>
        <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800">
          Heroku says: {question?.reason}
        </p>
        <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
          <Field label="Two-factor code" error={problem}>
            {(control) => (
              <TextInput
                {...control}
                value={code}
                inputMode="numeric"
                autoComplete="one-time-code"
                onChange={(event) => {
                  setCode(event.target.value)
                  setProblem(null)
                }}
              />
            )}
          </Field>
          <DialogFooter>
            <DialogClose asChild>
              <Button>Cancel the change</Button>
            </DialogClose>
            <Button type="submit" variant="primary">
              Verify and continue
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
