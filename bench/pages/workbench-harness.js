/*
 * Page side of the workbench rows: a field of the configure form changes as a user changes it (a
 * change event on the select), and the time runs until the preview widget has updated and the
 * next animation frame has come (zrender paints in its own frame callback, which runs before ours).
 */
(() => {
  'use strict';
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const until = async (check, ms, what) => {
    const t0 = performance.now();
    while (!check()) {
      if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  window.bench = {
    /** Loads the sample, opens the configure step on a coverage gauge and waits for its chart. */
    async ready() {
      localStorage.removeItem('bench-workbench');
      await customElements.whenDefined('rb-workbench');
      const wb = document.querySelector('rb-workbench');
      const doc = await (await fetch('/demo/data/kaiping.json')).json();
      const outcome = await wb.loadDocument(doc, 'kaiping.json');
      if (!outcome.ok) throw new Error('the sample did not load');
      wb.goTo('configure');
      await wb.updateComplete;
      const coverage = wb.shadowRoot.querySelector('#field-coverage');
      coverage.value = 'enterprise-party';
      coverage.dispatchEvent(new Event('change'));
      await wb.updateComplete;
      await until(() => wb.preview?.chart, 15000, 'the preview chart');
      await frame();
      await frame();
    },

    /** `runs` field changes (gauge ↔ ring, animation off): ms from the change event to the next frame. */
    async fieldToFrame({ runs }) {
      const wb = document.querySelector('rb-workbench');
      const root = wb.shadowRoot;
      // Animation off, as in the other render rows: the figure is work, not animation length.
      wb.config = { ...wb.config, animation: false };
      await wb.updateComplete;
      await wb.preview.updateComplete;
      const times = [];
      for (let i = 0; i < runs; i++) {
        const style = root.querySelector('#field-style');
        const t0 = performance.now();
        style.value = i % 2 ? 'gauge' : 'ring';
        style.dispatchEvent(new Event('change'));
        await wb.updateComplete;
        const preview = wb.preview;
        await preview.updateComplete;
        await frame();
        times.push(performance.now() - t0);
        const expected = i % 2 ? 210 : 90;
        if (preview.chart.getOption().series[0].startAngle !== expected) throw new Error('the preview did not follow the field');
        await frame();
      }
      return times;
    },
  };
})();
