import { useQuery } from '@tanstack/react-query'
import { formationQueries } from '@/api/formation'
import { Skeleton } from '@/components/ui/skeleton'

/** The dyno formation in one line: "web 4 × Standard-2X · worker 2 × Standard-1X". */
export function FormationSummary({ appId }: { appId: string }) {
  const formation = useQuery(formationQueries.ofApp(appId))
  if (formation.isPending) return <Skeleton className="h-4 w-2/3" />
  if (formation.isError) {
    return <p className="text-xs text-red-800">Dynos unavailable: {formation.error.message}</p>
  }
  const running = formation.data.filter((process) => process.quantity > 0)
  return (
    <p className="text-xs text-slate-600">
      <span className="sr-only">Dynos: </span>
      {running.length === 0
        ? 'No dynos running'
        : running.map((p) => `${p.type} ${p.quantity} × ${p.size}`).join(' · ')}
    </p>
  )
}
