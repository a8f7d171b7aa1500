// The 404s tests ask for on purpose (fetch-failed tests: `/no/such/document.json`,
// `missing-towns.geojson`, `no-such-document.json`) are not reported as unexpected requests;
// any other 404 still is. Wraps a reporter (the default one) and filters what it is given.
const EXPECTED_404 = /(?:^|\/)(?:no\/such\/|no-such-|missing-)/;

export function withoutExpected404s(reporter) {
  const strip = (sessions) =>
    sessions.map((s) => ({ ...s, request404s: (s.request404s ?? []).filter((url) => !EXPECTED_404.test(url)) }));
  return {
    ...reporter,
    reportTestFileResults: (args) => reporter.reportTestFileResults?.({ ...args, sessionsForTestFile: strip(args.sessionsForTestFile) }),
  };
}
