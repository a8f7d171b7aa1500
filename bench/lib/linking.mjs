/**
 * The linking rows of `npm run bench` (issue 18): a 12-widget dashboard with `link: true`, a
 * selection or a period change → every widget's next frame painted, median (budget ≤ 100 ms).
 */
import { median, p95 } from './stats.mjs';
import { ms, row } from './report.mjs';

export const LINK_BUDGET_MS = 100;

export async function linkingRows({ open, runs, src }) {
  const p = await open('linking.html');
  try {
    // A tall window (as a big screen is): all twelve widgets in view, so every chart starts and redraws.
    await p.page.setViewport({ width: 1366, height: 2400, deviceScaleFactor: 1 });
    const setup = await p.call('setup', { src });
    if (setup.widgets !== 12 || setup.errors) throw new Error(`linked dashboard: ${setup.widgets} widgets, ${setup.errors} errors`);
    const { selection, period } = await p.call('changes', { runs });
    const make = (id, label, times) =>
      row({
        id: `link.${id}`,
        section: 'link',
        label,
        value: median(times),
        unit: 'ms',
        text: `${ms(median(times))} (p95 ${ms(p95(times))}, ${times.length} changes)`,
        ref: `12 widgets, ${setup.charts} charts`,
        budget: `≤ ${LINK_BUDGET_MS} ms`,
        limit: LINK_BUDGET_MS,
      });
    return {
      rows: [make('selection', 'selection → every widget painted, median', selection), make('period', 'period change → every widget painted, median', period)],
      raw: { setup, selection, period },
    };
  } finally {
    await p.close();
  }
}
