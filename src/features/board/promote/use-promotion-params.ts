import { useSearchParams } from 'react-router'

/**
 * The promote dialog lives in the URL: `?promote=<app id>` while choosing targets, then
 * `?promotion=<promotion id>` while it runs. A reload, a shared link or the back button finds the
 * dialog where it was, and Heroku's API has no "list promotions" to find a running one otherwise.
 */
export function usePromotionParams() {
  const [params, setParams] = useSearchParams()
  const sourceAppId = params.get('promote')
  const promotionId = params.get('promotion')
  return {
    sourceAppId,
    promotionId,
    choose: (appId: string) => setParams({ promote: appId }),
    // Replacing the chooser's entry: Back from a running promotion closes the dialog rather
    // than offering to start it again.
    follow: (id: string) => setParams({ promotion: id }, { replace: true }),
    close: () => setParams({}),
  }
}
