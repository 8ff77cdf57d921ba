import { Rocket } from 'lucide-react'
import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { Tooltip } from '@/components/ui/tooltip'

/** The id of an app's Promote button: the promote dialog returns focus to it when it closes. */
export const promoteButtonId = (appId: string) => `promote-${appId}`

/**
 * "Promote…" on a development or staging card. When promotion is impossible the button stays
 * focusable (aria-disabled, not disabled) so hover and keyboard focus can both show why.
 */
export function PromoteButton({
  id,
  blocker,
  onPromote,
}: {
  id: string
  blocker: string | null
  onPromote: () => void
}) {
  const reasonId = useId()
  if (!blocker) {
    return (
      <Button id={id} size="sm" onClick={onPromote}>
        <Rocket aria-hidden="true" className="size-4" />
        Promote…
      </Button>
    )
  }
  return (
    <>
      <Tooltip content={blocker}>
        <Button
          id={id}
          size="sm"
          aria-disabled="true"
          aria-describedby={reasonId}
          className="cursor-not-allowed opacity-50"
          onClick={(event) => event.preventDefault()}
        >
          <Rocket aria-hidden="true" className="size-4" />
          Promote…
        </Button>
      </Tooltip>
      <span id={reasonId} hidden>
        {blocker}
      </span>
    </>
  )
}
