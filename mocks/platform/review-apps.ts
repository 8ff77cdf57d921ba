import { notFound } from './errors'
import type { Platform } from './store'
import type { ReviewAppRecord } from './types'

export function pipelineReviewApps(platform: Platform, pipelineId: string): ReviewAppRecord[] {
  return Object.values(platform.state.reviewApps).filter((r) => r.pipelineId === pipelineId)
}

export function requireReviewApp(platform: Platform, id: string): ReviewAppRecord {
  const reviewApp = platform.state.reviewApps[id]
  if (!reviewApp) throw notFound('review app')
  return reviewApp
}

export function reviewAppOfApp(platform: Platform, appId: string): ReviewAppRecord {
  const reviewApp = Object.values(platform.state.reviewApps).find((r) => r.appId === appId)
  if (!reviewApp) throw notFound('review app')
  return reviewApp
}
