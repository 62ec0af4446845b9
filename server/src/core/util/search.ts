// Binary search over ascending numbers (offsets, line starts, the first fact of each file). Written once: the
// "last at or before" form is easy to get wrong by one.

/** Index of the last value at or before `target`, or -1 when every value is after it. */
export function lastAtOrBefore(sorted: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] <= target) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Index of the first value at or after `target` (`sorted.length` when there is none). */
export function firstAtOrAfter(sorted: ArrayLike<number>, target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
