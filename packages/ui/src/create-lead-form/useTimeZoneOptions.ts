'use client'
import { useSyncExternalStore } from 'react'
import { supportedTimeZones, viewerTimeZone } from '../utils/supportedTimeZones.ts'

const subscribeNever = () => () => {}
const NO_ZONES: string[] = []
let zonesCache: string[] | undefined
const clientZones = () => {
  zonesCache ??= supportedTimeZones()
  return zonesCache
}
const clientViewerZone = () => viewerTimeZone()
const serverZones = () => NO_ZONES
const serverViewerZone = () => ''

/**
 * The zones to suggest and the viewer's own. Both are empty on the server and during hydration:
 * the server's ICU data and clock zone are not the viewer's, so rendering them would mismatch.
 */
export function useTimeZoneOptions(): { zones: string[]; viewerZone: string } {
  const zones = useSyncExternalStore(subscribeNever, clientZones, serverZones)
  const viewerZone = useSyncExternalStore(subscribeNever, clientViewerZone, serverViewerZone)
  return { zones, viewerZone }
}
