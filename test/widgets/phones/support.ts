/**
 * Phone helpers: the emulated phone's width (mobile metrics, touch), finger taps, and the
 * measurements a phone reader would notice — anything wider than the screen, text cut off by
 * its box, text under 12 CSS px, and canvas text outside the drawing or over other text.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { until } from '../../support/helpers.js';

export const WIDTHS = [320, 360, 414] as const;

/** Resizes the emulated phone (mobile metrics, touch on) and waits for the layout to follow. */
export async function phone(width: number, height = 780): Promise<void> {
  await executeServerCommand('phone-viewport', { width, height });
  await until(() => window.innerWidth === width && document.documentElement.clientWidth === width, 3000, `viewport ${width}`);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** A finger tap at a point of the viewport (CSS px). */
export async function tap(x: number, y: number): Promise<void> {
  await executeServerCommand('phone-tap', { x: Math.round(x), y: Math.round(y) });
}

/** Taps the middle of an element (inside shadow roots too). */
export async function tapElement(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await tap(r.left + r.width / 2, r.top + r.height / 2);
}

/** Every element of a widget's composed tree (light DOM and shadow roots, nested widgets too). */
export function composed(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    out.push(el);
    if (el.shadowRoot) for (const c of el.shadowRoot.children) walk(c);
    for (const c of el.children) walk(c);
  };
  walk(root);
  return out;
}

const hiddenOrVisuallyHidden = (el: Element): boolean => {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    if (e.classList.contains('visually-hidden')) return true;
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden') return true;
  }
  return false;
};

/** True inside a box that scrolls sideways (a shown data table): it clips what it holds. */
const inScroller = (el: Element): boolean => {
  for (let e = el.parentElement; e; e = e.parentElement) if (getComputedStyle(e).overflowX !== 'visible') return true;
  return false;
};

const describe = (el: Element): string => {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host ? host.localName + ' › ' : ''}${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
};

/** Elements reaching past the screen's left or right edge. */
export function tooWide(root: Element): string[] {
  const w = document.documentElement.clientWidth;
  return composed(root)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > w + 0.5 || r.left < -0.5) && !hiddenOrVisuallyHidden(el) && !inScroller(el);
    })
    .map((el) => `${describe(el)} [${Math.round(el.getBoundingClientRect().left)}, ${Math.round(el.getBoundingClientRect().right)}]`);
}

const ownText = (el: Element): string =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();

/** Visible elements whose own text overflows their box (cut off or spilling out). */
export function clippedText(root: Element): string[] {
  return composed(root)
    .filter((el) => ownText(el) && !hiddenOrVisuallyHidden(el) && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${describe(el)} "${ownText(el).slice(0, 20)}" ${el.scrollWidth} > ${el.clientWidth}`);
}

/** Visible text smaller than 12 CSS px. */
export function tinyText(root: Element): string[] {
  return composed(root)
    .filter((el) => ownText(el) && !hiddenOrVisuallyHidden(el) && parseFloat(getComputedStyle(el).fontSize) < 12)
    .map((el) => `${describe(el)} "${ownText(el).slice(0, 20)}" ${getComputedStyle(el).fontSize}`);
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/** The text ECharts drew on the canvas, as boxes in chart pixels. */
export function canvasTexts(chart: any): Box[] {
  const out: Box[] = [];
  chart.getZr().storage.getDisplayList(true).forEach((el: any) => {
    // Canvas text is drawn as zrender `tspan`s (one per line).
    if ((el.type !== 'text' && el.type !== 'tspan') || el.invisible || el.ignore || !el.style?.text) return;
    const r = el.getBoundingRect().clone();
    const t = el.getComputedTransform();
    if (t) r.applyTransform(t);
    if (r.width > 0 && r.height > 0) out.push({ x: r.x, y: r.y, width: r.width, height: r.height, text: String(el.style.text) });
  });
  return out;
}

/** Canvas text reaching outside the drawing. */
export function canvasTextOutside(chart: any): string[] {
  const w = chart.getWidth();
  const h = chart.getHeight();
  return canvasTexts(chart)
    .filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5)
    .map((b) => `"${b.text}" [${Math.round(b.x)}, ${Math.round(b.y)}, ${Math.round(b.x + b.width)}, ${Math.round(b.y + b.height)}] in ${w}×${h}`);
}

/** Canvas text drawn under 12 CSS px. */
export function canvasTinyText(chart: any): string[] {
  const out: string[] = [];
  chart.getZr().storage.getDisplayList(true).forEach((el: any) => {
    if ((el.type !== 'text' && el.type !== 'tspan') || el.invisible || el.ignore || !el.style?.text) return;
    const size = Number(el.style.fontSize ?? /(\d+(?:\.\d+)?)px/.exec(el.style.font ?? '')?.[1] ?? 12);
    const t = el.getComputedTransform();
    const scale = t ? Math.hypot(t[0], t[1]) : 1;
    if (size * scale < 11.5) out.push(`"${el.style.text}" ${(size * scale).toFixed(1)}px`);
  });
  return out;
}

/** Pairs of canvas texts lying over each other (more than a few pixels). */
export function canvasTextOverlaps(chart: any): string[] {
  const boxes = canvasTexts(chart);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 2 && dy > 2) out.push(`"${a.text}" × "${b.text}"`);
    }
  return out;
}

const rectOf = (el: any) => {
  const r = el.getBoundingRect().clone();
  const t = el.getComputedTransform();
  if (t) r.applyTransform(t);
  return r;
};

/** Data marks (nodes, markers) lying under the legend. */
export function legendOverMarks(chart: any): string[] {
  const model = chart.getModel();
  const legend = model.getComponent('legend');
  if (!legend) return [];
  const view = chart.getViewOfComponentModel(legend);
  const box = view.group.getBoundingRect().clone();
  box.applyTransform(view.group.getComputedTransform() ?? [1, 0, 0, 1, 0, 0]);
  const out: string[] = [];
  model.eachSeries((series: any) => {
    const data = series.getData();
    for (let i = 0; i < data.count(); i++) {
      const el = data.getItemGraphicEl(i);
      if (!el || el.invisible || el.ignore || series.subType === 'map') continue;
      const r = rectOf(el);
      if (r.width > 0 && r.intersect(box)) out.push(`${series.subType} "${data.getName(i)}"`);
    }
  });
  return out;
}
