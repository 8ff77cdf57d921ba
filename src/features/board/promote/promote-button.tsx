import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { Tooltip } from '@/components/ui/tooltip'
import { CardIcon } from '../card-icons'

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
        <CardIcon name="promote" />
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
          <CardIcon name="promote" />
          Promote…
        </Button>
      </Tooltip>
      <span id={reasonId} hidden>
        {blocker}
      </span>
    </>
  )
}
