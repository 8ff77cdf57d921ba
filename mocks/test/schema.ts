/**
 * mocks/heroku-schema.json as a response validator (ajv 8 + ajv-formats), made strict enough that
 * a missing field fails:
 * - every property a resource declares is required at the resource's top level;
 * - interagent's `strictProperties: true` is honoured at any depth: all declared properties
 *   present, no others (what the interagent meta-schema means by it);
 * - an error's `id` must be one of x-error's `x-known-values`.
 * The draft-04 / interagent `$schema` and the root `id` are dropped; ajv reads the rest as is.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function honourStrictProperties(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(honourStrictProperties)
  if (!isNode(node)) return
  delete node.$schema
  if (node.strictProperties === true && isNode(node.properties)) {
    node.required = Object.keys(node.properties)
    node.additionalProperties = false
  }
  Object.values(node).forEach(honourStrictProperties)
}

export function loadHerokuSchema(): Node {
  const url = new URL('../heroku-schema.json', import.meta.url)
  const root = JSON.parse(readFileSync(url, 'utf8')) as Node
  delete root.id
  honourStrictProperties(root)
  for (const definition of Object.values(root.definitions as Node)) {
    if (isNode(definition) && isNode(definition.properties)) {
      definition.required = Object.keys(definition.properties)
    }
  }
  const error = root['x-error'] as { properties: { id: Node } }
  error.properties.id.enum = error.properties.id['x-known-values']
  return root
}

// Not unicode: some of the schema's patterns escape characters that need no escape (`\:`).
const ajv = new Ajv({ strict: false, allErrors: true, logger: false, unicodeRegExp: false })
addFormats(ajv)
ajv.addSchema(loadHerokuSchema(), 'heroku')

/** `pipeline`, `release`, ... or `x-error`. */
export type SchemaName = string

const cache = new Map<string, ReturnType<Ajv['compile']>>()
function validatorFor(name: SchemaName, list: boolean) {
  const key = `${name}${list ? '[]' : ''}`
  let validate = cache.get(key)
  if (!validate) {
    const ref = { $ref: name === 'x-error' ? 'heroku#/x-error' : `heroku#/definitions/${name}` }
    validate = ajv.compile(list ? { type: 'array', items: ref } : ref)
    cache.set(key, validate)
  }
  return validate
}

const describeError = (error: ErrorObject) =>
  `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`

/** What is wrong with `body` as a `name` (or a list of them); empty when it conforms. */
export function schemaProblems(name: SchemaName, body: unknown, { list = false } = {}): string[] {
  const validate = validatorFor(name, list)
  return validate(body) ? [] : (validate.errors ?? []).map(describeError)
}

const isUuid = ajv.compile({ type: 'string', format: 'uuid' })
const isDateTime = ajv.compile({ type: 'string', format: 'date-time' })
const HEROKU_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

/**
 * Every `id` anywhere in the body is a uuid, every `*_at` (and last_login) a date-time in
 * Heroku's style (UTC, no fraction), whatever the schema says about the field.
 */
export function formatProblems(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => formatProblems(item, `${path}/${i}`))
  if (!isNode(value)) return []
  return Object.entries(value).flatMap(([key, field]) => {
    const at = `${path}/${key}`
    if (key === 'id' && typeof field === 'string' && !isUuid(field)) return [`${at} is not a uuid`]
    const isTime = key.endsWith('_at') || key === 'last_login'
    const heroku = typeof field === 'string' && isDateTime(field) && HEROKU_TIME.test(field)
    if (isTime && field !== null && !heroku) {
      return [`${at} is not a Heroku date-time: ${JSON.stringify(field)}`]
    }
    return formatProblems(field, at)
  })
}
