/**
 * The widgets drawn in HTML by their elements, drawn as SVG from the same models: the KPI card,
 * the coverage bar, its figures line and breakdown, the card grid of the brand matrix and the
 * legends beside charts. Sizes and colours follow the elements' stylesheets (em of
 * `--rb-font-size`, `--rb-spacing`, `--rb-color-*`), so a picture reads like the page.
 */
import type { BreakdownRow, CoverageGaugeModel } from '../widgets/coverage-gauge/coverage-gauge.options.js';
import type { GrowthIndicatorModel } from '../widgets/growth-indicator/growth-indicator.options.js';
import type { BrandCard, BrandMatrixModel } from '../widgets/brand-matrix/brand-matrix.options.js';
import type { ClusterMapModel } from '../widgets/cluster-map/cluster-map.options.js';
import { EMPTY, flow, line, stack, style, word, type Drawn, type Look } from './look.js';
import { circle, esc, fit, group, lineBox, path, rect, text, width, wrap } from './svg.js';

/** Wrapped lines of text as a block. */
export function paragraph(value: string, maxWidth: number, s: ReturnType<typeof style>, anchorX = 0): Drawn {
  const lines = wrap(value, maxWidth, s.size, s.bold);
  const h = lineBox(s.size).height;
  return { svg: lines.map((l, i) => text(anchorX, i * h, l, s)).join(''), height: lines.length * h };
}

/** The KPI card of `rb-growth-indicator`. */
export function drawGrowth(model: GrowthIndicatorModel, w: number, look: Look): Drawn {
  const c = look.colors;
  const tone = { rise: c.rise, fall: c.fall, neutral: c.muted } as const;
  const pad = 2;
  const inner = w - 2 * pad;
  const name = paragraph(model.name, inner, style(look, 0.95, c.muted));
  const growthOnly = model.valueText === null && model.growth.length > 0;
  const growthEm = growthOnly ? 1.6 : 1;
  const growthPieces = model.growth.map((g) => {
    const label = style(look, growthOnly ? growthEm * 0.55 : growthEm, c.muted);
    const rate = style(look, growthEm, tone[g.tone], growthOnly ? { bold: true } : {});
    const lw = width(g.label, label.size) + 0.3 * rate.size;
    const aw = g.arrow ? width(g.arrow, rate.size, rate.bold) + 0.1 * rate.size : 0;
    const h = lineBox(rate.size).height;
    const baselineShift = lineBox(rate.size).baseline - lineBox(label.size).baseline;
    const svg =
      text(0, baselineShift, g.label, label) +
      (g.arrow ? text(lw, 0, g.arrow, rate) : '') +
      text(lw + aw, 0, g.text, rate) +
      (g.disagrees ? path(`M${lw + aw},${h - 2} h${width(g.text, rate.size, rate.bold)}`, { stroke: tone[g.tone], 'stroke-dasharray': '1 2', fill: 'none' }) : '');
    return { width: lw + aw + width(g.text, rate.size, rate.bold), height: h, svg };
  });
  const growth = flow(growthPieces, inner, look.fontSize, 0.2 * look.fontSize);
  // value | sparkline, period | sparkline (the sparkline spans both rows, centred, at the end).
  const value = model.valueText !== null ? line(model.valueText, style(look, 1.9, c.text, { bold: true })) : growthOnly ? growth : EMPTY;
  const valueBlock = value === EMPTY ? EMPTY : { svg: value.svg, height: model.valueText !== null ? 1.9 * 1.15 * look.fontSize : value.height };
  const period = model.periodText ? line(model.periodText, style(look, 0.85, c.muted)) : EMPTY;
  const left = stack([valueBlock, period], 0.15 * look.fontSize);
  const leftWidth = Math.max(model.valueText !== null ? width(model.valueText, 1.9 * look.fontSize, true) : growthOnly ? inner / 2 : 0, model.periodText ? width(model.periodText, 0.85 * look.fontSize) : 0);
  let middle = left;
  if (model.sparkline) {
    const s = model.sparkline;
    const sw = Math.max(0, Math.min(s.width, inner - leftWidth - look.spacing));
    const sh = (sw / s.width) * s.height;
    const sy = Math.max(0, (left.height - sh) / 2);
    const sx = inner - sw;
    const scale = sw / s.width;
    const stroke = look.tokens['--rb-growth-sparkline-color'] ?? c.accent;
    const spark =
      sw > 0
        ? group(sx, sy, `<g transform="scale(${Math.round(scale * 1000) / 1000})">${path(s.path, { fill: 'none', stroke, 'stroke-width': 1.5 / scale, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' })}${
            s.marker ? circle(s.marker.x, s.marker.y, 2.5, stroke) : ''
          }</g>`, s.label)
        : '';
    middle = { svg: left.svg + spark, height: Math.max(left.height, sh) };
  }
  let target = EMPTY;
  if (model.target) {
    const t = model.target;
    const s = style(look, 0.85, c.muted);
    const bar = rect(0, 0, inner, 6, { fill: c.track, rx: 3 }) + rect(0, 0, inner * t.fill, 6, { fill: t.met ? c.good : c.accent, rx: 3 });
    const gap = 0.2 * s.size;
    const caption = text(0, 6 + gap, fit(t.caption, inner - width(t.percentText, s.size) - 0.6 * s.size, s.size), s);
    const percent = text(inner, 6 + gap, t.percentText, { ...s, fill: c.text, anchor: 'end' });
    target = { svg: `<g role="progressbar" aria-label="${esc(t.label)}">${bar}</g>${caption}${percent}`, height: 6 + gap + lineBox(s.size).height + 0.4 * s.size };
    target = { svg: `<g transform="translate(0 ${0.4 * s.size})">${target.svg}</g>`, height: target.height };
  }
  const body = stack([name, middle, growthOnly ? EMPTY : growth, target], 0.15 * look.fontSize);
  return { svg: group(pad, pad, body.svg, model.summary), height: body.height + 2 * pad };
}

