/**
 * Workbook rows → document, exactly as `spreadsheet-format.md` says. Every problem is reported at
 * once, each with its cell and JSON Pointer; a workbook with any error gives no document. Each
 * sheet has its reader (`import-lists.ts`, `import-indicators.ts`, `import-coverage.ts`,
 * `import-metrics.ts`), sharing the import's state (`import-context.ts`); the format's rules
 * then run on the document (`import-findings.ts`).
 */
import type { RegionBrandData } from '../core/schema.js';
import { WorkbookImport, type Mutable } from './import-context.js';
import { readCoverage } from './import-coverage.js';
import { withRuleFindings } from './import-findings.js';
import { readIndicators, readValues } from './import-indicators.js';
import { readBrands, readClusters, readEnterprises, readProducts, readRegion, readSources, readUnits } from './import-lists.js';
import { readMetrics } from './import-metrics.js';
import type { SheetProblem, WorkbookRows } from './types.js';

/**
 * Converts workbook rows into a `region-brand-data` document. Reports every problem at once;
 * any error means no document, and its problems are the errors, then the warnings (the format's
 * too). The document passes `validateDocument`.
 */
export function workbookToDocument(
  book: WorkbookRows,
  options: { lang?: string } = {},
): { ok: true; document: RegionBrandData; warnings: SheetProblem[] } | { ok: false; problems: SheetProblem[] } {
  const lang = options.lang ?? 'zh-CN';
  const w = new WorkbookImport(book, lang);
  const doc: Partial<Mutable<RegionBrandData>> = { format: 'region-brand-data', version: 1 };
  readRegion(w, doc);
  const sources = readSources(w);
  if (sources.length) doc.sources = sources;
  doc.units = readUnits(w);
  const brands = readBrands(w);
  readProducts(w, brands);
  const clusters = readClusters(w);
  readEnterprises(w, clusters);
  const { indicators, units } = readIndicators(w);
  readValues(w, indicators, units);
  const coverage = readCoverage(w);
  readMetrics(w, brands, clusters);
  w.resolve();
  Object.assign(doc, { brands, clusters, indicators, coverage });
  return withRuleFindings(w, doc);
}
