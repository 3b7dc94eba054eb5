// Report: shows a check's result: the counter, the verdict and the list of
// findings, each with its rule, severity, explanation and guide link. Every
// value is set as text, never as HTML.

const verdicts = {
  ready: "Ready to send.",
  revise: "Worth another pass before you send it.",
  "do-not-send": "Don't send this yet.",
};
const severities = { error: "Error", warning: "Warning", suggestion: "Suggestion" };

export function renderCounter(el, length, limit) {
  el.dataset.length = String(length);
  el.dataset.limit = String(limit);
  el.classList.toggle("over", length > limit);
  el.querySelector(".counter-value").textContent = String(length);
  el.querySelector(".counter-limit").textContent = String(limit);
}

export function renderVerdict(el, verdict, text) {
  el.dataset.verdict = verdict;
  el.textContent = text || verdicts[verdict] || "";
}

export function renderFindings(list, findings, ruleInfo, base) {
  const items = findings.map((f) => {
    const info = ruleInfo[f.rule] || {};
    const li = el("li", `finding finding-${f.severity}`);
    li.dataset.rule = f.rule;
    li.dataset.severity = f.severity;
    const head = el("p", "finding-head");
    head.append(el("span", `severity severity-${f.severity}`, severities[f.severity] || f.severity), " ");
    head.append(el("strong", "", info.title || f.rule));
    li.append(head, el("p", "finding-message", f.message));
    if (info.explanation) {
      const details = el("details", "finding-why");
      details.append(el("summary", "", "Why it matters"), el("p", "", info.explanation));
      li.append(details);
    }
    const link = el("a", "finding-guide", "Read the guide");
    link.href = base.replace(/\/$/, "") + f.guide;
    li.append(el("p", "", link));
    return li;
  });
  list.replaceChildren(...items);
}

function el(tag, className, child) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (child !== undefined) node.append(child);
  return node;
}
