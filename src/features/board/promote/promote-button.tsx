import { BlockedButton } from '@/components/ui/blocked-button'
import { Button } from '@/components/ui/button'
import { CardIcon } from '../card-icons'

/** The id of an app's Promote button: the promote dialog returns focus to it when it closes. */
export const promoteButtonId = (appId: string) => `promote-${appId}`

/** "Promote…" on a development or staging card; when promotion is impossible, it says why. */
export function PromoteButton({
  id,
  blocker,
  onPromote,
}: {
  id: string
  blocker: string | null
  onPromote: () => void
}) {
  const label = (
    <>
      <CardIcon name="promote" />
      Promote…
    </>
  )
  return blocker ? (
    <BlockedButton id={id} size="sm" reason={blocker} data-shortcut="promote">
      {label}
    </BlockedButton>
  ) : (
    <Button id={id} size="sm" onClick={onPromote} data-shortcut="promote">
      {label}
    </Button>
  )
}
