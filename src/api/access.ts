import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { isNotFound, requestJson } from './client'
import { accessKeys } from './keys'

const collaboratorSchema = z.object({ permissions: z.array(z.object({ name: z.string() })) })

/** Permissions change rarely, and only by someone's deliberate act. */
const STABLE = 5 * 60_000

export const accessQueries = {
  /**
   * What a person may do on one app, by their email: the permission names of their collaborator
   * record (`/teams/apps/…` for a team's app, `/apps/…` for a personal one), or null when they
   * have none (404). Asked only where the team role does not settle it (see lib/access.ts).
   */
  ofApp: (app: { id: string; team?: unknown }, email: string) => {
    const base = app.team ? '/teams/apps' : '/apps'
    const path = `${base}/${encodeURIComponent(app.id)}/collaborators/${encodeURIComponent(email)}`
    return queryOptions({
      queryKey: accessKeys.ofApp(app.id, email, path),
      queryFn: async ({ signal }) => {
        try {
          const record = await requestJson(path, collaboratorSchema, { signal })
          return record.permissions.map((permission) => permission.name)
        } catch (error) {
          if (isNotFound(error)) return null
          throw error
        }
      },
      staleTime: STABLE,
    })
  },
}
