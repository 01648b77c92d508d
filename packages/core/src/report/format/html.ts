import type { Report, ReportClaim, ReportEvidence, ReportFinding, SourceSummary } from '../schema.js';
import { stancesOf } from '../stances.js';
import { REVIEW_SCRIPT, REVIEW_SCRIPT_HASH } from './review-script.js';
import { noticeLines, visibleReport } from './safe.js';
import {
  divergenceCounts,
  type FactGroup,
  groupByFact,
  headline,
  listedSingleSource,
  location,
  omittedNote,
  namedMessage,
  type Naming,
  naming,
  oneLine,
  plural,
  shownValue,
  sourceFiles,
  withNames,
} from './shared.js';

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

/**
 * What one source does about one fact, for the matrix: `text` is the cell's word, `label` says it in full for a
 * screen reader and the legend. Worse statuses (lower rank) win when a source is in several findings of a fact.
 */
type Status = { name: string; mark: string; text: string; label: string; rank: number };

/**
 * Sides of a divergence as the per-source summary counts them (report/stances.ts): the odd one out is the
 * source on a minority side; the sources on the majority side are marked as agreeing with it; on an even split
 * (or with no majority to be told) every side differs.
 */
const DIFFERS: Status = { name: 'differs', mark: '≠', text: 'differs', label: 'differs from the majority', rank: 0 };
const SPLIT: Status = { name: 'split', mark: '≠', text: 'split', label: 'differs, with no majority: the sources are split evenly', rank: 1 };
const SINGLE: Status = { name: 'single-source', mark: '1', text: 'only this source', label: 'only this source states it', rank: 2 };
const MAJORITY: Status = { name: 'majority', mark: '=', text: 'majority', label: 'agrees with the majority of the sources', rank: 4 };
const AGREES: Status = { name: 'agrees', mark: '=', text: 'agrees', label: 'agrees with at least one other source', rank: 5 };
const SILENT: Status = { name: 'silent', mark: '·', text: 'silent', label: 'says nothing the pipeline could compare on this fact', rank: 6 };

function statusOf(finding: ReportFinding, sourceId: string): Status {
  if (finding.kind === 'divergence') {
    const stance = stancesOf(finding).get(sourceId);
    return stance === 'departs' ? DIFFERS : stance === 'shares' ? MAJORITY : SPLIT;
  }
  if (finding.kind === 'agreement') return AGREES;
  if (finding.kind === 'single-source') return SINGLE;
  if (finding.kind === 'update') return { name: 'update', mark: '~', text: 'update', label: 'gives one step of a figure that changed over time', rank: 3 };
  const kind = finding.kind as string;
  return { name: token(kind), mark: '~', text: kind.replace(/-/g, ' '), label: kind.replace(/-/g, ' '), rank: 3 };
}

const CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d0d7de;--soft:#f6f8fa;--error:#cf222e;--warning:#9a6700;--info:#0969da;--agree:#1a7f37;--split:#bc4c00;--mark:#fff3b0}
*{box-sizing:border-box}[hidden]{display:none!important}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);max-width:80rem;margin:1.5rem auto;padding:0 1rem;overflow-wrap:break-word}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.5rem 0 .5rem}
[id]{scroll-margin-top:calc(var(--bar,0px) + .75rem)}#findings:focus{outline:none}
.skip{position:absolute;left:1rem;top:-4rem;z-index:3;background:#fff;border:2px solid var(--info);border-radius:4px;padding:.25rem .6rem}.skip:focus{top:.5rem}
table{border-collapse:collapse;margin:.25rem 0 1rem}th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft)}td.n{text-align:right}code,.where{font:13px ui-monospace,SFMono-Regular,Menlo,monospace}
.scroll{max-width:100%;overflow-x:auto;margin:.25rem 0 1rem}.scroll table{margin:0}.scroll td.where,td.date{white-space:nowrap;overflow-wrap:normal}
.where,.muted,.rule{color:var(--muted)}.where,.message,blockquote{overflow-wrap:anywhere}
.summary{display:flex;flex-wrap:wrap;gap:.25rem .5rem;margin:.5rem 0}.summary div{border:1px solid var(--line);border-radius:4px;padding:.1rem .5rem}
.summary dt{display:inline;color:var(--muted)}.summary dd{display:inline;margin:0 0 0 .35rem;font-weight:600}.summary .of{font-weight:400;color:var(--muted)}
.filters{position:sticky;top:0;z-index:1;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.35rem .75rem;margin:1rem 0}
.filters summary{cursor:pointer;font-weight:600}.filters summary span{font-weight:400;margin-left:.5rem}
.filters .panel{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;align-items:baseline;max-height:60vh;overflow:auto;padding-top:.25rem}
.filters fieldset{border:0;margin:0;padding:0}.filters legend{font-weight:600;float:left;margin-right:.5rem}.filters label{margin-right:.75rem;white-space:nowrap}
.matrix tbody th{position:sticky;left:0;background:#fff;min-width:8rem;max-width:min(18rem,45vw)}
.matrix th.src{max-width:10rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:600}
.matrix td{text-align:center;white-space:nowrap}.matrix td a{text-decoration:none;color:inherit;display:block}
.st-differs{background:#ffebe9;color:var(--error);font-weight:600}.st-split{background:#fff1e5;color:var(--split)}
.st-majority{background:#f0fbf2;color:var(--agree)}.st-agrees{background:#dafbe1;color:var(--agree)}.st-silent{color:var(--muted)}
.st-single-source{background:#ddf4ff;color:var(--info)}.st-update{background:#fff8c5;color:var(--warning)}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.8rem;font-weight:600;color:#fff;background:var(--muted)}
.badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}.badge.agreement{background:var(--agree)}
.finding{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;padding:.5rem .75rem;margin:.75rem 0}
.finding.sev-error{border-left-color:var(--error)}.finding.sev-warning{border-left-color:var(--warning)}.finding.sev-info{border-left-color:var(--info)}.finding.kind-agreement{border-left-color:var(--agree)}
.finding header{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}.anchor{font:600 13px ui-monospace,monospace;color:var(--muted)}
.message{margin:.4rem 0}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(16rem,100%),1fr));gap:.5rem;margin:.5rem 0 0}
.side{margin:0;border:1px solid var(--line);border-radius:4px;padding:.4rem .6rem;background:var(--soft);min-width:0}
.side figcaption{font-size:.85rem;margin-bottom:.25rem}.side .source{font-weight:600}.side blockquote{margin:0}
mark{background:var(--mark);color:inherit;font-weight:600;padding:0 .1rem;border-radius:2px}
.value{margin:.25rem 0 0;font-size:.85rem;color:var(--muted)}.timeline{margin:.4rem 0;padding-left:1.5rem}
@media print{
body{max-width:none;margin:0;font-size:10pt}.filters,.skip,.anchor-link{display:none!important}.scroll{overflow:visible}
a{color:inherit;text-decoration:none}h2,h3{break-after:avoid}.finding,.side,tr{break-inside:avoid}
mark{background:none;font-weight:700;text-decoration:underline}
.st-differs,.st-split,.st-majority,.st-agrees,.st-single-source,.st-update,.side,th{background:none!important}
}
`.trim();

interface Page {
  report: Report;
  files: Map<string, string>;
  claims: Map<string, ReportClaim>;
  /** Source id → its column: `s0`, `s1`, … in report order. */
  columns: Map<string, string>;
  naming: Naming;
}

function nameOf(id: string, page: Page): string {
  return page.naming.names.get(id) ?? id;
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
    const name = nameOf(first.sourceId, page);
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
  const name = (id: string) => h(nameOf(id, page));
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
  // Severity is said of divergences only, as the summary and the severity filter count it.
  const divergence = f.kind === 'divergence';
  const severityBadge = divergence ? `<span class="badge ${h(token(f.severity))}">${h(SEVERITY_LABELS[f.severity])}</span>` : '';
  const severity = divergence ? ` data-severity="${h(f.severity)}"` : '';
  return [
    `<article class="finding sev-${h(token(f.severity))} kind-${h(token(f.kind))}" id="${h(f.id)}"${severity} data-kind="${h(f.kind)}" data-sources="${h(sourcesOf(f, page).join(' '))}">`,
    `<header><a class="anchor" href="#${h(f.id)}">${h(f.id)}</a>${severityBadge}${kindBadge}<code class="rule">${h(f.rule)}</code></header>`,
    `<p class="message">${h(namedMessage(f, page.naming))}</p>`,
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
    '<div class="scroll" role="region" aria-label="Facts by source" tabindex="0">',
    '<table class="matrix"><thead><tr><th>Fact</th>',
    ...sources.map((s) => `<th class="src" scope="col" title="${h(nameOf(s.id, page))}">${h(nameOf(s.id, page))}</th>`),
    '</tr></thead><tbody>',
  ];
  groups.forEach((group, index) => {
    const cells = sources.map((s) => {
      const name = nameOf(s.id, page);
      let best: { status: Status; finding: ReportFinding } | undefined;
      for (const f of group.findings) {
        if (!f.evidence.some((e) => e.sourceId === s.id)) continue;
        const status = statusOf(f, s.id);
        if (!best || status.rank < best.status.rank) best = { status, finding: f };
      }
      if (!best) return `<td class="st-silent" title="${h(name)}: silent">${SILENT.mark} ${SILENT.text}</td>`;
      const { status, finding: f } = best;
      const label = `${name}: ${status.label} (${f.id}, ${f.rule})`;
      return `<td class="st-${h(status.name)}"><a href="#${h(f.id)}" title="${h(label)}" aria-label="${h(label)}">${h(status.mark)} ${h(status.text)}</a></td>`;
    });
    const ids = group.findings.map((f) => f.id).join(' ');
    out.push(`<tr data-findings="${h(ids)}"><th scope="row"><a href="#${factId(index)}">${h(factLabel(group, page))}</a></th>${cells.join('')}</tr>`);
  });
  out.push('</tbody></table>', '</div>');
  return out;
}

function factLabel(group: FactGroup, page: Page): string {
  return oneLine(withNames(group.fact, group.findings, page.naming));
}

/** The key to the matrix, for the statuses this report has. */
function legend(report: Report): string {
  const statuses = new Map<string, Status>();
  for (const f of report.findings) for (const e of f.evidence) statuses.set(statusOf(f, e.sourceId).name, statusOf(f, e.sourceId));
  statuses.set(SILENT.name, SILENT);
  return [...statuses.values()]
    .sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : 1))
    .map((st) => `${st.mark} ${st.text}: ${st.label}.`)
    .join(' ');
}

function checkbox(name: string, value: string, label: string, count: number): string {
  return `<label><input type="checkbox" name="${h(name)}" value="${h(value)}" checked> ${h(label)} <span class="muted">(${count})</span></label>`;
}

function filters(page: Page): string[] {
  const findings = page.report.findings;
  const divergences = findings.filter((f) => f.kind === 'divergence');
  const severities = SEVERITY_ORDER.filter((s) => divergences.some((f) => f.severity === s));
  const kinds = [...new Set(findings.map((f) => f.kind))].sort((a, b) => {
    const ra = KIND_ORDER.indexOf(a);
    const rb = KIND_ORDER.indexOf(b);
    return (ra < 0 ? KIND_ORDER.length : ra) - (rb < 0 ? KIND_ORDER.length : rb) || (a < b ? -1 : a > b ? 1 : 0);
  });
  const count = (test: (f: ReportFinding) => boolean) => findings.filter(test).length;
  return [
    '<form id="filters" class="filters" hidden aria-label="Filter the findings">',
    '<details open>',
    // A span, not an <output>: Chromium does not open a <summary> clicked on a form control inside it.
    '<summary>Filters<span id="shown" class="muted" role="status"></span></summary>',
    '<div class="panel">',
    ...(severities.length > 0
      ? [`<fieldset><legend>Divergences</legend>${severities.map((s) => checkbox('severity', s, SEVERITY_LABELS[s], count((f) => f.kind === 'divergence' && f.severity === s))).join('')}</fieldset>`]
      : []),
    `<fieldset><legend>Kind</legend>${kinds.map((k) => checkbox('kind', k, kindLabel(k), count((f) => f.kind === k))).join('')}</fieldset>`,
    `<fieldset><legend>Source</legend>${page.report.sources
      .map((s) => checkbox('source', page.columns.get(s.id) ?? '', nameOf(s.id, page), count((f) => f.evidence.some((e) => e.sourceId === s.id))))
      .join('')}</fieldset>`,
    '</div>',
    '</details>',
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
  return title !== '' && title !== nameOf(s.id, page) ? title : '';
}

function sourceRow(s: SourceSummary, page: Page, columns: SourceColumns): string {
  const name = nameOf(s.id, page);
  const meta: SourceDetails = s;
  const stance = s.stance;
  const n = (value: number | undefined) => `<td class="n">${value ?? ''}</td>`;
  const copies = page.report.copies?.find((c) => c.sources.includes(s.id));
  const cells = [
    `<td><span class="source">${h(name)}</span>${name === s.id ? '' : `<br><span class="muted">${h(s.id)}</span>`}</td>`,
    ...(columns.title ? [`<td>${h(titleOf(s, page))}</td>`] : []),
    `<td class="date">${h(s.date ?? '')}</td>`,
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
    ...(columns.copies ? [`<td>${h(copies ? copies.sources.filter((id) => id !== s.id).map((id) => nameOf(id, page)).join(', ') : '')}</td>`] : []),
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
    '<div class="scroll" role="region" aria-label="Sources" tabindex="0">',
    `<table><thead><tr>${heads.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>`,
    ...report.sources.map((src) => sourceRow(src, page, columns)),
    '</tbody></table>',
    '</div>',
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
    naming: naming(report),
  };
  const counts = divergenceCounts(report);
  const s = report.summary;
  const groups = groupByFact(report.findings);
  // Error, Warning and Info count divergences only, here and in the filter: agreements and single-source claims
  // carry a severity too, but they are never problems (nor for --fail-on).
  const bySeverity = SEVERITY_ORDER.map((sev) => `<span data-severity="${sev}">${SEVERITY_LABELS[sev]} ${counts[sev]}</span>`).join(' · ');
  const single = s.singleSource ?? 0;
  const listed = listedSingleSource(report);
  const summary: Array<readonly [string, string]> = [
    ['Sources', String(s.sources)],
    ['Claims', String(s.claims)],
    ['Divergences', `${s.divergences} <span class="of">(${bySeverity})</span>`],
    ...(s.updates ? [['Updates', String(s.updates)] as const] : []),
    s.hidden?.agreements === undefined ? (['Agreements', String(s.agreements)] as const) : (['Agreements (not listed)', String(s.hidden.agreements)] as const),
    ...(single ? [['Single-source', listed < single ? `${single} (${listed} listed)` : String(single)] as const] : []),
    ...(s.hidden?.baseline === undefined ? [] : [['In the baseline (not shown)', String(s.hidden.baseline)] as const]),
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
    // First of all that takes focus, so that a keyboard reaches the findings without tabbing through the filters.
    '<a class="skip" href="#findings">Skip to the findings</a>',
    '<header>',
    '<h1>Corroboration review</h1>',
    `<p>${h(headline(report))}</p>`,
    `<dl class="summary">${summary.map(([label, value]) => `<div><dt>${label}</dt><dd>${value}</dd></div>`).join('')}</dl>`,
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
  out.push('</section>', '<section id="findings" tabindex="-1">', '<h2>Findings</h2>');
  groups.forEach((group, index) => {
    out.push(`<section class="fact" id="${factId(index)}">`, `<h3>${h(factLabel(group, page))}</h3>`);
    for (const f of group.findings) out.push(...finding(f, page));
    out.push('</section>');
  });
  out.push('</section>', `<script>${REVIEW_SCRIPT}</script>`, '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
