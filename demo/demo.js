// Demo portal behaviour: a language switch, and a log of the widgets' events in the console.
const switchButton = document.querySelector('#lang-switch');
switchButton?.addEventListener('click', () => {
  const html = document.documentElement;
  const next = html.lang === 'en' ? 'zh-CN' : 'en';
  html.lang = next;
  for (const el of document.querySelectorAll('rb-coverage-gauge, rb-growth-indicator, rb-brand-matrix, rb-cluster-map, rb-dashboard')) {
    el.lang = next;
  }
  switchButton.textContent = next === 'en' ? '中文' : 'English';
});
for (const type of ['rb-load', 'rb-error', 'rb-warning', 'rb-select']) {
  document.addEventListener(type, (e) => console.info(type, e.target.localName, e.detail));
}
