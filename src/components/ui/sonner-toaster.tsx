import { Toaster } from 'sonner'
import { useTheme } from '@/hooks/use-theme'

/** sonner's region, light or dark with the page: loaded with the first toast (toaster.tsx). */
export function SonnerToaster() {
  const { dark } = useTheme()
  return <Toaster position="bottom-right" richColors closeButton theme={dark ? 'dark' : 'light'} />
}
