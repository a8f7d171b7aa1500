import { expect } from '@esm-bundle/chai';
import { createClock, manualTimeSource, realTimeSource } from '../../src/core/clock.js';
import { provideClock, withClock } from '../../src/core/clock-context.js';
import { clockFor, pageWideClock } from '../../src/core/page-clock.js';

describe('clock', () => {
  it('fires periodic timers on the grid start + n × period, timers due together in one tick', () => {
    const source = manualTimeSource();
    const clock = createClock(source);
    const fired: [string, number, number][] = [];
    clock.every(20_000, (t) => fired.push(['rotate', t, clock.ticks]));
    clock.every(60_000, (t) => fired.push(['refresh', t, clock.ticks]));
    source.advance(60_000);
    expect(fired.map(([n, t]) => `${n}@${t}`)).to.deep.equal(['rotate@20000', 'rotate@40000', 'rotate@60000', 'refresh@60000']);
    expect(fired[2]![2]).to.equal(fired[3]![2]);
    // A late wake-up (a sleeping laptop) fires once and stays on the grid.
    fired.length = 0;
    source.advance(0);
    const late = manualTimeSource();
    const c2 = createClock({ ...late, wake: (at, tick) => late.wake(at + 7_000, tick) });
    const times: number[] = [];
    c2.every(10_000, (t) => times.push(t));
    late.advance(40_000);
    expect(times).to.deep.equal([17_000, 27_000, 37_000]);
    c2.dispose();
    clock.dispose();
  });

  it('pauses a timer keeping its time left, restarts it, and pauses the whole clock', () => {
    const source = manualTimeSource();
    const clock = createClock(source);
    let n = 0;
    const timer = clock.every(1000, () => n++);
    source.advance(600);
    timer.pause();
    source.advance(5000);
    expect(n).to.equal(0);
    expect(timer.remaining).to.equal(400);
    timer.resume();
    source.advance(400);
    expect(n).to.equal(1);
    timer.restart();
    source.advance(999);
    expect(n).to.equal(1);
    source.advance(1);
    expect(n).to.equal(2);
    clock.pause();
    source.advance(10_000);
    expect(n).to.equal(2);
    clock.resume();
    source.advance(1000);
    expect(n).to.equal(3);
    clock.dispose();
  });

  it('runs animations on frames with progress up to 1, then drops them; after() fires once', () => {
    const source = manualTimeSource();
    const clock = createClock(source);
    const progress: number[] = [];
    clock.animate(100, (p) => progress.push(p));
    let once = 0;
    clock.after(50, () => once++);
    expect(clock.size).to.equal(2);
    source.advance(500);
    expect(progress.at(-1)).to.equal(1);
    expect(progress.length).to.be.within(6, 8);
    expect([...progress].sort((a, b) => a - b)).to.deep.equal(progress);
    expect(once).to.equal(1);
    expect(clock.size).to.equal(0);
  });

  it('cancels everything on dispose and hands out inert timers afterwards', () => {
    const source = manualTimeSource();
    const clock = createClock(source);
    let n = 0;
    const t = clock.every(10, () => n++);
    clock.dispose();
    source.advance(100);
    expect(n).to.equal(0);
    expect(t.active).to.equal(false);
    const late = clock.every(10, () => n++);
    source.advance(100);
    expect([n, late.active, clock.size]).to.deep.equal([0, false, 0]);
  });

  it('runs on real time, accelerated', async () => {
    const clock = createClock(realTimeSource(1000));
    const fired = await new Promise<number>((done) => clock.after(5_000, (t) => done(t)));
    expect(fired).to.be.at.least(5_000);
    expect(clock.size).to.equal(0);
    clock.dispose();
  });

  it('gives an element the clock of the provider it is or sits in, across shadow roots, else the page clock', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    const clock = createClock(manualTimeSource());
    const stop = provideClock(host, () => clock);
    expect(clockFor(inner)).to.equal(clock);
    expect(clockFor(host)).to.equal(clock);
    expect(clockFor(document.body)).to.equal(pageWideClock());
    clock.dispose();
    expect(clockFor(inner)).to.equal(pageWideClock());
    stop();
    host.remove();
  });

  it('withClock starts a timer on the provider\'s clock at once, else on the page clock once loaded; its cancel stops the timer or its start', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const clock = createClock(manualTimeSource());
    const stopProviding = provideClock(host, () => clock);
    const stopInside = withClock(host, (c) => c.every(1000, () => {}));
    expect(clock.size, 'started at once on the provider clock').to.equal(1);
    stopInside();
    expect(clock.size).to.equal(0);
    stopProviding();
    host.remove();
    clock.dispose();

    const page = pageWideClock();
    const before = page.size;
    let cancelledStarted = false;
    const cancel = withClock(document.body, (c) => ((cancelledStarted = true), c.every(1000, () => {})));
    cancel();
    let stopKept = (): void => {};
    const started = new Promise<unknown>((resolve) => {
      stopKept = withClock(document.body, (c) => (resolve(c), c.every(1000, () => {})));
    });
    expect(await started, 'the page clock').to.equal(page);
    expect(cancelledStarted, 'a start cancelled while the clock loaded never runs').to.equal(false);
    expect(page.size).to.equal(before + 1);
    stopKept();
    expect(page.size).to.equal(before);
    const atOnce = withClock(document.body, (c) => c.every(1000, () => {}));
    expect(page.size, 'once loaded, outside a provider too: at once').to.equal(before + 1);
    atOnce();
    expect(page.size).to.equal(before);
  });
});
