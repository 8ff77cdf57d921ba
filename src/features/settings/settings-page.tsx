import { useQuery } from '@tanstack/react-query'
import type React from 'react'
import { useParams } from 'react-router'
import { isNotFound } from '@/api/client'
import { githubQueries } from '@/api/github'
import { pipelineQueries, type Pipeline } from '@/api/pipelines'
import { PipelineBreadcrumb, PipelineNotFound } from '@/components/pipeline-subpage'
import { ErrorPanel } from '@/components/ui/error-panel'
import { Skeleton } from '@/components/ui/skeleton'
import { usePipelineBlocker } from '@/hooks/use-access'
import { usePageTitle } from '@/hooks/use-page-title'
import { AutoDeploySettings } from './auto-deploy-settings'
import { CiSettings } from './ci-settings'
import { OwnerSettings } from './owner-settings'
import { ReviewAppSettings } from './review-app-settings'
import { SettingsSection } from './settings-section'

interface SettingsPageProps {
  /** what can be done to the pipeline itself (rename, delete): the pipelines feature's, put here by the app */
  pipelineActions?: (pipeline: Pipeline) => React.ReactNode
}

/**
 * A pipeline's settings, each section making its own change with its own request, and showing its
 * own failure where it was made: owner and transfer, the connected repository, automatic deploys
 * from GitHub, review apps, Heroku CI, and the pipeline's name and deletion.
 */
export function SettingsPage({ pipelineActions }: SettingsPageProps) {
  const { pipelineId = '' } = useParams()
  const pipeline = useQuery(pipelineQueries.detail(pipelineId))
  const connection = useQuery(githubQueries.pipelineConnection(pipelineId))
  const blocker = usePipelineBlocker(pipeline.data?.owner ?? null)
  usePageTitle(pipeline.data ? `${pipeline.data.name} settings` : 'Settings')

  if (isNotFound(pipeline.error)) {
    return <PipelineNotFound pipelineId={pipelineId} />
  }
  return (
    <section aria-labelledby="settings-heading" className="max-w-3xl">
      <PipelineBreadcrumb
        pipelineId={pipelineId}
        pipelineName={pipeline.data?.name}
        page="Settings"
      />
      <h1
        id="settings-heading"
        className="mb-5 text-2xl font-semibold tracking-tight text-slate-900"
      >
        Settings
      </h1>
      {pipeline.isError ? (
        <ErrorPanel
          title="Couldn't load this pipeline"
          error={pipeline.error}
          onRetry={() => void pipeline.refetch()}
          retrying={pipeline.isFetching}
        />
      ) : !pipeline.data ? (
        <Skeleton className="h-40 w-full" />
      ) : (
        <div className="space-y-4">
          <OwnerSettings pipeline={pipeline.data} blocker={blocker} />
          <SettingsSection title="GitHub">
            {connection.isError ? (
              <ErrorPanel
                title="Couldn't read the connected repository"
                error={connection.error}
                onRetry={() => void connection.refetch()}
                retrying={connection.isFetching}
              />
            ) : connection.isPending ? (
              <Skeleton className="h-5 w-1/2" />
            ) : connection.data ? (
              <p className="text-sm text-slate-800">
                Connected to{' '}
                <a
                  href={`https://github.com/${connection.data.repo}`}
                  target="_blank"
                  rel="noreferrer"
                  className="font-medium text-violet-800 underline-offset-2 hover:underline"
                >
                  {connection.data.repo}
                </a>
                . Review apps and Heroku CI work from its branches and pull requests.
              </p>
            ) : (
              <p className="text-sm text-slate-800">
                Not connected to a GitHub repository. Connect one with{' '}
                <code className="font-mono text-xs">
                  heroku pipelines:connect {pipeline.data.name} -r owner/repo
                </code>
                .
              </p>
            )}
          </SettingsSection>
          {connection.data && (
            <>
              <AutoDeploySettings
                pipelineId={pipeline.data.id}
                repo={connection.data.repo}
                blocker={blocker}
              />
              <ReviewAppSettings
                pipeline={pipeline.data}
                repo={connection.data.repo}
                blocker={blocker}
              />
              <CiSettings pipelineId={pipeline.data.id} on={connection.data.ci} blocker={blocker} />
            </>
          )}
          {pipelineActions && (
            <SettingsSection title="Name and deletion">
              <div className="flex flex-wrap gap-2">{pipelineActions(pipeline.data)}</div>
            </SettingsSection>
          )}
        </div>
      )}
    </section>
  )
}
