import { useSyncExternalStore } from 'react'
import type { ThemeChoice } from '@/lib/theme'

/** The theme lives on <html> (src/lib/theme.ts): watched there. */
function subscribe(changed: () => void) {
  const observer = new MutationObserver(changed)
  observer.observe(document.documentElement, { attributeFilter: ['class', 'data-theme'] })
  return () => observer.disconnect()
}

function snapshot() {
  const root = document.documentElement
  const kept = root.dataset.theme
  const choice = kept === 'light' || kept === 'dark' ? kept : 'system'
  return `${choice} ${root.classList.contains('dark') ? 'dark' : 'light'}`
}

/** The choice, and whether the page is dark now. */
export function useTheme() {
  const [choice, shown] = useSyncExternalStore(subscribe, snapshot).split(' ')
  return { choice: choice as ThemeChoice, dark: shown === 'dark' }
}
