import { RbBrandMatrix } from './brand-matrix.js';
import { defineElement } from '../../core/define.js';

// Explicit, widget-specific names: `src/index.ts` re-exports every widget with `export *`.
export { RbBrandMatrix } from './brand-matrix.js';
export {
  brandMatrixConfigSchema,
  buildModel as buildBrandMatrixModel,
  type BrandMatrixConfig,
  type BrandMatrixConfigInput,
  type BrandMatrixModel,
  type BrandMatrixLayout,
  type BrandCard,
} from './brand-matrix.options.js';
export { toHierarchy, type BrandNode } from './brand-matrix.hierarchy.js';

defineElement('rb-brand-matrix', RbBrandMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'rb-brand-matrix': RbBrandMatrix;
  }
}
