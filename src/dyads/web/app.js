// dyads dashboard: plain JS and SVG, no external requests beyond this server's /api.
"use strict";

const PAGE = 25;
const NUM = new Intl.NumberFormat("en");
const DEC = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const SVGNS = "http://www.w3.org/2000/svg";
const state = { offset: 0, world: null };

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k === "text") node.textContent = v;
    else if (k === "style") node.style.cssText = v;  // CSSOM, allowed by the page's CSP (style attributes are not)
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// A stored URL as a link target only when it is http(s): never javascript:, data: or the like.
function webUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function message(target, text, kind = "") {
  target.replaceChildren(el("div", { class: `message ${kind}`, text }));
  target.dataset.state = kind || "empty";
}

async function api(path, params) {
  const url = new URL(path, window.location.href);
  for (const [k, v] of params || []) url.searchParams.append(k, v);
  const res = await fetch(url);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.detail || `${res.status} ${res.statusText}`);
  return body;
}

// --- filters -------------------------------------------------------------------------------
function filters() {
  const f = new FormData($("#filters"));
  const get = (k) => (f.get(k) || "").toString().trim();
  return {
    actor: get("actor").toUpperCase(), recipient: get("recipient").toUpperCase(), type: get("type"),
    status: get("status") || "occurred", since: get("since"), until: get("until"), freq: get("freq") || "week",
    undirected: f.get("undirected") === "on", minConfidence: get("min_confidence"),
  };
}

function filterParams(f, { withDyad = true } = {}) {
  const p = [];
  if (withDyad && f.actor) p.push(["actor", f.actor]);
  if (withDyad && f.recipient) p.push(["recipient", f.recipient]);
  if (withDyad && f.undirected && f.actor && f.recipient) p.push(["undirected", "true"]);
  if (f.type) p.push(["type", f.type]);
  p.push(["status", f.status]);
  if (f.since) p.push(["since", f.since]);
  if (f.until) p.push(["until", f.until]);
  if (f.minConfidence) p.push(["min_confidence", f.minConfidence]);
  return p;
}

// --- charts ----------------------------------------------------------------------------------
function barChart(target, rows, series, { height = 180, goldstein = false } = {}) {
  const W = 600, H = height, L = 40, R = goldstein ? 34 : 8, T = 10, B = 26;
  const n = rows.length;
  const max = Math.max(1, ...rows.map((r) => series.reduce((s, k) => s + (r[k.key] || 0), 0)));
  const bw = (W - L - R) / n;
  const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img" });
  const y = (v) => T + (H - T - B) * (1 - v / max);
  for (const t of [0, max / 2, max]) {
    svg.append(el("svg:text", { x: L - 4, y: y(t) + 3, "text-anchor": "end", class: "axis", text: NUM.format(Math.round(t)) }));
    svg.append(el("svg:line", { x1: L, x2: W - R, y1: y(t), y2: y(t), stroke: "#eee" }));
  }
  rows.forEach((r, i) => {
    let base = 0;
    for (const s of series) {
      const v = r[s.key] || 0;
      if (v > 0) {
        const rect = el("svg:rect", { x: L + i * bw + bw * 0.1, width: Math.max(bw * 0.8, 0.5), y: y(base + v),
          height: y(base) - y(base + v), class: s.cls });
        rect.append(el("svg:title", { text: `${r.period}: ${NUM.format(v)} ${s.label}` }));
        svg.append(rect);
      }
      base += v;
    }
  });
  const step = Math.max(1, Math.ceil(n / 4));
  rows.forEach((r, i) => {
    if (i % step === 0) svg.append(el("svg:text", { x: L + i * bw + bw / 2, y: H - 6, "text-anchor": "middle", class: "axis", text: r.period }));
  });
  if (goldstein) {
    const gy = (v) => T + (H - T - B) * (1 - (v + 10) / 20);
    const pts = rows.map((r, i) => (r.goldstein_mean === null ? null : `${L + i * bw + bw / 2},${gy(r.goldstein_mean)}`)).filter(Boolean);
    if (pts.length) svg.append(el("svg:polyline", { points: pts.join(" "), class: "gold" }));
    for (const t of [-10, 0, 10]) svg.append(el("svg:text", { x: W - R + 3, y: gy(t) + 3, class: "axis", text: t }));
  }
  const legend = el("div", { class: "legend" });
  for (const s of series) legend.append(el("span", { class: `sw ${s.cls}`, style: `background: var(${s.color})` }), s.label);
  if (goldstein) legend.append(el("span", { class: "sw", style: "background:#222;height:2px" }), "mean Goldstein (right axis, −10…+10)");
  target.replaceChildren(svg, legend);
}

