/**
 * The review page's only script: it shows the filter bar (folded on a narrow screen), keeps anchors clear of it,
 * and hides findings, facts and matrix rows that the filters leave out. It never writes markup (no innerHTML),
 * only the `hidden` and `open` properties, one text count and the bar's height as a CSS variable, so nothing
 * from an article can become code through it. Without it (printed, or scripts off) every finding shows.
 *
 * The page's Content-Security-Policy allows this script by its hash and nothing else, so an inline script or an
 * event handler that ever slipped past escaping would still not run. Change the script and the hash together:
 * test/format/html.test.ts recomputes it and fails with the new value.
 */
export const REVIEW_SCRIPT = `(() => {
  'use strict';
  const form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  const panel = form.querySelector('details');
  // Folded on a narrow screen, so that the sticky bar is one line until the reader opens it.
  if (panel && window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) panel.open = false;
  // Anchors land below the sticky bar however tall it is now: the scroll-margin-top of every target reads --bar.
  const root = document.documentElement;
  const measure = () => root.style.setProperty('--bar', Math.ceil(form.getBoundingClientRect().height) + 'px');
  measure();
  if (window.ResizeObserver) new ResizeObserver(measure).observe(form);
  else window.addEventListener('resize', measure);
  const findings = Array.from(document.querySelectorAll('article.finding'));
  const facts = Array.from(document.querySelectorAll('section.fact'));
  const rows = Array.from(document.querySelectorAll('tr[data-findings]'));
  const count = document.getElementById('shown');
  const checked = (name) => new Set(Array.from(form.querySelectorAll('input[type=checkbox]')).filter((i) => i.name === name && i.checked).map((i) => i.value));
  const words = (text) => (text || '').split(' ').filter((w) => w !== '');
  const apply = () => {
    const severity = checked('severity');
    const kind = checked('kind');
    const source = checked('source');
    const visible = new Set();
    for (const f of findings) {
      const sources = words(f.dataset.sources);
      // Only divergences carry a severity; the other kinds are chosen by kind alone.
      const graded = f.dataset.severity === undefined || severity.has(f.dataset.severity);
      const show = graded && kind.has(f.dataset.kind) && (sources.length === 0 || sources.some((s) => source.has(s)));
      f.hidden = !show;
      if (show) visible.add(f.id);
    }
    for (const fact of facts) fact.hidden = !fact.querySelector('article.finding:not([hidden])');
    for (const row of rows) row.hidden = !words(row.dataset.findings).some((id) => visible.has(id));
    if (count) count.textContent = visible.size + ' of ' + findings.length + ' findings shown';
  };
  form.addEventListener('change', apply);
  apply();
})();`;

/** `sha256-…` of REVIEW_SCRIPT, as the Content-Security-Policy names it. */
export const REVIEW_SCRIPT_HASH = 'sha256-SnNhQnumzO6TohV2Tu3rPY5wcPmPpWRBcCSvzekHpQM=';
