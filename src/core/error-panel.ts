/**
 * The parts of a widget's frame that only a mistake shows, as pure template functions: the error
 * panel with every problem and the stale marker, a chunk that `frame.ts` loads with a page's first
 * mistake (beside `mistake-code.ts`, which says it). Strings from data are bound as text, never as HTML.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { describeIssue, type RbError } from './errors.js';
import { problemsFor } from './i18n/problems.js';

/**
 * The error shown instead of the drawing: its title, the first problem, its code and JSON Pointer,
 * and, when there are more, every problem with its pointer behind a native disclosure. Its words are
 * the problem messages' (`errors`), loaded with the panel; their keys stand in if those could not load.
 */
export function renderErrorPanel(error: RbError, lang: string): TemplateResult {
  const [, ...others] = error.issues;
  const m = problemsFor(lang)?.errors;
  return html`<div part="error" class="error" role="alert">
    <strong>${m?.title[error.code] ?? error.code}</strong>
    <p>${error.localizedMessage(lang)}</p>
    <dl>
      <dt>${m?.code ?? 'code'}</dt>
      <dd><code>${error.code}</code></dd>
      <dt>${m?.path ?? 'path'}</dt>
      <dd><code>${error.path || '/'}</code></dd>
    </dl>
    ${others.length
      ? html`<details part="problems" class="problems">
          <summary>${m?.allProblems(error.issues.length) ?? error.issues.length}</summary>
          <ol>
            ${error.issues.map((issue) => html`<li>${describeIssue(issue, lang)} <code>${issue.path || '/'}</code></li>`)}
          </ol>
        </details>`
      : nothing}
  </div>`;
}

/** The marker shown while a failed refresh leaves older data on screen. */
export function renderStale(error: RbError, loadedAt: Date | null, lang: string): TemplateResult {
  const m = problemsFor(lang);
  const time = loadedAt ? new Intl.DateTimeFormat(m?.lang ?? lang, { dateStyle: 'short', timeStyle: 'medium' }).format(loadedAt) : '';
  return html`<p part="stale" class="stale" role="status" title=${error.localizedMessage(lang)}>⚠ ${m?.errors.stale(time) ?? time}</p>`;
}

/** The error panel and the stale marker. */
export const errorPanelStyles = css`
  .error {
    border: 1px solid var(--rb-color-bad);
    border-left-width: 4px;
    border-radius: calc(var(--rb-radius) / 2);
    padding: var(--rb-spacing);
    background: var(--rb-color-surface);
  }
  .error strong {
    color: var(--rb-color-bad);
  }
  .error p {
    margin: 0.4em 0;
    overflow-wrap: anywhere;
  }
  .error dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.8em;
    margin: 0;
    font-size: max(12px, 0.85em);
    color: var(--rb-color-muted);
  }
  .error dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .problems {
    margin-top: 0.4em;
    font-size: max(12px, 0.85em);
  }
  .problems summary {
    cursor: pointer;
  }
  .problems ol {
    margin: 0.3em 0 0;
    padding-inline-start: 1.5em;
  }
  .problems li {
    overflow-wrap: anywhere;
  }
  .stale {
    margin: 0;
    font-size: max(12px, 0.85em);
    color: var(--rb-color-warn);
  }
`;
