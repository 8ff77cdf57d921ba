import { BoardPage } from '@/features/board/board-page'
import { DeletePipelineDialog } from '@/features/pipelines/delete-pipeline-dialog'
import { RenamePipelineDialog } from '@/features/pipelines/rename-pipeline-dialog'

/**
 * The board, with what can be done to the pipeline itself. Renaming and deleting belong to the
 * pipelines feature; the app puts them in the board's header, so neither feature imports the other.
 */
export function BoardRoute() {
  return (
    <BoardPage
      pipelineActions={(pipeline, appCount) => (
        <>
          <RenamePipelineDialog pipeline={pipeline} />
          <DeletePipelineDialog pipeline={pipeline} appCount={appCount} />
        </>
      )}
    />
  )
}
