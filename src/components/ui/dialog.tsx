import * as DialogPrimitive from '@radix-ui/react-dialog'
import { X } from 'lucide-react'
import type React from 'react'
import { useEffect } from 'react'
import { useHasStayed } from '@/hooks/use-has-stayed'
import { afterNextPaint } from '@/lib/after-paint'
import { cn } from '@/lib/cn'
import { Button } from './button'
import { ErrorPanel } from './error-panel'

// Radix handles focus trapping, Escape, scroll locking and the ARIA wiring; we only style it.
export const Dialog = DialogPrimitive.Root
export const DialogTrigger = DialogPrimitive.Trigger
export const DialogClose = DialogPrimitive.Close

/**
 * Radix traps focus in an open dialog and hides the page from screen readers with aria-hidden;
 * `inert` makes the page behind truly unreachable, so no tool or user finds a focusable control
 * under the overlay. Rendered inside the content, it lives exactly as long as the dialog is open.
 * (Radix returns focus to the trigger a tick after closing, once the page is live again.)
 *
 * Made inert just after the dialog's first frame: `inert` restyles every element of the page
 * (20-35 ms on a board), and the dialog should not wait for that. Until then the page is already
 * hidden from screen readers, out of Tab's reach and under the overlay.
 */
function InertPage() {
  useEffect(() => {
    const page = document.getElementById('root')
    if (!page) return
    openDialogs += 1
    const cancel = afterNextPaint(() => {
      page.inert = openDialogs > 0
    })
    return () => {
      cancel()
      openDialogs -= 1
      // A dialog over a dialog (a two-factor code asked during a promotion) leaves the page inert.
      page.inert = openDialogs > 0
    }
  }, [])
  return null
}
let openDialogs = 0

/** Whether an element of a dialog is shown: not hidden, nor inside something not displayed. */
function isShown(element: HTMLElement, content: HTMLElement) {
  for (
    let node: HTMLElement | null = element;
    node && node !== content;
    node = node.parentElement
  ) {
    if (node.hidden || getComputedStyle(node).display === 'none') return false
  }
  return getComputedStyle(element).visibility !== 'hidden'
}

/** What Radix would focus first in a dialog: its first tabbable control that is not a link. */
function firstControlIn(content: HTMLElement): HTMLElement {
  const candidates = content.querySelectorAll<HTMLElement>(
    'button, input, select, textarea, [tabindex]',
  )
  const tabbable = (element: HTMLElement) =>
    element.tabIndex >= 0 &&
    !element.matches(':disabled') &&
    !(element instanceof HTMLInputElement && element.type === 'hidden')
  return (
    [...candidates].find((element) => tabbable(element) && isShown(element, content)) ?? content
  )
}

/**
 * Focus moves into a dialog once its first frame is painted, not in the commit that opens it:
 * focusing lays out the whole page there and then (7 ms with a promote dialog of 500 targets),
 * which the opening click would wait for. Radix's own focus, deferred; a caller's handler of
 * `onOpenAutoFocus` still decides first.
 */
function focusAfterPaint(event: Event) {
  event.preventDefault()
  const content = event.currentTarget as HTMLElement
  afterNextPaint(() => {
    // Someone may have clicked or typed into it already; focus held by the dialog itself (Radix
    // puts it there when the focused element behind goes away) is not a choice of theirs.
    const active = document.activeElement
    const chosen = active !== content && content.contains(active)
    if (content.isConnected && !chosen) {
      const first = firstControlIn(content)
      first.focus()
      // As Radix does: a text box focused on opening has its text selected, ready to retype.
      if (first instanceof HTMLInputElement) first.select()
    }
  })
}