async function loadDyad(f) {
  const target = $("#dyad-chart");
  if (!f.actor || !f.recipient) {
    $("#dyad-title").textContent = "";
    return message(target, "Choose an actor and a recipient to see their cooperation and conflict over time.");
  }
  $("#dyad-title").textContent = `${f.actor} ${f.undirected ? "↔" : "→"} ${f.recipient}`;
  target.dataset.state = "loading";
  try {
    const p = [["freq", f.freq], ["status", f.status]];
    if (!f.undirected) p.push(["directed", "true"]);
    if (f.since) p.push(["since", f.since]);
    if (f.until) p.push(["until", f.until]);
    if (f.minConfidence) p.push(["min_confidence", f.minConfidence]);
    const data = await api(`api/dyads/${encodeURIComponent(f.actor)}/${encodeURIComponent(f.recipient)}/series`, p);
    if (!data.series.length) return message(target, `No ${f.status === "any" ? "" : f.status + " "}events between ${f.actor} and ${f.recipient} for these filters.`);
    barChart(target, data.series, [
      { key: "cooperation", label: "cooperation", cls: "bar-coop", color: "--coop" },
      { key: "conflict", label: "conflict", cls: "bar-conf", color: "--conf" },
    ], { goldstein: true });
    const total = data.series.reduce((s, r) => s + r.events, 0);
    const gsum = data.series.reduce((s, r) => s + r.goldstein_sum, 0);
    target.dataset.state = "ready";
    target.dataset.events = total;
    target.append(el("div", { class: "legend", text: `${NUM.format(total)} events, Goldstein sum ${DEC.format(gsum)}` }));
  } catch (e) {
    message(target, `Could not load the dyad: ${e.message}`, "error");
  }
}

async function loadTimeline(f) {
  const target = $("#timeline-chart");
  try {
    const data = await api("api/timeline", [...filterParams(f), ["freq", f.freq]]);
    if (!data.series.length) return message(target, "No dated events match these filters.");
    barChart(target, data.series, [
      { key: "cooperation", label: "cooperation", cls: "bar-coop", color: "--coop" },
      { key: "conflict", label: "conflict", cls: "bar-conf", color: "--conf" },
    ]);
    target.dataset.state = "ready";
  } catch (e) {
    message(target, `Could not load the timeline: ${e.message}`, "error");
  }
}

// --- map -------------------------------------------------------------------------------------
async function loadMap(f) {
  const target = $("#map");
  try {
    if (!state.world) state.world = await api("world.json");
    const data = await api("api/places", filterParams(f));
    const svg = el("svg:svg", { viewBox: "0 0 360 150", role: "img", "aria-label": "map of event locations" });
    const land = el("svg:g", { transform: "translate(0,-10)" });
    for (const c of state.world.countries) {
      land.append(el("svg:path", { d: c.d, class: "map-land" }, el("svg:title", { text: c.name })));
    }
    const max = Math.max(1, ...data.places.map((p) => p.events));
    for (const p of data.places) {
      const r = 1 + 4 * Math.sqrt(p.events / max);
      land.append(el("svg:circle", { cx: p.lon + 180, cy: 90 - p.lat, r, class: "map-point" },
        el("svg:title", { text: `${p.name || "?"} (${p.country || "?"}): ${NUM.format(p.events)} events` })));
    }
    svg.append(land);
    target.replaceChildren(svg);
    if (!data.places.length) target.append(el("div", { class: "legend", text: "No located events match these filters." }));
    target.dataset.state = "ready";
  } catch (e) {
    message(target, `Could not load the map: ${e.message}`, "error");
  }
}

// --- events table and evidence ------------------------------------------------------------------
function party(p) {
  if (!p) return "–";
  return [p.code, p.sector].filter(Boolean).join(" ") || (p.text || "?");
}

async function loadEvents(f) {
  const body = $("#events tbody");
  const stateBox = $("#events-state");
  stateBox.className = "state";
  stateBox.textContent = "loading…";
  try {
    const p = [...filterParams(f), ["limit", PAGE], ["offset", state.offset]];
    const data = await api("api/events", p);
    body.replaceChildren(...data.events.map((e) => el("tr", { "data-id": e.event_id, onclick: () => openEvidence(e.event_id) },
      el("td", { text: e.date || "–" }), el("td", { text: e.event_type, title: `CAMEO ${e.cameo}` }),
      el("td", { text: party(e.actor) }), el("td", { text: party(e.recipient) }),
      el("td", { text: (e.trigger || {}).text || "" }),
      el("td", { class: "num", text: DEC.format(e.goldstein) }), el("td", { text: e.status }))));
    $("#events-count").textContent = `${NUM.format(data.total)} matching`;
    $("#events").dataset.total = data.total;
    stateBox.textContent = data.total ? "" : "No events match these filters.";
    const last = Math.min(data.offset + data.events.length, data.total);
    $("#page").textContent = data.total ? `${NUM.format(data.offset + 1)}–${NUM.format(last)} of ${NUM.format(data.total)}` : "";
    $("#prev").disabled = data.offset === 0;
    $("#next").disabled = last >= data.total;
  } catch (e) {
    body.replaceChildren();
    $("#events-count").textContent = "";
    $("#page").textContent = "";
    stateBox.className = "state error";
    stateBox.textContent = `Could not load events: ${e.message}`;
  }
}

