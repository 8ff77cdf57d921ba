/**
 * Every request the client sends, held against mocks/heroku-schema.json as Heroku's router would:
 * a method and path that some link declares (mocks/request-routes.ts), and a body its `schema`
 * accepts. For Vitest: ajv compiles validators with `new Function`, which the built page's
 * Content-Security-Policy forbids, so the browser's sandbox checks routes only; the component
 * tests run every screen's requests through this.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import herokuSchema from './heroku-schema.json'
import { schemaRoutes, type SchemaRoot } from './request-routes'
import { NO_ENDPOINT, type RequestRefusal } from './unknown-endpoint'

export function createRequestChecker() {
  const root = structuredClone(herokuSchema) as unknown as SchemaRoot & Record<string, unknown>
  // draft-04 and interagent's ids: ajv reads the rest as it is (as mocks/test/schema.ts does)
  delete root.id
  delete root.$schema
  // Not unicode: some of the schema's patterns escape characters that need no escape (`\:`).
  const ajv = new Ajv({ strict: false, allErrors: false, logger: false, unicodeRegExp: false })
  addFormats(ajv)
  ajv.addSchema(root, 'heroku')

  // Compiled when first needed: a test run uses a handful of the schema's links.
  const compiled = new Map<string, ValidateFunction>()
  const bodyProblem = (pointer: string, body: unknown): ErrorObject | null => {
    let validate = compiled.get(pointer)
    if (!validate) {
      validate = ajv.compile({ $ref: `heroku#/${pointer}/schema` })
      compiled.set(pointer, validate)
    }
    return validate(body) ? null : (validate.errors?.[0] ?? null)
  }
  const routes = schemaRoutes(root)

  /** Null when Heroku would route the request and accept its body; else its refusal. */
  return function check(method: string, path: string, body: unknown): RequestRefusal | null {
    const routed = routes.filter((route) => route.matches(method, path))
    if (routed.length === 0) return NO_ENDPOINT
    const bodyless = body === undefined || (isEmptyObject(body) && method !== 'POST')
    if (bodyless || routed.some((route) => !route.hasBody)) return null
    const problems = routed.map((route) => bodyProblem(route.pointer, body))
    if (problems.some((problem) => problem === null)) return null
    const problem = problems.find(Boolean)
    return {
      status: 422,
      id: 'invalid_params',
      // Heroku's style (REFERENCE §1.5): the property's JSON pointer, then what failed.
      message: `#${problem?.instancePath ?? ''}: failed schema: ${problem?.message ?? 'invalid'}.`,
    }
  }
}

const isEmptyObject = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 0
