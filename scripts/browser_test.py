#!/usr/bin/env python3
"""The web inbox in a real browser: drives headless Chromium over the DevTools protocol against a
running `smscontract serve --provider lox24`, standard library only (scripts/devtools.py).

Sends SMS with curl and sees them appear live (Server-Sent Events, no reload); checks the parts view
of a 161-character GSM-7 text (153 + 8 septets), a 71-character UCS-2 text (67 + 4 code units) and an
extension character's mark; advances the fake clock and sees the delivery state and the webhooks
change; checks the journal's refused request, its error and "copy as curl"; saves screenshots; then
loads 10,000 SMS and measures the page. Everything binds 127.0.0.1 and is stopped at the end.
Prints `browser test: PASS …` or `browser test: FAIL: …` and exits 0 or 1."""
import argparse
import http.client
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

from devtools import DevTools

TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"
GSM_161 = ("Your parcel 4711 arrives today between 10:00 and 12:00. Reply STOP to opt out. " * 3)[:161]
UCS2_71 = ("Привет! Ваш код: 4711. Не сообщайте его никому. Спасибо, что вы с нами!!!" + "ё" * 10)[:71]
EURO = "Total: 5 € paid"
GSM_TO, BUFFERED_TO = "+491701999001", "+491701999005"


def post(base, path, body, token=TOKEN):
    """A POST made with curl, as a user would; returns (status, body)."""
    output = subprocess.run(
        ["curl", "-s", "-o", "-", "-w", "\n%{http_code}", "-X", "POST", base + path, "-H", "Content-Type: application/json",
         "-H", f"X-LOX24-AUTH-TOKEN: {token}", "--data-binary", json.dumps(body)],
        capture_output=True, text=True, check=True, timeout=30).stdout
    text, _, status = output.rpartition("\n")
    return int(status), text


def send_sms(base, to, text, token=TOKEN):
    return post(base, "/sms", {"sender_id": "Shop", "phone": to, "text": text, "service_code": "direct"}, token)


