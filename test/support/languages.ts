// Loaded before every browser test file (web-test-runner.config.mjs): the tests of builders and
// messages ask for English and zh-Hant synchronously, as the DOM-free entries do. The on-demand
// loading that pages get is tested on the built files (test/build/languages.test.ts).
import { registerAllLanguages } from '../../src/core/i18n/all.js';

registerAllLanguages();
