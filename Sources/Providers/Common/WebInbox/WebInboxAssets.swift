/// The web inbox page's files, served by every fake at `/__fake/ui` (HTML), `/__fake/ui/app.css`
/// and `/__fake/ui/app.js`: plain HTML, CSS and JavaScript with no packages, compiled into the
/// module so `smscontract` needs no resource files beside it.
enum WebInboxAssets {
    /// `GET /__fake/ui`: the page.
    static let html = ##"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>web inbox</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/__fake/ui/app.css">
</head>
<body>
<header>
  <h1>SMSContract · <span id="provider">fake</span></h1>
  <span id="live" class="live">connecting…</span>
  <span id="clock" class="clock"></span>
  <span id="recorded" class="clock"></span>
  <span class="spacer"></span>
  <form id="advance" title="POST /__fake/clock">
    <label for="seconds">advance clock</label>
    <input id="seconds" type="number" min="0" step="1" value="60"> s
    <button type="submit" id="advance-button">advance</button>
  </form>
  <form id="fault" title="POST /__fake/faults: for the next requests to the provider's paths">
    <select id="fault-kind">
      <option value="status">status</option><option value="latency">latency</option><option value="reset">reset</option>
      <option value="malformed_body">malformed body</option><option value="slow_body">slow body</option>
    </select>
    <input id="fault-value" class="wide" type="number" min="0" placeholder="503 or ms" title="status code, or milliseconds">
    ×<input id="fault-count" type="number" min="1" value="1" title="how many requests">
    <button type="submit">inject fault</button>
    <span id="faults" class="clock"></span>
  </form>
  <button id="reset" title="POST /__fake/reset">reset</button>
</header>
<nav>
  <button class="active" data-tab="inbox">Inbox</button>
  <button data-tab="journal">Journal</button>
</nav>
<main>
  <section id="inbox" class="inbox">
    <div class="list">
      <div class="tools"><input id="filter" type="search" placeholder="filter: number, sender or text"></div>
      <div id="conversations"></div>
      <div class="pager"><button id="prev">‹ newer</button><span id="page"></span><button id="next">older ›</button></div>
    </div>
    <div class="phone"><div id="screen" class="screen"></div></div>
  </section>
  <section id="journal" class="journal" hidden>
    <div class="tools"><input id="journal-filter" type="search" placeholder="filter: path, header, body, status…"><span id="journal-count" class="count"></span></div>
    <table>
      <thead><tr><th>#</th><th>fake time</th><th>request</th><th>status</th><th>fault</th><th>client</th></tr></thead>
      <tbody id="journal-rows"></tbody>
    </table>
    <div class="pager"><button id="journal-more" hidden>older requests</button></div>
  </section>
</main>
<div id="toast" class="toast"></div>
<script src="/__fake/ui/app.js"></script>
</body>
</html>
"""##

    /// `GET /__fake/ui/app.css`: the phone-style inbox and the journal table.
    static let css = ##"""
:root { --bg: #f3f4f7; --panel: #fff; --ink: #1d2330; --muted: #6b7385; --line: #e2e5ec; --accent: #2f6fed;
  --ok: #1f9d55; --warn: #c97a00; --bad: #d23c3c; --bubble: #e9f0ff; --ext: #ffd86b; --mono: ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 16px; background: #18202f; color: #fff; }
header h1 { font-size: 16px; margin: 0 8px 0 0; font-weight: 600; }
header .clock { font-family: var(--mono); font-size: 13px; opacity: .9; }
header .live { font-size: 12px; padding: 2px 8px; border-radius: 10px; background: #555; }
header .live.on { background: var(--ok); }
header form { display: flex; gap: 6px; align-items: center; margin: 0; }
header input, header select { font: inherit; padding: 3px 6px; border-radius: 4px; border: 1px solid #445; background: #232c3d; color: #fff; width: 70px; }
header select { width: auto; }
header input.wide { width: 96px; }
button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid var(--line); background: #fff; color: var(--ink); cursor: pointer; }
header button { background: #2b3650; color: #fff; border-color: #445; }
button:hover { filter: brightness(1.1); }
.spacer { flex: 1; }
nav { display: flex; gap: 4px; padding: 8px 16px 0; }
nav button { border-radius: 6px 6px 0 0; border-bottom: none; background: #e7e9ef; }
nav button.active { background: var(--panel); font-weight: 600; }
main { background: var(--panel); margin: 0 16px 16px; border-radius: 0 6px 6px 6px; min-height: 70vh; }
.inbox { display: grid; grid-template-columns: 320px 1fr; min-height: 70vh; }
.list { border-right: 1px solid var(--line); display: flex; flex-direction: column; }
.list .tools, .journal .tools { display: flex; gap: 6px; padding: 8px; border-bottom: 1px solid var(--line); align-items: center; }
.list input[type=search], .journal input[type=search] { flex: 1; font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; }
.conversation { padding: 8px 12px; border-bottom: 1px solid var(--line); cursor: pointer; }
.conversation:hover { background: #f7f8fb; }
.conversation.selected { background: var(--bubble); }
.conversation .to { font-weight: 600; font-family: var(--mono); }
.conversation .preview { color: var(--muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.count { color: var(--muted); font-size: 12px; }
.pager { display: flex; justify-content: space-between; align-items: center; padding: 8px; color: var(--muted); font-size: 12px; }
.phone { display: flex; justify-content: center; padding: 16px; background: #eef0f5; }
.screen { width: min(560px, 100%); background: #fff; border: 10px solid #1c1f26; border-radius: 28px; padding: 12px; min-height: 60vh; }
.screen .title { text-align: center; font-weight: 600; font-family: var(--mono); padding-bottom: 8px; border-bottom: 1px solid var(--line); margin-bottom: 8px; }
.empty { color: var(--muted); text-align: center; padding: 40px 12px; }
.message { margin: 10px 0 16px; }
.bubble { background: var(--bubble); border-radius: 16px 16px 16px 4px; padding: 8px 12px; white-space: pre-wrap; word-break: break-word; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; font-size: 12px; color: var(--muted); margin: 4px 2px; align-items: center; }
.badge { padding: 1px 7px; border-radius: 9px; background: #eceff5; color: var(--ink); font-size: 11px; }
.badge.gsm7 { background: #e3f5ea; } .badge.ucs2 { background: #fdeede; }
.state { font-weight: 600; } .state.delivered { color: var(--ok); } .state.failed, .state.expired, .state.rejected, .state.refused, .state.blacklisted { color: var(--bad); }
.state.buffered, .state.submitted, .state.accepted, .state.scheduled { color: var(--warn); }
.parts { display: grid; gap: 4px; margin: 6px 0; }
.part { border: 1px dashed #c8cfdd; border-radius: 6px; padding: 4px 8px; font-family: var(--mono); font-size: 12px; white-space: pre-wrap; word-break: break-all; }
.part .units { float: right; color: var(--muted); margin-left: 8px; }
.part mark { background: var(--ext); border-radius: 2px; }
.timeline { list-style: none; margin: 4px 0 0; padding: 0 0 0 10px; border-left: 2px solid var(--line); font-size: 12px; }
.timeline li { margin: 2px 0; color: var(--ink); }
.timeline li.due { color: var(--muted); font-style: italic; }
.timeline li.callback { color: #4b3cc9; } .timeline li.callback.refused { color: var(--bad); }
.timeline time { font-family: var(--mono); margin-right: 6px; }
.journal table { width: 100%; border-collapse: collapse; font-size: 13px; table-layout: fixed; }
.journal th:nth-child(1) { width: 50px; } .journal th:nth-child(2) { width: 170px; } .journal th:nth-child(4) { width: 70px; }
.journal th:nth-child(5) { width: 110px; } .journal th:nth-child(6) { width: 110px; }
.journal th, .journal td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.journal tr.entry { cursor: pointer; } .journal tr.entry:hover { background: #f7f8fb; }
.journal tr.refused td { background: #fff0f0; } .journal tr.refused td.status { color: var(--bad); font-weight: 600; }
.journal td.target { font-family: var(--mono); word-break: break-all; }
.journal pre { background: #f6f7fa; border: 1px solid var(--line); border-radius: 4px; padding: 8px; margin: 4px 0 8px; overflow: auto; max-height: 320px; font-size: 12px; }
.journal .error pre { background: #fff0f0; border-color: #f3c4c4; }
.journal pre.curl { white-space: pre-wrap; word-break: break-all; }
.journal h4 { margin: 8px 0 2px; font-size: 12px; color: var(--muted); text-transform: uppercase; }
.toast { position: fixed; bottom: 16px; right: 16px; background: #18202f; color: #fff; padding: 8px 14px; border-radius: 6px; opacity: 0; transition: opacity .2s; }
.toast.show { opacity: .95; }
"""##
}
