import type { Report, ReportClaim, ReportEvidence, ReportFinding, SourceSummary } from '../schema.js';
import { REVIEW_SCRIPT, REVIEW_SCRIPT_HASH } from './review-script.js';
import { noticeLines, visibleReport } from './safe.js';
import { divergenceCounts, type FactGroup, groupByFact, headline, location, omittedNote, oneLine, plural, shownValue, sourceFiles, displayName } from './shared.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape for text and for double-quoted attributes alike. */
function h(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A class name from a value that may one day come from elsewhere: letters, digits and hyphens only. */
function token(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/**
 * Nothing leaves the page: no network at all (`default-src 'none'`), styles inline, and of scripts only the
 * page's own, by hash. `base-uri` and `form-action` do not fall back to `default-src`, so they are named too.
 */
export const REVIEW_PAGE_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src '${REVIEW_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

const SEVERITY_LABELS: Record<ReportFinding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const SEVERITY_ORDER: readonly ReportFinding['severity'][] = ['error', 'warning', 'info'];
/** Kinds the page knows how to order; any other kind the pipeline adds is listed after them, by name. */
const KIND_ORDER: readonly string[] = ['divergence', 'single-source', 'update', 'agreement'];

function kindLabel(kind: string): string {
  const label = kind.replace(/-/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** What one source does about one fact, for the matrix. Worse statuses win when a source is in several findings. */
type Status = { name: string; label: string; mark: string; rank: number };

function statusOf(kind: string): Status {
  if (kind === 'divergence') return { name: 'diverges', label: 'diverges', mark: '≠', rank: 0 };
  if (kind === 'agreement') return { name: 'agrees', label: 'agrees', mark: '=', rank: 3 };
  if (kind === 'single-source') return { name: 'single-source', label: 'only this source', mark: '1', rank: 1 };
  return { name: token(kind), label: kind.replace(/-/g, ' '), mark: '~', rank: 2 };
}

const SILENT: Status = { name: 'silent', label: 'silent', mark: '·', rank: 4 };

const CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d0d7de;--soft:#f6f8fa;--error:#cf222e;--warning:#9a6700;--info:#0969da;--agree:#1a7f37;--mark:#fff3b0}
*{box-sizing:border-box}[hidden]{display:none!important}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);max-width:80rem;margin:1.5rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;margin:.25rem 0 1rem}th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}td.n{text-align:right}code,.where{font:13px ui-monospace,SFMono-Regular,Menlo,monospace}
.where,.muted,.rule{color:var(--muted)}.where{overflow-wrap:anywhere}
.filters{position:sticky;top:0;z-index:1;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:1rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;align-items:baseline}
.filters fieldset{border:0;margin:0;padding:0}.filters legend{font-weight:600;float:left;margin-right:.5rem}.filters label{margin-right:.75rem;white-space:nowrap}
.matrix th.src{max-width:10rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:600}
.matrix td{text-align:center;white-space:nowrap}.matrix td a{text-decoration:none;color:inherit;display:block}
.st-diverges{background:#ffebe9;color:var(--error)}.st-agrees{background:#dafbe1;color:var(--agree)}.st-silent{color:var(--muted)}
.st-single-source{background:#ddf4ff;color:var(--info)}.st-update{background:#fff8c5;color:var(--warning)}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600;color:#fff;background:var(--muted)}
.badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}.badge.agreement{background:var(--agree)}
.finding{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;padding:.5rem .75rem;margin:.75rem 0}
.finding.sev-error{border-left-color:var(--error)}.finding.sev-warning{border-left-color:var(--warning)}.finding.sev-info{border-left-color:var(--info)}.finding.kind-agreement{border-left-color:var(--agree)}
.finding header{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}.anchor{font:600 13px ui-monospace,monospace;color:var(--muted)}
.message{margin:.4rem 0}.finding,.fact{scroll-margin-top:10rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.5rem;margin:.5rem 0 0}
.side{margin:0;border:1px solid var(--line);border-radius:4px;padding:.4rem .6rem;background:var(--soft)}
.side figcaption{font-size:.85rem;margin-bottom:.25rem}.side .source{font-weight:600}.side blockquote{margin:0}
mark{background:var(--mark);color:inherit;font-weight:600;padding:0 .1rem;border-radius:2px}
.value{margin:.25rem 0 0;font-size:.85rem;color:var(--muted)}.timeline{margin:.4rem 0;padding-left:1.5rem}
@media print{
body{max-width:none;margin:0;font-size:10pt}.filters,.anchor-link{display:none!important}
a{color:inherit;text-decoration:none}h2,h3{break-after:avoid}.finding,.side,tr{break-inside:avoid}
mark{background:none;font-weight:700;text-decoration:underline}
.st-diverges,.st-agrees,.st-single-source,.st-update,.side,th{background:none!important}
}
`.trim();

interface Page {
  report: Report;
  files: Map<string, string>;
  claims: Map<string, ReportClaim>;
  /** Source id → its column: `s0`, `s1`, … in report order. */
  columns: Map<string, string>;
  names: Map<string, string>;
}

function sourcesOf(finding: ReportFinding, page: Page): string[] {
  const out: string[] = [];
  for (const e of finding.evidence) {
    const column = page.columns.get(e.sourceId);
    if (column !== undefined && !out.includes(column)) out.push(column);
  }
  return out;
}

/** Where in the claim the compared words are; the offsets first, then a search, since both come from the same text. */
function rangeIn(claim: ReportClaim, e: ReportEvidence): [number, number] | undefined {
  const at = e.start.offset - claim.start.offset;
  if (at >= 0 && claim.text.slice(at, at + e.text.length) === e.text) return [at, at + e.text.length];
  const found = e.text === '' ? -1 : claim.text.indexOf(e.text);
  return found >= 0 ? [found, found + e.text.length] : undefined;
}

function highlighted(text: string, ranges: Array<[number, number]>): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += `${h(text.slice(at, from))}<mark>${h(text.slice(from, end))}</mark>`;
    at = end;
  }
  return out + h(text.slice(at));
}

/** One card per claim: a source whose two compared words sit in one sentence gets both marked in one card. */
function sides(finding: ReportFinding, page: Page): string[] {
  const cards = new Map<string, ReportEvidence[]>();
  for (const e of finding.evidence) {
    const key = `${e.sourceId}\u0000${e.claimId}`;
    const card = cards.get(key);
    if (card) card.push(e);
    else cards.set(key, [e]);
  }
  const out = ['<div class="sides">'];
  for (const evidence of cards.values()) {
    const first = evidence[0];
    if (!first) continue;
    const claim = page.claims.get(first.claimId);
    const ranges: Array<[number, number]> = [];
    const loose: ReportEvidence[] = [];
    for (const e of evidence) {
      const range = claim ? rangeIn(claim, e) : undefined;
      if (range) ranges.push(range);
      else loose.push(e);
    }
    const quote = claim ? highlighted(claim.text, ranges) : '';
    const extra = loose.map((e) => `<mark>${h(oneLine(e.text))}</mark>`).join(' … ');
    const name = page.names.get(first.sourceId) ?? first.sourceId;
    const id = name === first.sourceId ? '' : ` <span class="muted">${h(first.sourceId)}</span>`;
    const values = evidence.flatMap((e) => {
      const value = shownValue(e);
      return value === undefined ? [] : [`<p class="value">“${h(oneLine(e.text))}” = ${h(value)}</p>`];
    });
    const where = evidence.map((e) => h(location(e, page.files))).join(', ');
    out.push(
      `<figure class="side" data-source="${h(page.columns.get(first.sourceId) ?? '')}">`,
      `<figcaption><span class="source">${h(name)}</span>${id} <span class="where">${where}</span></figcaption>`,
      `<blockquote>${[quote, extra].filter(Boolean).join(' ')}</blockquote>`,
      ...values,
      '</figure>',
    );
  }
  const more = omittedNote(finding);
  if (more) out.push(`<p class="more muted">${h(more)}</p>`);
  out.push('</div>');
  return out;
}

/** What the pipeline adds to some findings: an update's timeline, an agreement's support, copies that differ. */
function details(f: ReportFinding, page: Page): string[] {
  const out: string[] = [];
  const name = (id: string) => h(page.names.get(id) ?? id);
  if (f.timeline) {
    out.push(
      '<ol class="timeline">',
      ...f.timeline.map((step) => `<li><span class="where">${h(step.date)}</span> ${name(step.sourceId)}: <mark>${h(oneLine(step.text))}</mark>${step.value && step.value !== step.text ? ` <span class="muted">= ${h(step.value)}</span>` : ''}</li>`),
      '</ol>',
    );
  }
  if (f.support) {
    const copies = f.support.copies.map((family) => family.map(name).join(' = '));
    out.push(
      `<p class="muted">${plural(f.support.sources, 'source')}, ${plural(f.support.independent, 'independent text')}${copies.length ? ` (copies: ${copies.join('; ')})` : ''}.</p>`,
    );
  }
  if (f.editing) out.push(`<p class="muted">An editing change between copies of one text: ${f.editing.map(name).join(', ')}.</p>`);
  return out;
}

function finding(f: ReportFinding, page: Page): string[] {
  const kindBadge = `<span class="badge ${h(token(f.kind))}">${h(kindLabel(f.kind))}</span>`;
  const severityBadge = f.kind === 'agreement' ? '' : `<span class="badge ${h(token(f.severity))}">${h(SEVERITY_LABELS[f.severity])}</span>`;
  return [
    `<article class="finding sev-${h(token(f.severity))} kind-${h(token(f.kind))}" id="${h(f.id)}" data-severity="${h(f.severity)}" data-kind="${h(f.kind)}" data-sources="${h(sourcesOf(f, page).join(' '))}">`,
    `<header><a class="anchor" href="#${h(f.id)}">${h(f.id)}</a>${severityBadge}${kindBadge}<code class="rule">${h(f.rule)}</code></header>`,
    `<p class="message">${h(f.message)}</p>`,
    ...details(f, page),
    ...sides(f, page),
    '</article>',
  ];
}

function factId(index: number): string {
  return `fact-${index + 1}`;
}

function matrix(groups: readonly FactGroup[], page: Page): string[] {
  const sources = page.report.sources;
  const out = [
    '<table class="matrix"><thead><tr><th>Fact</th>',
    ...sources.map((s) => `<th class="src" scope="col" title="${h(page.names.get(s.id) ?? s.id)}">${h(page.names.get(s.id) ?? s.id)}</th>`),
    '</tr></thead><tbody>',
  ];
  groups.forEach((group, index) => {
    const cells = sources.map((s) => {
      let best: { status: Status; finding: ReportFinding } | undefined;
      for (const f of group.findings) {
        if (!f.evidence.some((e) => e.sourceId === s.id)) continue;
        const status = statusOf(f.kind);
        if (!best || status.rank < best.status.rank) best = { status, finding: f };
      }
      if (!best) return `<td class="st-silent" title="${h(page.names.get(s.id) ?? s.id)}: silent">${SILENT.mark} ${SILENT.label}</td>`;
      const { status, finding: f } = best;
      return `<td class="st-${h(status.name)}"><a href="#${h(f.id)}" title="${h(f.id)}: ${h(f.rule)}">${h(status.mark)} ${h(status.label)}</a></td>`;
    });
    const ids = group.findings.map((f) => f.id).join(' ');
    out.push(`<tr data-findings="${h(ids)}"><th scope="row"><a href="#${factId(index)}">${h(oneLine(group.fact))}</a></th>${cells.join('')}</tr>`);
  });
  out.push('</tbody></table>');
  return out;
}

const EXPLAINED: Record<string, string> = {
  diverges: 'the source is on one side of a divergence',
  agrees: 'the source agrees with at least one other',
  'single-source': 'only this source states it',
  update: 'the source gives one step of a figure that changed over time',
  silent: 'the source says nothing the pipeline could compare on this fact',
};

/** The key to the matrix, for the statuses this report has. */
function legend(report: Report): string {
  const statuses = [...new Map(report.findings.map((f) => statusOf(f.kind)).map((st) => [st.name, st])).values()];
  statuses.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1));
  return [...statuses, SILENT].map((st) => `${st.mark} ${st.label}${EXPLAINED[st.name] ? `: ${EXPLAINED[st.name]}` : ''}.`).join(' ');
}

function checkbox(name: string, value: string, label: string, count: number): string {
  return `<label><input type="checkbox" name="${h(name)}" value="${h(value)}" checked> ${h(label)} <span class="muted">(${count})</span></label>`;
}

function filters(page: Page): string[] {
  const findings = page.report.findings;
  const severities = SEVERITY_ORDER.filter((s) => findings.some((f) => f.severity === s));
  const kinds = [...new Set(findings.map((f) => f.kind))].sort((a, b) => {
    const ra = KIND_ORDER.indexOf(a);
    const rb = KIND_ORDER.indexOf(b);
    return (ra < 0 ? KIND_ORDER.length : ra) - (rb < 0 ? KIND_ORDER.length : rb) || (a < b ? -1 : a > b ? 1 : 0);
  });
  const count = (test: (f: ReportFinding) => boolean) => findings.filter(test).length;
  return [
    '<form id="filters" class="filters" hidden aria-label="Filter the findings">',
    `<fieldset><legend>Severity</legend>${severities.map((s) => checkbox('severity', s, SEVERITY_LABELS[s], count((f) => f.severity === s))).join('')}</fieldset>`,
    `<fieldset><legend>Kind</legend>${kinds.map((k) => checkbox('kind', k, kindLabel(k), count((f) => f.kind === k))).join('')}</fieldset>`,
    `<fieldset><legend>Source</legend>${page.report.sources
      .map((s) => checkbox('source', page.columns.get(s.id) ?? '', page.names.get(s.id) ?? s.id, count((f) => f.evidence.some((e) => e.sourceId === s.id))))
      .join('')}</fieldset>`,
    '<output id="shown" class="muted"></output>',
    '</form>',
  ];
}

interface SourceDetails {
  id: string;
  title?: string;
  url?: string;
}

/** The title, when it is not already the name the page uses for the source. */
function titleOf(s: SourceSummary, page: Page): string {
  const meta: SourceDetails = s;
  const title = oneLine(meta.title ?? '');
  return title !== '' && title !== page.names.get(s.id) ? title : '';
}

function sourceRow(s: SourceSummary, page: Page, columns: SourceColumns): string {
  const name = page.names.get(s.id) ?? s.id;
  const meta: SourceDetails = s;
  const stance = s.stance;
  const n = (value: number | undefined) => `<td class="n">${value ?? ''}</td>`;
  const copies = page.report.copies?.find((c) => c.sources.includes(s.id));
  const cells = [
    `<td><span class="source">${h(name)}</span>${name === s.id ? '' : `<br><span class="muted">${h(s.id)}</span>`}</td>`,
    ...(columns.title ? [`<td>${h(titleOf(s, page))}</td>`] : []),
    `<td>${h(s.date ?? '')}</td>`,
    `<td class="n">${s.claimCount}</td>`,
    ...(columns.stance
      ? [
          n(stance?.shares),
          n(stance?.departs),
          n(stance?.contested),
          `<td class="n">${stance ? `${stance.singleSource}${stance.unlisted > 0 ? ` (${stance.unlisted} not listed)` : ''}` : ''}</td>`,
          `<td>${h(stance?.departsOn.join('; ') ?? '')}</td>`,
        ]
      : []),
    ...(columns.copies ? [`<td>${h(copies ? copies.sources.filter((id) => id !== s.id).map((id) => page.names.get(id) ?? id).join(', ') : '')}</td>`] : []),
    // Shown as text, never as a link: the page makes no request of its own, even on a click.
    `<td class="where">${h(s.path ?? '')}${meta.url ? `<br>${h(meta.url)}` : ''}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

interface SourceColumns {
  title: boolean;
  stance: boolean;
  copies: boolean;
}

function sourcesTable(page: Page): string[] {
  const report = page.report;
  const columns: SourceColumns = {
    title: report.sources.some((src) => titleOf(src, page) !== ''),
    stance: report.sources.some((src) => src.stance !== undefined),
    copies: (report.copies?.length ?? 0) > 0,
  };
  const heads = [
    'Source',
    ...(columns.title ? ['Title'] : []),
    'Date',
    'Claims',
    ...(columns.stance ? ['Shares', 'Departs', 'Contested', 'Single-source', 'Departs on'] : []),
    ...(columns.copies ? ['Copy of'] : []),
    'File',
  ];
  return [
    `<table><thead><tr>${heads.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>`,
    ...report.sources.map((src) => sourceRow(src, page, columns)),
    '</tbody></table>',
  ];
}

/**
 * The review page: one self-contained HTML file for an editor. A matrix of facts by sources, then every
 * finding with each source's sentence side by side and the compared words marked, an anchor per finding,
 * filters by severity, kind and source, and print styles. Everything from the articles is escaped, and the
 * Content-Security-Policy forbids every request and every script but the page's own.
 */
export function formatHtml(raw: Report): string {
  const report = visibleReport(raw);
  const page: Page = {
    report,
    files: sourceFiles(report),
    claims: new Map(report.claims.map((c) => [c.id, c])),
    columns: new Map(report.sources.map((s, i) => [s.id, `s${i}`])),
    names: new Map(report.sources.map((s) => [s.id, displayName(s)])),
  };
  const counts = divergenceCounts(report);
  const s = report.summary;
  const groups = groupByFact(report.findings);
  const summary: Array<readonly [string, number]> = [
    ['Sources', s.sources],
    ['Claims', s.claims],
    ['Divergences', s.divergences],
    ['Errors', counts.error],
    ['Warnings', counts.warning],
    ['Info', counts.info],
    ...(s.updates ? [['Updates', s.updates] as const] : []),
    ['Agreements', s.agreements],
    ...(s.singleSource ? [['Single-source', s.singleSource] as const] : []),
  ];
  const out = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(REVIEW_PAGE_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Corroboration review</title>',
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Corroboration review</h1>',
    `<p>${h(headline(report))}</p>`,
    `<table class="summary"><thead><tr>${summary.map(([label]) => `<th>${label}</th>`).join('')}</tr></thead>`,
    `<tbody><tr>${summary.map(([, n]) => `<td class="n">${n}</td>`).join('')}</tr></tbody></table>`,
    '</header>',
    ...filters(page),
    '<section id="sources">',
    '<h2>Sources</h2>',
    ...sourcesTable(page),
    '</section>',
  ];
  const notices = noticeLines(report);
  if (notices.length > 0) out.push('<section id="notices">', '<h2>Notices</h2>', '<ul>', ...notices.map((line) => `<li>${h(line)}</li>`), '</ul>', '</section>');
  out.push(
    '<section id="matrix">',
    '<h2>Facts by source</h2>',
  );
  if (groups.length === 0) out.push('<p>No findings: the sources were not found to state any fact in common.</p>');
  else {
    out.push(...matrix(groups, page));
    out.push(`<p class="muted">${h(legend(report))} ${plural(groups.length, 'fact')}.</p>`);
  }
  out.push('</section>', '<section id="findings">', '<h2>Findings</h2>');
  groups.forEach((group, index) => {
    out.push(`<section class="fact" id="${factId(index)}">`, `<h3>${h(oneLine(group.fact))}</h3>`);
    for (const f of group.findings) out.push(...finding(f, page));
    out.push('</section>');
  });
  out.push('</section>', `<script>${REVIEW_SCRIPT}</script>`, '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
