import { ShieldCheck } from 'lucide-react'
import { useState } from 'react'
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
import type { TwoFactorQuestion } from './two-factor-prompt'

/** One question for a code: checked before it is sent, answered once (a new question remounts). */
export function TwoFactorDialog({ question }: { question: TwoFactorQuestion }) {
  const [code, setCode] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const codeProblem = twoFactorCodeProblem(code)
    setProblem(codeProblem)
    if (codeProblem) return
    question.answer(normalizeTwoFactorCode(code))
  }

  return (
    <Dialog open onOpenChange={(open) => !open && question.answer(null)}>
      <DialogContent>
        <DialogTitle className="flex items-center gap-2">
          <ShieldCheck aria-hidden="true" className="size-5 text-violet-700" />
          Two-factor code needed
        </DialogTitle>
        {/* Heroku's words are part of the description: after a wrong code, they are what changed. */}
        <DialogDescription asChild>
          <div>
            <p>
              Heroku asks for a second factor before this change. Enter the code from your
              authenticator app, or a recovery code; the change is then sent again with it.
            </p>
            <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-slate-800">
              Heroku says: {question.reason}
            </p>
          </div>
        </DialogDescription>
        <form className="mt-4 space-y-4" onSubmit={submit} noValidate>
          <Field label="Two-factor code" error={problem}>
            {(control) => (
              <TextInput
                {...control}
                value={code}
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
