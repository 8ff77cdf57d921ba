import type { JavascriptFigures } from './javascript'

/** What one build measured; null where the measurement did not finish (or could not start). */
export interface Figures {
  /**
   * The build without the mock, against the sandbox (the mock over HTTP, in its own process, as
   * Heroku's API is): ms from a click on `fleet` (2,000 apps) to every card in view showing its
   * release. What the budgets hold: the dashboard's own work.
   */
  board2000Http: number | null
  /** the same for `atlas` (20 apps) */
  board20Http: number | null
  /**
   * Where those times went (medians, not budgets): ms the page's main thread worked from just
   * before the click until the measurement returned (a frame or two after the cards: compare the
   * boards, not the timings), and ms from the click until the apps' newest releases had come in
   * whole.
   */
  board2000HttpWorked: number | null
  board20HttpWorked: number | null
  board2000HttpAnswered: number | null
  board20HttpAnswered: number | null
  /** ms from navigation to the first frame of a static HTML copy of the same visible cards
   * (median of five loads) */
  staticPageHttp: number | null
  /** The same on the demo build, whose mock answers on the page's own thread: 2,000 apps */
  board2000: number | null
  /** on the demo build: 20 apps */
  board20: number | null
  /** on the demo build: its static copy */
  staticPage: number | null
  /**
   * ms from the drop key of a keyboard move to the card in its new column (DOM), and painted:
   * medians of five moves; the first move's apart (it runs the code for the first time)
   */
  moveScript: number | null
  moveFirstScript: number | null
  movePainted: number | null
  /** ms from a click on Promote… (500 targets) to the dialog's targets in the DOM, and painted:
   * medians of five openings; the first opening's apart */
  promoteOpenScript: number | null
  promoteOpenFirstScript: number | null
  promoteOpenPainted: number | null
  /** the same medians on the 20-app board (5 staging targets): what size adds is the difference */
  move20Script: number | null
  promoteOpen20Script: number | null
  /** MB of JS heap after the 2,000-app board rendered, after a garbage collection */
  heapMb: number | null
  /** ms from navigation to the board's cards, opening its address in a new browser (mock included) */
  coldLoad: number | null
  /** API requests of that first visit, until quiet, and of a reload of it */
  requestsFirstLoad: number | null
  requestsReload: number | null
  jsHeroku: JavascriptFigures
  jsDemo: JavascriptFigures
  /** why measurements did not finish */
  notes: string[]
}

/** The budgets. Times are ratios or frames, so they hold on fast and slow machines alike. */
export const BUDGETS = {
  board2000VsBoard20: 1.3,
  board2000VsStatic: 2,
  moveScriptMs: 16,
  promoteOpenScriptMs: 16,
  heapMb: 100,
  requestsReload: 5,
  initialJsKb: 130,
}

const ratio = (a: number | null, b: number | null) => (a === null || b === null ? null : a / b)

/** The budgets this build misses, in words; empty when it meets them all. */
export function checkBudgets(figures: Figures | undefined): string[] {
  if (!figures) return ['nothing was measured']
  const misses: string[] = []
  const within = (what: string, value: number | null, limit: number, unit = '') => {
    if (value === null) misses.push(`${what}: did not finish`)
    else if (value > limit) misses.push(`${what}: ${value.toFixed(2)}${unit} over ${limit}${unit}`)
  }
  within(
    '2,000-app board / 20-app board',
    ratio(figures.board2000Http, figures.board20Http),
    BUDGETS.board2000VsBoard20,
    'x',
  )
  within(
    '2,000-app board / static page',
    ratio(figures.board2000Http, figures.staticPageHttp),
    BUDGETS.board2000VsStatic,
    'x',
  )
  within('move, input to DOM', figures.moveScript, BUDGETS.moveScriptMs, ' ms')
  within(
    'promote dialog, click to DOM',
    figures.promoteOpenScript,
    BUDGETS.promoteOpenScriptMs,
    ' ms',
  )
  within('JS heap after render', figures.heapMb, BUDGETS.heapMb, ' MB')
  within('requests on reload', figures.requestsReload, BUDGETS.requestsReload)
  within('initial JS without the mock', figures.jsHeroku.appKb, BUDGETS.initialJsKb, ' kB')
  return misses
}

const show = (value: number | null, unit: string, digits = 0) =>
  value === null ? 'did not finish' : `${value.toFixed(digits)}${unit}`

