// Debian's Chromium and the flags that work on these machines (as root, no GPU, closed network):
// shared by the test runner and the benchmark.
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
];
