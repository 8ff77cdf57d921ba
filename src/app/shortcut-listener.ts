import type { QueryClient } from '@tanstack/react-query'

/**
 * Keyboard shortcuts, listened for from the first screen; what they do loads with the first one
 * pressed (./shortcuts.tsx). A key is left alone in a field, a dialog or a menu, with a modifier
 * held, and while a card is moved by keyboard: those keys are theirs.
 */
const SHORTCUT_KEYS = '?/gpr'

/** `queryClient`: what the page shows is read again through it (r). */
export function listenForShortcuts(queryClient: QueryClient) {
  const onKey = (event: KeyboardEvent) => {
    const { key } = event
    if (key.length !== 1 || !SHORTCUT_KEYS.includes(key)) return
    if (event.repeat || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey)
      return
    const target = event.target instanceof Element ? event.target : null
    if (target?.closest('input, textarea, select, [contenteditable], [role=dialog], [role=menu]'))
      return
    // A dialog just opened (focus reaches it a frame later), or a card picked up by keyboard
    // (dnd-kit's handle says it is pressed), owns the keys.
    if (document.querySelector('[role=dialog], [aria-roledescription][aria-pressed=true]')) return
    // Without a filter on the page, / is the browser's (quick find).
    if (key === '/' && !document.querySelector('[data-shortcut=filter]')) return
    event.preventDefault()
    void import('./shortcuts').then(({ runShortcut }) => runShortcut(key, target, queryClient))
  }
  addEventListener('keydown', onKey)
}
