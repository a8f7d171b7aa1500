// Prints the totals of a run as its last line, `N passed, N failed, N skipped`, which CI reads.
// Files that failed to load count as failures; exit codes are left to the runner.
function countSuite(suite, totals) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites ?? []) countSuite(s, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        const loadErrors = (session.errors ?? []).length;
        if (!session.passed && loadErrors) totals.failed += loadErrors;
        else if (!session.passed && !session.testResults) totals.failed++;
      }
      // Printed after the default reporter has finished writing.
      process.on('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
