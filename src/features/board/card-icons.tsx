import {
  ArrowDownCircle,
  ArrowUpCircle,
  CheckCircle2,
  CircleAlert,
  CircleSlash,
  Construction,
  Ellipsis,
  GitFork,
  GitPullRequest,
  GripVertical,
  LoaderCircle,
  Rocket,
  RotateCw,
} from 'lucide-react'

/** The icons a card shows, drawn once in the board's sprite (see `CardIcon`). */
const ICONS = {
  grip: GripVertical,
  actions: Ellipsis,
  promote: Rocket,
  loading: LoaderCircle,
  alert: CircleAlert,
  maintenance: Construction,
  retry: RotateCw,
  'pull-request': GitPullRequest,
  identical: CheckCircle2,
  ahead: ArrowUpCircle,
  behind: ArrowDownCircle,
  diverged: GitFork,
  'not-compared': CircleSlash,
} as const

export type CardIconName = keyof typeof ICONS

const symbolId = (name: CardIconName) => `card-icon-${name}`

/**
 * The cards' icons as symbols, once per board. A Lucide icon is an `svg` with up to six shapes,
 * and a card showed nine of them: half of a card's elements, made again for every card that
 * lands or scrolls into view. Drawn here once, each is then two elements where it is shown.
 */
export function CardIconSprite() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      {Object.entries(ICONS).map(([name, Icon]) => (
        <symbol key={name} id={symbolId(name as CardIconName)} viewBox="0 0 24 24">
          <Icon />
        </symbol>
      ))}
    </svg>
  )
}

/**
 * One of the cards' icons, drawn from the board's sprite in the current text colour; sized by its
 * class, which says the size. Decorative: what it means is always said in words beside it.
 */
export function CardIcon({
  name,
  className = 'size-4',
}: {
  name: CardIconName
  className?: string
}) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className}>
      <use href={`#${symbolId(name)}`} />
    </svg>
  )
}
