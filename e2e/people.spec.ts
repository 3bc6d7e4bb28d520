import { expect, test } from '@playwright/test'
import { CLERK_USERS } from '../packages/mock-api/src/data/constants.ts'
import {
  allItems,
  collectErrors,
  columnTexts,
  expectLoadedRows,
  grid,
  loadedRows,
} from './helpers.ts'

/** The demo gives the kit the mock's team (`users` and `resolveUser`). */
const names = new Set(CLERK_USERS.map((user) => user.name))
const person = (name: string) => {
  const user = CLERK_USERS.find((item) => item.name === name)
  expect(user, name).toBeDefined()
  return user as (typeof CLERK_USERS)[number]
}

interface CallRow {
  id: string
  closer_id?: string | null
  setter_id?: string | null
}

test('closers show by name in the calls table and on a call page', async ({ page, request }) => {
  const errors = collectErrors(page)
  await page.goto('/calls')
  const table = grid(page, 'Calls')
  await expectLoadedRows(table, 50)
  const closers = (await columnTexts(table, 'closer')).filter((text) => text !== '—')
  expect(closers.length).toBeGreaterThan(0)
  for (const closer of closers) {
    expect(names, closer).toContain(closer)
  }

  const calls = await allItems<CallRow>(request, '/v1/calls?status=closed')
  const call = calls.find((item) => item.closer_id && item.setter_id) as CallRow
  const closer = CLERK_USERS.find((user) => user.id === call.closer_id)
  const setter = CLERK_USERS.find((user) => user.id === call.setter_id)
  await page.goto(`/calls/${call.id}`)
  const transcript = page.getByRole('region', { name: 'Call transcript' })
  await expect(transcript).toContainText(closer?.name as string)
  await expect(transcript).toContainText(setter?.name as string)
  await expect(transcript).not.toContainText(call.closer_id as string)
  expect(errors).toEqual([])
})

test('the assignee filter is a picker of the team by name; the URL keeps the id', async ({
  page,
}) => {
  const maya = person('Maya Chen')
  const jonas = person('Jonas Weber')
  await page.goto(`/leads?assignedToId=${maya.id}`)
  const table = grid(page, 'Leads')
  await expect.poll(() => loadedRows(table)).toBeGreaterThan(0)
  const assignee = page.getByRole('combobox', { name: 'Assignee' })
  await expect(assignee).toHaveValue(maya.name)
  const suggestions = await page
    .locator(`datalist#${await assignee.getAttribute('list')} option`)
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
  expect(new Set(suggestions)).toEqual(names)

  await assignee.fill(jonas.name)
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(`/leads?assignedToId=${jonas.id}`)
  await expect(assignee).toHaveValue(jonas.name)
})
