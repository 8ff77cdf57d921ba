/**
 * Runs `run` once the next frame is painted (a timer set from an animation frame runs after
 * that frame's paint), for work that should not hold up what the user is about to see. Returns a
 * function that cancels it if it has not run yet.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
