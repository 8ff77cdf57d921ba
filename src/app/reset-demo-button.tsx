import { useQueryClient } from '@tanstack/react-query'
import { RotateCcw } from 'lucide-react'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'
import type { DemoBackend } from './demo-backend'
import { cacheNamespace, forgetQueryCache } from './persisted-cache'

/** Puts the demo's pipelines and apps back as they were, after asking. */
export function ResetDemoButton({ demo }: { demo: DemoBackend }) {
  const queryClient = useQueryClient()
  const [open, setOpen] = useState(false)

  const reset = async () => {
    await demo.reset()
    setOpen(false)
    // The cache is emptied first, then what was kept across reloads is forgotten: a save that
    // falls in between finds nothing of the old data to keep.
    const refetched = queryClient.resetQueries()
    // Every person's kept answers: each acts on the same reset data.
    const namespaces = [null, ...demo.accounts().map((account) => account.key)].map((account) =>
      cacheNamespace({ scenario: demo.scenario, account }),
    )
    await Promise.all(namespaces.map((namespace) => forgetQueryCache(namespace))).catch(
      () => undefined,
    )
    await refetched
    toast.success('Demo data reset')
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="onDark">
          <RotateCcw aria-hidden="true" className="size-4" />
          {/* An icon on a phone, where the header has no room; the name stays for everyone. */}
          <span className="sr-only sm:not-sr-only">Reset demo data</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Reset the demo data?</DialogTitle>
        <DialogDescription>
          Every pipeline, app, move and promotion goes back to how the demo started. Changes you
          made in this browser are lost.
        </DialogDescription>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Keep my changes</Button>
          </DialogClose>
          <Button variant="danger" onClick={() => void reset()}>
            Reset demo data
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
