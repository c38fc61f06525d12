// dyads dashboard: plain JS and SVG, no external requests beyond this server's /api.
// The chart, the map, the table and the export links all use the same filters (filterParams), and the
// filters, the page, the open event and the map's view live in the URL's query string, so a URL restores
// the view.
"use strict";

const PAGE = 25;
const NUM = new Intl.NumberFormat("en");
const DEC = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const SVGNS = "http://www.w3.org/2000/svg";
const FIELDS = ["actor", "recipient", "country", "type", "status", "since", "until", "place", "q", "freq", "min_confidence"];
const WORLD = { x: 0, y: 10, w: 360, h: 150 };  // equirectangular x = lon + 180, y = 90 - lat; Antarctica cut
const DAY = 86400000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const state = { offset: 0, world: null, facets: null, view: { ...WORLD }, places: [], event: null };

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
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
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

function apiUrl(path, params) {
  const url = new URL(path, window.location.href);
  url.search = "";
  url.hash = "";
  for (const [k, v] of params || []) url.searchParams.append(k, v);
  return url;
}

// What a filter that names nobody matches: when an actor or country name resolves to nothing, the dashboard
// shows empty results beside the note saying so, instead of sending the name to the API (which refuses it, E060).
const NOTHING = {
  "api/events": () => ({ total: 0, limit: PAGE, offset: 0, events: [] }),
  "api/series": () => ({ series: [], coverage: { on_chart: 0, matching: 0, undated: 0, imprecise: 0 } }),
  "api/places": () => ({ places: [] }),
};

async function api(path, params) {
  if (state.unresolved && NOTHING[path]) return NOTHING[path]();
  const res = await fetch(apiUrl(path, params));
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.detail || `${res.status} ${res.statusText}`);
  return body;
}

// --- filters and the URL ---------------------------------------------------------------------
function filters() {
  const f = new FormData($("#filters"));
  const get = (k) => (f.get(k) || "").toString().trim();
  return {
    actor: get("actor").toUpperCase(), recipient: get("recipient").toUpperCase(), country: get("country").toUpperCase(),
    type: get("type"), status: get("status") || "occurred", since: get("since"), until: get("until"),
    place: get("place"), q: get("q"), freq: get("freq") || "week", undirected: f.get("undirected") === "on",
    minConfidence: get("min_confidence"),
  };
}

// The query parameters of every request that shows or exports the selection.
function filterParams(f) {
  const p = [];
  if (f.actor) p.push(["actor", f.actor]);
  if (f.recipient) p.push(["recipient", f.recipient]);
  if (f.undirected && f.actor && f.recipient) p.push(["undirected", "true"]);
  if (f.country) p.push(["country", f.country]);
  if (f.type) p.push(["type", f.type]);
  p.push(["status", f.status]);
  if (f.since) p.push(["since", f.since]);
  if (f.until) p.push(["until", f.until]);
  if (f.place) p.push(["place", f.place]);
  if (f.q) p.push(["q", f.q]);
  if (f.minConfidence) p.push(["min_confidence", f.minConfidence]);
  return p;
}

// The view as a query string: the filters, "undirected=0" when unticked, the page, the open event, the map.
function viewQuery() {
  const form = $("#filters");
  const q = new URLSearchParams();
  for (const name of FIELDS) {
    const value = (form.elements[name].value || "").trim();
    if (value && !(name === "status" && value === "occurred") && !(name === "freq" && value === "week")) q.set(name, value);
  }
  if (!form.elements.undirected.checked) q.set("undirected", "0");
  if (state.offset) q.set("offset", state.offset);
  if (state.event) q.set("event", state.event);
  const v = state.view;
  if (v.w !== WORLD.w || v.x !== WORLD.x || v.y !== WORLD.y) q.set("map", [v.x, v.y, v.w].map((n) => n.toFixed(2)).join(","));
  return q;
}