const ROWS: [string, (f: Figures) => string, string][] = [
  ['2,000-app board: click to cards (API over HTTP)', (f) => show(f.board2000Http, ' ms'), ''],
  ['20-app board: click to cards (API over HTTP)', (f) => show(f.board20Http, ' ms'), ''],
  [
    'static page of the same cards (build without the mock)',
    (f) => show(f.staticPageHttp, ' ms'),
    '',
  ],
  [
    '2,000 vs 20 apps',
    (f) => show(ratio(f.board2000Http, f.board20Http), 'x', 2),
    `≤ ${BUDGETS.board2000VsBoard20}x`,
  ],
  [
    '2,000 apps vs static page',
    (f) => show(ratio(f.board2000Http, f.staticPageHttp), 'x', 2),
    `≤ ${BUDGETS.board2000VsStatic}x`,
  ],
  [
    'where it went: main thread at work, 2,000 / 20 apps',
    (f) => `${show(f.board2000HttpWorked, ' ms')} / ${show(f.board20HttpWorked, ' ms')}`,
    '',
  ],
  [
    'where it went: newest releases in whole, 2,000 / 20 apps',
    (f) => `${show(f.board2000HttpAnswered, ' ms')} / ${show(f.board20HttpAnswered, ' ms')}`,
    '',
  ],
  ['demo, mock in the page: 2,000-app board', (f) => show(f.board2000, ' ms'), ''],
  ['demo: 20-app board', (f) => show(f.board20, ' ms'), ''],
  ['demo: static page of the same cards', (f) => show(f.staticPage, ' ms'), ''],
  ['demo: 2,000 vs 20 apps', (f) => show(ratio(f.board2000, f.board20), 'x', 2), ''],
  ['demo: 2,000 apps vs static page', (f) => show(ratio(f.board2000, f.staticPage), 'x', 2), ''],
  [
    'move: input to DOM (median of 5)',
    (f) => show(f.moveScript, ' ms', 1),
    `≤ ${BUDGETS.moveScriptMs} ms`,
  ],
  ['move: input to DOM, first move', (f) => show(f.moveFirstScript, ' ms', 1), ''],
  ['move: input to paint (median of 5)', (f) => show(f.movePainted, ' ms', 1), ''],
  ['move on the 20-app board: input to DOM', (f) => show(f.move20Script, ' ms', 1), ''],
  [
    'promote (500 targets): click to DOM (median of 5)',
    (f) => show(f.promoteOpenScript, ' ms', 1),
    `≤ ${BUDGETS.promoteOpenScriptMs} ms`,
  ],
  ['promote: click to DOM, first opening', (f) => show(f.promoteOpenFirstScript, ' ms', 1), ''],
  ['promote: click to paint (median of 5)', (f) => show(f.promoteOpenPainted, ' ms', 1), ''],
  [
    'promote on the 20-app board (5 targets): click to DOM',
    (f) => show(f.promoteOpen20Script, ' ms', 1),
    '',
  ],
  ['JS heap after render', (f) => show(f.heapMb, ' MB', 1), `< ${BUDGETS.heapMb} MB`],
  ['cold load of the board (mock included)', (f) => show(f.coldLoad, ' ms'), ''],
  ['API requests, first visit', (f) => show(f.requestsFirstLoad, ''), ''],
  ['API requests, reload', (f) => show(f.requestsReload, ''), `≤ ${BUDGETS.requestsReload}`],
  [
    'initial JS, build without the mock',
    (f) => show(f.jsHeroku.appKb, ' kB gzip', 1),
    `≤ ${BUDGETS.initialJsKb} kB`,
  ],
  ['initial JS, demo build (mock aside)', (f) => show(f.jsDemo.appKb, ' kB gzip', 1), ''],
  ['mock chunk, demo build only', (f) => show(f.jsDemo.mockKb, ' kB gzip', 1), ''],
]

/** A Markdown table: one column per build measured, then the budget. */
export function printTable(report: {
  machine: string
  browser: string
  results: { target: string; figures: Figures }[]
}) {
  const header = ['measure', ...report.results.map((r) => r.target), 'budget']
  const lines = ROWS.map(([name, cell, budget]) => [
    name,
    ...report.results.map((r) => cell(r.figures)),
    budget,
  ])
  const rows = [header, header.map(() => '---'), ...lines]
  const table = rows.map((row) => `| ${row.join(' | ')} |`).join('\n')
  const notes = report.results.flatMap((r) =>
    r.figures.notes.map((note) => `- ${r.target}: ${note}`),
  )
  return [
    `\nStageboard bench on ${report.machine}, Chromium ${report.browser}\n`,
    table,
    ...(notes.length ? ['', 'Did not finish:', ...notes] : []),
    '',
  ].join('\n')
}
