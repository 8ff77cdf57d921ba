import { queryOptions } from '@tanstack/react-query'
import { parseListBody, request } from './client'
import { releaseKeys } from './keys'

/** A release belongs to its app's card. */
const releaseOwner = (record: unknown) => (record as { app?: { id?: unknown } } | null)?.app?.id

/**
 * The newest release of each app in the pipeline, whatever its status: one request, the board's
 * biggest (2,000 releases on a fleet). A board's loader asks for it on the click, before the
 * board's code has loaded: the request starts at once, and its answer is checked against the
 * release schema, which comes in its own module, once both are there. The first screen carries
 * this much of the board, not the schema.
 */
export const latestReleasesOfPipeline = (pipelineId: string) =>
  queryOptions({
    queryKey: releaseKeys.latestOfPipeline(pipelineId),
    queryFn: async ({ signal }) => {
      const path = `/pipelines/${encodeURIComponent(pipelineId)}/latest-releases`
      const [answer, { releaseSchema }] = await Promise.all([
        request(path, { signal }),
        import('./release-schema'),
      ])
      // A release that cannot be read fails its app's card alone.
      return parseListBody(answer, releaseSchema, path, releaseOwner)
    },
  })
