/**
 * The index of the last start at or before `time` in ascending `starts`, or -1 when `time` comes
 * before them all (binary search: O(log n) per `timeupdate`, even for 3,000 segments).
 */
export function findActiveSegment(starts: readonly number[], time: number): number {
  if (!Number.isFinite(time)) {
    return -1
  }
  let low = 0
  let high = starts.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if ((starts[middle] ?? Number.POSITIVE_INFINITY) <= time) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}
