import { clsx, type ClassValue } from 'clsx'

/**
 * Class names, joined. Nothing is merged: a component's own classes and those a caller adds must
 * not set the same property (a variant or a prop says what differs, as `Button`'s `variant` and
 * `DialogContent`'s `wide` do). Merging took tailwind-merge, 8 kB of the first screen's script.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs)
}
