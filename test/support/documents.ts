/** Small documents that several test files build on. */

/** A county with one reported indicator (工业总产值, in 元, for 2024) of the given value. */
export const oneIndicatorDocument = (value: number) => ({
  format: 'region-brand-data',
  version: 1,
  region: { id: 'r', name: '某县', level: 'county' },
  asOf: '2025-06-30',
  indicators: [{ id: 'output', name: '工业总产值', unit: '元', reported: { period: '2024', value } }],
});
