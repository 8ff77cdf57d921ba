/**
 * Dark or light, before the first render: the page is dark from its first frame when it should
 * be. The person's choice (`light`, `dark`, or none: the system's) is kept in the browser and
 * held on <html> as `data-theme`; `.dark` on <html> switches the palette (src/theme.css). This
 * much runs before the first render; the header's switch (src/app/theme-switch.tsx) chooses.
 */
// public/theme-start.js repeats this key and applyTheme's rule, to set the theme before the
// stylesheet paints: a change here is made there too.
export const THEME_KEY = 'stageboard:theme'

/** The person's choice: the system's preference, or light or dark whatever it says. */
export type ThemeChoice = 'system' | 'light' | 'dark'

const systemDark = () => matchMedia('(prefers-color-scheme: dark)')

function storedChoice() {
  try {
    return localStorage.getItem(THEME_KEY) ?? ''
  } catch {
    // Storage refused (a locked-down browser): the system decides.
    return ''
  }
}

/** `.dark` as the choice on <html> and, without one, the system say. */
export function applyTheme() {
  const root = document.documentElement
  const choice = root.dataset.theme
  root.classList.toggle('dark', choice === 'dark' || (choice !== 'light' && systemDark().matches))
}

/** From the kept choice, then following the system, and a choice made in another tab. */
export function startTheme() {
  document.documentElement.dataset.theme = storedChoice()
  applyTheme()
  systemDark().addEventListener('change', applyTheme)
  addEventListener('storage', (event) => {
    if (event.key !== THEME_KEY) return
    document.documentElement.dataset.theme = storedChoice()
    applyTheme()
  })
}

/** Kept in the browser, so the next visit opens in it; for this page even if it cannot be. */
export function chooseTheme(choice: ThemeChoice) {
  const kept = choice === 'system' ? '' : choice
  document.documentElement.dataset.theme = kept
  try {
    if (kept) localStorage.setItem(THEME_KEY, kept)
    else localStorage.removeItem(THEME_KEY)
  } catch {
    // Not kept: it holds until the page is left.
  }
  applyTheme()
}
