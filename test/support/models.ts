import { expect } from '@esm-bundle/chai';
import type { WidgetModel } from '../../src/core/contract.js';

/** The model as an ECharts drawing; fails the test when the builder chose HTML. */
export function chartOf<M extends WidgetModel>(model: M): Extract<M, { drawing: 'chart' }> {
  expect(model.drawing, 'model drawn with ECharts').to.equal('chart');
  return model as Extract<M, { drawing: 'chart' }>;
}
