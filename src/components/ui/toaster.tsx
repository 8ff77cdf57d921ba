import { lazy, Suspense, useEffect, useState } from 'react'
import { whenToastsLoad } from './toast'

const SonnerToaster = lazy(() =>
  import('./sonner-toaster').then(({ SonnerToaster }) => ({ default: SonnerToaster })),
)

/**
 * Where toasts appear: mounted with the first toast (see toast.ts). sonner shows a toast raised
 * just before its region mounted, so none is lost.
 */
export function Toaster() {
  const [wanted, setWanted] = useState(false)
  useEffect(() => whenToastsLoad(() => setWanted(true)), [])
  if (!wanted) return null
  return (
    <Suspense fallback={null}>
      <SonnerToaster />
    </Suspense>
  )
}
