import { describe, expect, it } from 'vitest'
import { GITHUB_API, KOLKRABBI_API } from '../http'
import { body, getJson, useMockServer } from './heroku-client'

const mock = useMockServer()
const { appId } = mock

interface Comparison {
  status: string
  ahead_by: number
  behind_by: number
  total_commits: number
  html_url: string
  commits: { sha: string; commit: { message: string; author: { name: string; date: string } } }[]
}

/** What drift needs: the commit of the app's newest succeeded release, found over the API. */
async function deployedCommit(app: string): Promise<string> {
  const { body: releases } = await getJson<{ status: string; slug: { id: string } | null }[]>(
    `/apps/${app}/releases`,
    { headers: { Range: 'version ..; order=desc' } },
  )
  const release = releases.find((r) => r.status === 'succeeded' && r.slug)
  const { body: slug } = await getJson<{ commit: string }>(
    `/apps/${app}/slugs/${release?.slug?.id}`,
  )
  return slug.commit
}

async function compare(base: string, head: string, repo = 'northwind/billing-api') {
  const response = await fetch(`${GITHUB_API}/repos/${repo}/compare/${base}...${head}`)
  return { response, comparison: await body<Comparison>(response) }
}

describe('GitHub compare', () => {
  it('shows staging ahead of production, with the commits oldest first', async () => {
    const production = await deployedCommit('billing-api')
    const staging = await deployedCommit('billing-api-staging')
    const { response, comparison } = await compare(production, staging)
    expect(response.status).toBe(200)
    expect(comparison).toMatchObject({
      status: 'ahead',
      behind_by: 0,
      html_url: `https://github.com/northwind/billing-api/compare/${production}...${staging}`,
    })
    expect(comparison.ahead_by).toBeGreaterThan(0)
    expect(comparison.total_commits).toBe(comparison.ahead_by)
    expect(comparison.commits).toHaveLength(comparison.ahead_by)
    expect(comparison.commits.at(-1)?.sha).toBe(staging)
    const dates = comparison.commits.map((c) => c.commit.author.date)
    expect(dates).toEqual([...dates].sort())
    for (const commit of comparison.commits) expect(commit.commit.message).not.toBe('')
  })

  it('shows the reverse as behind, and the same commit as identical', async () => {
    const production = await deployedCommit('billing-api')
    const staging = await deployedCommit('billing-api-staging')
    const { comparison: ahead } = await compare(production, staging)
    const { comparison: behind } = await compare(staging, production)
    expect(behind).toMatchObject({
      status: 'behind',
      ahead_by: 0,
      behind_by: ahead.ahead_by,
      commits: [],
    })
    const { comparison: same } = await compare(staging.slice(0, 7), staging)
    expect(same).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0, total_commits: 0 })
  })

  it('shows a development branch as diverged from staging', async () => {
    const staging = await deployedCommit('billing-api-staging')
    const development = await deployedCommit('billing-api-dev')
    const { comparison } = await compare(staging, development)
    expect(comparison.status).toBe('diverged')
    expect(comparison.ahead_by).toBeGreaterThan(0)
    expect(comparison.behind_by).toBeGreaterThan(0)
  })

  it("404s an unknown commit or repository with GitHub's error body", async () => {
    const staging = await deployedCommit('billing-api-staging')
    for (const [base, repo] of [
      ['0'.repeat(40), 'northwind/billing-api'],
      [staging, 'northwind/nothing'],
    ]) {
      const { response, comparison } = await compare(base ?? '', staging, repo)
      expect(response.status).toBe(404)
      expect(comparison).toMatchObject({
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/commits/commits#compare-two-commits',
      })
    }
  })
})

describe('Kolkrabbi GET /apps/{id}/github', () => {
  it('names the connected repository', async () => {
    const response = await fetch(`${KOLKRABBI_API}/apps/${appId('billing-api')}/github`)
    expect(response.status).toBe(200)
    expect(await body(response)).toMatchObject({
      app: { id: appId('billing-api') },
      repo: 'northwind/billing-api',
    })
  })

  it('404s an app that is not connected to GitHub', async () => {
    const response = await fetch(`${KOLKRABBI_API}/apps/${appId('reports-worker')}/github`)
    expect(response.status).toBe(404)
    expect(await body(response)).toMatchObject({ id: 'not_found' })
  })
})

describe("GitHub's pull requests and branches, which review apps are made from", () => {
  it('lists the open pull requests newest first, each with its branch and head', async () => {
    const response = await fetch(`${GITHUB_API}/repos/northwind/billing-api/pulls?state=open`)
    expect(response.status).toBe(200)
    const pulls = await body<
      {
        number: number
        title: string
        head: { ref: string; sha: string }
        user: { login: string }
      }[]
    >(response)
    expect(pulls.map((pull) => pull.number)).toEqual([151, 147, 142, 139])
    expect(pulls[0]).toMatchObject({
      title: 'Spike: usage metering via Kafka',
      head: { ref: 'spike/usage-metering' },
      user: { login: 'marcuschen' },
    })
    expect(pulls[0]?.head.sha).toMatch(/^[0-9a-f]{40}$/)
  })

  it('lists the branches, main among them', async () => {
    const response = await fetch(`${GITHUB_API}/repos/northwind/billing-api/branches`)
    const branches = await body<{ name: string }[]>(response)
    expect(branches.map((branch) => branch.name)).toContain('main')
    expect(branches.map((branch) => branch.name)).toContain('feature/invoice-pdf')
  })

  it('is not found for a repository it does not hold', async () => {
    const response = await fetch(`${GITHUB_API}/repos/northwind/nothing-here/pulls`)
    expect(response.status).toBe(404)
  })
})

describe("Kolkrabbi's pipeline repository, with Heroku CI on or off", () => {
  const { pipelineId } = mock
  const repository = (init?: RequestInit) =>
    fetch(`${KOLKRABBI_API}/pipelines/${pipelineId('billing-api')}/repository`, init)

  it('says CI is on for billing-api, and turns it off and on', async () => {
    expect(await body<{ ci: boolean }>(await repository())).toMatchObject({
      repository: { name: 'northwind/billing-api' },
      ci: true,
    })
    const off = await repository({ method: 'PATCH', body: JSON.stringify({ ci: false }) })
    expect(off.status).toBe(200)
    expect((await body<{ ci: boolean }>(await repository())).ci).toBe(false)
    const bad = await repository({ method: 'PATCH', body: JSON.stringify({ ci: 'yes' }) })
    expect(bad.status).toBe(422)
  })
})
