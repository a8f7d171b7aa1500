import { RbClusterMap } from './cluster-map.js';
import { defineElement } from '../../core/define.js';

export { RbClusterMap } from './cluster-map.js';
export {
  clusterMapConfigSchema,
  buildModel as buildClusterMapModel,
  type ClusterMapConfig,
  type ClusterMapConfigInput,
  type ClusterMapModel,
  type ClusterFigures,
  type UnitFigures,
} from './cluster-map.options.js';
export { geometryRegistrations as clusterMapRegistrations } from './cluster-map.geo.js';

defineElement('rb-cluster-map', RbClusterMap);

declare global {
  interface HTMLElementTagNameMap {
    'rb-cluster-map': RbClusterMap;
  }
}