function saveView({ push = false } = {}) {
  const q = viewQuery().toString();
  const url = `${window.location.pathname}${q ? `?${q}` : ""}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  state.search = window.location.search;
}

function restoreView() {
  const q = new URLSearchParams(window.location.search);
  const form = $("#filters");
  for (const name of FIELDS) {
    const input = form.elements[name];
    const value = q.get(name) || (name === "status" ? "occurred" : name === "freq" ? "week" : "");
    if (input.tagName === "SELECT" && value && ![...input.options].some((o) => o.value === value)) {
      input.append(el("option", { value, text: value }));  // e.g. a type the facets did not list
    }
    input.value = value;
  }
  form.elements.undirected.checked = q.get("undirected") !== "0";
  state.offset = Math.max(0, parseInt(q.get("offset") || "0", 10) || 0);
  state.event = q.get("event");
  const m = (q.get("map") || "").split(",").map(Number);
  state.view = m.length === 3 && m.every(Number.isFinite) && m[2] > 0
    ? { x: m[0], y: m[1], w: m[2], h: (m[2] * WORLD.h) / WORLD.w } : { ...WORLD };
}

// --- names to codes ---------------------------------------------------------------------------
// An actor typed as a name ("Chile", "turkey") or a code in any case becomes the code the events carry.
async function resolveActor(input) {
  const text = input.value.trim();
  if (!text) return null;
  const known = new Set((state.facets?.actors || []).map((a) => a.code));
  if (known.has(text.toUpperCase())) {
    input.value = text.toUpperCase();
    return null;
  }
  const found = await api("api/actors/search", [["q", text], ["limit", "5"]]).catch(() => ({ actors: [] }));
  const best = found.actors[0];
  if (!best) return el("span", { class: "error", text: `No actor is named “${text}”; try a code such as CHN or a country name.` });
  input.value = best.code;
  const others = found.actors.slice(1, 4).map((a) => `${a.code} (${a.name})`).join(", ");
  return el("span", { class: "resolved", "data-from": text, "data-to": best.code,
    text: `“${text}” → ${best.code} (${best.name}, ${NUM.format(best.events)} events)${others ? `; also: ${others}` : ""}.` });
}

function resolveCountry(input) {
  const text = input.value.trim();
  if (!text) return null;
  const countries = state.facets?.countries || [];
  const lower = text.toLowerCase();
  const hit = countries.find((c) => c.code.toLowerCase() === lower) || countries.find((c) => c.name.toLowerCase() === lower) ||
    countries.find((c) => c.name.toLowerCase().startsWith(lower));
  if (hit) {
    input.value = hit.code;
    return hit.code.toLowerCase() === lower ? null : el("span", { class: "resolved", text: `“${text}” → ${hit.code} (${hit.name}).` });
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    input.value = text.toUpperCase();
    return null;
  }
  return el("span", { class: "error", text: `No country with events is named “${text}”; give an ISO3 code such as PER.` });
}

async function resolveNames() {
  const form = $("#filters");
  const notes = [await resolveActor(form.elements.actor), await resolveActor(form.elements.recipient),
    resolveCountry(form.elements.country)].filter(Boolean);
  $("#resolved").replaceChildren(...notes.flatMap((n, i) => (i ? [" ", n] : [n])));
  state.unresolved = notes.some((n) => n.classList.contains("error"));
}

let searchTimer = null;
function suggestActors(ev) {
  const text = ev.target.value.trim();
  clearTimeout(searchTimer);
  if (text.length < 2) return;
  searchTimer = setTimeout(async () => {
    const found = await api("api/actors/search", [["q", text], ["limit", "8"]]).catch(() => null);
    if (!found) return;
    $("#actor-names").replaceChildren(...found.actors.map((a) =>
      el("option", { value: a.code, label: `${a.name} (${a.code}) · ${NUM.format(a.events)} events` })));
  }, 200);
}

// --- the chart: a true time axis ------------------------------------------------------------------
function periodStart(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

// The start of the period `n` periods after the one starting at time `t` (n may be negative).
function shift(t, freq, n) {
  const d = new Date(t);
  if (freq === "day") return t + n * DAY;
  if (freq === "week") return t + 7 * n * DAY;
  const months = { month: 1, quarter: 3, year: 12 }[freq];
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n * months, 1);
}

function periodEnd(iso, freq) {
  return shift(periodStart(iso), freq, 1);
}

// Tick marks at calendar boundaries: years, months or days, at most about eight of them.
function ticks(t0, t1) {
  const span = (t1 - t0) / DAY;
  const out = [];
  const first = new Date(t0);
  if (span > 3 * 365) {
    const step = [1, 2, 5, 10, 20, 50, 100].find((s) => span / 365 / s <= 8) || 200;
    for (let y = Math.ceil(first.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= t1; y += step) {
      if (Date.UTC(y, 0, 1) >= t0) out.push([Date.UTC(y, 0, 1), String(y)]);
    }
  } else if (span > 62) {
    const step = [1, 2, 3, 6, 12].find((s) => span / 30.4 / s <= 8) || 12;
    for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth(); ; m += 1) {
      const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (t > t1) break;
      // the first tick and every January name their year
      if (t >= t0 && (m % 12) % step === 0) out.push([t, m % 12 === 0 || !out.length ? `${MONTHS[m % 12]} ${Math.floor(m / 12)}` : MONTHS[m % 12]]);
    }
  } else {
    const step = [1, 2, 7, 14].find((s) => span / s <= 8) || 14;
    for (let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate()); t <= t1; t += step * DAY) {
      const d = new Date(t);
      out.push([t, `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`]);
    }
  }
  return out;
}

// Stacked bars per period placed by date (empty periods leave gaps), and the mean Goldstein line broken
// wherever a period has no events.
function timeChart(target, rows, freq) {
  const W = 900, H = 220, L = 40, R = 34, T = 10, B = 26;
  // a short series gets an empty period on each side, so one period is a bar, not the whole chart
  const pad = rows.length < 5 ? 1 : 0;
  const t0 = shift(periodStart(rows[0].period), freq, -pad);
  const t1 = shift(periodEnd(rows[rows.length - 1].period, freq), freq, pad);
  const x = (t) => L + ((W - L - R) * (t - t0)) / (t1 - t0);
  const max = Math.max(1, ...rows.map((r) => r.cooperation + r.conflict));
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const gy = (v) => T + (H - T - B) * (1 - (v + 10) / 20);
  const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "cooperation and conflict per period" });
  for (const t of [...new Set([0, Math.round(max / 2), max])]) {
    svg.append(el("svg:text", { x: L - 4, y: y(t) + 3, "text-anchor": "end", class: "axis", text: NUM.format(t) }));
    svg.append(el("svg:line", { x1: L, x2: W - R, y1: y(t), y2: y(t), stroke: "#eee" }));
  }
  for (const t of [-10, 0, 10]) svg.append(el("svg:text", { x: W - R + 3, y: gy(t) + 3, class: "axis", text: t }));
  for (const [t, label] of ticks(t0, t1)) {
    svg.append(el("svg:line", { x1: x(t), x2: x(t), y1: H - B, y2: H - B + 4, stroke: "#999" }));
    svg.append(el("svg:text", { x: x(t), y: H - 6, "text-anchor": "middle", class: "axis tick", text: label }));
  }
  const segments = [];
  let run = [];
  for (const r of rows) {
    const a = periodStart(r.period), b = periodEnd(r.period, freq);
    const pad = Math.min((x(b) - x(a)) * 0.1, 2);
    let base = 0;
    for (const s of [{ key: "cooperation", cls: "bar-coop" }, { key: "conflict", cls: "bar-conf" }]) {
      const v = r[s.key] || 0;
      if (v > 0) {
        const rect = el("svg:rect", { x: x(a) + pad, width: Math.max(x(b) - x(a) - 2 * pad, 0.5), y: y(base + v),
          height: y(base) - y(base + v), class: s.cls, "data-period": r.period, "data-count": v });
        rect.append(el("svg:title", { text: `${r.period}: ${NUM.format(v)} ${s.key}${r.top_types ? ` (${r.top_types})` : ""}` }));
        svg.append(rect);
      }
      base += v;
    }
    if (r.goldstein_mean === null || r.goldstein_mean === undefined) {
      if (run.length) segments.push(run);
      run = [];
    } else {
      run.push([(x(a) + x(b)) / 2, gy(r.goldstein_mean)]);
    }
  }
  if (run.length) segments.push(run);
  for (const seg of segments) {
    if (seg.length === 1) svg.append(el("svg:circle", { cx: seg[0][0], cy: seg[0][1], r: 2.2, class: "gold-dot" }));
    else svg.append(el("svg:polyline", { points: seg.map((p) => p.join(",")).join(" "), class: "gold" }));
  }
  const legend = el("div", { class: "legend" });
  legend.append(el("span", { class: "sw", style: "background: var(--coop)" }), "cooperation (quad 1–2)",
    el("span", { class: "sw", style: "background: var(--conf)" }), "conflict (quad 3–4)",
    el("span", { class: "sw", style: "background:#222;height:2px" }), "mean Goldstein (right axis, −10…+10; broken where a period has no events)");
  target.replaceChildren(svg, legend);
  target.dataset.segments = segments.length;
}

const COARSER = { day: "a month or a year", week: "a month or a year", month: "a year", quarter: "a year", year: "" };
const ADJECTIVE = { day: "daily", week: "weekly", month: "monthly", quarter: "quarterly", year: "yearly" };

function coverageText(c, freq) {
  const parts = [`${NUM.format(c.on_chart)} of ${NUM.format(c.matching)} matching events on the chart`];
  if (c.undated) parts.push(`${NUM.format(c.undated)} undated event${c.undated === 1 ? "" : "s"} not on the chart`);
  if (c.imprecise) parts.push(`${NUM.format(c.imprecise)} dated only to ${COARSER[freq]} not on this ${ADJECTIVE[freq]} chart`);
  return `${parts.join("; ")}.`;
}

async function loadChart(f) {
  const target = $("#dyad-chart");
  const note = $("#chart-coverage");
  const who = f.actor || f.recipient ? `${f.actor || "anyone"} ${f.undirected && f.actor && f.recipient ? "↔" : "→"} ${f.recipient || "anyone"}` : "all actors";
  $("#dyad-title").textContent = [who, f.country, f.type, f.status === "any" ? "any status" : f.status, f.place && `at “${f.place}”`,
    f.q && `“${f.q}”`].filter(Boolean).join(" · ");
  target.dataset.state = "loading";
  note.textContent = "";
  try {
    const data = await api("api/series", [...filterParams(f), ["freq", f.freq]]);
    const c = data.coverage;
    Object.assign(target.dataset, { events: c.on_chart, matching: c.matching, undated: c.undated, imprecise: c.imprecise });
    note.textContent = coverageText(c, f.freq);
    if (!data.series.length) {
      const what = f.status === "any" ? "" : `${f.status} `;
      const pair = f.actor && f.recipient ? ` between ${f.actor} and ${f.recipient}` : "";
      return message(target, c.matching ? `No ${what}events${pair} dated precisely enough for a ${ADJECTIVE[f.freq]} chart.`
        : `No ${what}events${pair} for these filters.`);
    }
    timeChart(target, data.series, f.freq);
    target.dataset.state = "ready";
  } catch (e) {
    message(target, `Could not load the chart: ${e.message}`, "error");
  }
}

// --- map -------------------------------------------------------------------------------------
function setView(v) {
  const w = Math.min(WORLD.w, Math.max(2, v.w));
  const h = (w * WORLD.h) / WORLD.w;
  const x = Math.min(WORLD.x + WORLD.w - w, Math.max(WORLD.x, v.x));
  const y = Math.min(WORLD.y + WORLD.h - h, Math.max(WORLD.y, v.y));
  state.view = { x, y, w, h };
  drawView();
}

function drawView() {
  const svg = $("#map svg");
  if (!svg) return;
  const v = state.view;
  svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
  svg.dataset.zoom = (WORLD.w / v.w).toFixed(2);
  const k = v.w / WORLD.w;  // points keep their size on screen
  const max = Math.max(1, ...state.places.map((p) => p.events));
  for (const c of svg.querySelectorAll("circle.map-point")) {
    c.setAttribute("r", ((1 + 4 * Math.sqrt(Number(c.dataset.events) / max)) * k).toFixed(3));
    c.setAttribute("stroke-width", (0.3 * k).toFixed(3));
  }
  for (const p of svg.querySelectorAll("path.map-land")) p.setAttribute("stroke-width", (0.15 * k).toFixed(3));
}

function zoom(factor, cx, cy) {
  const v = state.view;
  cx = cx ?? v.x + v.w / 2;
  cy = cy ?? v.y + v.h / 2;
  const w = Math.min(WORLD.w, Math.max(2, v.w / factor));
  const h = (w * WORLD.h) / WORLD.w;
  setView({ x: cx - ((cx - v.x) * w) / v.w, y: cy - ((cy - v.y) * h) / v.h, w });
  saveView();
}

function svgPoint(svg, ev) {
  const r = svg.getBoundingClientRect();
  const v = state.view;
  const scale = Math.max(v.w / r.width, v.h / r.height);  // "meet": the larger scale, centred
  const ox = (r.width - v.w / scale) / 2, oy = (r.height - v.h / scale) / 2;
  return [v.x + (ev.clientX - r.left - ox) * scale, v.y + (ev.clientY - r.top - oy) * scale, scale];
}

function wireMap(svg) {
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [cx, cy] = svgPoint(svg, ev);
    zoom(ev.deltaY < 0 ? 1.5 : 1 / 1.5, cx, cy);
  }, { passive: false });
  svg.addEventListener("dblclick", (ev) => {
    const [cx, cy] = svgPoint(svg, ev);
    zoom(2, cx, cy);
  });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.classList.contains("map-point")) return;
    drag = { x: ev.clientX, y: ev.clientY, view: { ...state.view }, scale: svgPoint(svg, ev)[2], moved: false };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (!drag.moved) return;
    svg.classList.add("dragging");
    setView({ ...drag.view, x: drag.view.x - dx * drag.scale, y: drag.view.y - dy * drag.scale });
  });
  const end = () => {
    if (drag && drag.moved) saveView();
    drag = null;
    svg.classList.remove("dragging");
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
}

async function loadMap(f) {
  const target = $("#map");
  try {
    if (!state.world) state.world = await api("world.json");
    const data = await api("api/places", filterParams(f));
    state.places = data.places;
    const svg = el("svg:svg", { role: "img", "aria-label": "map of event locations" });
    for (const c of state.world.countries) {
      svg.append(el("svg:path", { d: c.d, class: "map-land" }, el("svg:title", { text: c.name })));
    }
    for (const p of data.places) {
      svg.append(el("svg:circle", { cx: p.lon + 180, cy: 90 - p.lat, class: "map-point", "data-events": p.events,
        "data-name": p.name || "", onclick: () => openPlace(p) },
      el("svg:title", { text: `${p.name || "?"} (${p.country || "?"}): ${NUM.format(p.events)} events — click for the evidence` })));
    }
    wireMap(svg);
    target.replaceChildren(svg);
    drawView();
    if (!data.places.length) target.append(el("div", { class: "legend", text: "No located events match these filters." }));
    target.dataset.state = "ready";
  } catch (e) {
    message(target, `Could not load the map: ${e.message}`, "error");
  }
}

// A place on the map: its latest event's evidence, with buttons for its other events.
function openPlace(p) {
  const box = $("#evidence-place");
  const ids = p.event_ids || [];
  box.replaceChildren(el("p", { class: "place-events" },
    `${p.name || "?"}${p.country ? ` (${p.country})` : ""}: ${NUM.format(p.events)} event${p.events === 1 ? "" : "s"}${p.events > ids.length ? `, latest ${ids.length}` : ""} `,
    ...ids.map((id, i) => el("button", { type: "button", class: "secondary small", "data-id": id, text: `${i + 1}`,
      onclick: () => openEvidence(id, { keepPlace: true }) }))));
  if (ids.length) openEvidence(ids[0], { keepPlace: true });
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
  $("#events").dataset.state = "loading";
  try {
    const p = [...filterParams(f), ["limit", PAGE], ["offset", state.offset]];
    const data = await api("api/events", p);
    body.replaceChildren(...data.events.map((e) => el("tr", { "data-id": e.event_id, onclick: () => openEvidence(e.event_id) },
      el("td", { text: e.date ? (e.date_precision === "year" ? e.date.slice(0, 4) : e.date_precision === "month" ? e.date.slice(0, 7) : e.date) : "undated" }),
      el("td", { text: e.event_type, title: `CAMEO ${e.cameo}` }),
      el("td", { text: party(e.actor), title: e.actor?.name || "" }), el("td", { text: party(e.recipient), title: e.recipient?.name || "" }),
      el("td", { text: (e.trigger || {}).text || "" }),
      el("td", { class: "num", text: DEC.format(e.goldstein) }), el("td", { text: e.status }),
      el("td", { text: e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}` : "" }))));
    $("#events-count").textContent = `${NUM.format(data.total)} matching`;
    $("#events").dataset.total = data.total;
    stateBox.textContent = data.total ? "" : "No events match these filters.";
    const last = Math.min(data.offset + data.events.length, data.total);
    $("#page").textContent = data.total ? `${NUM.format(data.offset + 1)}–${NUM.format(last)} of ${NUM.format(data.total)}` : "";
    $("#prev").disabled = data.offset === 0;
    $("#next").disabled = last >= data.total;
    $("#events").dataset.state = "ready";
    markSelected();
  } catch (e) {
    body.replaceChildren();
    $("#events-count").textContent = "";
    $("#events").dataset.total = "";
    $("#page").textContent = "";
    stateBox.className = "state error";
    stateBox.textContent = `Could not load events: ${e.message}`;
    $("#events").dataset.state = "error";
  }
}

