import { useTheme } from '@/hooks/use-theme'
import { chooseTheme, type ThemeChoice } from '@/lib/theme'
import { HeaderSelect } from './header-select'

const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light theme' },
  { value: 'dark', label: 'Dark theme' },
]

/** Light, dark, or as the system says (the default): kept in this browser. */
export function ThemeSwitch() {
  const { choice } = useTheme()
  return (
    <HeaderSelect
      label="Theme"
      labelHidden
      value={choice}
      onChange={(event) => chooseTheme(event.target.value as ThemeChoice)}
    >
      {CHOICES.map(({ value, label }) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </HeaderSelect>
  )
}
