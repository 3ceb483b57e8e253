// Détente dashboard: pick two actors, read their relation over time, drill down to the evidence.
import { renderIndexChart, renderTypesChart, typeColor } from "./charts.js";
import { clear, el, fmtScore, getJSON, highlighted, query, safeUrl, scoreColor } from "./dom.js";
import { loadLand, renderMap, renderNetwork } from "./geo.js";

const $ = (id) => document.getElementById(id);
const state = { a: null, b: null, directed: false, dedup: false, freq: "month", from: "", to: "", series: null, turning: null,
                charts: {}, events: null };
window.detente = state; // for the browser tests and the curious

function setStatus(text, isError = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", isError);
}

function dyadParam() {
  return `${state.a}-${state.b}`;
}

function dyadName() {
  return state.directed ? `${state.a}→${state.b}` : `${state.a}–${state.b}`;
}

// Last day of the period that starts on `start` (ISO), so a click selects exactly that period's events.
function periodEnd(start, freq) {
  const d = new Date(`${start}T00:00:00Z`);
  if (freq === "day") return start;
  if (freq === "week") d.setUTCDate(d.getUTCDate() + 6);
  else {
    const months = { month: 1, quarter: 3, year: 12 }[freq];
    d.setUTCMonth(d.getUTCMonth() + months, 1);
    d.setUTCDate(0);
  }
  return d.toISOString().slice(0, 10);
}

function readHash() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { a: params.get("a"), b: params.get("b"), freq: params.get("freq"), directed: params.get("directed") === "1",
           dedup: params.get("dedup") === "1",
           from: params.get("from") || "", to: params.get("to") || "" };
}

function writeHash() {
  const hash = query({ a: state.a, b: state.b, freq: state.freq, directed: state.directed ? "1" : "",
                       dedup: state.dedup ? "1" : "", from: state.from, to: state.to });
  history.replaceState(null, "", `#${hash}`);
}

function fillCountries(countries) {
  for (const select of [$("actor-a"), $("actor-b")]) {
    clear(select);
    for (const c of countries) {
      const option = el("option", { text: `${c.country} (${c.events})` });
      option.value = c.country;
      select.append(option);
    }
  }
}

function ensureOption(select, code) {
  if (![...select.options].some((o) => o.value === code)) {
    const option = el("option", { text: code });
    option.value = code;
    select.append(option);
  }
  select.value = code;
}

function fillTopDyads(dyads) {
  const nav = clear($("top-dyads"));
  if (dyads.length) nav.append(el("span", { class: "hint", text: "Most active: " }));
  for (const d of dyads) {
    nav.append(el("button", {
      type: "button", class: "chip", "data-dyad": `${d.a}-${d.b}`, text: `${d.a}–${d.b} (${d.events})`,
      style: `border-color: ${scoreColor(d.mean_score)}`,
      onclick: () => { state.a = d.a; state.b = d.b; syncControls(); show(); },
    }));
  }
}

function syncControls() {
  ensureOption($("actor-a"), state.a);
  ensureOption($("actor-b"), state.b);
  $("directed").checked = state.directed;
  $("dedup").checked = state.dedup;
  $("freq").value = state.freq;
  $("from").value = state.from;
  $("to").value = state.to;
}

function readControls() {
  state.a = $("actor-a").value;
  state.b = $("actor-b").value;
  state.directed = $("directed").checked;
  state.dedup = $("dedup").checked;
  state.freq = $("freq").value;
  state.from = $("from").value;
  state.to = $("to").value;
}

async function show() {
  if (!state.a || !state.b) return;
  document.body.dataset.state = "loading";
  setStatus(`Loading ${dyadName()}…`);
  writeHash();
  try {
    const series = await getJSON(`/api/dyads/${encodeURIComponent(dyadParam())}/series?` +
      query({ directed: state.directed, dedup: state.dedup, freq: state.freq, from: state.from, to: state.to, turning: true }));
    state.series = series;
    state.turning = series.turning_points;
    state.charts.index = renderIndexChart($("index-chart"), state.charts.index, series, state.turning, pickPeriod);
    state.charts.types = renderTypesChart($("types-chart"), state.charts.types, series, pickPeriod);
    $("summary").textContent = series.total
      ? `${state.turning.summary} (${series.total} events; turning points by ${state.turning.method})`
      : `No events between ${state.a} and ${state.b} in this period.`;
    fillPeriods(series);
    const first = series.periods.length ? series.periods[0].period : state.from;
    const last = series.periods.length ? periodEnd(series.periods[series.periods.length - 1].period, series.freq) : state.to;
    clear($("events"));
    $("events-title").textContent = "Events";
    $("events-hint").hidden = false;
    $("more-events").hidden = true;
    await Promise.all([loadMap(first, last), loadNetwork(first, last), loadQuotes(first, last, "the whole range")]);
    setStatus("");
    document.body.dataset.state = "ready";
  } catch (error) {
    setStatus(`Could not load ${dyadName()}: ${error.message}`, true);
    document.body.dataset.state = "error";
  }
}

