/** The shared core: data format, validation, formatting, periods, base elements. */
export * from './schema.js';
export * from './validate.js';
export * from './errors.js';
export * from './periods.js';
export * from './format.js';
export * from './events.js';
export * from './theme.js';
export * from './config.js';
export { loadJson, clearDocumentCache, absoluteUrl, DEFAULT_TIMEOUT_MS } from './data-source.js';
export { messagesFor, registerLanguage, loadLanguage, languageTag, unitLabel, type Messages } from './i18n/index.js';
export { RbElement, jsonAttribute, InvalidJsonAttribute, type WidgetState } from './base-element.js';
export { RbThemedElement } from './themed-element.js';
export type { DocumentStatus } from './document-controller.js';
export { validateScoped, showsItemOf, WHOLE_DOCUMENT, type ValidationScope, type DocumentSection } from './scoped-validation.js';
export { RbChartElement } from './chart-element.js';
export type { RenderContext, ChartModel, HtmlModel, WidgetModel, DataTable, ChartItem, PrepareContext, ModelBuilder } from './contract.js';
export { defineElement } from './define.js';
