'use strict';
// bench-results/*.html: one page that opens anywhere, offline. Bar charts as inline SVG (req/s and p99 per
// contender, CPU ms per request per process), the issue's targets, and the whole table run.js printed.
// No script, no stylesheet or font from elsewhere.

const CONTENDERS = [
  ['direct', 'direct subgraph'],
  ['bare', 'bare @apollo/gateway'],
  ['ours', 'our gateway'],
];
const QUERIES = [
  ['me', 'me'],
  ['dashboard', 'partner dashboard'],
];
const COLORS = { direct: '#7a869a', bare: '#4c9be8', ours: '#e8744c' };
const PROCESS_COLORS = ['#4c9be8', '#e8744c', '#57b36a', '#b07ad6', '#e8c14c', '#d65c7a', '#7a869a', '#3fb5b5'];

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const fixed = (n, digits) => (n === null || n === undefined || Number.isNaN(n) ? '-' : Number(n).toFixed(digits));

const LABEL_WIDTH = 190;
const BAR_AREA = 420;
const ROW = 26;

/** Horizontal bars, one per row: [{ label, value, color }]. */
function barChart(title, unit, bars, digits = 0) {
  const max = Math.max(...bars.map((b) => b.value ?? 0), 1e-9);
  const height = bars.length * ROW + 34;
  const rows = bars.map((bar, i) => {
    const y = 28 + i * ROW;
    const width = Math.max(1, ((bar.value ?? 0) / max) * BAR_AREA);
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${ROW - 8}" fill="${bar.color}"/>` +
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 14}">${fixed(bar.value, digits)} ${escapeHtml(unit)}</text>`
    );
  });
  return svg(title, height, rows.join(''));
}

