/**
 * The brand matrix's HTML parts as SVG: the card grid of the `grid` layout (one tree per root, the
 * root card above its children's cards, a row's cards as tall as its tallest) and the kinds'
 * legend under the chart layouts, with the sizes of `brand-matrix.styles.ts`.
 */
import type { BrandCard, BrandMatrixModel } from '../widgets/brand-matrix/brand-matrix.options.js';
import { EMPTY, flow, line, stack, style, word, type Drawn, type Look } from './look.js';
import { esc, fit, group, lineBox, path, rect, text, width } from './svg.js';

/** One brand card of the grid layout. */
function drawCard(card: BrandCard, model: BrandMatrixModel, w: number, look: Look, root: boolean, minHeight = 0): Drawn {
  const c = look.colors;
  const m = look.messages.matrix;
  const pad = 0.75 * look.spacing;
  const inner = w - 2 * pad - 2;
  const kindColor = card.kind === 'party' ? c.accent : look.color('series-2', c.palette[1]);
  const name = line(fit(card.name, inner, look.fontSize * (root ? 1.3 : 1.1), true), style(look, root ? 1.3 : 1.1, c.text, { weight: 600 }));
  const metaStyle = style(look, 0.85, c.muted);
  const badgeStyle = style(look, 0.85 * 0.85, kindColor);
  const bw = width(card.kindLabel, badgeStyle.size) + 0.9 * badgeStyle.size + 2;
  const bh = 1.5 * badgeStyle.size + 2;
  const badge = { width: bw, height: bh, svg: rect(0.5, 0.5, bw - 1, bh - 1, { stroke: kindColor, rx: bh / 2 }) + text(bw / 2, (bh - lineBox(badgeStyle.size).height) / 2, card.kindLabel, { ...badgeStyle, anchor: 'middle' }) };
  const meta = flow([badge, ...[card.levelLabel, card.unitName, card.launchedText].filter((t): t is string => Boolean(t)).map((t) => word(t, metaStyle))], inner, 0.6 * metaStyle.size, 0.3 * metaStyle.size);
  let figure = EMPTY;
  if (card.metricText) {
    const strong = style(look, 1.05 * 1.15, c.text, { bold: true });
    const small = style(look, 1.05 * 0.83, c.muted);
    const label = `${model.metricLabel ?? ''}${card.metricPeriod ? ` · ${card.metricPeriod}` : ''}`;
    figure = flow([word(card.metricText, strong), word(label, small)], inner, 0.3 * look.fontSize, 0);
  }
  const chipStyle = style(look, 0.8, c.text);
  const chips = flow(
    card.products.map((p) => {
      const cert = p.certifications.length ? look.messages.matrix.certified : '';
      const certStyle = style(look, 0.8 * 0.85, c.background);
      const cw = cert ? width(cert, certStyle.size) + 0.7 * certStyle.size : 0;
      const label = fit(p.name, inner - 1.2 * chipStyle.size - (cw ? cw + 0.3 * chipStyle.size : 0), chipStyle.size);
      const tw = width(label, chipStyle.size);
      const pw = tw + 1 * chipStyle.size + (cw ? cw + 0.3 * chipStyle.size : 0) + 2;
      const ph = lineBox(chipStyle.size).height + 0.2 * chipStyle.size + 2;
      const certSvg = cert
        ? rect(0.5 * chipStyle.size + tw + 0.3 * chipStyle.size, (ph - lineBox(certStyle.size).height) / 2, cw, lineBox(certStyle.size).height, { fill: c.good, rx: lineBox(certStyle.size).height / 2 }) +
          text(0.5 * chipStyle.size + tw + 0.3 * chipStyle.size + cw / 2, (ph - lineBox(certStyle.size).height) / 2, cert, { ...certStyle, anchor: 'middle' })
        : '';
      return {
        width: pw,
        height: ph,
        svg: rect(0.5, 0.5, pw - 1, ph - 1, { fill: c.background, stroke: c.border, rx: ph / 2 }) + text(0.5 * chipStyle.size + 1, 0.1 * chipStyle.size + 1, label, chipStyle) + certSvg,
      };
    }),
    inner,
    0.3 * chipStyle.size,
    0.3 * chipStyle.size,
  );
  const clusters = card.clusterNames.length ? line(fit(look.messages.text.field(m.clusters, card.clusterNames.join(look.messages.text.listSeparator)), inner, 0.8 * look.fontSize), style(look, 0.8, c.muted)) : EMPTY;
  const body = stack([name, meta, figure, chips, clusters], 0.35 * look.fontSize);
  const h = Math.max(minHeight, body.height + 2 * pad + 5);
  const frame =
    rect(0.5, 0.5, w - 1, h - 1, { fill: c.surface, stroke: c.border, rx: look.radius }) +
    path(`M0,${look.radius} a${look.radius},${look.radius} 0 0 1 ${look.radius},-${look.radius} h${w - 2 * look.radius} a${look.radius},${look.radius} 0 0 1 ${look.radius},${look.radius} v-${look.radius - 4} h-${w} z`, { fill: kindColor });
  return { svg: `<g role="article" aria-label="${esc(card.name)}">${frame}${group(pad + 1, pad + 4, body.svg)}</g>`, height: h };
}

