import { z } from 'zod/mini'

/** A release as every Platform API endpoint that lists or shows one answers it. */
export const releaseSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['pending', 'succeeded', 'failed', 'expired']),
  current: z.boolean(),
  description: z.string(),
  created_at: z.string(),
  app: z.object({ id: z.string(), name: z.string() }),
  slug: z.nullable(z.object({ id: z.string() })),
  user: z.object({ id: z.string(), email: z.string() }),
  eligible_for_rollback: z.boolean(),
  /** where the release command's output streams, for a release that runs one */
  output_stream_url: z.nullable(z.string()),
})
export type Release = z.infer<typeof releaseSchema>

/** A list of them, as `latest-releases` and the releases pages answer. */
export const releaseListSchema = z.array(releaseSchema)