/** Track and fill of a bar (the elements' `barRects`). */
function bar(w: number, ratio: number, color: string, h: number, track: string): string {
  const fill = Math.min(1, Math.max(0, ratio));
  return rect(0, 0, w, h, { fill: track, rx: h / 2 }) + rect(0, 0, w * fill, h, { fill: color, rx: h / 2 });
}

function toneColor(tone: string, look: Look): string {
  return tone === 'neutral' ? look.color('series-2', look.colors.palette[1]) : look.color(tone);
}

/** `30.66% · 424 / 424个 · 2022年` and the full-coverage badge, start- or centre-aligned. */
export function drawCoverageFigures(model: CoverageGaugeModel, w: number, look: Look, centred: boolean): Drawn {
  const c = look.colors;
  const s = style(look, 0.9, c.muted);
  const pieces = [word(model.countText ? `${model.percentText} · ${model.countText}` : model.percentText, s)];
  if (model.fullText) {
    const b = style(look, 0.9 * 0.85, c.background, { weight: 600 });
    const bw = width(model.fullText, b.size, true) + 1.2 * b.size;
    const bh = lineBox(b.size).height + 0.1 * b.size;
    pieces.push({ width: bw, height: bh, svg: rect(0, 0, bw, bh, { fill: c.good, rx: bh / 2 }) + text(bw / 2, 0.05 * b.size, model.fullText, { ...b, anchor: 'middle' }) });
  }
  const total = pieces.reduce((sum, p) => sum + p.width, 0) + (pieces.length - 1) * 0.5 * s.size;
  const drawn = flow(pieces, w, 0.5 * s.size, 0);
  const x = centred && total < w ? (w - total) / 2 : 0;
  return { svg: x ? group(x, 0, drawn.svg) : drawn.svg, height: drawn.height };
}

/** Style `bar` of the coverage gauge: the big percentage, the bar, the figures. */
export function drawCoverageBar(model: CoverageGaugeModel, w: number, look: Look): Drawn {
  const big = line(model.percentText, style(look, 1.9, look.colors.text, { bold: true }));
  const meter = { svg: `<g role="meter" aria-label="${esc(model.summary)}">${bar(w, model.figures.ratio, toneColor(model.tone, look), 14, look.colors.track)}</g>`, height: 14 };
  return stack([big, meter, drawCoverageFigures(model, w, look, false)], 0.4 * look.fontSize);
}

/** The per-unit rows under the gauge or bar. */
export function drawBreakdown(model: CoverageGaugeModel, w: number, look: Look): Drawn {
  if (!model.breakdown?.length) return EMPTY;
  const c = look.colors;
  const title = line(model.breakdownTitle, style(look, 0.95, c.text, { weight: 600 }));
  const rows = model.breakdown.map((r: BreakdownRow) => {
    const s = style(look, 0.9, c.text);
    const pad = 0.3 * s.size;
    const inner = w - 0.4 * s.size;
    const figures = `${r.countText} · ${r.percentText}`;
    const fw = width(figures, s.size);
    const h = lineBox(s.size).height;
    const svg =
      text(0, 0, fit(r.name, inner - fw - 0.6 * s.size, s.size), s) +
      text(inner, 0, figures, { ...s, fill: c.muted, anchor: 'end' }) +
      group(0, h + 0.15 * s.size, bar(inner, r.ratio, toneColor(r.tone, look), 6, c.track));
    return { svg: group(0.2 * s.size, pad, svg, r.label), height: h + 0.15 * s.size + 6 + 2 * pad };
  });
  const list = stack(rows, 0.15 * look.fontSize);
  const body = stack([title, list], 0.3 * 0.95 * look.fontSize);
  return { svg: body.svg, height: body.height + 0.6 * look.fontSize };
}

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

/** The cluster map's colour scale, cluster list and schematic note. */
export function drawClusterExtra(model: ClusterMapModel, w: number, look: Look): Drawn {
  const c = look.colors;
  const s = style(look, 0.85, c.muted);
  const em = s.size;
  const legend = flow(
    [
      word(model.scale.caption, { ...s, weight: 600 }),
      ...model.scale.steps.map((step) => {
        const label = word(step.label, s);
        const box = 0.9 * em;
        const y = (label.height - box) / 2;
        return { width: box + 0.3 * em + label.width, height: label.height, svg: rect(0, y, box, box, { fill: step.color, stroke: c.border, rx: 2 }) + group(box + 0.3 * em, 0, label.svg) };
      }),
    ],
    w,
    0.8 * em,
    0.25 * em,
  );
  const clusters = flow(
    model.clusters.map((cl) => {
      const label = word(cl.name, { ...s, fill: c.text });
      const dot = 0.7 * em;
      const pw = 1.2 * em + dot + 0.35 * em + label.width + 2;
      const ph = label.height + 0.2 * em + 2;
      return {
        width: pw,
        height: ph,
        svg: rect(0.5, 0.5, pw - 1, ph - 1, { fill: c.surface, stroke: c.border, rx: ph / 2 }) + circle(0.6 * em + 1 + dot / 2, ph / 2, dot / 2, cl.color) + group(0.6 * em + 1 + dot + 0.35 * em, 0.1 * em + 1, label.svg),
      };
    }),
    w,
    0.8 * em,
    0.25 * em,
  );
  const note = model.schematic ? line(look.messages.map.schematic, { ...s, family: s.family }) : EMPTY;
  return stack([legend, clusters, note], 0.3 * em);
}
