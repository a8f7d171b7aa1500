// Records Content-Security-Policy violations so that the CSP test (and a curious developer) can
// read them: window.__cspViolations.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` });
  console.warn('CSP violation', e.violatedDirective, e.blockedURI, e.sample);
});