function fillPeriods(series) {
  const select = clear($("period"));
  select.append(el("option", { value: "", text: "— choose —" }));
  series.periods.forEach((p, i) => {
    if (!p.count) return;
    const option = el("option", { text: `${p.period}: ${p.count} events, index ${fmtScore(p.score_mean)}` });
    option.value = String(i);
    select.append(option);
  });
}

async function pickPeriod(i) {
  const period = state.series?.periods[i];
  if (!period) return;
  $("period").value = period.count ? String(i) : "";
  const from = period.period;
  const to = periodEnd(period.period, state.series.freq);
  const label = from === to ? from : `${from} … ${to}`;
  await listEvents({ dyad: dyadParam(), directed: state.directed, dedup: state.dedup, from, to, include_flagged: false },
                   `Events ${dyadName()}, ${label}`);
  await loadQuotes(from, to, label);
}

async function listEvents(filters, title, offset = 0) {
  document.body.dataset.events = "loading";
  try {
    const page = await getJSON(`/api/events?` + query({ ...filters, limit: 50, offset, sort: "-day" }));
    state.events = { filters, title, page };
    if (!offset) clear($("events"));
    $("events-title").textContent = `${title} — ${page.total} event${page.total === 1 ? "" : "s"}`;
    $("events-hint").hidden = true;
    for (const event of page.items) $("events").append(eventItem(event));
    const more = $("more-events");
    more.hidden = offset + page.items.length >= page.total;
    more.onclick = () => listEvents(filters, title, offset + page.items.length);
    document.body.dataset.events = "ready";
  } catch (error) {
    setStatus(`Could not list events: ${error.message}`, true);
    document.body.dataset.events = "error";
  }
}

function actorText(actor) {
  if (!actor) return "?";
  return actor.country ? `${actor.name || actor.country} (${actor.country}${actor.sector ? " " + actor.sector : ""})` : actor.name;
}

function relative(span, base) {
  return span ? { start: span.start - base, end: span.end - base } : null;
}

function eventItem(event) {
  const ev = event.evidence || {};
  const base = ev.start || 0;
  const spans = [
    ev.trigger && { ...relative(ev.trigger, base), cls: "trigger", title: `trigger: ${event.type}` },
    ev.source && { ...relative(ev.source, base), cls: "source", title: "source actor" },
    ev.target && { ...relative(ev.target, base), cls: "target", title: "target actor" },
  ].filter(Boolean);
  const flags = ["negated", "hypothetical", "future", "historical"].filter((f) => event[f]);
  const link = safeUrl(event.source_url);
  const item = el("li", { class: "event", "data-event-id": event.id },
    el("div", { class: "event-head" },
      el("span", { class: "day", text: event.day || event.date || "undated" }),
      el("span", { class: "type", style: `background:${typeColor(event.type)}`, text: event.type }),
      el("span", { class: "score", style: `color:${scoreColor(event.score)}`, text: fmtScore(event.score) }),
      el("span", { class: "actors", text: `${actorText(event.source)} → ${actorText(event.target)}` }),
      ...flags.map((f) => el("span", { class: "flag", text: f })),
      typeof event.confidence === "number"
        ? el("span", { class: "confidence", text: `${Math.round(100 * event.confidence)}% likely right`,
                       title: "estimated chance that this event is right in every respect (calibrated on judged news)" })
        : null),
    el("p", { class: "evidence" }, highlighted(ev.sentence || "", spans)),
    el("div", { class: "event-links" },
      el("button", { type: "button", class: "open-article", text: "Open article",
                     onclick: () => showArticle(event.doc_id, event.id) }),
      link ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer", class: "source-link",
                       text: event.title ? `${event.title} ↗` : "source ↗" }) : el("span", { class: "title", text: event.title || "" }),
      event.cluster && event.cluster.num_sources > 1
        ? el("span", { class: "cluster", text: `reported by ${event.cluster.num_sources} outlets, ${event.cluster.num_mentions} mentions` })
        : null,
      event.location ? el("span", { class: "place", text: `at ${event.location.name || "?"}` }) : null));
  return item;
}

