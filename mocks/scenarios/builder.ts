import { pairId } from '../platform/access'
import { pullRequestKey } from '../platform/branches'
import { createRandom, type Random } from '../platform/random'
import { ownership } from '../platform/store'
import { isoTimestamp } from '../platform/time'
import {
  APP_PERMISSIONS,
  STATE_SCHEMA_VERSION,
  type AppPermission,
  type AppRecord,
  type CommitRecord,
  type PipelineRecord,
  type PlatformState,
  type ReleaseRecord,
  type ReleaseStatus,
  type ReviewAppRecord,
  type Stage,
  type TeamRecord,
  type TeamRole,
  type UserRecord,
} from '../platform/types'

export interface Person {
  name: string
  email: string
}

type Owner = UserRecord | TeamRecord

const isTeam = (owner: Owner): owner is TeamRecord => !('email' in owner)

/**
 * Writes scenario state by hand, in the platform's own terms. Times are given as "ms ago" so a
 * scenario always looks recent; the seeded random source keeps ids and SHAs stable run to run.
 */
export class ScenarioBuilder {
  readonly state: PlatformState
  readonly random: Random
  readonly now: number

  constructor(seed: number, now: number, account: Person) {
    this.random = createRandom(seed)
    this.now = now
    this.state = {
      schemaVersion: STATE_SCHEMA_VERSION,
      accountId: '',
      apiKeys: {},
      users: {},
      teams: {},
      teamMembers: {},
      appCollaborators: {},
      apps: {},
      pipelines: {},
      couplings: {},
      slugs: {},
      releases: {},
      formations: {},
      reviewApps: {},
      promotions: {},
      promotionTargets: {},
      repos: {},
      pipelineRepos: {},
      reviewAppConfigs: {},
      branches: {},
      pullRequests: {},
      testRuns: {},
      ciPipelines: {},
      pipelineConfigVars: {},
      appSetups: {},
      appGithubLinks: {},
      autoDeploys: {},
    }
    this.state.accountId = this.user(account).id
  }

  at(ago: number): string {
    return isoTimestamp(this.now - ago)
  }

  user(person: Person, ago = 400 * 86_400_000): UserRecord {
    const user = {
      id: this.random.uuid(),
      email: person.email,
      name: person.name,
      created_at: this.at(ago),
    }
    this.state.users[user.id] = user
    return user
  }

  team(name: string): TeamRecord {
    const at = this.at(500 * 86_400_000)
    const team: TeamRecord = { id: this.random.uuid(), name, created_at: at, updated_at: at }
    this.state.teams[team.id] = team
    // Whoever makes a team is its admin.
    this.member(team, this.state.users[this.state.accountId] as UserRecord, 'admin')
    return team
  }

  member(team: TeamRecord, user: UserRecord, role: TeamRole): void {
    const id = pairId(team.id, user.id)
    const at = this.at(300 * 86_400_000)
    this.state.teamMembers[id] = {
      id,
      teamId: team.id,
      userId: user.id,
      role,
      created_at: at,
      updated_at: at,
    }
  }

  /** Gives a user access to an app: on a personal app that is everything, whatever is asked. */
  collaborator(app: AppRecord, user: UserRecord, permissions: AppPermission[]): void {
    const id = pairId(app.id, user.id)
    this.state.appCollaborators[id] = {
      id,
      appId: app.id,
      userId: user.id,
      permissions: app.team ? permissions : [...APP_PERMISSIONS],
      created_at: app.created_at,
      updated_at: app.created_at,
    }
  }

  /** An API key the platform knows as this user's: the demo's account switcher sends it. */
  apiKey(user: UserRecord, key: string): void {
    this.state.apiKeys[key] = user.id
  }

  app(
    name: string,
    options: {
      owner: Owner
      repo?: string | null
      region?: 'us' | 'eu'
      createdAgo?: number
      releasePhase?: { command: string; failuresLeft?: number }
      maintenance?: boolean
    },
  ): AppRecord {
    const { owner } = options
    const at = this.at(options.createdAgo ?? 200 * 86_400_000)
    const app: AppRecord = {
      id: this.random.uuid(),
      name,
      created_at: at,
      updated_at: at,
      released_at: null,
      maintenance: options.maintenance ?? false,
      ...ownership(owner),
      region: options.region ?? 'us',
      stack: 'heroku-24',
      repo: options.repo ?? null,
      releasePhase: options.releasePhase
        ? {
            command: options.releasePhase.command,
            failuresLeft: options.releasePhase.failuresLeft ?? 0,
          }
        : null,
    }
    this.state.apps[app.id] = app
    return app
  }

  pipeline(name: string, owner: Owner | null, createdAgo = 180 * 86_400_000): PipelineRecord {
    const at = this.at(createdAgo)
    const pipeline: PipelineRecord = {
      id: this.random.uuid(),
      name,
      created_at: at,
      updated_at: at,
      owner: owner ? { id: owner.id, type: isTeam(owner) ? 'team' : 'user' } : null,
    }
    this.state.pipelines[pipeline.id] = pipeline
    return pipeline
  }

  couple(pipeline: PipelineRecord, stage: Stage, ...apps: AppRecord[]): void {
    for (const app of apps) {
      const at = app.created_at
      const id = this.random.uuid()
      this.state.couplings[id] = {
        id,
        appId: app.id,
        pipelineId: pipeline.id,
        stage,
        created_at: at,
        updated_at: at,
      }
    }
  }

