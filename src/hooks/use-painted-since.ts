import { useEffect, useState } from 'react'
import { afterNextPaint } from '@/lib/after-paint'

/**
 * Whether a frame has been painted since `shown` first held. Work that can wait for it starts
 * after the first frame that shows what it completes, instead of holding that frame back.
 */
export function usePaintedSince(shown: boolean) {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (!shown || painted) return undefined
    return afterNextPaint(() => setPainted(true))
  }, [shown, painted])
  return painted
}
