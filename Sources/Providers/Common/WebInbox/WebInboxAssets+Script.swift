extension WebInboxAssets {
    /// `GET /__fake/ui/app.js`: fetches the inbox's JSON, listens to `/__fake/events` and drives the
    /// control API (reset, clock, faults). Builds the page with DOM calls only, never with HTML
    /// strings, so nothing a client sent is ever read as markup.
    static let script = ##"""
"use strict";
// The fake's web inbox: reads /__fake/ui/api/…, listens to /__fake/events, drives the control API.
const api = (path) => fetch("/__fake/" + path, { cache: "no-store" }).then((r) => r.json());
const post = (path, body, method) => fetch("/__fake/" + path, { method: method || "POST", headers: { "Content-Type": "application/json" },
  body: body === undefined ? undefined : JSON.stringify(body) }).then((r) => r.json().then((j) => ({ status: r.status, json: j })));
const $ = (selector) => document.querySelector(selector);
function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value); else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  return node;
}
const view = { tab: "inbox", offset: 0, limit: 50, filter: "", selected: null, messageLimit: 20, journalLimit: 100, journalFilter: "", open: new Set() };
const clock = { unix: 0, at: performance.now() };
const fakeNow = () => clock.unix + (performance.now() - clock.at) / 1000;
function setClock(unix) { clock.unix = unix; clock.at = performance.now(); }
const stamp = (unix) => new Date(unix * 1000).toISOString().replace("T", " ").replace(/\.\d+Z$/, "Z");
function toast(text) { const t = $("#toast"); t.textContent = text; t.classList.add("show"); setTimeout(() => t.classList.remove("show"), 1800); }

// The state an SMS is in now: the latest lifecycle step the fake clock has reached.
function currentState(timeline) {
  let state = null;
  for (const step of timeline.steps) if (step.state !== "callback" && step.unix <= fakeNow() + 0.001) state = step.state;
  return state || "unknown";
}

async function refreshSummary() {
  const summary = await api("ui/api/summary");
  setClock(summary.unix);
  $("#provider").textContent = summary.provider;
  document.title = summary.provider + " · web inbox";
  $("#faults").textContent = summary.faults.length ? summary.faults.length + " fault(s) waiting" : "no faults waiting";
  view.smtp = summary.smtp_url;
  $("#recorded").textContent = summary.outbox_recorded + " accepted" + (summary.outbox_dropped ? ", " + summary.outbox_dropped + " dropped (outbox keeps " + summary.outbox_capacity + ")" : "");
}

async function refreshConversations() {
  const q = encodeURIComponent(view.filter);
  const page = await api(`ui/api/conversations?offset=${view.offset}&limit=${view.limit}&q=${q}`);
  if (!view.selected && page.conversations.length) view.selected = page.conversations[0].to;
  const list = $("#conversations");
  list.replaceChildren(...page.conversations.map((c) => h("div", { class: "conversation" + (c.to === view.selected ? " selected" : ""), "data-to": c.to,
    onclick: () => { view.selected = c.to; view.messageLimit = 20; refreshConversations(); refreshMessages(); } },
    h("div", {}, h("span", { class: "to" }, c.to), " ", h("span", { class: "count" }, c.count + " SMS")),
    h("div", { class: "preview" }, c.last.from + ": " + c.last.text))));
  if (!page.conversations.length) list.append(h("div", { class: "empty" }, view.filter ? "No destination matches." : "No SMS yet: send one to this fake."));
  const last = Math.min(page.total, page.offset + page.conversations.length);
  $("#page").textContent = page.total ? `${page.offset + 1}–${last} of ${page.total} destinations` : "";
  $("#prev").disabled = page.offset === 0;
  $("#next").disabled = last >= page.total;
}

function partsView(layout) {
  const single = layout.parts.length === 1;
  return h("div", { class: "parts", "data-testid": "parts" }, layout.parts.map((part, index) => {
    const chars = Array.from(part.text), marks = new Set(part.extension_offsets);
    const text = chars.map((c, i) => marks.has(i) ? h("mark", { title: "GSM-7 extension character: 2 septets" }, c) : c);
    return h("div", { class: "part", "data-units": part.units },
      h("span", { class: "units" }, `part ${index + 1}/${layout.parts.length} · ${part.units}/${single ? layout.units_per_part : layout.units_per_part} ${layout.unit}`), text);
  }));
}

function timelineView(timeline) {
  const now = fakeNow();
  return h("ol", { class: "timeline" }, timeline.steps.map((step) => {
    const due = step.unix > now + 0.001;
    const kind = step.state === "callback" ? "callback" + (step.callback && !step.callback.accepted ? " refused" : "") : step.state;
    return h("li", { class: kind + (due ? " due" : ""), "data-state": step.state }, h("time", {}, stamp(step.unix)), due ? "due: " : "", step.label);
  }));
}

