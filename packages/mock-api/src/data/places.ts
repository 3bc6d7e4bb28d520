import type { Random } from './random.ts'

export interface City {
  city: string
  region: string
  latitude: number
  longitude: number
  timezone: string
}

export interface Country {
  country: string
  countryCode: string
  dialCode: string
  /** Digits after the country code. */
  nationalLength: number
  language: string
  topLevelDomain: string
  cities: readonly City[]
}

const city = (
  name: string,
  region: string,
  latitude: number,
  longitude: number,
  timezone: string,
): City => ({
  city: name,
  region,
  latitude,
  longitude,
  timezone,
})

// biome-ignore format: compact data table
const COUNTRIES: readonly (readonly [Country, number])[] = [
  [{ country: 'United States', countryCode: 'US', dialCode: '1', nationalLength: 10, language: 'en-US', topLevelDomain: 'com', cities: [
    city('New York', 'New York', 40.7128, -74.006, 'America/New_York'),
    city('San Francisco', 'California', 37.7749, -122.4194, 'America/Los_Angeles'),
    city('Chicago', 'Illinois', 41.8781, -87.6298, 'America/Chicago'),
    city('Austin', 'Texas', 30.2672, -97.7431, 'America/Chicago'),
    city('Denver', 'Colorado', 39.7392, -104.9903, 'America/Denver'),
    city('Miami', 'Florida', 25.7617, -80.1918, 'America/New_York'),
  ] }, 30],
  [{ country: 'Canada', countryCode: 'CA', dialCode: '1', nationalLength: 10, language: 'en-CA', topLevelDomain: 'ca', cities: [
    city('Toronto', 'Ontario', 43.6532, -79.3832, 'America/Toronto'),
    city('Vancouver', 'British Columbia', 49.2827, -123.1207, 'America/Vancouver'),
    city('Montréal', 'Quebec', 45.5019, -73.5674, 'America/Toronto'),
  ] }, 6],
  [{ country: 'United Kingdom', countryCode: 'GB', dialCode: '44', nationalLength: 10, language: 'en-GB', topLevelDomain: 'co.uk', cities: [
    city('London', 'England', 51.5072, -0.1276, 'Europe/London'),
    city('Manchester', 'England', 53.4808, -2.2426, 'Europe/London'),
    city('Edinburgh', 'Scotland', 55.9533, -3.1883, 'Europe/London'),
  ] }, 10],
  [{ country: 'Ireland', countryCode: 'IE', dialCode: '353', nationalLength: 9, language: 'en-IE', topLevelDomain: 'ie', cities: [
    city('Dublin', 'Leinster', 53.3498, -6.2603, 'Europe/Dublin'),
  ] }, 2],
  [{ country: 'Germany', countryCode: 'DE', dialCode: '49', nationalLength: 11, language: 'de-DE', topLevelDomain: 'de', cities: [
    city('Berlin', 'Berlin', 52.52, 13.405, 'Europe/Berlin'),
    city('München', 'Bayern', 48.1351, 11.582, 'Europe/Berlin'),
    city('Hamburg', 'Hamburg', 53.5511, 9.9937, 'Europe/Berlin'),
  ] }, 8],
  [{ country: 'France', countryCode: 'FR', dialCode: '33', nationalLength: 9, language: 'fr-FR', topLevelDomain: 'fr', cities: [
    city('Paris', 'Île-de-France', 48.8566, 2.3522, 'Europe/Paris'),
    city('Lyon', 'Auvergne-Rhône-Alpes', 45.764, 4.8357, 'Europe/Paris'),
  ] }, 5],
  [{ country: 'Netherlands', countryCode: 'NL', dialCode: '31', nationalLength: 9, language: 'nl-NL', topLevelDomain: 'nl', cities: [
    city('Amsterdam', 'Noord-Holland', 52.3676, 4.9041, 'Europe/Amsterdam'),
    city('Rotterdam', 'Zuid-Holland', 51.9244, 4.4777, 'Europe/Amsterdam'),
  ] }, 5],
  [{ country: 'Spain', countryCode: 'ES', dialCode: '34', nationalLength: 9, language: 'es-ES', topLevelDomain: 'es', cities: [
    city('Madrid', 'Comunidad de Madrid', 40.4168, -3.7038, 'Europe/Madrid'),
    city('Barcelona', 'Cataluña', 41.3874, 2.1686, 'Europe/Madrid'),
  ] }, 4],
  [{ country: 'Sweden', countryCode: 'SE', dialCode: '46', nationalLength: 9, language: 'sv-SE', topLevelDomain: 'se', cities: [
    city('Stockholm', 'Stockholms län', 59.3293, 18.0686, 'Europe/Stockholm'),
  ] }, 2],
  [{ country: 'Australia', countryCode: 'AU', dialCode: '61', nationalLength: 9, language: 'en-AU', topLevelDomain: 'com.au', cities: [
    city('Sydney', 'New South Wales', -33.8688, 151.2093, 'Australia/Sydney'),
    city('Melbourne', 'Victoria', -37.8136, 144.9631, 'Australia/Melbourne'),
    city('Perth', 'Western Australia', -31.9523, 115.8613, 'Australia/Perth'),
  ] }, 5],
  [{ country: 'New Zealand', countryCode: 'NZ', dialCode: '64', nationalLength: 9, language: 'en-NZ', topLevelDomain: 'co.nz', cities: [
    city('Auckland', 'Auckland', -36.8485, 174.7633, 'Pacific/Auckland'),
  ] }, 1],
  [{ country: 'Brazil', countryCode: 'BR', dialCode: '55', nationalLength: 11, language: 'pt-BR', topLevelDomain: 'com.br', cities: [
    city('São Paulo', 'São Paulo', -23.5505, -46.6333, 'America/Sao_Paulo'),
    city('Rio de Janeiro', 'Rio de Janeiro', -22.9068, -43.1729, 'America/Sao_Paulo'),
  ] }, 4],
  [{ country: 'Mexico', countryCode: 'MX', dialCode: '52', nationalLength: 10, language: 'es-MX', topLevelDomain: 'com.mx', cities: [
    city('Ciudad de México', 'CDMX', 19.4326, -99.1332, 'America/Mexico_City'),
  ] }, 3],
  [{ country: 'India', countryCode: 'IN', dialCode: '91', nationalLength: 10, language: 'en-IN', topLevelDomain: 'in', cities: [
    city('Bengaluru', 'Karnataka', 12.9716, 77.5946, 'Asia/Kolkata'),
    city('Mumbai', 'Maharashtra', 19.076, 72.8777, 'Asia/Kolkata'),
  ] }, 4],
  [{ country: 'Singapore', countryCode: 'SG', dialCode: '65', nationalLength: 8, language: 'en-SG', topLevelDomain: 'sg', cities: [
    city('Singapore', 'Singapore', 1.3521, 103.8198, 'Asia/Singapore'),
  ] }, 2],
  [{ country: 'United Arab Emirates', countryCode: 'AE', dialCode: '971', nationalLength: 9, language: 'ar-AE', topLevelDomain: 'ae', cities: [
    city('Dubai', 'Dubai', 25.2048, 55.2708, 'Asia/Dubai'),
  ] }, 2],
  [{ country: 'Japan', countryCode: 'JP', dialCode: '81', nationalLength: 10, language: 'ja-JP', topLevelDomain: 'jp', cities: [
    city('東京', 'Tokyo', 35.6762, 139.6503, 'Asia/Tokyo'),
  ] }, 2],
  [{ country: 'South Africa', countryCode: 'ZA', dialCode: '27', nationalLength: 9, language: 'en-ZA', topLevelDomain: 'co.za', cities: [
    city('Cape Town', 'Western Cape', -33.9249, 18.4241, 'Africa/Johannesburg'),
    city('Johannesburg', 'Gauteng', -26.2041, 28.0473, 'Africa/Johannesburg'),
  ] }, 2],
]

export interface Place {
  country: Country
  city: City
}

export function pickPlace(random: Random): Place {
  const country = random.weighted(COUNTRIES)
  return { country, city: random.pick(country.cities) }
}

/** An E.164 number (`^\+[1-9]\d{1,14}$`) for the country. */
export function makePhone(random: Random, country: Country): string {
  return `+${country.dialCode}${random.int(2, 9)}${random.string('0123456789', country.nationalLength - 1)}`
}

export function makeIpAddress(random: Random): string {
  if (random.chance(0.15)) {
    return `2a02:${random.string('0123456789abcdef', 4)}:${random.string('0123456789abcdef', 4)}::${random.string('0123456789abcdef', 4)}`
  }
  return `${random.int(23, 212)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`
}
