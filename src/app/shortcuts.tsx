import { createRoot } from 'react-dom/client'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import type { QueryClient } from '@tanstack/react-query'

/** The shortcuts, as the help sheet lists them. */
const SHORTCUTS = [
  { keys: ['?'], does: 'Show these shortcuts' },
  { keys: ['g', 'p'], does: 'Go to the pipelines' },
  { keys: ['/'], does: "Go to the page's filter" },
  { keys: ['p'], does: 'Promote from the card that has focus' },
  { keys: ['r'], does: 'Refresh what the page shows' },
] as const

/** How long after `g` its second key may come. */
const SEQUENCE_MS = 1500
let gPressedAt = 0

/** What a shortcut key does (./shortcut-listener.ts decides that it is one). */
export function runShortcut(key: string, target: Element | null, queryClient: QueryClient) {
  if (key === 'g') {
    gPressedAt = Date.now()
    return
  }
  const afterG = Date.now() - gPressedAt < SEQUENCE_MS
  gPressedAt = 0
  // The header's own link: the router takes it as any click.
  if (afterG && key === 'p')
    return document.querySelector<HTMLElement>('[data-shortcut="pipelines"]')?.click()
  if (key === '?') return showHelp()
  if (key === '/') return document.querySelector<HTMLElement>('[data-shortcut="filter"]')?.focus()
  if (key === 'r') {
    // The board's own Refresh says when it is done; elsewhere the page's queries are read again.
    const refresh = document.querySelector<HTMLElement>('[data-shortcut="refresh"]')
    return refresh ? refresh.click() : void queryClient.refetchQueries({ type: 'active' })
  }
  if (key === 'p') {
    const promote = target
      ?.closest('article')
      ?.querySelector<HTMLElement>('[data-shortcut="promote"]')
    // Blocked (nothing to promote, a lock, no right to): its reason, as the button gives it.
    const reason = promote?.getAttribute('aria-describedby')
    if (promote?.getAttribute('aria-disabled') === 'true' && reason) {
      return toast.error('Nothing was promoted', {
        description: document.getElementById(reason)?.textContent ?? undefined,
      })
    }
    if (promote) return promote.click()
    toast.error('Nothing to promote from here', {
      description: 'P promotes from the development or staging card that has focus.',
    })
  }
}

/** The help sheet, in a root of its own for as long as it is open. */
function showHelp() {
  if (document.getElementById('shortcut-help')) return
  const host = document.createElement('div')
  host.id = 'shortcut-help'
  document.body.append(host)
  const root = createRoot(host)
  root.render(
    <ShortcutHelp
      onClosed={() => {
        root.unmount()
        host.remove()
      }}
    />,
  )
}

function ShortcutHelp({ onClosed }: { onClosed: () => void }) {
  const [open, setOpen] = useState(true)
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) onClosed()
      }}
    >
      <DialogContent>
        <DialogTitle>Keyboard shortcuts</DialogTitle>
        <DialogDescription>
          Anywhere but in a field, a dialog or a menu, and not while a card is moved by keyboard.
        </DialogDescription>
        <dl className="mt-4 divide-y divide-slate-200 text-sm">
          {SHORTCUTS.map(({ keys, does }) => (
            <div key={does} className="flex items-center justify-between gap-4 py-2">
              <dt className="text-slate-800">{does}</dt>
              <dd className="flex shrink-0 items-center gap-1 text-slate-600">
                {keys.map((key, index) => (
                  <span key={key} className="flex items-center gap-1">
                    {index > 0 && <span>then</span>}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-900">
                      {key}
                    </kbd>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  )
}
