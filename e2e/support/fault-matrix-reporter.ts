import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * Prints the fault matrix (e2e/fault-matrix.spec.ts) as a grid once the run ends: one row per
 * change, one column per fault, each cell as its test ended. Tests of other files are ignored.
 * A reporter, not an afterAll: a failed test restarts the worker, and with it any state a spec
 * file could keep.
 */
export default class FaultMatrixReporter implements Reporter {
  private readonly cells = new Map<string, Map<string, string>>()
  private readonly faults: string[] = []

  onTestEnd(test: TestCase, result: TestResult) {
    if (!test.location.file.endsWith('fault-matrix.spec.ts')) return
    const [change, fault] = test.title.split(' × ')
    if (!change || !fault) return
    if (!this.faults.includes(fault)) this.faults.push(fault)
    const row = this.cells.get(change) ?? new Map<string, string>()
    row.set(fault, result.status === 'passed' ? 'pass' : result.status.toUpperCase())
    this.cells.set(change, row)
  }

  onEnd() {
    if (this.cells.size === 0) return
    const changes = [...this.cells.keys()]
    const first = Math.max('change'.length, ...changes.map((change) => change.length))
    const widths = this.faults.map((fault) => Math.max(fault.length, 'TIMEDOUT'.length))
    const line = (cells: string[]) =>
      cells
        .map((cell, index) => cell.padEnd(index === 0 ? first : (widths[index - 1] ?? 0)))
        .join(' | ')
    const rows = changes.map((change) =>
      line([change, ...this.faults.map((fault) => this.cells.get(change)?.get(fault) ?? '-')]),
    )
    console.log(
      ['', 'Fault matrix (change × fault):', line(['change', ...this.faults]), ...rows].join('\n'),
    )
  }

  printsToStdio() {
    return false
  }
}
