import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { appKeys, couplingKeys, formationKeys, releaseKeys } from '@/api/keys'
import type { ReviewApp } from '@/api/review-apps'
import { reviewAppChanges, reviewAppName, type ReviewAppChange } from '@/lib/review-apps'

/** How often a pipeline's review apps are read while one is being made or deleted. */
export const FOLLOW_EVERY_MS = 2_000

/** What a person hears of a review app made or failed (the others show as cards come and go). */
const sentence = ({ kind, reviewApp }: ReviewAppChange) => {
  const name = reviewAppName(reviewApp)
  return kind === 'ready'
    ? `The review app for ${name} is ready.`
    : `The review app for ${name} failed: ${reviewApp.message ?? ''}`
}

/**
 * Follows the pipeline's review apps as they are made and deleted: when one gets its app, is
 * ready, fails or goes, the board's cards are read again (the app joins or leaves Review), and
 * what happened is returned in words for a screen reader. Reading the review apps themselves on a
 * cadence is their query's business (see `useBoard`).
 */
export function useFollowReviewApps(pipelineId: string, reviewApps: ReviewApp[] | undefined) {
  const client = useQueryClient()
  const previous = useRef(reviewApps)
  const [news, setNews] = useState('')
  useEffect(() => {
    const before = previous.current
    previous.current = reviewApps
    if (!before || !reviewApps || before === reviewApps) return
    const changes = reviewAppChanges(before, reviewApps)
    if (changes.length === 0) return
    // A review app made has dynos now: its card read none while it was being built.
    const madeApps = changes.flatMap(({ kind, reviewApp }) =>
      kind === 'ready' && reviewApp.app ? [formationKeys.ofApp(reviewApp.app.id)] : [],
    )
    void Promise.all(
      [
        couplingKeys.ofPipeline(pipelineId),
        releaseKeys.latestOfPipeline(pipelineId),
        appKeys.ofPipeline(pipelineId),
        ...madeApps,
      ].map((queryKey) => client.invalidateQueries({ queryKey })),
    )
    const told = changes
      .filter((change) => change.kind === 'ready' || change.kind === 'failed')
      .map(sentence)
    // The live region says what changed since it last spoke; the same words twice in a row are
    // not said again (React keeps an equal string), which is what a person wants.
    if (told.length > 0) setNews(told.join(' '))
  }, [client, pipelineId, reviewApps])
  return news
}
