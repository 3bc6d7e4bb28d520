import type { Random } from './random.ts'

// biome-ignore format: compact data table
export const FIRST_NAMES: readonly string[] = [
  'James', 'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Lucas', 'Mia', 'Mateo', 'Sofía',
  'Hiroshi', 'Yuki', 'Aarav', 'Ananya', 'Chloé', 'Louis', 'Lena', 'Felix', 'Astrid', 'Erik',
  'Fatima', 'Omar', 'Zanele', 'Thabo', 'Wei', 'Mei', 'Ji-woo', 'Seo-yeon', 'Diego',
  'Valentina', 'Connor', 'Siobhan', 'Isabella', 'Ethan', 'Grace', 'Nikolai', 'Anya', 'Kwame',
  'Amara', 'Leila', 'Jack', 'Charlotte', 'Oscar', 'Freya', 'Rahul', 'Priyanka', 'João',
  'Beatriz', 'Tomás', 'Elena',
]

// biome-ignore format: compact data table
export const LAST_NAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'García', 'Martínez', 'Müller', 'Schmidt', 'Dubois',
  'Martin', 'Rossi', 'Bianchi', 'Tanaka', 'Suzuki', 'Patel', 'Sharma', 'Kim', 'Park', 'Nguyen',
  'Chen', 'Wang', 'Okafor', 'Mensah', 'Dlamini', 'Silva', 'Santos', "O'Brien", 'Murphy',
  'Jansen', 'de Vries', 'Andersson', 'Johansson', 'Kowalski', 'Novak', 'Ivanova', 'Haddad',
  'Khan', 'Fernández', 'López', 'Taylor', 'Wilson', 'Clarke', 'Walsh', 'Becker', 'Lefèvre',
  'Costa', 'Nakamura', 'Reddy', 'Van der Berg', 'Al-Sayed',
]

// biome-ignore format: compact data table
const COMPANY_STEMS: readonly string[] = [
  'Northwind', 'Bluepeak', 'Lumen', 'Brightpath', 'Ironbark', 'Kestrel', 'Meridian', 'Nimbus',
  'Orbital', 'Pinecrest', 'Quantive', 'Redwood', 'Solace', 'Tidewater', 'Umbra', 'Vantage',
  'Willow', 'Zenith', 'Harbor', 'Copperline', 'Fieldstone', 'Granite', 'Helix', 'Juniper',
  'Larkspur', 'Mosaic', 'Nova', 'Silverline', 'Summit', 'Trellis',
]

// biome-ignore format: compact data table
const COMPANY_KINDS: readonly string[] = [
  'Labs', 'Group', 'Health', 'Analytics', 'Logistics', 'Studio', 'Capital', 'Systems',
  'Dental', 'Fitness', 'Coaching', 'Realty', 'Solar', 'Legal', 'Media', 'Consulting',
  'Software', 'Academy',
]

// biome-ignore format: compact data table
const COMPANY_SUFFIXES: readonly string[] = [
  '', '', '', ' Inc.', ' LLC', ' Ltd', ' GmbH', ' B.V.', ' SAS', ' Pty Ltd',
]

// biome-ignore format: compact data table
const PERSONAL_DOMAINS: readonly string[] = [
  'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.co.uk',
  'gmx.de', 'web.de',
]

export interface Company {
  name: string
  domain: string
}

export function pickCompany(random: Random, topLevelDomain: string): Company {
  const stem = random.pick(COMPANY_STEMS)
  const kind = random.pick(COMPANY_KINDS)
  return {
    name: `${stem} ${kind}${random.pick(COMPANY_SUFFIXES)}`,
    domain: `${slug(stem)}${slug(kind)}.${topLevelDomain}`,
  }
}

export function pickFullName(random: Random): { first: string; last: string; full: string } {
  const first = random.pick(FIRST_NAMES)
  const last = random.pick(LAST_NAMES)
  return { first, last, full: `${first} ${last}` }
}

export function makeEmail(
  random: Random,
  first: string,
  last: string,
  domain: string | null,
): string {
  const firstSlug = slug(first)
  const lastSlug = slug(last)
  const style = random.int(0, 9)
  const local =
    style < 5
      ? `${firstSlug}.${lastSlug}`
      : style < 8
        ? `${firstSlug.charAt(0)}${lastSlug}`
        : `${firstSlug}${random.int(1, 99)}`
  const host = domain !== null && random.chance(0.7) ? domain : random.pick(PERSONAL_DOMAINS)
  return `${local}@${host}`
}

/** Lower-case ASCII letters and digits only (diacritics folded). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
}
