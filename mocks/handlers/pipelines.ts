import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, KEEP, reply, replyList } from '../http'
import { invalidParams } from '../platform/errors'
import {
  createPipeline,
  deletePipeline,
  renamePipeline,
  type OwnerInput,
} from '../platform/pipelines'
import { stageConfigVars, updateStageConfigVars } from '../platform/pipeline-config-vars'
import { requirePipeline } from '../platform/store'
import { transferPipeline } from '../platform/transfers'
import { toPipeline } from '../platform/wire'

function ownerInput(owner: unknown): OwnerInput | null {
  if (owner === undefined || owner === null) return null
  const { id, type } = owner as { id?: unknown; type?: unknown }
  if (typeof id !== 'string' || (type !== 'team' && type !== 'user')) {
    throw invalidParams('owner must be {"id": <uuid>, "type": "team" | "user"}.')
  }
  return { id, type }
}

export function pipelineHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    // A stage's config vars (`heroku ci:config`: stage `test`).
    http.get(
      `${HEROKU_API}/pipelines/:id/stage/:stage/config-vars`,
      route(({ platform, params }) =>
        reply(stageConfigVars(platform, params.id ?? '', params.stage ?? '')),
      ),
    ),
    http.patch(
      `${HEROKU_API}/pipelines/:id/stage/:stage/config-vars`,
      route(({ platform, params, body }) =>
        reply(updateStageConfigVars(platform, params.id ?? '', params.stage ?? '', body)),
      ),
    ),
    // `?eq[name]=` is how the CLI finds pipelines by name; names are not unique, so it is a list.
    http.get(
      `${HEROKU_API}/pipelines`,
      route(({ platform, request }) => {
        const name = new URL(request.url).searchParams.get('eq[name]')
        const pipelines = Object.values(platform.state.pipelines).filter(
          (pipeline) => name === null || pipeline.name === name,
        )
        return replyList(pipelines, toPipeline)
      }, KEEP),
    ),
    http.get(
      `${HEROKU_API}/pipelines/:identity`,
      route(({ platform, params }) =>
        reply(toPipeline(requirePipeline(platform, params.identity ?? '', { byName: true }))),
      ),
    ),
    http.post(
      `${HEROKU_API}/pipelines`,
      route(({ platform, body }) =>
        reply(
          toPipeline(createPipeline(platform, { name: body.name, owner: ownerInput(body.owner) })),
          201,
        ),
      ),
    ),
    http.patch(
      `${HEROKU_API}/pipelines/:id`,
      route(({ platform, params, body }) =>
        reply(toPipeline(renamePipeline(platform, params.id ?? '', body.name))),
      ),
    ),
    http.delete(
      `${HEROKU_API}/pipelines/:id`,
      route(({ platform, params }) => reply(toPipeline(deletePipeline(platform, params.id ?? '')))),
    ),
    http.post(
      `${HEROKU_API}/pipeline-transfers`,
      route(({ platform, body }) => {
        const newOwner = ownerInput(body.new_owner)
        if (!newOwner) throw invalidParams('new_owner is required.')
        return reply(
          transferPipeline(platform, { pipeline: body.pipeline, new_owner: newOwner }),
          201,
        )
      }),
    ),
  ]
}
