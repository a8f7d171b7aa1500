import { RbCoverageGauge } from './coverage-gauge.js';
import { defineElement } from '../../core/define.js';

export { RbCoverageGauge } from './coverage-gauge.js';
export {
  coverageGaugeConfigSchema,
  buildModel as buildCoverageGaugeModel,
  coverageFigures,
  thresholdColor,
  type CoverageGaugeConfig,
  type CoverageGaugeConfigInput,
  type CoverageGaugeModel,
  type CoverageFigures,
} from './coverage-gauge.options.js';

defineElement('rb-coverage-gauge', RbCoverageGauge);

declare global {
  interface HTMLElementTagNameMap {
    'rb-coverage-gauge': RbCoverageGauge;
  }
}
