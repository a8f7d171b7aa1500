/**
 * The shared core: data format, validation, formatting, periods, base elements. Its validation
 * functions answer at once with every issue complete (key, words, place): it carries the code only
 * a mistake needs (`mistake-code.ts`), which the widget entries load with their first mistake.
 */
import { mistakeCode } from './mistake-code.js';
import { provideMistakeCode } from './mistakes-on-demand.js';

provideMistakeCode(mistakeCode);

export * from './schema.js';
export * from './validate.js';
export * from './errors.js';
export * from './periods.js';
export * from './format.js';
export * from './events.js';
export * from './theme.js';
export * from './config.js';
export { loadJson, clearDocumentCache, absoluteUrl, DEFAULT_TIMEOUT_MS } from './data-source.js';
export { messagesFor, languageTag, unitLabel, type Messages } from './i18n/index.js';
export { registerLanguage, loadLanguage } from './i18n/language.js';
export { problemsFor, type ProblemMessages } from './i18n/problems.js';
export { RbElement, jsonAttribute, InvalidJsonAttribute, type WidgetState } from './base-element.js';
export { RbThemedElement } from './themed-element.js';
export { RbExportingElement } from './exporting-element.js';
export type { DocumentStatus } from './document-controller.js';
export { validateScoped, showsItemOf, WHOLE_DOCUMENT, type ValidationScope, type DocumentSection } from './scoped-validation.js';
export { UNITS, BRANDS, CLUSTERS, INDICATORS, COVERAGE, GEO, ALL_SECTIONS, type Section } from './sections.js';
export { runRules, duplicatePeriods, type SectionRules, type RuleContext } from './integrity.js';
export { RbChartElement } from './chart-element.js';
export type { RenderContext, ChartModel, HtmlModel, WidgetModel, DataTable, ChartItem, PrepareContext, ModelBuilder } from './contract.js';
export { defineElement } from './define.js';
export { createClock, realTimeSource, manualTimeSource, type Clock, type Timer, type TimeSource, type ManualTimeSource } from './clock.js';
export { provideClock, withClock, CLOCK_REQUEST } from './clock-context.js';
export { clockFor, pageWideClock } from './page-clock.js';
