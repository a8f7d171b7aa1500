// The ESM entries: import only the widgets this page uses (a bundler would tree-shake the rest).
import '../dist/coverage-gauge.js';
import '../dist/growth-indicator.js';
