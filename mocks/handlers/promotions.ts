import { http } from '../url-first-http'
import type { MockBackend } from '../backend'
import { HEROKU_API, herokuRoute, reply, replyList } from '../http'
import {
  createPromotion,
  promotionTargets,
  requirePromotion,
  targetAppIdentities,
} from '../platform/promotions'
import { toPromotion, toPromotionTarget } from '../platform/wire'
import { demandSecondFactor } from '../two-factor'

export function promotionHandlers(backend: MockBackend) {
  const route = herokuRoute.bind(null, backend)
  return [
    http.post(
      `${HEROKU_API}/pipeline-promotions`,
      route(({ platform, body, request }) => {
        demandSecondFactor(backend.twoFactor, request, platform, targetAppIdentities(body))
        return reply(toPromotion(createPromotion(platform, body)), 201)
      }),
    ),
    http.get(
      `${HEROKU_API}/pipeline-promotions/:id`,
      route(({ platform, params }) =>
        reply(toPromotion(requirePromotion(platform, params.id ?? ''))),
      ),
    ),
    http.get(
      `${HEROKU_API}/pipeline-promotions/:id/promotion-targets`,
      route(({ platform, params }) =>
        replyList(promotionTargets(platform, params.id ?? ''), toPromotionTarget),
      ),
    ),
  ]
}
