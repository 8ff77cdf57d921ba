import { useSearchParams } from 'react-router'

/** The address with the promote dialog's own parameters set anew, and every other one kept. */
function withDialog(params: URLSearchParams, dialog: { promote?: string; promotion?: string }) {
  const next = new URLSearchParams(params)
  next.delete('promote')
  next.delete('promotion')
  if (dialog.promote) next.set('promote', dialog.promote)
  if (dialog.promotion) next.set('promotion', dialog.promotion)
  return next
}

/**
 * The promote dialog lives in the URL: `?promote=<app id>` while choosing targets, then
 * `?promotion=<promotion id>` while it runs. A reload, a shared link or the back button finds the
 * dialog where it was, and Heroku's API has no "list promotions" to find a running one otherwise.
 * The board's other parameters (its filter) are left as they are.
 */
export function usePromotionParams() {
  const [params, setParams] = useSearchParams()
  const sourceAppId = params.get('promote')
  const promotionId = params.get('promotion')
  return {
    sourceAppId,
    promotionId,
    choose: (appId: string) => setParams((current) => withDialog(current, { promote: appId })),
    // Replacing the chooser's entry: Back from a running promotion closes the dialog rather
    // than offering to start it again.
    follow: (id: string) =>
      setParams((current) => withDialog(current, { promotion: id }), { replace: true }),
    close: () => setParams((current) => withDialog(current, {})),
  }
}
