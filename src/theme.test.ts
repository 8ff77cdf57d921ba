import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * src/theme.css's dark palette is Tailwind's, its lightness turned around so that contrast ratios
 * hold (the formula is in the file). This recomputes it from Tailwind's own values: a palette
 * edited by hand, or a Tailwind whose colours moved, fails here.
 */
const root = resolve(import.meta.dirname, '..')
const tailwind = readFileSync(resolve(root, 'node_modules/tailwindcss/theme.css'), 'utf8')
const ours = readFileSync(resolve(root, 'src/theme.css'), 'utf8')

const SURFACE_L = 0.19
const luminance = (l: number) => l ** 3
const K = 1.05 * (luminance(SURFACE_L) + 0.05)
const darkLightness = (l: number) =>
  Math.cbrt(Math.min(1, Math.max(0, K / (luminance(l) + 0.05) - 0.05)))

type Oklch = { l: number; c: number; h: number }

function colours(css: string): Map<string, Oklch> {
  const found = new Map<string, Oklch>()
  for (const [, name = '', l = '', c = '', h = ''] of css.matchAll(
    /--color-([a-z]+-\d+|white): oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\);/g,
  )) {
    found.set(name, { l: Number(l) / 100, c: Number(c), h: Number(h) })
  }
  return found
}

const darkBlock = ours.slice(
  ours.indexOf(':root.dark {'),
  ours.indexOf('}', ours.indexOf(':root.dark {')),
)
const dark = colours(darkBlock)
const light = colours(tailwind)
light.set('white', { l: 1, c: 0, h: 0 })

const contrast = (a: number, b: number) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05)
}

describe('the dark palette', () => {
  it('covers every scale the app uses, and white', () => {
    for (const scale of ['slate', 'violet', 'red', 'amber', 'emerald', 'sky', 'orange']) {
      expect(dark.has(`${scale}-50`) && dark.has(`${scale}-950`), scale).toBe(true)
    }
    expect(dark.get('white')?.l).toBeCloseTo(SURFACE_L, 3)
  })

  it("is Tailwind's own colours with their lightness turned around, hue and chroma kept", () => {
    for (const [name, colour] of dark) {
      if (name === 'white') continue
      const original = light.get(name)
      expect(original, name).toBeDefined()
      if (!original) continue
      expect(colour.l, name).toBeCloseTo(darkLightness(original.l), 3)
      expect([colour.c, colour.h], name).toEqual([original.c, original.h])
    }
  })

  it.each([
    ['slate-900', 'white', 'body text on a card'],
    ['slate-600', 'white', 'secondary text'],
    ['red-800', 'red-50', 'a failure badge'],
    ['white', 'violet-700', 'a primary button'],
    ['amber-900', 'amber-50', 'a production warning'],
  ])('keeps the contrast of %s on %s (%s)', (text, ground) => {
    const before = contrast(light.get(text)?.l ?? NaN, light.get(ground)?.l ?? NaN)
    const after = contrast(dark.get(text)?.l ?? NaN, dark.get(ground)?.l ?? NaN)
    expect(after).toBeCloseTo(before, 1)
  })
})
