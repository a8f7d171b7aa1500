/**
 * The soak row of `npm run bench` (issue 17): a 12-widget big screen left on for weeks, compressed
 * with an accelerated (manual) clock: N page rotations (default 10,000) with a refresh of its
 * document every fifth. Reports the retained heap growth after garbage collection between the
 * first rotations and the last (budget ≤ 2 MB), whether timers due together still fire in the same
 * clock tick, the timers alive, and canvases alive in the heap but no longer in the page
 * (detached: budget 0, found with CDP `Runtime.queryObjects`).
 */
import { row } from './report.mjs';

export const SOAK_HEAP_BUDGET = 2 * 1024 * 1024;

/** Canvases in the page's heap and how many of them are not in the document (across shadow roots). */
async function canvases(p) {
  const cdp = await p.page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'HTMLCanvasElement.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return JSON.stringify({ all: this.length, detached: this.filter((c) => !c.isConnected && c.width * c.height > 0).length }); }',
    returnByValue: true,
  });
  await cdp.detach();
  return JSON.parse(result.value);
}

export async function soakRows({ open, rotations, src }) {
  const p = await open('soak.html');
  try {
    await p.page.setViewport({ width: 1920, height: 1080, deviceScaleFactor: 1 });
    const setup = await p.call('setup', { src });
    if (setup.widgets !== 12) throw new Error(`soak: ${setup.widgets} widgets on the stage`);
    const warm = Math.min(50, Math.max(10, Math.floor(rotations / 20)));
    await p.call('rotate', { rotations: warm });
    const heapBefore = await p.heap();
    const t0 = Date.now();
    // In chunks: one page.evaluate may not outlast the protocol timeout (180 s).
    let run = null;
    let turned = 0;
    for (let left = rotations - warm; left > 0; left -= 500) {
      run = await p.call('rotate', { rotations: Math.min(500, left) });
      turned += run.rotations;
    }
    run = { ...run, rotations: turned };
    const seconds = (Date.now() - t0) / 1000;
    const heapAfter = await p.heap();
    const canvas = await canvases(p);
    const growth = heapAfter - heapBefore;
    const ref = `${rotations} rotations, ${run.loads} rb-load events, 12 widgets, ${seconds.toFixed(0)} s`;
    return {
      rows: [
        row({ id: 'soak.heap', section: 'soak', label: 'retained heap growth after rotations (gc)', value: growth, unit: 'B', text: `${(growth / 1024).toFixed(0)} KB`, ref, budget: '≤ 2 MB', limit: SOAK_HEAP_BUDGET }),
        row({ id: 'soak.same-tick', section: 'soak', label: 'timers due together fired apart', value: run.apart, unit: '', text: `${run.apart} of ${run.refreshes} (together: ${run.together})`, ref: `${run.timers} timers alive at the end`, budget: '0', limit: 0 }),
        row({ id: 'soak.detached-canvases', section: 'soak', label: 'detached canvases left', value: canvas.detached, unit: '', text: `${canvas.detached} of ${canvas.all} in the heap`, ref, budget: '0', limit: 0 }),
      ],
      raw: { setup, run, heapBefore, heapAfter, canvas, seconds, rotations },
    };
  } finally {
    await p.close();
  }
}
