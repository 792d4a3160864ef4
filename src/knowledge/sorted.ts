/** How many of the ascending `positions` are below `limit` (a binary search). */
export function countBelow(positions: readonly number[], limit: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] as number) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
