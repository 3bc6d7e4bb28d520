import { LeadsTable } from '@aura-kit/ui'
import { LEADS } from './fixtures.ts'

/** Plain host markup beside a kit table, as a partner's page would have it. */
export function HostPage() {
  return (
    <>
      <main id="host-page">
        <h1>Partner CRM</h1>
        <p>
          Leads synced from Aura. <a href="#settings">Settings</a> · <small>updated hourly</small>
        </p>
        <form>
          <label htmlFor="host-search">Search</label>
          <input id="host-search" type="text" placeholder="Name or email" />
          <select aria-label="Owner" defaultValue="me">
            <option value="me">Me</option>
            <option value="team">My team</option>
          </select>
          <textarea aria-label="Note" defaultValue="Call back on Monday" />
          <button type="button">Save</button>
        </form>
        <ul>
          <li>First item</li>
          <li>
            Second item with <strong>bold</strong> and <code>code</code>
          </li>
        </ul>
        <table>
          <thead>
            <tr>
              <th>Account</th>
              <th>Owner</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Trellis Health</td>
              <td>Dana</td>
            </tr>
          </tbody>
        </table>
      </main>
      <div id="host-kit">
        <LeadsTable locale="en-US" timeZone="UTC" data={LEADS} />
      </div>
    </>
  )
}
