import { useQuery } from '@tanstack/react-query'
import { formationQueries } from '@/api/formation'
import { Skeleton } from '@/components/ui/skeleton'
import { useHasStayed } from '@/hooks/use-has-stayed'

/** How long a card stays before it asks for its dynos (answers already kept show at once). */
const ASK_AFTER_MS = 200

/** The dyno formation in one line: "web 4 × Standard-2X · worker 2 × Standard-1X". */
export function FormationSummary({ appId }: { appId: string }) {
  const stayed = useHasStayed(ASK_AFTER_MS)
  const formation = useQuery({ ...formationQueries.ofApp(appId), enabled: stayed })
  if (formation.isPending) return <Skeleton className="h-4 w-2/3" />
  if (formation.isError) {
    return <p className="text-xs text-red-800">Dynos unavailable: {formation.error.message}</p>
  }
  const running = formation.data.filter((process) => process.quantity > 0)
  const summary =
    running.length === 0
      ? 'No dynos running'
      : running.map((p) => `${p.type} ${p.quantity} × ${p.size}`).join(' · ')
  // One line, as tall as its skeleton: a summary that wrapped when it arrived moved every card
  // below it under the pointer. A long one is cut; all of it is in the title and read out.
  return (
    <p className="truncate text-xs text-slate-600" title={summary}>
      <span className="sr-only">Dynos: </span>
      {summary}
    </p>
  )
}
