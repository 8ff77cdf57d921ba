import { BoardPage } from '@/features/board/board-page'
import { useConnection } from '@/features/connect/connection'
import { GithubAccessNotice } from '@/features/github-access/github-access-notice'
import { DeletePipelineDialog } from '@/features/pipelines/delete-pipeline-dialog'
import { RenamePipelineDialog } from '@/features/pipelines/rename-pipeline-dialog'

/**
 * The board, with what can be done to the pipeline itself, and why drift may be missing. Renaming and deleting belong to the
 * pipelines feature; the app puts them in the board's header, so neither feature imports the other.
 */
export function BoardRoute() {
  const connection = useConnection()
  return (
    <BoardPage
      notices={<GithubAccessNotice onKeep={connection.keepGithubToken} />}
      pipelineActions={(pipeline, appCount) => (
        <>
          <RenamePipelineDialog pipeline={pipeline} />
          <DeletePipelineDialog pipeline={pipeline} appCount={appCount} />
        </>
      )}
    />
  )
}
