import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { requestJson } from './client'
import { formationKeys } from './keys'

export const formationSchema = z.object({
  id: z.string(),
  type: z.string(),
  quantity: z.number(),
  size: z.string(),
})
export type Formation = z.infer<typeof formationSchema>

export const formationQueries = {
  ofApp: (appId: string) =>
    queryOptions({
      queryKey: formationKeys.ofApp(appId),
      queryFn: ({ signal }) =>
        requestJson(`/apps/${encodeURIComponent(appId)}/formation`, formationSchema.array(), {
          signal,
        }),
      staleTime: 60_000,
    }),
}
