import type React from 'react'
import { useId } from 'react'
import { cn } from '@/lib/cn'
import { Button } from './button'
import { DialogTrigger } from './dialog'
import { Tooltip } from './tooltip'

/**
 * A button for something the person may not do now, saying why. It stays focusable
 * (aria-disabled, not disabled) so hover, keyboard focus and screen readers all find the reason.
 */
export function BlockedButton({
  reason,
  children,
  className,
  ...props
}: Omit<React.ComponentProps<typeof Button>, 'onClick' | 'disabled'> & { reason: string }) {
  const reasonId = useId()
  return (
    <>
      <Tooltip content={reason} showOnPress>
        <Button
          {...props}
          aria-disabled="true"
          aria-describedby={reasonId}
          className={cn(className, 'cursor-not-allowed opacity-50')}
          onClick={(event) => event.preventDefault()}
        >
          {children}
        </Button>
      </Tooltip>
      <span id={reasonId} hidden>
        {reason}
      </span>
    </>
  )
}

/**
 * A dialog's trigger button, or, when the person may not do what the dialog does, the same
 * button blocked with the reason: the dialog never opens for nothing.
 */
export function DialogTriggerUnlessBlocked({
  blocker,
  children,
}: {
  blocker: string | null
  children: React.ReactElement<React.ComponentProps<typeof Button>>
}) {
  if (!blocker) return <DialogTrigger asChild>{children}</DialogTrigger>
  const { onClick: _onClick, disabled: _disabled, ...props } = children.props
  return <BlockedButton {...props} reason={blocker} />
}
