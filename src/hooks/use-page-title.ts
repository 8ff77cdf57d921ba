import { useEffect } from 'react'

/** "billing-api · Stageboard": the tab, the history list and bookmarks name the page. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Stageboard` : 'Stageboard'
  }, [title])
}
