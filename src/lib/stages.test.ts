import { describe, expect, it } from 'vitest'
import {
  countByStage,
  downstreamOf,
  inferFromAppName,
  neighbouringStages,
  upstreamOf,
} from './stages'

describe('promotion order', () => {
  it('flows development -> staging -> production', () => {
    expect(downstreamOf('development')).toBe('staging')
    expect(downstreamOf('staging')).toBe('production')
    expect(upstreamOf('production')).toBe('staging')
    expect(upstreamOf('staging')).toBe('development')
  })

  it('gives review, test and production no downstream, and development no upstream', () => {
    expect(downstreamOf('review')).toBeUndefined()
    expect(downstreamOf('test')).toBeUndefined()
    expect(downstreamOf('production')).toBeUndefined()
    expect(upstreamOf('development')).toBeUndefined()
    expect(upstreamOf('review')).toBeUndefined()
  })
})

it("tells a stage's drift against the stages next to it in the promotion order", () => {
  expect(neighbouringStages('development')).toEqual(['staging'])
  expect(neighbouringStages('staging')).toEqual(['development', 'production'])
  expect(neighbouringStages('production')).toEqual(['staging'])
  // Review apps promote nowhere, and nothing promotes into them.
  expect(neighbouringStages('review')).toEqual([])
})

describe('inferFromAppName', () => {
  it.each([
    ['billing-dev', 'billing', 'development'],
    ['billing-qa', 'billing', 'development'],
    ['billing-staging', 'billing', 'staging'],
    ['billing-stg', 'billing', 'staging'],
    ['billing-prod', 'billing', 'production'],
    ['billing-admin', 'billing', 'production'],
    ['billing', 'billing', 'production'],
    ['dev-tools', 'dev-tools', 'production'],
  ] as const)('%s -> pipeline %s, stage %s', (app, pipelineName, stage) => {
    expect(inferFromAppName(app)).toEqual({ pipelineName, stage })
  })
})

it('counts apps per board stage and ignores the test stage', () => {
  expect(countByStage(['production', 'production', 'review', 'test', 'staging'])).toEqual({
    development: 0,
    review: 1,
    staging: 1,
    production: 2,
  })
})