function messageView(m) {
  const state = currentState(m.timeline);
  return h("div", { class: "message", "data-sequence": m.sequence, "data-encoding": m.encoding },
    h("div", { class: "meta" }, h("b", {}, m.from), m.accepted_at ? stamp(Date.parse(m.accepted_at) / 1000) : ""),
    h("div", { class: "bubble" }, m.text),
    h("div", { class: "meta" }, h("span", { class: "badge " + m.layout.encoding }, m.layout.encoding === "gsm7" ? "GSM-7" : "UCS-2"),
      h("span", { class: "badge", "data-testid": "part-count" }, m.layout.parts.length + (m.layout.parts.length === 1 ? " part" : " parts")),
      m.price ? h("span", { class: "badge", "data-testid": "price" }, m.price) : null,
      h("span", { class: "state " + state, "data-testid": "state" }, state)),
    partsView(m.layout), timelineView(m.timeline));
}

async function refreshMessages() {
  const screen = $("#screen");
  if (!view.selected) { screen.replaceChildren(h("div", { class: "empty" }, "Messages appear here as the fake accepts them.")); return; }
  const page = await api(`ui/api/messages?to=${encodeURIComponent(view.selected)}&limit=${view.messageLimit}`);
  const older = page.total > page.messages.length
    ? h("button", { onclick: () => { view.messageLimit += 20; refreshMessages(); } }, `show older (${page.total - page.messages.length} more)`) : null;
  screen.replaceChildren(...[h("div", { class: "title" }, page.to, h("div", { class: "count" }, page.total + " SMS")), older,
    ...page.messages.slice().reverse().map(messageView)].filter(Boolean));
}

