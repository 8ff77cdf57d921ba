import { fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { expect, it } from 'vitest'
import { pipelineIdOf } from '@/test/demo-ids'
import { mockApi, recordRequests } from '@/test/mock-api'
import { renderApp } from '@/test/render'

const requests = recordRequests()
const renames = () => requests.filter((request) => request.method === 'PATCH')

/** A PATCH the API answers only when the test says so, with a refusal. */
function refuseRenameWhenReleased() {
  let release = () => {}
  const answered = new Promise<void>((resolve) => (release = resolve))
  mockApi.server.use(
    http.patch('https://api.heroku.com/pipelines/:id', async () => {
      await answered
      return HttpResponse.json(
        { id: 'invalid_params', message: 'Name billing-core is <b>reserved</b>.' },
        { status: 422 },
      )
    }),
  )
  return release
}

/** The billing-api board, its Rename dialog open, and what a test types into. */
async function openRename() {
  const user = userEvent.setup()
  renderApp(`/pipelines/${pipelineIdOf('billing-api')}`)
  await user.click(await screen.findByRole('button', { name: 'Rename' }))
  const dialog = await screen.findByRole('dialog', { name: 'Rename billing-api' })
  const name = within(dialog).getByRole('textbox', { name: 'New name' })
  return { user, dialog, name }
}

it('checks the name first, sends one request, and shows the refusal inside', async () => {
  const release = refuseRenameWhenReleased()
  const { user, dialog, name } = await openRename()
  const submit = within(dialog).getByRole('button', { name: 'Rename pipeline' })

  await user.clear(name)
  await user.type(name, 'Billing Core')
  await user.click(submit)
  expect(within(dialog).getByRole('alert')).toHaveTextContent('Pipeline name must be lowercase.')
  expect(renames()).toEqual([])

  await user.clear(name)
  await user.type(name, 'billing-core')
  await user.dblClick(submit)
  expect(await within(dialog).findByRole('button', { name: 'Renaming…' })).toBeDisabled()
  // A browser's fast double click can submit again before the button is disabled: nothing is sent.
  fireEvent.submit(submit.closest('form') as HTMLFormElement)
  // Closing stays possible while Heroku thinks: it takes nothing back.
  expect(within(dialog).getByRole('button', { name: 'Close' })).toBeEnabled()

  release()
  const alert = await within(dialog).findByRole('alert')
  expect(alert).toHaveTextContent('billing-api was not renamed')
  expect(alert).toHaveTextContent('Name billing-core is <b>reserved</b>.')
  expect(alert).toHaveTextContent('Error ID: invalid_params')
  expect(renames()).toHaveLength(1)

  // Closed and opened again, the form starts over: the current name, no error.
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Rename' }))
  const again = await screen.findByRole('dialog', { name: 'Rename billing-api' })
  expect(within(again).getByRole('textbox', { name: 'New name' })).toHaveValue('billing-api')
  expect(within(again).queryByRole('alert')).not.toBeInTheDocument()
})

it('can be closed while Heroku is slow to answer, and then tells how it ended in a toast', async () => {
  const release = refuseRenameWhenReleased()
  const { user, dialog, name } = await openRename()
  await user.clear(name)
  await user.type(name, 'billing-core')
  await user.click(within(dialog).getByRole('button', { name: 'Rename pipeline' }))
  expect(
    await within(dialog).findByText(
      /Still waiting for Heroku\. You can close this/,
      {},
      { timeout: 4000 },
    ),
  ).toBeInTheDocument()

  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  // The page is usable meanwhile: its buttons answer.
  expect(screen.getByRole('button', { name: 'Rename' })).toBeEnabled()

  release()
  const toast = await screen.findByText(
    /billing-api was not renamed: Name billing-core is <b>reserved<\/b>\./,
  )
  expect(toast).toBeInTheDocument()
  expect(renames()).toHaveLength(1)
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('billing-api')
})
