import { useQuery } from '@tanstack/react-query'
import { appQueries, type ListedApp } from '@/api/apps'
import { couplingQueries } from '@/api/couplings'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Field, TextInput } from '@/components/ui/field'
import { Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'

/** The apps in no pipeline: the ones a pipeline can take (an app belongs to one at most). */
export function useFreeApps() {
  const apps = useQuery(appQueries.all())
  const couplings = useQuery(couplingQueries.all())
  const coupled = new Set(couplings.data?.map((coupling) => coupling.app.id))
  const failed = [apps, couplings].find((query) => query.isError)
  return {
    apps:
      apps.data && couplings.data
        ? apps.data
            .filter((app) => !coupled.has(app.id))
            .toSorted((a, b) => a.name.localeCompare(b.name))
        : undefined,
    error: failed?.error ?? null,
    retry: () => void Promise.all([apps.refetch(), couplings.refetch()]),
    retrying: apps.isFetching || couplings.isFetching,
  }
}

const ownerOf = (app: ListedApp) => app.team?.name ?? app.owner?.email ?? 'unknown owner'

interface FreeAppPickerProps {
  value: string
  onChange: (name: string) => void
  error?: string | null
  hint?: string
  /** the field's label */
  label?: string
}

/**
 * A name field with the free apps listed under it: typing narrows the list, picking fills the field.
 * Any name can be typed, so an app the list does not show still reaches the API, which has the
 * last word (and names the pipeline that already holds it).
 */
export function FreeAppPicker({
  value,
  onChange,
  error,
  hint = 'Type to search, or pick one below.',
  label = 'App',
}: FreeAppPickerProps) {
  const free = useFreeApps()
  const query = value.trim().toLowerCase()
  // Once a listed app is picked, the whole list stays in view so another can be picked instead.
  const picked = free.apps?.some((app) => app.name === query)
  const matches = picked ? free.apps : free.apps?.filter((app) => app.name.includes(query))

  return (
    <div className="space-y-3">
      <Field label={label} hint={hint} error={error}>
        {(control) => (
          <TextInput
            {...control}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            placeholder="app-name"
          />
        )}
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Apps not in any pipeline</legend>
        {free.error ? (
          <ErrorPanel
            className="mt-2"
            title="Couldn't list your apps"
            error={free.error}
            onRetry={free.retry}
            retrying={free.retrying}
          />
        ) : !matches ? (
          <div className="mt-2 space-y-2" aria-hidden="true">
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-9 w-full" />
          </div>
        ) : matches.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            {free.apps?.length === 0
              ? 'Every app you can see is already in a pipeline.'
              : `No free app matches “${value.trim()}”.`}
          </p>
        ) : (
          <ul className="mt-2 max-h-56 space-y-1 overflow-y-auto rounded-lg border border-slate-200 p-1">
            {matches.map((app) => (
              <li key={app.id}>
                <label
                  className={cn(
                    'flex cursor-pointer items-center gap-3 rounded-md px-2.5 py-2 text-sm has-focus-visible:outline-2 has-focus-visible:outline-violet-600',
                    app.name === value ? 'bg-violet-50' : 'hover:bg-slate-50',
                  )}
                >
                  <input
                    type="radio"
                    name="free-app"
                    className="accent-violet-700"
                    checked={app.name === value}
                    onChange={() => onChange(app.name)}
                  />
                  <span className="min-w-0 flex-1 truncate font-medium text-slate-900">
                    {app.name}
                  </span>
                  <span className="shrink-0 text-xs text-slate-600">{ownerOf(app)}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </div>
  )
}
