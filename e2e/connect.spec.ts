import { expect, test } from '@playwright/test'
import { expectLoadedRows, grid } from './helpers.ts'

const TOKEN = 'tok_e2e_typed_at_runtime'

/** The same preview server under another origin: a cross-origin API, as a partner's would be. */
const otherOrigin = (baseURL: string | undefined) =>
  (baseURL as string).replace('127.0.0.1', 'localhost')

test('Connect points every request at another API with the typed token; the mock resets it', async ({
  page,
  baseURL,
}) => {
  const remote = otherOrigin(baseURL)
  const leadRequests: Array<{ origin: string; authorization: string | undefined }> = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname === '/v1/leads' && request.method() === 'GET') {
      leadRequests.push({ origin: url.origin, authorization: request.headers().authorization })
    }
  })
  const label = page.getByTestId('connection-label')

  await page.goto('/connect')
  await page.getByLabel('API base URL').fill(`${remote}/`)
  await page.getByLabel('Token').fill(TOKEN)
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page).toHaveURL(/\/leads$/)
  await expectLoadedRows(grid(page, 'Leads'), 50)
  await expect(label).toHaveText(new URL(remote).host)
  expect(leadRequests.at(-1)).toEqual({ origin: remote, authorization: `Bearer ${TOKEN}` })
  // In this tab's session only: never in localStorage, and a reload keeps the connection.
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(TOKEN)
  await page.reload()
  await expectLoadedRows(grid(page, 'Leads'), 50)
  expect(leadRequests.at(-1)).toEqual({ origin: remote, authorization: `Bearer ${TOKEN}` })

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Connect' })
    .click()
  await expect(page.getByTestId('current-connection')).toContainText(remote)
  await page.getByRole('button', { name: 'Use the embedded mock' }).click()
  await expect(label).toHaveText('Embedded mock')
  await expectLoadedRows(grid(page, 'Leads'), 50)
  expect(leadRequests.at(-1)?.origin).toBe(baseURL)
  expect(leadRequests.at(-1)?.authorization).not.toContain(TOKEN)
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage }))).not.toContain(TOKEN)
})

test('?api= opens Connect with that URL and comes back to the page without it', async ({
  page,
  baseURL,
}) => {
  const remote = otherOrigin(baseURL)
  await page.goto(`/calls?status=closed&api=${encodeURIComponent(remote)}`)
  await expect(page).toHaveURL(/\/connect\?/)
  await expect(page.getByLabel('API base URL')).toHaveValue(remote)
  await expect(page.getByLabel('Token')).toHaveValue('')
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page).toHaveURL(/\/calls\?status=closed$/)
  // No token typed, none sent: the API's 401 shows in the table.
  await expect(page.getByRole('alert')).toContainText("Couldn't load data")
  await expect(page.getByRole('alert')).toContainText(/401|unauthori[sz]ed|api key/i)
})

test('Connect refuses a non-http URL and never navigates to an outside `next`', async ({
  page,
}) => {
  await page.goto('/connect?next=//evil.example/leads')
  await page.getByLabel('API base URL').fill('ftp://files.example.com')
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('http(s)')
  // A closed loopback port: the test never sends traffic off this machine.
  await page.getByLabel('API base URL').fill('http://127.0.0.1:9/aura')
  await page.getByRole('button', { name: 'Connect', exact: true }).click()
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/leads$/)
  await expect(page.getByTestId('connection-label')).toHaveText('127.0.0.1:9')
})
