/**
 * The endpoints mocks/heroku-schema.json declares, as Heroku's router sees them: a request whose
 * method and path no link declares is answered 404 in Heroku's words. Plain code (no validator
 * compiled at run time), so the browser's sandbox checks every request's route too; bodies are
 * checked in Vitest (mocks/request-schema.ts).
 */
import herokuSchema from './heroku-schema.json'
import { NO_ENDPOINT, type RequestRefusal } from './unknown-endpoint'

interface SchemaLink {
  method: string
  href: string
  schema?: unknown
}
export interface SchemaRoot {
  // Other keys are allowed: a definition with no links (one only referred to) is still one.
  definitions: Record<string, { links?: SchemaLink[]; [key: string]: unknown }>
}

/** `/pipelines/{(%23%2Fdefinitions…)}/pipeline-couplings` as a pattern for one path. */
const hrefPattern = (href: string) =>
  new RegExp(
    `^${href
      .split(/\{\([^)]*\)\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  )

export interface Route {
  /** where the link sits in the schema: `definitions/<name>/links/<index>` */
  pointer: string
  hasBody: boolean
  matches: (method: string, path: string) => boolean
}

export function schemaRoutes(root: SchemaRoot = herokuSchema): Route[] {
  return Object.entries(root.definitions).flatMap(([name, definition]) =>
    (definition.links ?? []).map((link, index) => {
      const method = link.method.toUpperCase()
      const pattern = hrefPattern(link.href)
      return {
        pointer: `definitions/${name}/links/${index}`,
        hasBody: link.schema !== undefined,
        matches: (asked: string, path: string) => asked === method && pattern.test(path),
      }
    }),
  )
}

/** The browser sandbox's checker: routes only. */
export function createRouteChecker() {
  const routes = schemaRoutes()
  return (method: string, path: string): RequestRefusal | null =>
    routes.some((route) => route.matches(method, path)) ? null : NO_ENDPOINT
}
