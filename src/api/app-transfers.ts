/**
 * An app given to another owner (`PATCH /teams/apps/{app} {owner}`, as `heroku apps:transfer`
 * sends it): to a team, or from a team to one of its people. A person's app given to another
 * person needs their consent (`POST /account/app-transfers`), which Stageboard does not start.
 */
import { mutationOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { requestJson } from './client'
import { accessKeys, appKeys } from './keys'
import { mutationKeys } from './mutation-keys'
import { refreshOnSettled } from './settle'

const transferredSchema = z.object({ name: z.string(), owner: z.object({ email: z.string() }) })

export const appTransferMutations = {
  /** `owner`: a team's name, or a person's email. */
  toOwner: (appId: string) =>
    mutationOptions({
      mutationKey: mutationKeys.transferApp(appId),
      mutationFn: (owner: string) =>
        requestJson(`/teams/apps/${encodeURIComponent(appId)}`, transferredSchema, {
          method: 'PATCH',
          body: { owner },
        }),
      // The app's owner shows on its card and decides what each person may do with it.
      onSettled: (_app, error, _owner, _result, { client }) =>
        refreshOnSettled(error, () =>
          Promise.all([
            client.invalidateQueries({ queryKey: appKeys.all }),
            client.invalidateQueries({ queryKey: accessKeys.app(appId) }),
          ]),
        ),
    }),
}
