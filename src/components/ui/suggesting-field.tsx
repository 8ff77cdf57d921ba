import { useId } from 'react'
import { Field, TextInput } from './field'

/** A text field that offers `suggestions` as one types (a datalist): any other value goes too. */
export function SuggestingField({
  label,
  hint,
  error,
  value,
  onChange,
  suggestions,
  placeholder,
}: {
  label: string
  hint: React.ReactNode
  error: string | null
  value: string
  onChange: (value: string) => void
  suggestions: readonly string[] | undefined
  placeholder?: string
}) {
  const listId = useId()
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <TextInput
            {...control}
            list={listId}
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
          />
          <datalist id={listId}>
            {suggestions?.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  )
}
