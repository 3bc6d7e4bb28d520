import {
  type AuraClient,
  createAuraClient,
  createOctanistClient,
  type OctanistClient,
} from '@aura-kit/client'
import { type Connection, MOCK_TOKEN } from './connection.ts'

export interface DemoClients {
  client: AuraClient
  octanistClient: OctanistClient
}

/** Both clients for a connection; the mock lives on the page's own origin. */
export function createClients(connection: Connection, origin: string): DemoClients {
  if (connection.kind === 'mock') {
    const getToken = () => MOCK_TOKEN
    return {
      client: createAuraClient({ baseUrl: origin, getToken }),
      octanistClient: createOctanistClient({ baseUrl: `${origin}/api`, getToken }),
    }
  }
  const getToken = () => connection.token
  return {
    client: createAuraClient({ baseUrl: connection.baseUrl, getToken }),
    octanistClient: createOctanistClient({ baseUrl: connection.octanistBaseUrl, getToken }),
  }
}
