import { RbRanking } from './ranking.js';
import { defineElement } from '../../core/define.js';

export { RbRanking } from './ranking.js';
export {
  rankingConfigSchema,
  buildModel as buildRankingModel,
  metricLabelOf as rankingMetricLabel,
  DERIVED_COUNTS,
  RANKED,
  DEFAULT_TOP,
  type RankingConfig,
  type RankingConfigInput,
  type RankingModel,
  type RankingRow,
  type Ranked,
  type RankedKind,
  type RankingLevel,
} from './ranking.options.js';

defineElement('rb-ranking', RbRanking);

declare global {
  interface HTMLElementTagNameMap {
    'rb-ranking': RbRanking;
  }
}
