/**
 * The soak row of `npm run bench` (issue 17): a 12-widget big screen left on for weeks, compressed
 * with an accelerated (manual) clock: N page rotations (default 10,000) with a refresh of its
 * document every fifth. Reports the retained heap growth after garbage collection between the end
 * of a warm-up (5 % of the rotations, 50 to 500) and the last rotation (budget ≤ 2 MB), whether
 * timers due together still fire in the same clock tick, the timers alive, and canvases alive in
 * the heap but no longer in the page (detached: budget 0, found with CDP `Runtime.queryObjects`).
 *
 * The heap is V8's (JS objects and compiled code) plus Blink's (DOM and style objects, the
 * "embedder" heap of `Runtime.getHeapUsage`): a leak of DOM-side objects is invisible in the JS heap
 * alone (one such was 160 bytes per `<thead>` inserted, see `src/core/data-table.ts`). Each reading
 * is the median of three, each after two forced collections. The warm-up is left out because V8
 * keeps compiling hot code for the first few hundred rotations (about 1 MB of code, which levels
 * off); the growth over the second half of the run, per 1,000 rotations, tells a leak (it stays)
 * from warm-up (it falls towards 0).
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

/** JS (V8) and DOM (Blink) heap in use after forced garbage collection: the median of three readings. */
async function heapReading(p) {
  const cdp = await p.page.createCDPSession();
  const readings = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const u = await cdp.send('Runtime.getHeapUsage');
    readings.push({ js: u.usedSize, dom: u.embedderHeapUsedSize ?? 0 });
  }
  await cdp.detach();
  const mid = (key) => readings.map((r) => r[key]).sort((a, b) => a - b)[1];
  return { js: mid('js'), dom: mid('dom'), total: mid('js') + mid('dom') };
}

const kbText = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024).toFixed(0)} KB`;

export async function soakRows({ open, rotations, src }) {
  const p = await open('soak.html');
  try {
    // Puppeteer's own session has DevTools' Network domain on, which keeps a record of every
    // request (about 290 B per refresh, 2,000 refreshes here): that is the bench's memory, not the
    // screen's, so it is turned off for this page (through the session Puppeteer itself uses).
    const networkOff = typeof p.page._client === 'function' ? await p.page._client().send('Network.disable').then(() => true, () => false) : false;
    await p.page.setViewport({ width: 1920, height: 1080, deviceScaleFactor: 1 });
    const setup = await p.call('setup', { src });
    if (setup.widgets !== 12) throw new Error(`soak: ${setup.widgets} widgets on the stage`);
    const warm = Math.min(500, Math.max(50, Math.floor(rotations / 20)));
    await p.call('rotate', { rotations: warm });
    const heapBefore = await heapReading(p);
    const t0 = Date.now();
    // In chunks: one page.evaluate may not outlast the protocol timeout (180 s). A reading after each.
    let run = null;
    let turned = 0;
    const samples = [{ rotations: warm, ...heapBefore }];
    const chunk = Math.max(50, Math.min(500, Math.ceil((rotations - warm) / 10)));
    for (let left = rotations - warm; left > 0; left -= chunk) {
      run = await p.call('rotate', { rotations: Math.min(chunk, left) });
      turned += run.rotations;
      samples.push({ rotations: warm + turned, ...(await heapReading(p)) });
    }
    run = { ...run, rotations: turned };
    const seconds = (Date.now() - t0) / 1000;
    const heapAfter = samples[samples.length - 1];
    const canvas = await canvases(p);
    const growth = heapAfter.total - heapBefore.total;
    // The second half of the run: a leak keeps its slope, warm-up falls towards 0.
    const half = samples.find((s) => s.rotations >= warm + turned / 2) ?? heapBefore;
    const lateSlope = heapAfter.rotations > half.rotations ? ((heapAfter.total - half.total) / (heapAfter.rotations - half.rotations)) * 1000 : NaN;
    const ref = `${warm + turned} rotations (${warm} warm-up), ${run.loads} rb-load events, 12 widgets, ${seconds.toFixed(0)} s${networkOff ? '' : ', DevTools network log on'}`;
    return {
      rows: [
        row({ id: 'soak.heap', section: 'soak', label: 'retained heap growth after warm-up (JS + DOM, gc)', value: growth, unit: 'B', text: `${kbText(growth)} (JS ${kbText(heapAfter.js - heapBefore.js)}, DOM ${kbText(heapAfter.dom - heapBefore.dom)})`, ref, budget: '≤ 2 MB', limit: SOAK_HEAP_BUDGET }),
        row({ id: 'soak.heap-late', section: 'soak', label: '  growth over the second half, per 1000 rotations', value: lateSlope, unit: 'B', text: `${kbText(lateSlope)} / 1000 rotations`, ref: `from rotation ${half.rotations} to ${heapAfter.rotations}` }),
        row({ id: 'soak.same-tick', section: 'soak', label: 'timers due together fired apart', value: run.apart, unit: '', text: `${run.apart} of ${run.refreshes} (together: ${run.together})`, ref: `${run.timers} timers alive at the end`, budget: '0', limit: 0 }),
        row({ id: 'soak.detached-canvases', section: 'soak', label: 'detached canvases left', value: canvas.detached, unit: '', text: `${canvas.detached} of ${canvas.all} in the heap`, ref, budget: '0', limit: 0 }),
      ],
      raw: { setup, run, networkOff, warm, heapBefore, heapAfter, samples, lateSlope, canvas, seconds, rotations },
    };
  } finally {
    await p.close();
  }
}