function highlighted(sentence, spans) {
  const out = el("p", { class: "sentence" });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping spans: keep the first
    out.append(sentence.slice(at, s.start), el("mark", { class: s.role, title: s.role, text: sentence.slice(s.start, s.end) }));
    at = s.end;
  }
  out.append(sentence.slice(at));
  return out;
}

async function openEvidence(id) {
  const panel = $("#evidence");
  const box = $("#evidence-body");
  document.querySelectorAll("#events tbody tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.id === id));
  panel.hidden = false;
  message(box, "loading…");
  try {
    const data = await api(`api/events/${encodeURIComponent(id)}`);
    const e = data.event;
    const facts = el("dl", { class: "facts" });
    const add = (k, v) => facts.append(el("dt", { text: k }), el("dd", {}, v));
    add("event", `${e.event_type} (CAMEO ${e.cameo}, quad class ${e.quad_class}, Goldstein ${DEC.format(e.goldstein)})`);
    add("actor", e.actor ? `${party(e.actor)} — “${e.actor.text}”` : "–");
    add("recipient", e.recipient ? `${party(e.recipient)} — “${e.recipient.text}”` : "–");
    add("status", e.status);
    add("date", `${e.date || "–"} (${e.date_precision}${e.date_text ? `: “${e.date_text}”` : ""})`);
    if (e.location) add("place", `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}`);
    add("why", el("code", { class: "why", text: e.why }));
    add("mentions", NUM.format(data.mentions.length));
    const docs = el("ul", { class: "documents" });
    for (const d of data.documents) {
      docs.append(el("li", {}, el("a", { href: `#doc/${encodeURIComponent(d.id)}`, class: "doc-link",
        text: d.title || d.id }), d.date ? ` (${d.date}${d.source ? `, ${d.source}` : ""})` : ""));
    }
    add("documents", docs);
    box.replaceChildren(highlighted(e.evidence.sentence, e.evidence.spans), facts);
    panel.scrollIntoView({ block: "nearest" });
  } catch (err) {
    message(box, `Could not load the evidence: ${err.message}`, "error");
  }
}

async function openDocument(id) {
  const panel = $("#document");
  const box = $("#document-body");
  panel.hidden = false;
  message(box, "loading…");
  try {
    const data = await api(`api/documents/${encodeURIComponent(id)}`);
    const d = data.document;
    $("#document-title").textContent = `${d.title || d.id}${d.date ? ` · ${d.date}` : ""}${d.source ? ` · ${d.source}` : ""}`;
    const spans = data.events.map((e) => e.trigger).filter((t) => t && t.start !== null)
      .map((t, i) => ({ start: t.start, end: t.end, role: "trigger", i })).sort((a, b) => a.start - b.start);
    const text = highlighted(d.text, spans);
    text.className = "text";
    box.replaceChildren(text, el("p", { class: "legend", text: `${NUM.format(data.events.length)} coded events; triggers highlighted.` }));
    const link = webUrl(d.url);
    if (link) box.append(el("p", {}, el("a", { href: link, rel: "noopener noreferrer", text: "original article" })));
    panel.scrollIntoView({ block: "nearest" });
  } catch (err) {
    message(box, `Could not load the document: ${err.message}`, "error");
  }
}

// --- wiring ----------------------------------------------------------------------------------
function refresh() {
  const f = filters();
  loadDyad(f);
  loadTimeline(f);
  loadMap(f);
  loadEvents(f);
}

async function init() {
  try {
    const facets = await api("api/facets");
    $("#totals").textContent = `${NUM.format(facets.events)} events from ${NUM.format(facets.documents)} documents` +
      (facets.first_date ? `, ${facets.first_date} to ${facets.last_date}` : "") +
      (facets.below_min_confidence ? ` (${NUM.format(facets.below_min_confidence)} more below confidence ${facets.min_confidence})` : "");
    $("#filters input[name=min_confidence]").placeholder = `default ${facets.min_confidence}`;
    $("#codes").replaceChildren(...facets.actors.map((a) => el("option", { value: a.code, label: `${a.code} (${NUM.format(a.events)})` })));
    $("#filters select[name=type]").append(...facets.types.map((t) => el("option", { value: t, text: t })));
  } catch (e) {
    $("#totals").textContent = `Could not reach the API: ${e.message}`;
    $("#totals").className = "error";
  }
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); state.offset = 0; refresh(); });
  $("#filters").addEventListener("reset", () => setTimeout(() => { state.offset = 0; refresh(); }));
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(filters()); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; loadEvents(filters()); });
  $("#close-evidence").addEventListener("click", () => { $("#evidence").hidden = true; });
  $("#close-document").addEventListener("click", () => { $("#document").hidden = true; history.replaceState(null, "", "#"); });
  window.addEventListener("hashchange", route);
  refresh();
  route();
}

function route() {
  const m = window.location.hash.match(/^#doc\/(.+)$/);
  if (m) openDocument(decodeURIComponent(m[1]));
}

init();
