// Summary: shapes a report for the page, beside the checker that made it
// (load.js; for a long note, in the worker). A megabyte of text can have
// tens of thousands of findings; copying them all to the page and sorting
// them there would stall it, and nobody reads past the first few dozen. So
// they are sorted where they are found (errors first, then warnings, then
// suggestions, each in text order; findings about something missing last),
// and only the first MAX_FINDINGS are kept, with counts of all.

export const MAX_FINDINGS = 100;

// A finding covers every place its rule found, which in a megabyte can be
// thousands; the page highlights the first MAX_SPANS of each.
export const MAX_SPANS = 200;

const rank = { error: 0, warning: 1, suggestion: 2 };

export function summarise(report) {
  const all = Array.isArray(report.findings) ? report.findings : [];
  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const f of all) if (f.severity in counts) counts[f.severity]++;
  const at = (f) => (Number.isInteger(f.start) ? f.start : Infinity);
  const findings = all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (rank[a.f.severity] ?? 3) - (rank[b.f.severity] ?? 3) || at(a.f) - at(b.f) || a.i - b.i)
    .slice(0, MAX_FINDINGS)
    .map((x) => (Array.isArray(x.f.spans) && x.f.spans.length > MAX_SPANS ? { ...x.f, spans: x.f.spans.slice(0, MAX_SPANS) } : x.f));
  return { ...report, findings, counts, total: all.length };
}
