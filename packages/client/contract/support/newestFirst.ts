/** Aura's list order: `created_at` descending, then `id` descending. Negative: `left` comes first. */
export function newestFirst(
  left: { created_at?: string | null; id: string },
  right: { created_at?: string | null; id: string },
): number {
  const leftTime = left.created_at ?? ''
  const rightTime = right.created_at ?? ''
  if (leftTime !== rightTime) {
    return leftTime > rightTime ? -1 : 1
  }
  return left.id === right.id ? 0 : left.id > right.id ? -1 : 1
}
