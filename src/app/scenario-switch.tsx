import { useId } from 'react'
import type { DemoBackend } from './demo-backend'

/**
 * Which demo data the dashboard runs on: the small company, or a large account to see how it
 * copes with 2,000 apps. Switching reloads the dashboard; each scenario keeps its own data.
 */
export function ScenarioSwitch({ demo }: { demo: DemoBackend }) {
  const id = useId()
  const current = demo.scenarios.find((scenario) => scenario.name === demo.scenario)
  return (
    <div className="flex items-center gap-1.5">
      {/* On a phone the select says enough: the label is kept for screen readers. */}
      <label htmlFor={id} className="sr-only text-violet-100 sm:not-sr-only">
        Demo data
      </label>
      <select
        id={id}
        value={demo.scenario}
        onChange={(event) => demo.switchScenario(event.target.value)}
        title={current?.persisted === false ? 'Changes last until the page is reloaded' : undefined}
        className="h-8 rounded-md border border-violet-700 bg-violet-800 px-2 text-sm text-white focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-white"
      >
        {demo.scenarios.map((scenario) => (
          <option key={scenario.name} value={scenario.name}>
            {scenario.label}
          </option>
        ))}
      </select>
    </div>
  )
}
