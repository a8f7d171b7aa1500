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
} from './dashboard.options.js';

defineElement('rb-dashboard', RbDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'rb-dashboard': RbDashboard;
  }
}
