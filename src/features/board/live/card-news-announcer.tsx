import { useSyncExternalStore } from 'react'
import { plural } from '@/lib/format'
import type { CardNews } from './card-news'

/** How many changed cards are named; the rest are counted. */
const NAMED = 3

/** Says what changed on the board's cards, once, for those who do not see the cards light up. */
export function CardNewsAnnouncer({
  news,
  nameOf,
}: {
  news: CardNews
  nameOf: (appId: string) => string | undefined
}) {
  const current = useSyncExternalStore(news.subscribe, news.get)
  const lines = [...current].flatMap(([appId, words]) => {
    const name = nameOf(appId)
    return name ? [`${name}: ${words}.`] : []
  })
  const more = lines.length - NAMED
  return (
    <p role="status" className="sr-only">
      {lines.slice(0, NAMED).join(' ')}
      {more > 0 && ` And ${plural(more, 'more app')} changed.`}
    </p>
  )
}
