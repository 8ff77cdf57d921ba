import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
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
      // Not cancelled when its card scrolls away: a card asks only once it has stayed (see
      // FormationSummary), and an answer on its way is worth keeping for when it comes back.
      queryFn: () =>
        requestJson(`/apps/${encodeURIComponent(appId)}/formation`, z.array(formationSchema)),
      // Scaling is rare, and each mounted card asks for its app's: kept five minutes, and
      // across reloads, so a board's reload does not cost a request per card.
      staleTime: 5 * 60_000,
      meta: { persist: true },
    }),
}
