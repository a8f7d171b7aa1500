/**
 * The frame of a widget in a picture, as `core/frame.ts` draws it on a page: the widget's
 * background, its title and subtitle, the body, the sources footer; and the error panel shown
 * instead of the body (title, message, code and JSON Pointer, then every problem: a picture
 * cannot open a disclosure, so the list is always shown).
 */
import { describeIssue, type RbError } from '../core/errors.js';
import { problemsFor } from '../core/i18n/problems.js';
import { sourceLine } from '../core/source-line.js';
import type { RegionBrandData } from '../core/schema.js';
import { paragraph } from './html-models.js';
import { EMPTY, line, stack, style, type Drawn, type Look } from './look.js';
import { esc, fit, group, lineBox, rect, text, width } from './svg.js';

/** What a widget's frame shows around its body. */
export interface FrameParts {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  readonly sources?: RegionBrandData['sources'] | undefined;
  /** Draws the body at a width; `height` is the room left when the frame has a fixed height. */
  readonly body: (width: number, height: number | undefined) => Drawn;
  /** The accessible name of the whole drawing. */
  readonly label?: string | undefined;
}

/**
 * The title and subtitle a config asks for, before it is validated: only text (a wrong config's
 * error panel is drawn below them, and `"title": 5` is that error, not a title).
 */
export function frameTexts(config: unknown): { title: string | undefined; subtitle: string | undefined } {
  const raw = (config && typeof config === 'object' ? config : {}) as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return { title: text(raw['title']), subtitle: text(raw['subtitle']) };
}

/** Clip paths made so far: each one's id is unique in the process, so in any picture. */
let clips = 0;

/** A widget: background, padding, header, body, sources; `height` fixes the box (a stage area, a grid row). */
export function drawFrame(parts: FrameParts, w: number, look: Look, height?: number): Drawn {
  const c = look.colors;
  const pad = look.spacing;
  const inner = Math.max(0, w - 2 * pad);
  const gap = pad / 2;
  const header = stack(
    [
      parts.title ? paragraph(parts.title, inner, style(look, 1.1, c.text, { weight: 600 })) : EMPTY,
      parts.subtitle ? paragraph(parts.subtitle, inner, style(look, 0.9, c.muted)) : EMPTY,
    ],
    0.2 * 0.9 * look.fontSize,
  );
  const sources = parts.sources?.length ? drawSources(parts.sources, inner, look) : EMPTY;
  const fixed = height === undefined ? undefined : Math.max(0, height - 2 * pad - (header.height ? header.height + gap : 0) - (sources.height ? sources.height + gap : 0));
  const body = parts.body(inner, fixed);
  const content = stack([header, fixed === undefined ? body : { svg: body.svg, height: Math.max(body.height, fixed) }, sources], gap);
  const total = height ?? content.height + 2 * pad;
  const background = rect(0, 0, w, total, { fill: c.background, rx: look.radius });
  const clip = height !== undefined && content.height + 2 * pad > height;
  const id = clip ? `rb-clip-${++clips}` : '';
  const inside = clip
    ? `<clipPath id="${id}"><rect width="${w}" height="${total}" rx="${look.radius}"/></clipPath><g clip-path="url(#${id})">${group(pad, pad, content.svg)}</g>`
    : group(pad, pad, content.svg);
  return { svg: `<g${parts.label ? ` role="group" aria-label="${esc(parts.label)}"` : ''}>${background}${inside}</g>`, height: total };
}

function drawSources(sources: NonNullable<RegionBrandData['sources']>, w: number, look: Look): Drawn {
  return paragraph(sourceLine(sources, look.lang, look.messages), w, style(look, 0.8, look.colors.muted));
}

/** The error panel: what the widget shows instead of its drawing. */
export function drawError(error: RbError, w: number, look: Look): Drawn {
  const c = look.colors;
  const m = problemsFor(look.lang)!.errors;
  const pad = look.spacing;
  const inner = Math.max(0, w - 2 * pad - 4);
  const small = style(look, 0.85, c.muted);
  const labelWidth = Math.max(width(m.code, small.size), width(m.path, small.size)) + 0.8 * small.size;
  const row = (label: string, value: string): Drawn => ({
    svg: text(0, 0, label, small) + text(labelWidth, 0, fit(value, inner - labelWidth, small.size), { ...small, family: `ui-monospace, monospace, ${look.family}` }),
    height: lineBox(small.size).height,
  });
  const problems =
    error.issues.length > 1
      ? stack(
          [
            line(m.allProblems(error.issues.length), small),
            ...error.issues.map((issue, i) => paragraph(`${i + 1}. ${describeIssue(issue, look.lang)} ${issue.path || '/'}`, inner - 1.5 * small.size, small, 0)).map((p) => ({ svg: group(1.5 * small.size, 0, p.svg), height: p.height })),
          ],
          0.2 * small.size,
        )
      : EMPTY;
  const body = stack(
    [
      line(m.title[error.code], style(look, 1, c.bad, { bold: true })),
      paragraph(error.localizedMessage(look.lang), inner, style(look, 1, c.text)),
      stack([row(m.code, error.code), row(m.path, error.path || '/')], 0.2 * small.size),
      problems,
    ],
    0.4 * look.fontSize,
  );
  const h = body.height + 2 * pad;
  const r = look.radius / 2;
  const svg =
    rect(0.5, 0.5, w - 1, h - 1, { fill: c.surface, stroke: c.bad, rx: r }) +
    rect(0, 0, 4, h, { fill: c.bad }) +
    group(pad + 4, pad, body.svg);
  return { svg: `<g role="alert">${svg}</g>`, height: h };
}
