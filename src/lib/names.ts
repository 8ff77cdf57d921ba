/**
 * Heroku's name rules, checked before any request so a typo gets a clear message at once. The API
 * checks them again (and has the last word); these mirror its patterns.
 */
export const PIPELINE_NAME_PATTERN = /^[a-z][a-z0-9-]{2,29}$/
export const APP_NAME_PATTERN = /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/

function describeProblem(name: string, min: number, max: number): string | null {
  if (name.length < min) return `is too short: use ${min} to ${max} characters.`
  if (name.length > max) return `is too long: use ${min} to ${max} characters.`
  if (/[A-Z]/.test(name)) return 'must be lowercase.'
  if (!/^[a-z]/.test(name)) return 'must start with a lowercase letter.'
  if (/[^a-z0-9-]/.test(name)) return 'may only contain lowercase letters, digits and dashes.'
  return null
}

/** Why `name` cannot be a pipeline's name, or null when it can. */
export function pipelineNameProblem(name: string): string | null {
  if (name === '') return 'Enter a name for the pipeline.'
  if (PIPELINE_NAME_PATTERN.test(name)) return null
  const problem = describeProblem(name, 3, 30)
  return `Pipeline name ${problem ?? 'is not valid.'}`
}

/** Why `name` cannot be an app's name, or null when it can. */
export function appNameProblem(name: string): string | null {
  if (name === '') return 'Enter an app name.'
  if (APP_NAME_PATTERN.test(name)) return null
  const problem =
    describeProblem(name, 3, 30) ?? (name.endsWith('-') ? 'must not end with a dash.' : null)
  return `App name ${problem ?? 'is not valid.'}`
}
