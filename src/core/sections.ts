/**
 * The sections of a document a widget can read, each as its shape (`schema.ts`) and its rules
 * (`integrity.ts`). A widget's validation scope names the sections it reads, so its bundle
 * carries the schemas and rules of those sections only.
 */
import type * as v from 'valibot';
import { brandRules, clusterRules, coverageRules, geoRules, indicatorRules, unitRules, type SectionRules } from './integrity.js';
import { BRANDS_SECTION, CLUSTERS_SECTION, COVERAGE_SECTION, GEO_SECTION, INDICATORS_SECTION, UNITS_SECTION } from './schema.js';

/** A part of the document a widget can read. */
export type DocumentSection = 'units' | 'brands' | 'clusters' | 'indicators' | 'coverage' | 'geo';

export interface Section {
  readonly schema: v.GenericSchema;
  readonly rules: SectionRules | null;
}

export const UNITS: Section = { schema: UNITS_SECTION, rules: unitRules };
export const BRANDS: Section = { schema: BRANDS_SECTION, rules: brandRules };
export const CLUSTERS: Section = { schema: CLUSTERS_SECTION, rules: clusterRules };
export const INDICATORS: Section = { schema: INDICATORS_SECTION, rules: indicatorRules };
export const COVERAGE: Section = { schema: COVERAGE_SECTION, rules: coverageRules };
export const GEO: Section = { schema: GEO_SECTION, rules: geoRules };

/** Every section by name. */
export const ALL_SECTIONS: Readonly<Record<DocumentSection, Section>> = { units: UNITS, brands: BRANDS, clusters: CLUSTERS, indicators: INDICATORS, coverage: COVERAGE, geo: GEO };