/** One stacked bar per row, a segment per series: rows [{ label, parts: { series: value } }]. */
function stackedChart(title, unit, rows, series, digits = 2) {
  const totals = rows.map((row) => series.reduce((sum, s) => sum + (row.parts[s] ?? 0), 0));
  const max = Math.max(...totals, 1e-9);
  const legendRows = Math.ceil(series.length / 4);
  const height = rows.length * ROW + 40 + legendRows * 18;
  const body = rows.map((row, i) => {
    const y = 28 + i * ROW;
    let x = LABEL_WIDTH;
    const segments = series.map((s, j) => {
      const width = ((row.parts[s] ?? 0) / max) * BAR_AREA;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${ROW - 8}" fill="${PROCESS_COLORS[j % PROCESS_COLORS.length]}"><title>${escapeHtml(s)}: ${fixed(row.parts[s], 3)} ${escapeHtml(unit)}</title></rect>`;
      x += width;
      return rect;
    });
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(row.label)}</text>${segments.join('')}` +
      `<text x="${(x + 6).toFixed(1)}" y="${y + 14}">${fixed(totals[i], digits)} ${escapeHtml(unit)}</text>`
    );
  });
  const legendY = 28 + rows.length * ROW + 8;
  const legend = series.map((s, j) => {
    const x = LABEL_WIDTH + (j % 4) * 130;
    const y = legendY + Math.floor(j / 4) * 18;
    return `<rect x="${x}" y="${y}" width="12" height="12" fill="${PROCESS_COLORS[j % PROCESS_COLORS.length]}"/><text x="${x + 16}" y="${y + 10}">${escapeHtml(s)}</text>`;
  });
  return svg(title, height, body.join('') + legend.join(''));
}

function svg(title, height, content) {
  const width = LABEL_WIDTH + BAR_AREA + 140;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `<text x="0" y="16" class="title">${escapeHtml(title)}</text>${content}</svg>`
  );
}

function querySection(key, name, q, stackCpu) {
  const contenders = CONTENDERS.filter(([c]) => q.targets[c]);
  const label = (c, fallback) => (c === 'direct' ? q.targets.direct.label : fallback);
  const throughput = barChart(
    `${name}: requests per second (higher is better)`,
    'req/s',
    contenders.map(([c, l]) => ({ label: label(c, l), value: q.targets[c].requestsPerSecond, color: COLORS[c] })),
  );
  const p99 = barChart(
    `${name}: p99 latency (lower is better)`,
    'ms',
    contenders.map(([c, l]) => ({ label: label(c, l), value: q.targets[c].latencyMs.p99, color: COLORS[c] })),
    1,
  );
  const processes = Object.keys(q.targets.ours.cpuMsPerRequest).filter((p) => p !== 'database server' && p !== 'load generator');
  const cpu = stackedChart(
    `${name}: CPU ms per request, by process (subgraphs and gateways)`,
    'ms',
    contenders.map(([c, l]) => ({ label: label(c, l), parts: q.targets[c].cpuMsPerRequest })),
    processes,
  );
  const rows = contenders.map(([c, l]) => {
    const t = q.targets[c];
    return `<tr><th>${escapeHtml(label(c, l))}</th><td>${fixed(t.requestsPerSecond, 0)}</td><td>${fixed(t.latencyMs.p50, 1)}</td><td>${fixed(t.latencyMs.p99, 1)}</td><td>${fixed(stackCpu(t), 2)}</td><td>${t.requestsTotal}</td><td>${t.non2xx + t.errors + t.timeouts + t.mismatches}</td></tr>`;
  });
  const r = q.comparison.oursOverBare;
  const b = q.comparison.bareOverDirect;
  return `<section id="${key}"><h2>${escapeHtml(name)}</h2><pre class="query">${escapeHtml(q.query)}</pre>
<table><tr><th></th><th>req/s</th><th>p50 ms</th><th>p99 ms</th><th>CPU ms/request</th><th>requests</th><th>bad</th></tr>${rows.join('')}</table>
<p>ours / bare: throughput ${fixed(r.throughput, 2)}, p50 ${fixed(r.p50, 2)}, p99 ${fixed(r.p99, 2)}, CPU ${fixed(r.cpuMsPerRequest, 2)}.
bare / direct: throughput ${fixed(b.throughput, 2)}, p50 ${fixed(b.p50, 2)}, p99 ${fixed(b.p99, 2)}, CPU ${fixed(b.cpuMsPerRequest, 2)}.</p>
<div class="charts">${throughput}${p99}${cpu}</div></section>`;
}

/** The whole page; `text` is what run.js printed, `targets` report.js's targetChecks. */
function renderHtml(results, { text, targets, stackCpu }) {
  const sections = QUERIES.filter(([key]) => results.http[key]).map(([key, name]) => querySection(key, name, results.http[key], stackCpu));
  const targetRows = targets.map(
    (t) =>
      `<tr class="${t.met ? 'met' : 'missed'}"><td>${escapeHtml(t.target)}</td><td>${escapeHtml(t.measured)}</td><td>${t.met ? 'met' : `not met: ${escapeHtml(t.gap)}`}</td></tr>`,
  );
  const any = results.http.me;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>channelgraph bench ${escapeHtml(results.startedAt)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #1d2330; max-width: 1100px; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; } td, th { border: 1px solid #d0d5de; padding: 3px 8px; text-align: right; } th:first-child, td:first-child { text-align: left; }
tr.met td:last-child { color: #1f7a35; } tr.missed td:last-child { color: #b3261e; font-weight: 600; }
svg { display: block; margin: 1em 0; font: 12px system-ui, sans-serif; } svg .title { font-weight: 600; font-size: 13px; }
pre { background: #f5f6f8; padding: 1em; overflow-x: auto; font-size: 12px; } pre.query { padding: 0.5em; white-space: pre-wrap; }
</style></head><body>
<h1>channelgraph bench, ${escapeHtml(results.startedAt)}</h1>
<p>${results.machine.cpus} CPUs (${escapeHtml(results.machine.cpuModel ?? '')}), Node ${escapeHtml(results.machine.node)}, ${escapeHtml(results.machine.platform)}.
Each subgraph, our gateway and a bare @apollo/gateway over the same supergraph ran as a process of its own; the load came from another
(${escapeHtml(any.loadGenerator)}, ${any.connections} connections, ${any.rounds} rounds of ${any.durationSeconds} s per target after a ${any.warmupSeconds} s warm-up).
CPU time is each process's utime + stime from /proc over the measured rounds, divided by the requests served.</p>
<h2>Targets</h2><table><tr><th>target</th><th>measured</th><th></th></tr>${targetRows.join('')}</table>
${sections.join('\n')}
<h2>Everything printed</h2><pre>${escapeHtml(text)}</pre>
</body></html>
`;
}

module.exports = { renderHtml };
