// dyads API docs: drawn from this server's /openapi.json, with nothing loaded from elsewhere (works offline,
// and under the same Content-Security-Policy as the dashboard). GET endpoints can be tried from the page.
"use strict";

const $ = (sel) => document.querySelector(sel);
const METHODS = ["get", "post", "put", "patch", "delete"];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function resolve(spec, schema) {
  let s = schema || {};
  for (let i = 0; s.$ref && i < 10; i++) s = s.$ref.split("/").slice(1).reduce((o, k) => (o || {})[k], spec) || {};
  return s;
}

// "string (date)", "integer 1…500", "one of: day, week", "list of string", with null options left out.
function typeText(spec, schema) {
  const s = resolve(spec, schema);
  if (s.anyOf) return s.anyOf.map((x) => resolve(spec, x)).filter((x) => x.type !== "null").map((x) => typeText(spec, x)).join(" or ");
  if (s.enum) return `one of: ${s.enum.join(", ")}`;
  if (s.type === "array") return `list of ${typeText(spec, s.items)}`;
  let text = s.type || (s.title ? s.title : "any");
  if (s.format) text += ` (${s.format})`;
  const lo = s.minimum ?? s.minLength, hi = s.maximum ?? s.maxLength;
  if (lo !== undefined || hi !== undefined) text += ` ${lo ?? ""}…${hi ?? ""}${s.minLength !== undefined || s.maxLength !== undefined ? " chars" : ""}`;
  return text;
}

function paramTable(spec, params) {
  if (!params.length) return el("p", { class: "muted", text: "No parameters." });
  const body = el("tbody");
  for (const p of params) {
    const schema = p.schema || {};
    const dflt = resolve(spec, schema).default;
    body.append(el("tr", { class: "param", "data-name": p.name },
      el("td", {}, el("code", { text: p.name }), p.required ? el("span", { class: "required", text: " required" }) : null),
      el("td", { text: p.in }), el("td", { text: typeText(spec, schema) }),
      el("td", { text: dflt === undefined || dflt === null ? "" : JSON.stringify(dflt) }),
      el("td", { text: p.description || schema.description || "" })));
  }
  return el("table", { class: "params" },
    el("thead", {}, el("tr", {}, ...["name", "in", "type", "default", "description"].map((h) => el("th", { text: h })))), body);
}

function tryForm(path, params) {
  const form = el("form", { class: "try" });
  for (const p of params) {
    form.append(el("label", {}, p.name, el("input", { name: p.name, "data-in": p.in, placeholder: p.required ? "required" : "" })));
  }
  const out = el("pre", { class: "response", hidden: "" });
  form.append(el("button", { type: "submit", text: "Send" }));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    let url = path;
    const query = new URLSearchParams();
    for (const input of form.querySelectorAll("input")) {
      const value = input.value.trim();
      if (input.dataset.in === "path") url = url.replace(`{${input.name}}`, encodeURIComponent(value));
      else if (value) for (const v of value.split(",")) query.append(input.name, v.trim());
    }
    const target = new URL(url.replace(/^\//, ""), new URL("./", window.location.href));
    target.search = query.toString();
    out.hidden = false;
    out.textContent = `GET ${target.pathname}${target.search}\n…`;
    try {
      const res = await fetch(target);
      const text = await res.text();
      let shown = text;
      try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch { /* not JSON */ }
      out.textContent = `GET ${target.pathname}${target.search}\n${res.status} ${res.statusText}\n\n${shown.slice(0, 20000)}`;
    } catch (e) {
      out.textContent = `request failed: ${e.message}`;
    }
  });
  return el("details", { class: "try-it" }, el("summary", { text: "Try it" }), form, out);
}

function endpoint(spec, path, method, op, common) {
  const params = [...(common || []), ...(op.parameters || [])];
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-");
  const section = el("section", { class: "endpoint panel", id, "data-path": path, "data-method": method.toUpperCase() },
    el("h2", {}, el("span", { class: `method ${method}`, text: method.toUpperCase() }), " ", el("code", { text: path })),
    op.summary ? el("p", { class: "summary", text: op.summary }) : null,
    op.description ? el("p", { class: "description", text: op.description }) : null,
    el("h3", { text: "Parameters" }), paramTable(spec, params));
  if (op.requestBody) {
    const types = Object.keys(op.requestBody.content || {});
    section.append(el("h3", { text: "Request body" }), el("p", { text: types.length ? types.join(", ") : "any" }));
  }
  const responses = el("ul", { class: "responses" });
  for (const [code, r] of Object.entries(op.responses || {})) {
    responses.append(el("li", {}, el("code", { text: code }), ` ${r.description || ""}`));
  }
  section.append(el("h3", { text: "Responses" }), responses);
  if (method === "get") section.append(tryForm(path, params));
  return [section, el("li", {}, el("a", { href: `#${id}` }, el("span", { class: `method ${method}`, text: method.toUpperCase() }), ` ${path}`))];
}

async function init() {
  const box = $("#endpoints");
  try {
    const res = await fetch(new URL("openapi.json", new URL("./", window.location.href)));
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    const spec = await res.json();
    document.title = `${spec.info.title} API docs`;
    $("#api-title").textContent = `${spec.info.title} API`;
    $("#api-version").textContent = `version ${spec.info.version} · OpenAPI ${spec.openapi}`;
    $("#api-description").textContent = spec.info.description || "";
    const toc = el("ul");
    const sections = [];
    for (const [path, item] of Object.entries(spec.paths || {})) {
      for (const method of METHODS) {
        if (!item[method]) continue;
        const [section, entry] = endpoint(spec, path, method, item[method], item.parameters);
        sections.push(section);
        toc.append(entry);
      }
    }
    $("#toc").replaceChildren(el("h2", { text: `${sections.length} endpoints` }), toc);
    box.replaceChildren(...sections);
    box.dataset.state = "ready";
  } catch (e) {
    box.replaceChildren(el("p", { class: "message error", text: `Could not load the API description: ${e.message}` }));
    box.dataset.state = "error";
  }
}

init();