async function showArticle(docId, eventId) {
  try {
    const doc = await getJSON(`/api/articles/${encodeURIComponent(docId)}`);
    const article = doc.article;
    $("article-panel").hidden = false;
    const link = safeUrl(article.url);
    const title = $("article-title");
    clear(title);
    title.append(link ? el("a", { href: link, target: "_blank", rel: "noopener noreferrer", text: article.title || article.url })
                      : document.createTextNode(article.title || article.id));
    $("article-meta").textContent = [article.site, article.published, article.language,
      `${doc.events.length} events, ${doc.quotes.length} quotes`].filter(Boolean).join(" · ");
    const spans = doc.events.map((e) => ({ start: e.evidence.start, end: e.evidence.end,
      cls: e.id === eventId ? "evidence current" : "evidence", title: `${e.type} ${fmtScore(e.score)}` }));
    const text = clear($("article-text"));
    for (const p of article.paragraphs) {
      const local = spans.map((s) => ({ ...s, start: s.start - p.start, end: Math.min(s.end, p.end) - p.start }))
        .filter((s) => s.end > 0 && s.start < p.end - p.start);
      text.append(el("p", { class: p.kind }, highlighted(p.text, local)));
    }
    const current = text.querySelector("mark.current");
    (current || $("article-panel")).scrollIntoView({ block: "nearest" });
  } catch (error) {
    setStatus(`Could not open article ${docId}: ${error.message}`, true);
  }
}

async function loadQuotes(from, to, label) {
  const list = clear($("quotes"));
  $("quotes-scope").textContent = `in articles on ${dyadName()}, ${label}`;
  const page = await getJSON(`/api/quotes?` + query({ dyad: dyadParam(), directed: state.directed, from, to, limit: 20 }));
  for (const quote of page.items) {
    const speaker = quote.speaker ? (quote.speaker.name || quote.speaker.text) : "unattributed";
    const country = quote.speaker && quote.speaker.country ? ` (${quote.speaker.country})` : "";
    list.append(el("li", { class: "quote" },
      el("blockquote", { text: quote.direct ? `“${quote.text}”` : quote.text }),
      el("div", { class: "quote-meta" },
        el("span", { class: "speaker", text: `— ${speaker}${country}` }),
        el("span", { class: "score", style: `color:${scoreColor(quote.tone)}`, text: ` tone ${fmtScore(quote.tone)} ` }),
        el("button", { type: "button", class: "open-article", text: quote.title || "article",
                       onclick: () => showArticle(quote.doc_id, null) }))));
  }
  if (!page.items.length) list.append(el("li", { class: "hint", text: "No quotes." }));
}

async function loadMap(from, to) {
  const [points] = await Promise.all([
    getJSON(`/api/map?` + query({ dyad: dyadParam(), directed: state.directed, from, to })), loadLand()]);
  renderMap($("map"), points, (p) => listEvents(
    { dyad: dyadParam(), directed: state.directed, from, to, include_flagged: false,
      bbox: [p.lon - 0.05, p.lat - 0.05, p.lon + 0.05, p.lat + 0.05].map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v))).join(",") },
    `Events ${dyadName()} at ${p.name || "this place"}`));
}

async function loadNetwork(from, to) {
  const network = await getJSON(`/api/network?` + query({ from, to, limit: 60 }));
  renderNetwork($("network"), network, new Set([state.a, state.b]), (code) => {
    if (code === state.a) return;
    state.b = code;
    syncControls();
    show();
  });
}

async function init() {
  $("controls").addEventListener("submit", (event) => { event.preventDefault(); readControls(); show(); });
  $("period").addEventListener("change", () => { if ($("period").value !== "") pickPeriod(+$("period").value); });
  $("close-article").addEventListener("click", () => { $("article-panel").hidden = true; });
  try {
    const [countries, dyads, health] = await Promise.all(
      [getJSON("/api/countries"), getJSON("/api/dyads?limit=8"), getJSON("/api/health")]);
    $("dedup").disabled = !health.clusters; // story clusters exist only after `detente cluster`
    fillCountries(countries);
    fillTopDyads(dyads);
    const wanted = readHash();
    Object.assign(state, { freq: wanted.freq || "month", directed: wanted.directed, dedup: wanted.dedup && health.clusters,
                           from: wanted.from, to: wanted.to });
    state.a = wanted.a || (dyads[0] && dyads[0].a) || (countries[0] && countries[0].country) || null;
    state.b = wanted.b || (dyads[0] && dyads[0].b) || (countries[1] && countries[1].country) || null;
    if (!state.a || !state.b) {
      setStatus("This store has no events between two countries yet: ingest some articles first.");
      document.body.dataset.state = "empty";
      return;
    }
    syncControls();
    await show();
  } catch (error) {
    setStatus(`Could not reach the API: ${error.message}`, true);
    document.body.dataset.state = "error";
  }
}

init();
