/** Shared fixtures of the brand-matrix tests: render contexts and generated documents. */
import type { RenderContext } from '../../../src/core/contract.js';
import { messagesFor } from '../../../src/core/i18n/index.js';
import type { RegionBrandData } from '../../../src/core/schema.js';
import { DEFAULT_THEME } from '../../../src/core/theme.js';
import { validateDocument } from '../../../src/core/validate.js';

export function ctxFor(lang = 'zh-CN'): RenderContext {
  return { lang, messages: messagesFor(lang), theme: DEFAULT_THEME, animation: false, baseUrl: location.href, warn: () => {} };
}

/** Validates a raw document (fills the optional lists) or fails the test. */
export function valid(raw: unknown): RegionBrandData {
  const result = validateDocument(raw);
  if (!result.ok) throw new Error(`fixture is invalid: ${result.error.message} at ${result.error.path}`);
  return result.data;
}

/**
 * A document with `count` brands in four levels: one county brand, 9 town brands, 5 village brands
 * per town, and the rest (without level) spread over the villages. Sales on every second brand.
 */
export function bigDocument(count = 400): Record<string, unknown> {
  const brands: Record<string, unknown>[] = [{ id: 'b0', name: '大县优品', kind: 'region', level: 'county', metrics: { sales: { value: 5e8, unit: '元' } } }];
  const towns = 9;
  for (let t = 1; t <= towns; t++) brands.push({ id: `t${t}`, name: `镇品牌${t}`, kind: 'region', level: 'town', parent: 'b0' });
  const villages: string[] = [];
  for (let t = 1; t <= towns; t++) {
    for (let v = 1; v <= 5; v++) {
      villages.push(`v${t}-${v}`);
      brands.push({ id: `v${t}-${v}`, name: `村品牌${t}-${v}`, kind: 'region', level: 'village', parent: `t${t}` });
    }
  }
  for (let i = 0; brands.length < count; i++) {
    brands.push({ id: `p${i}`, name: `合作社品牌${i}`, kind: i % 3 ? 'region' : 'party', parent: villages[i % villages.length] });
  }
  brands.forEach((b, i) => {
    if (i % 2 === 0 && !b['metrics']) b['metrics'] = { sales: { value: 1e6 + i * 1000, unit: '元', period: '2024' } };
  });
  return {
    format: 'region-brand-data',
    version: 1,
    region: { id: 'daxian', name: '大县', level: 'county' },
    asOf: '2025-06-30',
    brands,
  };
}

/** A small hand-made document: one county brand over two towns, one town with two villages. */
export function smallDocument(): Record<string, unknown> {
  return {
    format: 'region-brand-data',
    version: 1,
    region: { id: 'xian', name: '某县', level: 'county' },
    asOf: '2025-06-30',
    units: [
      { id: 'zhen-a', name: '甲镇', level: 'town', parent: 'xian' },
      { id: 'zhen-b', name: '乙镇', level: 'town', parent: 'xian' },
    ],
    clusters: [{ id: 'tea', name: '茶产业集群', units: ['zhen-a'] }],
    brands: [
      { id: 'root', name: '某县优品', kind: 'region', level: 'county', unit: 'xian', metrics: { sales: { value: 3e8, unit: '元', period: '2024' }, tax: { value: 2e6, unit: '元' } } },
      { id: 'a', name: '甲镇优品', kind: 'region', level: 'town', unit: 'zhen-a', parent: 'root', clusters: ['tea'], launched: '2023-03-28', products: [{ name: '甲茶', certifications: ['有机产品'] }], metrics: { sales: { value: 1e8, unit: '元', period: '2024' } } },
      { id: 'b', name: '乙镇优品', kind: 'region', level: 'town', unit: 'zhen-b', parent: 'root' },
      { id: 'a1', name: '一村优品', kind: 'region', level: 'village', parent: 'a', metrics: { sales: { value: 2e7, unit: '元' } } },
      { id: 'a2', name: '二村优品', kind: 'region', level: 'village', parent: 'a' },
      { id: 'party', name: '红色先锋', kind: 'party', level: 'county' },
    ],
  };
}

export const XSS_NAME = '<img src=x onerror="window.__xss=1">';
