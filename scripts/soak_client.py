#!/usr/bin/env python3
"""Drives N keep-alive connections at a running fake for a fixed time; reports errors, latency and the
server's resident memory. Standard library only; run by scripts/soak.

usage: soak_client.py --port P --pid PID [--provider lox24] [--connections 256] [--seconds 60]

Every connection sends the provider's documented send request again and again on one keep-alive
connection (LOX24 also looks its messages up), checking each answer's status and body. Any other
answer, a connection that fails, or a response slower than --max-latency seconds is an error. The
server's RSS is sampled every second; after a warm-up (a quarter of the run, and at least 20 000
requests so the fake's bounded stores are full) it must stay within --max-growth-mb of its value then.
Exit status 0 when there were no errors and memory stayed flat, 1 otherwise.
"""
import argparse
import asyncio
import json
import sys
import time

REQUESTS = {
    "lox24": ("POST", "/sms", {"Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"},
              json.dumps({"text": "soak", "sender_id": "+491701234567", "phone": "+14155552671"}), 201, b'"uuid"'),
    "skycore": ("POST", "/", {"Content-Type": "application/json", "x-api-key": "test-api-key"},
                json.dumps({"action": "sendsms", "message-text": "soak", "to": "+10000000001", "from": "00000"}), 200, b'"Success"'),
    "iovox": ("POST", "/SMS?v=3&method=sendSms", {"Content-Type": "application/xml", "username": "test", "secureKey": "test-secure-key"},
              "<request><origin>447923221231</origin><destination>447723443321</destination><message>soak</message></request>",
              201, b"sms_activity_id"),
    "rox": ("POST", "/smsapi/send", {"Content-Type": "application/json"}, json.dumps({
        "Name": "ROX_API_Request", "Version": "1.1", "Product": "Soak",
        "Sender": {"AccountId": "CI00000001", "Username": "user@your_domain.com", "Password": "myPassword"},
        "Messages": {"ReceiptFlag": 1, "ReceiptCallbackURL": "http://example.test/r", "ReplyType": "H",
                     "ReplyCallbackURL": "http://example.test/p", "TimeZoneOffset": -600, "Count": 1,
                     "1": {"DestTn": "+61411222333", "SMSText": "soak"}}}), 200, b'"Result":"0000"'),
}


# Control-API set-up before the run, so the account never runs out of funds however many SMS are sent.
SETUP = {
    "lox24": {"token": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx", "balance": 1e15},
}


async def set_up(port, provider):
    if provider not in SETUP:
        return
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(encode("POST", "/__fake/accounts", {"Content-Type": "application/json"}, json.dumps(SETUP[provider])))
    await writer.drain()
    status, answer = await read_response(reader)
    writer.close()
    if status != 200:
        raise SystemExit(f"soak: set-up refused: {status} {answer!r}")


def encode(method, target, headers, body):
    data = body.encode()
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1"] + [f"{k}: {v}" for k, v in headers.items()]
    lines.append(f"Content-Length: {len(data)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + data


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return status, body


class Stats:
    def __init__(self):
        self.requests = 0
        self.errors = 0
        self.error_samples = []
        self.latencies = []

    def error(self, text):
        self.errors += 1
        if len(self.error_samples) < 10:
            self.error_samples.append(text)


async def connection(port, provider, deadline, stats, max_latency):
    method, target, headers, body, expected_status, marker = REQUESTS[provider]
    send = encode(method, target, headers, body)
    lookup_headers = {k: v for k, v in headers.items() if k != "Content-Type"}
    reader = writer = None
    count = 0
    while time.monotonic() < deadline:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            started = time.monotonic()
            writer.write(send)
            await writer.drain()
            status, answer = await asyncio.wait_for(read_response(reader), timeout=max_latency)
            elapsed = time.monotonic() - started
            stats.requests += 1
            count += 1
            if len(stats.latencies) < 2_000_000:
                stats.latencies.append(elapsed)
            if status != expected_status or marker not in answer:
                stats.error(f"send: {status} {answer[:200]!r}")
            elif provider == "lox24" and count % 10 == 0:
                uuid = json.loads(answer)["uuid"]
                writer.write(encode("GET", f"/sms/{uuid}", lookup_headers, ""))
                await writer.drain()
                status, answer = await asyncio.wait_for(read_response(reader), timeout=max_latency)
                stats.requests += 1
                if status != 200 or uuid.encode() not in answer:
                    stats.error(f"lookup: {status} {answer[:200]!r}")
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError, IndexError) as error:
            stats.error(f"connection: {type(error).__name__} {error}")
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def sample_memory(pid, deadline, stats, samples):
    while time.monotonic() < deadline:
        samples.append((time.monotonic(), stats.requests, rss_mb(pid)))
        await asyncio.sleep(1)


async def main(args):
    await set_up(args.port, args.provider)
    stats = Stats()
    start = time.monotonic()
    deadline = start + args.seconds
    samples = []
    tasks = [connection(args.port, args.provider, deadline, stats, args.max_latency) for _ in range(args.connections)]
    await asyncio.gather(sample_memory(args.pid, deadline, stats, samples), *tasks)
    samples.append((time.monotonic(), stats.requests, rss_mb(args.pid)))
    elapsed = time.monotonic() - start

    warm = [s for s in samples if s[0] - start >= args.seconds / 4 and s[1] >= 20_000]
    baseline = warm[0][2] if warm else None
    peak_after = max(s[2] for s in warm) if warm else None
    latencies = sorted(stats.latencies) or [0.0]
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000
    print(f"soak: {args.provider}, {args.connections} keep-alive connections, {elapsed:.0f} s: "
          f"{stats.requests} requests ({stats.requests / elapsed:.0f}/s), {stats.errors} errors")
    print(f"soak: latency ms p50 {pick(0.5):.1f}, p99 {pick(0.99):.1f}, max {latencies[-1] * 1000:.1f}")
    print("soak: RSS MB " + " ".join(f"{s[2]:.1f}" for s in samples[:: max(1, len(samples) // 12)]) + f" (end {samples[-1][2]:.1f})")
    for sample in stats.error_samples:
        print(f"soak: error: {sample}")
    failed = stats.errors > 0
    if baseline is None:
        print("soak: too short to judge memory (needs a quarter of the run and 20 000 requests for warm-up)")
        failed = True
    else:
        growth = peak_after - baseline
        print(f"soak: RSS after warm-up {baseline:.1f} MB, peak after {peak_after:.1f} MB, growth {growth:.1f} MB "
              f"(limit {args.max_growth_mb} MB)")
        failed = failed or growth > args.max_growth_mb
    print("soak: FAILED" if failed else "soak: passed")
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--provider", default="lox24", choices=sorted(REQUESTS))
    parser.add_argument("--connections", type=int, default=256)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--max-latency", type=float, default=5.0)
    parser.add_argument("--max-growth-mb", type=float, default=16.0)
    sys.exit(asyncio.run(main(parser.parse_args())))
