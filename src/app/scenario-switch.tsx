import type { DemoBackend } from './demo-backend'
import { HeaderSelect } from './header-select'

/**
 * Which demo data the dashboard runs on: the small company, or a large account to see how it
 * copes with 2,000 apps. Switching reloads the dashboard; each scenario keeps its own data.
 */
export function ScenarioSwitch({ demo }: { demo: DemoBackend }) {
  const current = demo.scenarios.find((scenario) => scenario.name === demo.scenario)
  return (
    <HeaderSelect
      label="Demo data"
      value={demo.scenario}
      onChange={(event) => demo.switchScenario(event.target.value)}
      title={current?.persisted === false ? 'Changes last until the page is reloaded' : undefined}
    >
      {demo.scenarios.map((scenario) => (
        <option key={scenario.name} value={scenario.name}>
          {scenario.label}
        </option>
      ))}
    </HeaderSelect>
  )
}
