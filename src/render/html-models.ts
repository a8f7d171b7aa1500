/**
 * The widgets drawn in HTML by their elements, drawn as SVG from the same models: the KPI card,
 * the coverage bar, its figures line and breakdown, the card grid of the brand matrix and the
 * legends beside charts. Sizes and colours follow the elements' stylesheets (em of
 * `--rb-font-size`, `--rb-spacing`, `--rb-color-*`), so a picture reads like the page.
 */
import type { BreakdownRow, CoverageGaugeModel } from '../widgets/coverage-gauge/coverage-gauge.options.js';
import type { GrowthIndicatorModel } from '../widgets/growth-indicator/growth-indicator.options.js';
import type { ClusterMapModel } from '../widgets/cluster-map/cluster-map.options.js';
import type { RankingModel } from '../widgets/ranking/ranking.options.js';
import { rowsThatFit } from '../widgets/coverage-gauge/breakdown-fit.js';
import { EMPTY, flow, line, stack, style, word, type Drawn, type Look } from './look.js';
import { circle, drawsBold, esc, fit, group, lineBox, path, rect, text, width, wrap } from './svg.js';

/** Wrapped lines of text as a block. */
export function paragraph(value: string, maxWidth: number, s: ReturnType<typeof style>, anchorX = 0): Drawn {
  const lines = wrap(value, maxWidth, s.size, drawsBold(s));
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
  const valueBlock = model.valueText !== null ? line(model.valueText, style(look, 1.9, c.text, { bold: true }), 0, 1.15) : growthOnly ? growth : EMPTY;
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
  // The growth list has a top margin of 0.2em.
  const growthBlock = growthOnly || !growth.height ? EMPTY : { svg: group(0, 0.2 * look.fontSize, growth.svg), height: growth.height + 0.2 * look.fontSize };
  const body = stack([name, middle, growthBlock, target], 0.15 * look.fontSize);
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
  const figures = model.countText ? `${model.percentText} · ${model.countText}` : model.percentText;
  // Wider than the room (a column beside the drawing): wrapped, as the element's text wraps.
  if (!model.fullText && width(figures, s.size) > w) return centred ? paragraph(figures, w, { ...s, anchor: 'middle' }, w / 2) : paragraph(figures, w, s);
  const pieces = [word(figures, s)];
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

/**
 * The per-unit rows under the gauge or bar, with its top margin (0.6em). Given the `room` it has
 * (a stage cell), the rows that fit, then `另有 N 个单位` for the others: a picture cannot scroll.
 */
export function drawBreakdown(model: CoverageGaugeModel, w: number, look: Look, room?: number): Drawn {
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
  const withRows = (shown: number): Drawn => {
    const hidden = rows.length - shown;
    const more = hidden ? [line(model.moreUnits(hidden), style(look, 0.85, c.muted))] : [];
    const list = stack([...rows.slice(0, shown), ...more], 0.15 * look.fontSize);
    const body = stack([title, list], 0.3 * 0.95 * look.fontSize);
    return { svg: body.svg, height: body.height + 0.6 * look.fontSize };
  };
  const shown = rowsThatFit(rows.length, room, (k) => withRows(k).height);
  return shown < 0 ? EMPTY : withRows(shown);
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
  const note = model.schematic ? line(look.messages.map.schematic(model.places), { ...s, family: s.family }) : EMPTY;
  return stack([legend, clusters, note], 0.3 * em);
}

/** `rb-ranking`: rank badges (the first three filled), names with their notes, values and bars of the share of the leader. */
export function drawRanking(model: RankingModel, w: number, look: Look): Drawn {
  const c = look.colors;
  const em = look.fontSize;
  const barColor = look.tokens['--rb-ranking-bar-color'] ?? c.accent;
  const rankColumn = 2 * em;
  const gapX = 0.6 * em;
  const padX = 0.2 * em;
  const padY = 0.35 * em;
  const rows = model.rows.map((r) => {
    const inner = w - 2 * padX;
    const valueStyle = style(look, 1, c.text, { weight: 600 });
    const vw = width(r.valueText, em, true);
    const nameWidth = Math.max(0, inner - rankColumn - vw - 2 * gapX);
    const nameStyle = style(look, 1, c.text);
    const noteStyle = style(look, 0.85, c.muted);
    const name = paragraph(r.name, nameWidth, nameStyle);
    const noteSvg = r.note ? text(Math.min(nameWidth, width(wrap(r.name, nameWidth, em).at(-1) ?? '', em)) + 0.4 * noteStyle.size, name.height - lineBox(em).height + (lineBox(em).baseline - lineBox(noteStyle.size).baseline), fit(r.note, nameWidth, noteStyle.size), noteStyle) : '';
    const barH = 0.45 * em;
    const top = Math.max(name.height, lineBox(em).height);
    const h = top + 0.25 * em + barH;
    const badge = String(r.rank);
    const bw = Math.max(1.6 * em, width(badge, em, true) + 0.6 * em);
    const bh = lineBox(em).height + 0.1 * em;
    const filled = r.rank <= 3;
    const rank =
      (filled ? rect((rankColumn - bw) / 2, (h - bh) / 2, bw, bh, { fill: c.accent, rx: bh / 2 }) : '') +
      text(rankColumn / 2, (h - bh) / 2 + 0.05 * em, badge, style(look, 1, filled ? c.background : c.muted, { bold: true, anchor: 'middle' }));
    const x = rankColumn + gapX;
    const barWidth = inner - x;
    const svg =
      rank +
      group(x, 0, name.svg + noteSvg) +
      text(inner, 0, r.valueText, { ...valueStyle, anchor: 'end' }) +
      group(x, top + 0.25 * em, rect(0, 0, barWidth, barH, { fill: c.track, rx: barH / 2 }) + rect(0, 0, barWidth * r.share, barH, { fill: barColor, rx: barH / 2 }));
    return { svg: group(padX, padY, svg, r.label), height: h + 2 * padY };
  });
  const list = stack(rows, 0);
  const note = model.note ? paragraph(model.note, w, style(look, 0.85, c.muted)) : EMPTY;
  return stack([list, note.height ? { svg: group(0, 0.3 * 0.85 * em, note.svg), height: note.height + 0.3 * 0.85 * em } : EMPTY], 0);
}
