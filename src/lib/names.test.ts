import { describe, expect, it } from 'vitest'
import { appNameProblem, pipelineNameProblem } from './names'

describe('pipelineNameProblem', () => {
  it.each(['abc', 'billing-api', 'a1-', 'a'.repeat(30)])('accepts %s', (name) => {
    expect(pipelineNameProblem(name)).toBeNull()
  })

  it.each([
    ['', 'Enter a name for the pipeline.'],
    ['ab', 'Pipeline name is too short: use 3 to 30 characters.'],
    ['a'.repeat(31), 'Pipeline name is too long: use 3 to 30 characters.'],
    ['Billing', 'Pipeline name must be lowercase.'],
    ['1billing', 'Pipeline name must start with a lowercase letter.'],
    ['-billing', 'Pipeline name must start with a lowercase letter.'],
    ['billing_api', 'Pipeline name may only contain lowercase letters, digits and dashes.'],
    ['billing api', 'Pipeline name may only contain lowercase letters, digits and dashes.'],
  ])('refuses %j: %s', (name, message) => {
    expect(pipelineNameProblem(name)).toBe(message)
  })
})

describe('appNameProblem', () => {
  it.each(['abc', 'billing-api-staging', 'a'.repeat(30)])('accepts %s', (name) => {
    expect(appNameProblem(name)).toBeNull()
  })

  it.each([
    ['', 'Enter an app name.'],
    ['ab', 'App name is too short: use 3 to 30 characters.'],
    ['billing-', 'App name must not end with a dash.'],
    ['Billing', 'App name must be lowercase.'],
    ['billing.api', 'App name may only contain lowercase letters, digits and dashes.'],
  ])('refuses %j: %s', (name, message) => {
    expect(appNameProblem(name)).toBe(message)
  })
})