/** Cards on a grid of equal columns at least `min` wide (CSS `repeat(auto-fill, minmax(min, 1fr))`). */
function cardGrid(cards: readonly BrandCard[], model: BrandMatrixModel, w: number, min: number, gap: number, look: Look): Drawn {
  const columns = Math.max(1, Math.floor((w + gap) / (Math.min(min, w) + gap)));
  const cw = (w - (columns - 1) * gap) / columns;
  // A row's cards are as tall as its tallest (the grid stretches them; the toggle stays below).
  const toggles = cards.map((card) => {
    if (!card.children.length) return null;
    const s = style(look, 0.8, look.colors.text);
    const label = `▸ ${card.expandText}`;
    const tw = width(label, s.size) + 1.2 * s.size + 2;
    const th = lineBox(s.size).height + 0.4 * s.size + 2;
    return { svg: rect(0.5, 0.5, tw - 1, th - 1, { fill: look.colors.background, stroke: look.colors.border, rx: look.radius / 2 }) + text(0.6 * s.size + 1, 0.2 * s.size + 1, label, s), height: th };
  });
  const natural = cards.map((card) => drawCard(card, model, cw, look, false).height);
  const cells = cards.map((card, i) => {
    const row = Math.floor(i / columns) * columns;
    const tallest = Math.max(...cards.slice(row, row + columns).map((_, k) => natural[row + k]! + (toggles[row + k] ? toggles[row + k]!.height + 0.4 * look.fontSize : 0)));
    const toggle = toggles[i];
    const drawn = drawCard(card, model, cw, look, false, tallest - (toggle ? toggle.height + 0.4 * look.fontSize : 0));
    return toggle ? stack([drawn, toggle], 0.4 * look.fontSize) : drawn;
  });
  let svg = '';
  let y = 0;
  for (let r = 0; r < cells.length; r += columns) {
    const row = cells.slice(r, r + columns);
    row.forEach((cell, i) => (svg += group(i * (cw + gap), y, cell.svg)));
    y += Math.max(...row.map((c) => c.height)) + gap;
  }
  return { svg, height: Math.max(0, y - gap) };
}

/** The grid layout of the brand matrix: one tree per root (root card, then its children's cards). */
export function drawMatrixGrid(model: BrandMatrixModel, w: number, look: Look): Drawn {
  const gap = 1.5 * look.spacing;
  const columns = Math.max(1, Math.min(model.roots.length, Math.floor((w + gap) / (Math.min(320, w) + gap))));
  const tw = (w - (columns - 1) * gap) / columns;
  const trees = model.roots.map((root) => {
    const cardWidth = Math.min(tw, 460);
    const card = drawCard(root, model, cardWidth, look, true);
    const head = { svg: group((tw - cardWidth) / 2, 0, card.svg), height: card.height };
    if (!root.children.length) return head;
    const grid = cardGrid(root.children, model, tw, 190, 0.75 * look.spacing, look);
    const level = { svg: rect(0, 0, tw, 2, { fill: look.colors.border }) + group(0, 2 + look.spacing, grid.svg), height: 2 + look.spacing + grid.height };
    return stack([head, level], look.spacing);
  });
  let svg = '';
  let y = 0;
  for (let r = 0; r < trees.length; r += columns) {
    const row = trees.slice(r, r + columns);
    row.forEach((t, i) => (svg += group(i * (tw + gap), y, t.svg, model.rootSummaries[r + i])));
    y += Math.max(...row.map((t) => t.height)) + gap;
  }
  return { svg, height: Math.max(0, y - gap) };
}

/** The legend of the matrix's chart layouts: the kinds' badges. */
export function drawMatrixLegend(model: BrandMatrixModel, w: number, look: Look): Drawn {
  const s = style(look, 0.85 * 0.85, look.colors.text);
  return flow(
    model.kinds.map((k) => {
      const color = k.kind === 'party' ? look.colors.accent : look.color('series-2', look.colors.palette[1]);
      const bw = width(k.label, s.size) + 0.9 * s.size + 2;
      const bh = 1.5 * s.size + 2;
      return { width: bw, height: bh, svg: rect(0.5, 0.5, bw - 1, bh - 1, { stroke: color, rx: bh / 2 }) + text(bw / 2, (bh - lineBox(s.size).height) / 2, k.label, { ...s, fill: color, anchor: 'middle' }) };
    }),
    w,
    0.6 * look.fontSize,
    0.6 * look.fontSize,
  );
}

