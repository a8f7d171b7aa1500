import { appBundleSize } from '../bench/lib/sizes.mjs';
for (const w of (process.argv[2] ?? 'growth-indicator').split(',')) { const r = await appBundleSize(process.cwd(), `dist/${w}.js`); console.log(w, r.min, r.gzip, JSON.stringify(r.onDemand)); }
