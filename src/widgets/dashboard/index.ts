import { RbDashboard } from './dashboard.js';
import { defineElement } from '../../core/define.js';

export { RbDashboard } from './dashboard.js';
export {
  dashboardConfigSchema,
  buildModel as buildDashboardModel,
  DASHBOARD_WIDGETS,
  type DashboardConfig,
  type DashboardConfigInput,
  type DashboardWidgetInput,
  type DashboardModel,
  type DashboardItem,
  type DashboardPage,
} from './dashboard.options.js';
export { fitStage, STAGE_FITS, type StageFit, type StageFitResult } from './dashboard.stage.js';
export { overlaps, layoutIssues, type Area } from './dashboard.layout.js';

defineElement('rb-dashboard', RbDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'rb-dashboard': RbDashboard;
  }
}