function pretty(text, type) {
  if (!text) return "";
  try { if (/json/.test(type || "") || /^\s*[\[{]/.test(text)) return JSON.stringify(JSON.parse(text), null, 2); } catch (e) { /* not JSON */ }
  if (/^\s*</.test(text)) {
    let depth = 0;
    return text.replace(/>\s*</g, ">\n<").split("\n").map((line) => {
      if (/^<\//.test(line)) depth = Math.max(0, depth - 1);
      const out = "  ".repeat(depth) + line;
      if (/^<[^!?\/][^>]*[^\/]>$/.test(line) && !/<\//.test(line)) depth += 1;
      return out;
    }).join("\n");
  }
  return text;
}
const quote = (s) => "'" + String(s).replace(/'/g, "'\\''") + "'";
function curlFor(e) {
  if (e.protocol === "smtp") {
    const to = (e.recipients || []).map((r) => " --mail-rcpt " + quote(r)).join("");
    return `curl ${quote(view.smtp || "smtp://127.0.0.1:2525")} --mail-from ${quote(e.mail_from)}${to} --upload-file message.eml`;
  }
  const headers = Object.entries(e.headers || {}).filter(([k]) => !/^(host|content-length|connection)$/i.test(k)).map(([k, v]) => " -H " + quote(k + ": " + v)).join("");
  const body = e.body ? " --data-binary " + quote(e.body) : "";
  return `curl -X ${e.method} ${quote(location.origin + e.target)}${headers}${body}`;
}
async function copy(text) {
  try { await navigator.clipboard.writeText(text); } catch (e) {
    const area = h("textarea", {}, text); document.body.append(area); area.select(); document.execCommand("copy"); area.remove();
  }
  toast("copied as curl");
}

function journalRow(e) {
  const status = e.protocol === "smtp" ? e.reply_code : (e.status === null ? "reset" : e.status);
  const what = e.protocol === "smtp" ? `${e.command} ${e.address || (e.recipients || []).join(", ")}` : `${e.method} ${e.target}`;
  const row = h("tr", { class: "entry" + (e.refused ? " refused" : ""), "data-sequence": e.sequence,
    onclick: () => { view.open.has(e.sequence) ? view.open.delete(e.sequence) : view.open.add(e.sequence); refreshJournal(); } },
    h("td", {}, e.sequence), h("td", {}, stamp(Date.parse(e.at) / 1000)), h("td", { class: "target" }, what),
    h("td", { class: "status" }, status), h("td", {}, e.fault || ""), h("td", {}, e.remote_address || ""));
  if (!view.open.has(e.sequence)) return [row];
  const headers = e.headers ? Object.entries(e.headers).map(([k, v]) => `${k}: ${v}`).join("\n") : "";
  const type = e.headers ? (Object.entries(e.headers).find(([k]) => /^content-type$/i.test(k)) || [])[1] : "";
  const detail = h("td", { colspan: 6 },
    h("button", { onclick: (ev) => { ev.stopPropagation(); copy(curlFor(e)); }, "data-testid": "copy-curl" }, "copy as curl"),
    h("pre", { class: "curl" }, curlFor(e)),
    headers ? [h("h4", {}, "headers"), h("pre", {}, headers)] : null,
    h("h4", {}, e.protocol === "smtp" ? "message" : "body"), h("pre", {}, pretty(e.body || e.message || e.body_base64 || e.message_base64 || "", type)),
    e.answer ? h("div", { class: "error" }, h("h4", {}, `the fake's answer: ${e.answer.status}`), h("pre", {}, pretty(e.answer.body, e.answer.content_type))) : null,
    e.reply ? [h("h4", {}, "reply"), h("pre", {}, e.reply)] : null);
  return [row, h("tr", { class: "detail" + (e.refused ? " refused" : "") }, detail)];
}

async function refreshJournal() {
  const page = await api(`ui/api/journal?limit=${view.journalLimit}&q=${encodeURIComponent(view.journalFilter)}`);
  $("#journal-rows").replaceChildren(...page.entries.flatMap(journalRow));
  $("#journal-count").textContent = `${page.entries.length} of ${page.total} ${view.journalFilter ? "matching " : ""}requests (the journal keeps the newest 500)`;
  $("#journal-more").hidden = page.total <= page.entries.length;
}

let pending = null;
function refresh(parts) {
  pending = pending || new Set();
  parts.forEach((p) => pending.add(p));
  if (refresh.timer) return;
  refresh.timer = setTimeout(async () => {
    const due = pending; pending = null; refresh.timer = null;
    if (due.has("summary")) await refreshSummary();
    if (due.has("inbox")) { await refreshConversations(); await refreshMessages(); }
    if (due.has("journal") && view.tab === "journal") await refreshJournal();
  }, 120);
}

function listen() {
  const events = new EventSource("/__fake/events");
  const live = $("#live");
  events.onopen = () => { live.textContent = "live"; live.classList.add("on"); };
  events.onerror = () => { live.textContent = "reconnecting…"; live.classList.remove("on"); };
  events.addEventListener("hello", (e) => { setClock(JSON.parse(e.data).unix); refresh(["summary", "inbox", "journal"]); });
  events.addEventListener("outbox", () => refresh(["summary", "inbox"]));
  events.addEventListener("journal", () => refresh(["summary", "journal"]));
  events.addEventListener("callbacks", () => refresh(["inbox"]));
  events.addEventListener("control", (e) => { const c = JSON.parse(e.data); setClock(c.unix); if (c.route === "reset") view.selected = null; refresh(["summary", "inbox", "journal"]); });
}

function wire() {
  document.querySelectorAll("nav button").forEach((b) => b.addEventListener("click", () => {
    view.tab = b.dataset.tab;
    document.querySelectorAll("nav button").forEach((x) => x.classList.toggle("active", x === b));
    $("#inbox").hidden = view.tab !== "inbox"; $("#journal").hidden = view.tab !== "journal";
    if (view.tab === "journal") refreshJournal();
  }));
  $("#filter").addEventListener("input", (e) => { view.filter = e.target.value; view.offset = 0; refresh(["inbox"]); });
  $("#journal-filter").addEventListener("input", (e) => { view.journalFilter = e.target.value; refresh(["journal"]); });
  $("#journal-more").addEventListener("click", () => { view.journalLimit += 100; refreshJournal(); });
  $("#prev").addEventListener("click", () => { view.offset = Math.max(0, view.offset - view.limit); refreshConversations(); });
  $("#next").addEventListener("click", () => { view.offset += view.limit; refreshConversations(); });
  $("#reset").addEventListener("click", async () => { if (confirm("Reset the fake: outbox, journal, callbacks, faults and accounts?")) { await post("reset"); toast("reset"); } });
  $("#advance").addEventListener("submit", async (e) => { e.preventDefault();
    const r = await post("clock", { advance_seconds: Number($("#seconds").value) }); if (r.status !== 200) toast(r.json.error); });
  $("#fault").addEventListener("submit", async (e) => { e.preventDefault();
    const kind = $("#fault-kind").value, value = Number($("#fault-value").value), body = { fault: kind, count: Number($("#fault-count").value) || 1 };
    if (kind === "latency") body.ms = value || 2000; if (kind === "status") body.status = value || 503;
    if (kind === "slow_body") { body.parts = 5; body.interval_ms = value || 1000; }
    const r = await post("faults", body); toast(r.status === 200 ? "fault queued" : r.json.error); refresh(["summary"]); });
  setInterval(() => { $("#clock").textContent = "fake time " + stamp(fakeNow()); }, 250);
  setInterval(() => { if (view.tab === "inbox") refreshMessages(); }, 2000);
}

wire();
listen();
"""##
}
