/**
 * Validation without a DOM: the same rules the widgets apply, for Node scripts, the command line
 * and portals' own build steps (`import { validateDocument } from 'region-brand-widgets/validate.js'`).
 */
export * from './core/schema.js';
export { validateDocument, parseJson, checkIntegrity, type ValidationResult } from './core/validate.js';
export { RbError, describeIssue, pointer, type ValidationIssue, type IssueKey } from './core/errors.js';
import { registerAllLanguages } from './core/i18n/all.js';

// DOM-free code answers synchronously in every language.
registerAllLanguages();

export { messagesFor, languageTag, speaksLanguage, type Messages } from './core/i18n/index.js';
export { registerLanguage, loadLanguage } from './core/i18n/language.js';
export { problemsFor, type ProblemMessages } from './core/i18n/problems.js';
export { parsePeriod, type Period } from './core/periods.js';
