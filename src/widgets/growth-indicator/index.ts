import { RbGrowthIndicator } from './growth-indicator.js';
import { defineElement } from '../../core/define.js';

export { RbGrowthIndicator } from './growth-indicator.js';
export {
  growthIndicatorConfigSchema,
  buildModel as buildGrowthIndicatorModel,
  type GrowthIndicatorConfig,
  type GrowthIndicatorConfigInput,
  type GrowthIndicatorModel,
} from './growth-indicator.options.js';

defineElement('rb-growth-indicator', RbGrowthIndicator);

declare global {
  interface HTMLElementTagNameMap {
    'rb-growth-indicator': RbGrowthIndicator;
  }
}