function updateExports(f) {
  for (const format of ["csv", "gdelt"]) {
    const link = $(`#export-${format}`);
    link.href = apiUrl("api/export", [["format", format], ...filterParams(f)]).href;
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

function markSelected() {
  document.querySelectorAll("#events tbody tr").forEach((tr) => tr.classList.toggle("selected", tr.dataset.id === state.event));
  document.querySelectorAll("#evidence-place button").forEach((b) => b.classList.toggle("selected", b.dataset.id === state.event));
}

async function openEvidence(id, { keepPlace = false, scroll = true } = {}) {
  const panel = $("#evidence");
  const box = $("#evidence-body");
  if (!keepPlace) $("#evidence-place").replaceChildren();
  state.event = id;
  saveView();
  markSelected();
  panel.hidden = false;
  panel.dataset.event = id;
  message(box, "loading…");
  try {
    const data = await api(`api/events/${encodeURIComponent(id)}`);
    const e = data.event;
    const facts = el("dl", { class: "facts" });
    const add = (k, v) => facts.append(el("dt", { text: k }), el("dd", {}, v));
    add("event", `${e.event_type} (CAMEO ${e.cameo}, quad class ${e.quad_class}, Goldstein ${DEC.format(e.goldstein)})`);
    add("actor", e.actor ? `${party(e.actor)}${e.actor.name ? ` (${e.actor.name})` : ""} — “${e.actor.text}”` : "–");
    add("recipient", e.recipient ? `${party(e.recipient)}${e.recipient.name ? ` (${e.recipient.name})` : ""} — “${e.recipient.text}”` : "–");
    add("status", e.status);
    add("date", `${e.date || "undated"} (${e.date_precision}${e.date_text ? `: “${e.date_text}”` : ""})`);
    if (e.location) add("place", `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}`);
    add("why", el("code", { class: "why", text: e.why }));
    add("mentions", NUM.format(data.mentions.length));
    const docs = el("ul", { class: "documents" });
    for (const d of data.documents) {
      const link = webUrl(d.url);
      docs.append(el("li", {}, el("a", { href: `#doc/${encodeURIComponent(d.id)}`, class: "doc-link", text: d.title || d.id }),
        d.date ? ` (${d.date}${d.source ? `, ${d.source}` : ""})` : "",
        link ? el("span", {}, " · ", el("a", { href: link, rel: "noopener noreferrer", class: "source-link", text: "source" })) : null));
    }
    add("documents", docs);
    box.replaceChildren(highlighted(e.evidence.sentence, e.evidence.spans), facts);
    box.dataset.state = "ready";
    if (scroll) panel.scrollIntoView({ block: "nearest" });
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
  updateExports(f);
  loadChart(f);
  loadMap(f);
  loadEvents(f);
}

async function apply() {
  await resolveNames();
  state.offset = 0;
  state.event = null;
  $("#evidence").hidden = true;
  saveView({ push: true });
  refresh();
}

function restoreAndRefresh() {
  state.unresolved = false;
  state.search = window.location.search;
  restoreView();
  refresh();
  if (state.event) openEvidence(state.event, { scroll: false });
  else $("#evidence").hidden = true;
}

async function init() {
  try {
    const facets = await api("api/facets");
    state.facets = facets;
    $("#totals").textContent = `${NUM.format(facets.events)} events from ${NUM.format(facets.documents)} documents` +
      (facets.first_date ? `, ${facets.first_date} to ${facets.last_date}` : "") +
      (facets.below_min_confidence ? ` (${NUM.format(facets.below_min_confidence)} more below confidence ${facets.min_confidence})` : "");
    $("#filters input[name=min_confidence]").placeholder = `default ${facets.min_confidence}`;
    $("#actor-names").replaceChildren(...facets.actors.map((a) => el("option", { value: a.code, label: `${a.code} (${NUM.format(a.events)})` })));
    $("#countries").replaceChildren(...(facets.countries || []).map((c) => el("option", { value: c.code, label: `${c.name} (${NUM.format(c.events)})` })));
    $("#filters select[name=type]").append(...facets.types.map((t) => el("option", { value: t, text: t })));
  } catch (e) {
    $("#totals").textContent = `Could not reach the API: ${e.message}`;
    $("#totals").className = "error";
  }
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); apply(); });
  $("#filters").addEventListener("reset", () => setTimeout(() => { $("#resolved").replaceChildren(); apply(); }));
  for (const name of ["actor", "recipient"]) $(`#filters input[name=${name}]`).addEventListener("input", suggestActors);
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); saveView(); loadEvents(filters()); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; saveView(); loadEvents(filters()); });
  $("#close-evidence").addEventListener("click", () => { $("#evidence").hidden = true; state.event = null; saveView(); markSelected(); });
  $("#close-document").addEventListener("click", () => { $("#document").hidden = true; history.replaceState(null, "", window.location.pathname + window.location.search); });
  $("#map-zoom-in").addEventListener("click", () => zoom(2));
  $("#map-zoom-out").addEventListener("click", () => zoom(0.5));
  $("#map-reset").addEventListener("click", () => { setView({ ...WORLD }); saveView(); });
  window.addEventListener("hashchange", route);
  window.addEventListener("popstate", () => { if (window.location.search !== state.search) restoreAndRefresh(); });
  restoreAndRefresh();
  route();
}

function route() {
  const m = window.location.hash.match(/^#doc\/(.+)$/);
  if (m) openDocument(decodeURIComponent(m[1]));
}

init();
