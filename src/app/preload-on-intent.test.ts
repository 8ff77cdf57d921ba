// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest'
import { preloadOnIntent } from './preload-on-intent'

const board = vi.fn(() => Promise.resolve({}))
const tests = vi.fn(() => Promise.reject(new Error('offline')))
const routes = [
  {
    children: [
      { path: 'pipelines/:pipelineId', lazy: board },
      { path: 'pipelines/:pipelineId/tests', lazy: tests },
    ],
  },
]

const link = (href: string) => {
  const anchor = document.createElement('a')
  anchor.href = href
  anchor.append(document.createElement('span'))
  document.body.append(anchor)
  return anchor
}

let stop = () => {}
afterEach(() => {
  stop()
  document.body.replaceChildren()
  board.mockClear()
  tests.mockClear()
})

it('loads the code of the page a link leads to when the pointer comes onto it, once', () => {
  stop = preloadOnIntent(routes)
  const toBoard = link('/pipelines/abc')
  // Onto the link's text: the event comes from inside the link.
  toBoard.firstElementChild?.dispatchEvent(new Event('pointerover', { bubbles: true }))
  expect(board).toHaveBeenCalledTimes(1)
  toBoard.dispatchEvent(new Event('pointerover', { bubbles: true }))
  expect(board).toHaveBeenCalledTimes(1)
  expect(tests).not.toHaveBeenCalled()
})

it('loads it when Tab reaches the link too, and a failed load is left to the visit', () => {
  stop = preloadOnIntent(routes)
  link('/pipelines/abc/tests').dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
  expect(tests).toHaveBeenCalledTimes(1)
})

it('leaves links elsewhere, to another tab or to a download alone, and stops listening when told', () => {
  stop = preloadOnIntent(routes)
  link('https://dashboard.heroku.com/pipelines/abc').dispatchEvent(
    new Event('pointerover', { bubbles: true }),
  )
  const newTab = link('/pipelines/abc')
  newTab.target = '_blank'
  newTab.dispatchEvent(new Event('pointerover', { bubbles: true }))
  const download = link('/pipelines/abc')
  download.setAttribute('download', '')
  download.dispatchEvent(new Event('pointerover', { bubbles: true }))
  expect(board).not.toHaveBeenCalled()
  stop()
  link('/pipelines/def').dispatchEvent(new Event('pointerover', { bubbles: true }))
  expect(board).not.toHaveBeenCalled()
})
