/** Binary search shared by the search shards and the home list's rows. */

/** The position of the last item of `sorted` (ascending) that is ≤ `value`; 0 when none is. */
export function lastAtMost<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
