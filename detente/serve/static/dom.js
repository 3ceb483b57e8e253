// Safe DOM helpers: data from articles is untrusted, so it only ever enters the page as text nodes.
export const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Only http(s) links leave the dashboard: a stored "javascript:" URL must never become a link.
export function safeUrl(url) {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

// Text with highlighted spans: [{start, end, cls, title}] in the text's own offsets; overlaps keep the first.
export function highlighted(text, spans) {
  const frag = document.createDocumentFragment();
  const sorted = spans
    .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    if (span.start > at) frag.append(document.createTextNode(text.slice(at, span.start)));
    frag.append(el("mark", { class: span.cls, title: span.title || null, text: text.slice(span.start, span.end) }));
    at = span.end;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

export function scoreColor(score, alpha = 1) {
  if (score === null || score === undefined || Number.isNaN(score)) return `rgba(120,120,120,${alpha})`;
  const t = Math.max(-1, Math.min(1, score / 6));
  const [r, g, b] = t < 0 ? [192, 57, 43] : [30, 132, 73];
  const k = Math.abs(t);
  const mix = (c) => Math.round(150 + (c - 150) * k);
  return `rgba(${mix(r)},${mix(g)},${mix(b)},${alpha})`;
}

export function fmtScore(value) {
  return value === null || value === undefined ? "–" : (value > 0 ? "+" : "") + Number(value).toFixed(1);
}

export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch { /* not JSON */ }
    throw new Error(`${response.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
  }
  return response.json();
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "" && value !== false) search.set(key, String(value));
  }
  return search.toString();
}