  /** Appends a commit to a repository; with no parents given it follows `parent`. */
  commit(
    repo: string,
    input: { message: string; author: Person; ago: number; parents: string[] },
  ): string {
    const commits = (this.state.repos[repo] ??= {})
    const record: CommitRecord = {
      sha: this.random.sha(),
      parents: input.parents,
      author: { name: input.author.name, email: input.author.email, date: this.at(input.ago) },
      message: input.message,
    }
    commits[record.sha] = record
    return record.sha
  }

  /** Points a branch of a repository at a commit. */
  branch(repo: string, name: string, sha: string): void {
    ;(this.state.branches[repo] ??= {})[name] = sha
  }

  /** An open pull request asking to merge `branch` into main. */
  pullRequest(
    repo: string,
    input: { number: number; title: string; branch: string; author: string; ago: number },
  ): void {
    const at = this.at(input.ago)
    this.state.pullRequests[pullRequestKey(repo, input.number)] = {
      repo,
      number: input.number,
      title: input.title,
      branch: input.branch,
      base: 'main',
      author: input.author,
      state: 'open',
      created_at: at,
      updated_at: at,
    }
  }

  /** A line of commits on main, oldest first, one every `every` ms ending `endAgo` ago. */
  mainline(
    repo: string,
    messages: readonly string[],
    options: { endAgo: number; every: number; authors: readonly Person[] },
  ): string[] {
    const shas: string[] = []
    messages.forEach((message, index) => {
      const ago = options.endAgo + (messages.length - 1 - index) * options.every
      const parents = shas.length ? [shas[shas.length - 1] ?? ''] : []
      shas.push(
        this.commit(repo, { message, author: this.random.pick(options.authors), ago, parents }),
      )
    })
    const tip = shas.at(-1)
    if (tip) this.branch(repo, 'main', tip)
    return shas
  }

  /**
   * A release. With `commit`, a new slug built from that commit; with `commit: undefined`, the
   * previous release's slug (a config or add-on change); `null`, no slug at all (v1, v2). With
   * `slugId`, that existing slug, as a promotion copies it from app to app.
   */
  release(
    app: AppRecord,
    input: {
      ago: number
      description: string
      commit?: string | null
      slugId?: string
      repo?: string
      status?: ReleaseStatus
      by?: UserRecord
    },
  ): ReleaseRecord {
    const history = (this.state.releases[app.id] ??= [])
    const previous = history.at(-1)
    let slugId = previous?.slugId ?? null
    if (input.slugId !== undefined) slugId = input.slugId
    else if (input.commit === null) slugId = null
    else if (input.commit !== undefined) {
      const repo = this.state.repos[input.repo ?? app.repo ?? '']
      const commit = repo?.[input.commit]
      slugId = this.random.uuid()
      this.state.slugs[slugId] = {
        id: slugId,
        appId: app.id,
        commit: input.commit,
        commit_description: commit?.message.split('\n')[0] ?? null,
        buildpack_provided_description: 'Node.js',
        process_types: { web: 'npm start', worker: 'node dist/worker.js' },
        size: 38_000_000 + this.random.int(12_000_000),
        created_at: this.at(input.ago + 120_000),
      }
    }
    const by = input.by ?? this.state.users[this.state.accountId]
    const at = this.at(input.ago)
    const release: ReleaseRecord = {
      id: this.random.uuid(),
      appId: app.id,
      version: (previous?.version ?? 0) + 1,
      status: input.status ?? 'succeeded',
      description: input.description,
      slugId,
      user: { id: by?.id ?? '', email: by?.email ?? '' },
      addon_plan_names: ['heroku-postgresql:essential-0', 'papertrail:choklad'],
      created_at: at,
      updated_at: at,
      releasePhaseEndsAt: null,
      releasePhaseOutcome: null,
    }
    history.push(release)
    app.released_at = at
    app.updated_at = at
    return release
  }

  formation(
    app: AppRecord,
    processes: { type: string; quantity: number; size: string; command: string }[],
  ) {
    for (const process of processes) {
      const id = this.random.uuid()
      this.state.formations[id] = {
        id,
        appId: app.id,
        ...process,
        created_at: app.created_at,
        updated_at: app.created_at,
      }
    }
  }

  reviewApp(
    pipeline: PipelineRecord,
    input: Pick<ReviewAppRecord, 'branch' | 'pr_number' | 'status'> & {
      app: AppRecord | null
      ago: number
      message?: string
      creator: UserRecord
      /** one being made: ms from now until its app is made and it builds `commit` */
      buildsIn?: { ms: number; commit: string }
    },
  ): ReviewAppRecord {
    const id = this.random.uuid()
    const at = this.at(input.ago)
    const record: ReviewAppRecord = {
      id,
      appId: input.app?.id ?? null,
      pipelineId: pipeline.id,
      branch: input.branch,
      pr_number: input.pr_number,
      status: input.status,
      message: input.message ?? null,
      error_status: input.status === 'errored' ? 'build_failed' : null,
      creatorId: input.creator.id,
      created_at: at,
      updated_at: at,
      ...(input.buildsIn && {
        nextStepAt: this.now + input.buildsIn.ms,
        commit: input.buildsIn.commit,
      }),
    }
    this.state.reviewApps[id] = record
    if (input.app) this.couple(pipeline, 'review', input.app)
    return record
  }
}
