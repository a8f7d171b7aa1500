/** Small statistics helpers for timing samples (milliseconds). */

/** Sorted copy of the finite numbers of a list. */
const sorted = (xs) => xs.filter(Number.isFinite).sort((a, b) => a - b);

/** Value at quantile q ∈ [0, 1] (linear interpolation between closest ranks). */
export function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/** Median, p95, min, max and count of a sample, rounded to 0.1 ms. */
export function summary(xs) {
  const r = (x) => Math.round(x * 10) / 10;
  const s = sorted(xs);
  return { median: r(median(s)), p95: r(p95(s)), min: r(s[0]), max: r(s[s.length - 1]), n: s.length };
}
