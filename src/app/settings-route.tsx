import { useQuery } from '@tanstack/react-query'
import { couplingQueries } from '@/api/couplings'
import type { Pipeline } from '@/api/pipelines'
import { DeletePipelineDialog } from '@/features/pipelines/delete-pipeline-dialog'
import { RenamePipelineDialog } from '@/features/pipelines/rename-pipeline-dialog'
import { SettingsPage } from '@/features/settings/settings-page'
import { usePipelineBlocker } from '@/hooks/use-access'

/**
 * A pipeline's Settings page, with Rename and Delete from the pipelines feature: the app puts
 * them there, as it does in the board's header, so neither feature imports the other.
 */
export function SettingsRoute() {
  return <SettingsPage pipelineActions={(pipeline) => <NameAndDeletion pipeline={pipeline} />} />
}

function NameAndDeletion({ pipeline }: { pipeline: Pipeline }) {
  const blocker = usePipelineBlocker(pipeline.owner)
  const couplings = useQuery(couplingQueries.byPipeline(pipeline.id))
  return (
    <>
      <RenamePipelineDialog pipeline={pipeline} blocker={blocker} />
      <DeletePipelineDialog
        pipeline={pipeline}
        appCount={couplings.data?.length ?? 0}
        blocker={blocker}
      />
    </>
  )
}