class Receiver(http.server.BaseHTTPRequestHandler):
    """The customer's webhook endpoint: answers 200 to everything."""
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def start_serve(binary):
    process = subprocess.Popen([binary, "serve", "--provider", "lox24"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline().strip()
    match = re.fullmatch(r"lox24 (http://127\.0\.0\.1:\d+)", line)
    if not match:
        process.kill()
        raise AssertionError(f"serve printed {line!r}, expected `lox24 http://127.0.0.1:PORT`")
    inbox = process.stderr.readline().strip()
    if inbox != f"web inbox: lox24 {match.group(1)}/__fake/ui":
        process.kill()
        raise AssertionError(f"serve's second line (stderr) is {inbox!r}, expected the web inbox URL")
    return process, match.group(1)


def start_chromium(chromium, profile):
    process = subprocess.Popen(
        [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--no-default-browser-check", "--disable-extensions", "--remote-debugging-address=127.0.0.1",
         "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1280,1000", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            raise AssertionError(f"chromium exited with {process.returncode} before DevTools listened")
        match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
        if match:
            threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()  # keep draining
            port = int(match.group(1))
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
            page = next(t for t in targets if t["type"] == "page")
            return process, page["webSocketDebuggerUrl"]
    raise AssertionError("chromium did not report its DevTools port within 60 s")


def states(page):
    return page.evaluate("[...document.querySelectorAll('#screen .message [data-testid=state]')].map(e => e.textContent)")


def select(page, to, count):
    page.evaluate(f"document.querySelector('.conversation[data-to=\"{to}\"]').click(); true")
    page.wait_for(f"document.querySelector('#screen .title') && document.querySelector('#screen .title').textContent.startsWith('{to}')"
                  f" && document.querySelectorAll('#screen .message').length === {count}", f"the {count} SMS to {to} on the phone")


PARTS = """[...document.querySelectorAll('#screen .message')].map(m => ({
  encoding: m.dataset.encoding,
  units: [...m.querySelectorAll('.part')].map(p => Number(p.dataset.units)),
  labels: [...m.querySelectorAll('.part .units')].map(u => u.textContent),
  marks: [...m.querySelectorAll('.part mark')].map(k => k.textContent)}))"""


def check_inbox(page, base, images):
    page.call("Page.navigate", url=base + "/__fake/ui")
    page.wait_for("document.querySelector('#live') && document.querySelector('#live').textContent === 'live'", "the page's event stream")
    page.evaluate("window.__sameDocument = 'yes'")
    for to, text in [(GSM_TO, GSM_161), (GSM_TO, UCS2_71), (BUFFERED_TO, EURO)]:
        status, body = send_sms(base, to, text)
        assert status == 201, f"POST /sms answered {status}: {body}"
    assert send_sms(base, GSM_TO, "wrong token", token="1:wrong")[0] == 401
    page.wait_for("document.querySelectorAll('.conversation').length === 2", "two destinations to appear live")
    assert page.evaluate("window.__sameDocument") == "yes", "the page reloaded instead of updating live"

    select(page, GSM_TO, 2)
    gsm, ucs2 = page.evaluate(PARTS)  # oldest first, as on a phone
    assert gsm["encoding"] == "gsm7" and gsm["units"] == [153, 8], f"161 GSM-7 characters: {gsm}"
    assert all("septets" in label for label in gsm["labels"]) and gsm["labels"][0].startswith("part 1/2"), gsm
    assert ucs2["encoding"] == "ucs2" and ucs2["units"] == [67, 4], f"71 UCS-2 characters: {ucs2}"
    assert all("code units" in label for label in ucs2["labels"]), ucs2
    before = states(page)
    assert all(state in ("accepted", "submitted") for state in before), f"states before the clock moved: {before}"
    assert page.evaluate("document.querySelector('[data-testid=price]').textContent") == "0.15 EUR"

    post(base, "/__fake/clock", {"advance_seconds": 10})
    page.wait_for("[...document.querySelectorAll('#screen .message [data-testid=state]')].every(e => e.textContent === 'delivered')",
                  "both SMS to show delivered after the clock advance")
    page.wait_for("document.querySelectorAll('#screen .timeline li.callback').length === 2", "each SMS's webhook in its timeline")

    select(page, BUFFERED_TO, 1)
    (euro,) = page.evaluate(PARTS)
    assert euro["marks"] == ["€"] and euro["units"] == [len(EURO) + 1], f"the extension character is marked and counted twice: {euro}"
    assert states(page) == ["buffered"], f"999005 after 10 s: {states(page)}"
    post(base, "/__fake/clock", {"advance_seconds": 60})
    page.wait_for("document.querySelector('#screen [data-testid=state]').textContent === 'delivered'", "the buffered SMS to be delivered")

    select(page, GSM_TO, 2)
    page.screenshot(os.path.join(images, "web-inbox.png"))


def check_journal(page, images):
    page.evaluate("document.querySelector('nav button[data-tab=journal]').click(); true")
    refused = "[...document.querySelectorAll('#journal-rows tr.entry.refused')].filter(r => r.textContent.includes('POST /sms'))"
    page.wait_for(f"{refused}.length === 1", "the refused POST /sms highlighted",
                  dump="[...document.querySelectorAll('#journal-rows tr')].map(r => r.className + ' ' + r.textContent).join(' | ')")
    page.evaluate(f"{refused}[0].click(); true")
    error = page.wait_for("document.querySelector('#journal-rows .error pre') && document.querySelector('#journal-rows .error pre').textContent",
                          "the provider's error beside the refused request")
    assert "Client ID or API key isn't active or invalid!" in error, error
    curl = page.evaluate("document.querySelector('#journal-rows pre.curl').textContent")
    assert curl.startswith("curl -X POST 'http://127.0.0.1:") and "X-LOX24-AUTH-TOKEN: 1:wrong" in curl, curl
    page.evaluate("document.querySelector('#journal-filter').value = 'wrong'; document.querySelector('#journal-filter').dispatchEvent(new Event('input')); true")
    page.wait_for("document.querySelectorAll('#journal-rows tr.entry').length === 1", "the filter to keep only the matching request")
    page.screenshot(os.path.join(images, "web-inbox-journal.png"))
    page.evaluate("document.querySelector('#journal-filter').value = ''; document.querySelector('nav button[data-tab=inbox]').click(); true")


def check_load(page, base, count):
    """Sends `count` SMS to distinct numbers (webhook off, so the load is the fake's alone), then
    measures the inbox with them."""
    assert post(base, "/__fake/accounts", {"token": TOKEN, "webhook_url": None})[0] == 200
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    started = time.monotonic()
    for index in range(count):
        body = json.dumps({"sender_id": "Load", "phone": f"+4917{index:08d}", "text": f"load message {index}", "service_code": "direct"})
        connection.request("POST", "/sms", body, {"Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": TOKEN})
        response = connection.getresponse()
        response.read()
        assert response.status == 201, f"load SMS {index}: {response.status}"
    sent = time.monotonic() - started
    timings = []
    for _ in range(5):
        started = time.monotonic()
        connection.request("GET", "/__fake/ui/api/conversations?limit=50")
        response = connection.getresponse()
        response.read()
        timings.append((time.monotonic() - started) * 1000)
    api_ms = sorted(timings)[2]  # the median of five
    connection.close()
    started = time.monotonic()
    page.call("Page.navigate", url=base + "/__fake/ui")
    page.wait_for("/of \\d+ destinations/.test(document.querySelector('#page')?.textContent || '') && document.querySelectorAll('.message').length > 0",
                  f"the first page with {count} SMS", timeout=30)
    load_ms = (time.monotonic() - started) * 1000
    pager = page.evaluate("document.querySelector('#page').textContent")
    rows = page.evaluate("document.querySelectorAll('.conversation').length")
    assert rows == 50 and int(re.search(r"of (\d+)", pager).group(1)) >= count - 1, f"paged list: {rows} rows, {pager!r}"
    refresh_ms = page.evaluate("(async () => { const t = performance.now(); await refreshConversations(); return performance.now() - t; })()")
    next_ms = page.evaluate("""(async () => { const t = performance.now(); view.offset = 5000; await refreshConversations();
        return performance.now() - t; })()""")
    assert page.evaluate("document.querySelector('#page').textContent").startswith("5001–5050 of"), "page 101 of the destinations"
    return {"sms": count, "send_seconds": round(sent, 1), "api_page_ms": round(api_ms, 1), "page_load_ms": round(load_ms),
            "list_refresh_ms": round(refresh_ms), "jump_to_5000_ms": round(next_ms)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the smscontract executable")
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--images", default="docs/images", help="where the screenshots go")
    parser.add_argument("--load", type=int, default=10_000, help="SMS for the measurement (0: skip)")
    args = parser.parse_args()
    os.makedirs(args.images, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="smscontract-chromium-")
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    serve = chromium = page = None
    try:
        serve, base = start_serve(args.binary)
        status, body = post(base, "/__fake/accounts", {"token": TOKEN, "webhook_url": f"http://127.0.0.1:{receiver.server_port}/lox24"})
        assert status == 200, f"setting the webhook: {status} {body}"
        chromium, target = start_chromium(args.chromium, profile)
        page = DevTools(target)
        page.call("Page.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1280, height=1000, deviceScaleFactor=1, mobile=False)
        check_inbox(page, base, args.images)
        check_journal(page, args.images)
        figures = check_load(page, base, args.load) if args.load else {}
        print("browser test: PASS (live updates, GSM-7 153+8 septets, UCS-2 67+4 code units, extension mark, clock → delivered, "
              f"webhooks, journal, curl; screenshots in {args.images})")
        if figures:
            print("web inbox with {sms} SMS: sent in {send_seconds} s; GET conversations page {api_page_ms} ms; page load to first page "
                  "{page_load_ms} ms; list refresh {list_refresh_ms} ms; jump to destination 5001 {jump_to_5000_ms} ms".format(**figures))
        return 0
    except Exception as error:  # every failure, expected or not, ends in the one FAIL line
        print(f"browser test: FAIL: {type(error).__name__}: {error}")
        return 1
    finally:
        if page:
            page.close()
        for process in (chromium, serve):
            if process and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        if chromium:
            try:
                os.killpg(chromium.pid, 15)  # its helper processes, in the group it leads
            except ProcessLookupError:
                pass
        receiver.shutdown()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
