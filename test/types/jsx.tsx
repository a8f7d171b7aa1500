// The JSX typings the README shows (without React, which the test does not install: the same
// IntrinsicElements entry in the global JSX namespace), so a typo in a prop's object fails.
import type { RegionBrandDataInput } from 'region-brand-widgets';
import type { CoverageGaugeConfigInput } from 'region-brand-widgets/coverage-gauge.js';
import type { RbErrorDetail, RbSelectDetail } from 'region-brand-widgets/core.js';

declare global {
  namespace JSX {
    interface IntrinsicElements {
      'rb-coverage-gauge': {
        src?: string;
        config?: CoverageGaugeConfigInput;
        data?: RegionBrandDataInput;
        lang?: string;
        theme?: string;
        'onrb-select'?: (e: CustomEvent<RbSelectDetail>) => void;
        'onrb-error'?: (e: CustomEvent<RbErrorDetail>) => void;
      };
    }
  }
}

export const ok = (
  <rb-coverage-gauge src="/data/pingyuan.json" config={{ coverage: 'villages', style: 'ring' }} onrb-select={(e) => e.detail.id} />
);
// @ts-expect-error a typo in the config object
export const typo = <rb-coverage-gauge config={{ coverge: 'villages' }} />;