export function DialogContent({
  className,
  wide = false,
  children,
  onOpenAutoFocus,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Content> & {
  /** room for a list with details on each row (the promote dialog) */
  wide?: boolean
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-slate-900/40 dark:bg-black/60" />
      <DialogPrimitive.Content
        className={cn(
          'fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl focus:outline-none',
          wide ? 'max-w-xl' : 'max-w-lg',
          className,
        )}
        onOpenAutoFocus={(event) => {
          onOpenAutoFocus?.(event)
          if (!event.defaultPrevented) focusAfterPaint(event)
        }}
        {...props}
      >
        <InertPage />
        {children}
        <DialogPrimitive.Close
          aria-label="Close dialog"
          className="absolute top-3 right-3 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-violet-600"
        >
          <X aria-hidden="true" className="size-4" />
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  )
}

export function DialogTitle({
  className,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Title>) {
  return (
    <DialogPrimitive.Title
      className={cn('pr-6 text-lg font-semibold text-slate-900', className)}
      {...props}
    />
  )
}

export function DialogDescription({
  className,
  ...props
}: React.ComponentProps<typeof DialogPrimitive.Description>) {
  return (
    <DialogPrimitive.Description
      className={cn('mt-2 text-sm text-slate-600', className)}
      {...props}
    />
  )
}

export function DialogFooter({ className, ...props }: React.ComponentProps<'div'>) {
  return <div className={cn('mt-6 flex flex-wrap justify-end gap-2', className)} {...props} />
}

interface DialogFormFooterProps {
  submitLabel: string
  /** said on the submit button while the request is on its way (it is disabled meanwhile) */
  pendingLabel: string
  /**
   * the form's mutation: its state drives the button and the error; `waitingForAnother` when a
   * request of the same kind sent from an earlier opening is still out (see useRequestDialog)
   */
  request: { isPending: boolean; isError: boolean; error: unknown; waitingForAnother?: boolean }
  /** heads the request's failure, which is shown above the buttons in the API's words */
  failureTitle: string
  cancelLabel?: string
  variant?: 'primary' | 'danger'
  disabled?: boolean
}

/** How long an answer may take before the dialog says it is still waiting, and may be closed. */
const SLOW_ANSWER_MS = 1500

/**
 * The end of a dialog's form: what went wrong, if anything, then Cancel and the submit button. One
 * disabled-while-pending button is what keeps a double click from sending a request twice.
 * While the request is on its way the dialog can still be closed ("Close": nothing is taken back,
 * the answer comes as a toast); a slow answer says so.
 */
export function DialogFormFooter({
  submitLabel,
  pendingLabel,
  request,
  failureTitle,
  cancelLabel = 'Cancel',
  variant = 'primary',
  disabled = false,
}: DialogFormFooterProps) {
  return (
    <>
      {request.isError && <ErrorPanel title={failureTitle} error={request.error} />}
      <p role="status" className="text-sm text-slate-700 [&:not(:empty)]:mt-4">
        {request.isPending && <SlowAnswerNote />}
        {!request.isPending &&
          request.waitingForAnother &&
          'An earlier request of this kind is still waiting for Heroku: this one can be sent once it has answered.'}
      </p>
      <DialogFooter>
        <DialogClose asChild>
          <Button>{request.isPending ? 'Close' : cancelLabel}</Button>
        </DialogClose>
        <Button
          type="submit"
          variant={variant}
          disabled={request.isPending || request.waitingForAnother || disabled}
        >
          {request.isPending ? pendingLabel : submitLabel}
        </Button>
      </DialogFooter>
    </>
  )
}

function SlowAnswerNote() {
  const slow = useHasStayed(SLOW_ANSWER_MS)
  return slow
    ? 'Still waiting for Heroku. You can close this: the request goes on, and a message will say how it ended.'
    : null
}

/**
 * The form of a dialog that asks "are you sure?" of something that cannot be taken back: its one
 * request sent on submit, answered "Keep it" or the danger button.
 */
export function ConfirmForm({
  onConfirm,
  ...footer
}: Omit<DialogFormFooterProps, 'variant'> & { onConfirm: () => void }) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        onConfirm()
      }}
    >
      <DialogFormFooter cancelLabel="Keep it" {...footer} variant="danger" />
    </form>
  )
}

/**
 * A dialog that asks before something cannot be taken back, opened from a card's menu: its title
 * and words, then ConfirmForm. When it closes, focus goes where `returnFocus` says: the menu item
 * that opened it is gone, and after success the card may be too.
 */
export function ConfirmDialog({
  dialog,
  title,
  description,
  returnFocus,
  ...form
}: {
  /** what useRequestDialog returns */
  dialog: {
    open: boolean
    onOpenChange: (open: boolean) => void
    request: DialogFormFooterProps['request']
    failureTitle: string
  }
  title: React.ReactNode
  description: React.ReactNode
  returnFocus: () => void
  onConfirm: () => void
  submitLabel: string
  pendingLabel: string
}) {
  return (
    <Dialog open={dialog.open} onOpenChange={dialog.onOpenChange}>
      <DialogContent
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          returnFocus()
        }}
      >
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        <ConfirmForm {...form} request={dialog.request} failureTitle={dialog.failureTitle} />
      </DialogContent>
    </Dialog>
  )
}
