import type { Pipeline } from '@/api/pipelines'
import { BoardPage } from '@/features/board/board-page'
import { useConnection } from '@/features/connect/connection'
import { GithubAccessNotice } from '@/features/github-access/github-access-notice'
import { SimulatePushDialog } from '@/features/github-sync/simulate-push-dialog'
import { DeletePipelineDialog } from '@/features/pipelines/delete-pipeline-dialog'
import { RenamePipelineDialog } from '@/features/pipelines/rename-pipeline-dialog'
import { usePipelineBlocker } from '@/hooks/use-access'
import { useDemoBackend } from './demo-backend'

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
        <PipelineActions pipeline={pipeline} appCount={appCount} />
      )}
    />
  )
}

/**
 * Rename and Delete, each blocked with the reason when the person may not change the pipeline;
 * in the demo, a simulated push to the pipeline's repository.
 */
function PipelineActions({ pipeline, appCount }: { pipeline: Pipeline; appCount: number }) {
  const blocker = usePipelineBlocker(pipeline.owner)
  const demo = useDemoBackend()
  return (
    <>
      {demo && (
        <SimulatePushDialog pipeline={pipeline} simulatePush={(push) => demo.simulatePush(push)} />
      )}
      <RenamePipelineDialog pipeline={pipeline} blocker={blocker} />
      <DeletePipelineDialog pipeline={pipeline} appCount={appCount} blocker={blocker} />
    </>
  )
}
