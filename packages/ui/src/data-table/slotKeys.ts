/**
 * Keys for the rendered rows that reuse the DOM rows leaving the window for the rows entering it.
 *
 * A row that stays in view keeps its key (and its DOM, focus included); a row coming into view
 * takes a key a departed row freed, so React updates that row's cells in place instead of
 * removing one row and building another. On a jump (a dragged scrollbar, Ctrl+End) every row is
 * new, and this turns 20–30 row removals and insertions per frame into text and attribute updates.
 */
export class SlotKeys {
  #slotOf = new Map<number, number>()

  /** One key per index, in order; indexes must be distinct. */
  assign(indexes: readonly number[]): number[] {
    const next = new Map<number, number>()
    const taken = new Set<number>()
    for (const index of indexes) {
      const slot = this.#slotOf.get(index)
      if (slot !== undefined) {
        next.set(index, slot)
        taken.add(slot)
      }
    }
    let free = 0
    const keys = indexes.map((index) => {
      let slot = next.get(index)
      if (slot === undefined) {
        while (taken.has(free)) {
          free++
        }
        slot = free
        taken.add(slot)
        next.set(index, slot)
      }
      return slot
    })
    this.#slotOf = next
    return keys
  }
}
