import { RbPeriod } from './period.js';
import { defineElement } from '../../core/define.js';

export { RbPeriod } from './period.js';
export { nextPeriod } from './period.options.js';
export { documentPeriods, sortPeriods, quantityAt, coverageAt } from '../../core/period-figures.js';
export { linkGroup, type LinkGroup, type LinkState } from '../../core/link-group.js';

defineElement('rb-period', RbPeriod);

declare global {
  interface HTMLElementTagNameMap {
    'rb-period': RbPeriod;
  }
}
