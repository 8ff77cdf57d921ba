/** Source tarballs over HTTP: what `heroku ci:run` uploads and `pipelines:setup` builds from. */
import { describe, expect, it } from 'vitest'
import { api, body, useMockServer } from './heroku-client'

const mock = useMockServer()

interface Source {
  source_blob: { get_url: string; put_url: string }
}

describe('a source upload', () => {
  it('goes where POST /sources said, and is read back from there', async () => {
    const { source_blob } = await body<Source>(await api('/sources', { method: 'POST' }))
    const tarball = new Uint8Array([31, 139, 8, 0, 1, 2, 3])
    expect((await fetch(source_blob.put_url, { method: 'PUT', body: tarball })).status).toBe(200)
    const read = await fetch(source_blob.get_url)
    expect(read.status).toBe(200)
    expect(new Uint8Array(await read.arrayBuffer())).toEqual(tarball)
  })

  it('is refused at an address POST /sources never gave, and nothing is kept', async () => {
    const made = 'https://release-output.heroku.com/source-blobs/not-issued.tar.gz'
    expect((await fetch(made, { method: 'PUT', body: 'x' })).status).toBe(403)
    expect((await fetch(made)).status).toBe(404)
  })
})

describe("a GitHub archive link (Kolkrabbi's)", () => {
  it("names a branch's head, answers for the commit it holds, and 404 for a ref it lacks", async () => {
    const main = mock.backend.platform.state.branches['northwind/billing-api']?.main
    const headers = { Authorization: 'Bearer demo' }
    const linked = await fetch(
      'https://kolkrabbi.heroku.com/github/repos/northwind/billing-api/tarball/main',
      { headers },
    )
    const { archive_link } = (await linked.json()) as { archive_link: string }
    expect(archive_link).toBe(
      `https://release-output.heroku.com/github-archives/northwind/billing-api/${main}.tar.gz`,
    )
    expect((await fetch(archive_link, { method: 'HEAD' })).status).toBe(200)
    const missing = await fetch(
      'https://kolkrabbi.heroku.com/github/repos/northwind/billing-api/tarball/no-such-branch',
      { headers },
    )
    expect(missing.status).toBe(404)
  })
})
