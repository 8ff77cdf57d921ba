/**
 * Every request the client sends, held against mocks/heroku-schema.json as Heroku's router would:
 * a method and path that some link declares, and a body its `schema` accepts. For Vitest only:
 * ajv compiles validators with `new Function`, which the built page's Content-Security-Policy
 * forbids, so the browser's sandbox does without; the component tests run every screen's
 * requests through it.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import herokuSchema from './heroku-schema.json'

interface Link {
  method: string
  href: string
  schema?: unknown
}
interface Root {
  definitions: Record<string, { links?: Link[] }>
}

export interface RequestRefusal {
  status: number
  id: string
  message: string
}

/** Heroku's own words for a path or method no endpoint has. */
const NO_ENDPOINT =
  'The requested API endpoint was not found. Are you using the right HTTP verb (i.e. `GET` vs. `POST`), and did you specify your intended version with the `Accept` header?'

/** `/pipelines/{(%23%2Fdefinitions…)}/pipeline-couplings` as a pattern for one path. */
const hrefPattern = (href: string) =>
  new RegExp(
    `^${href
      .split(/\{\([^)]*\)\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  )

export function createRequestChecker() {
  const root = structuredClone(herokuSchema) as unknown as Root & Record<string, unknown>
  // draft-04 and interagent's ids: ajv reads the rest as it is (as mocks/test/schema.ts does)
  delete root.id
  delete root.$schema
  // Not unicode: some of the schema's patterns escape characters that need no escape (`\:`).
  const ajv = new Ajv({ strict: false, allErrors: false, logger: false, unicodeRegExp: false })
  addFormats(ajv)
  ajv.addSchema(root, 'heroku')

  const links = Object.entries(root.definitions).flatMap(([name, definition]) =>
    (definition.links ?? []).map((link, index) => {
      let validator: ValidateFunction | undefined
      return {
        method: link.method.toUpperCase(),
        pattern: hrefPattern(link.href),
        // Compiled when first needed: a test run uses a handful of the schema's links.
        validate:
          link.schema === undefined
            ? null
            : (body: unknown) => {
                validator ??= ajv.compile({
                  $ref: `heroku#/definitions/${name}/links/${index}/schema`,
                })
                return validator(body) ? null : validator.errors?.[0]
              },
      }
    }),
  )

  /** Null when Heroku would route the request and accept its body; else its refusal. */
  return function check(method: string, path: string, body: unknown): RequestRefusal | null {
    const routed = links.filter((link) => link.method === method && link.pattern.test(path))
    if (routed.length === 0) return { status: 404, id: 'not_found', message: NO_ENDPOINT }
    const bodyless = body === undefined || (isEmptyObject(body) && method !== 'POST')
    if (bodyless || routed.some((link) => !link.validate)) return null
    const errors = routed.map((link) => link.validate?.(body))
    if (errors.some((error) => error === null)) return null
    const error = errors.find(Boolean)
    return {
      status: 422,
      id: 'invalid_params',
      // Heroku's style (REFERENCE §1.5): the property's JSON pointer, then what failed.
      message: `#${error?.instancePath ?? ''}: failed schema: ${error?.message ?? 'invalid'}.`,
    }
  }
}

const isEmptyObject = (value: unknown) =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 0

export type RequestChecker = ReturnType<typeof createRequestChecker>
