#!/usr/bin/env python3
"""Writes a seed corpus for every fuzz target from the repository's Specs/ and Recordings/.

usage: fuzz/seeds.py OUTPUT_DIR

Each target gets OUTPUT_DIR/<target>/seed-<n>: HTTP requests and SMTP dialogues rendered from the specs'
steps, the emails and CSV attachments of the rox-email specs, XML bodies, SMS texts, and the spec and
cassette files themselves. Standard library only; the hand-written seeds in fuzz/Seeds/ come on top.
"""
import email.message
import glob
import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CREDENTIALS = {
    "account_id": "CI00000001", "username": "user@your_domain.com", "password": "myPassword",
    "api_key": "test-api-key", "token": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx", "secure_key": "test-secure-key",
}


def fill(value):
    """The spec value with credentials filled in and generators expanded, as the runner would send it."""
    if isinstance(value, str):
        return re.sub(r"\{\{credentials\.(\w+)\}\}", lambda m: CREDENTIALS.get(m.group(1), "x"), value)
    if isinstance(value, list):
        return [fill(v) for v in value]
    if isinstance(value, dict):
        if "$repeat" in value:
            return fill(value["$repeat"]) * int(value.get("times", 1))
        if "$concat" in value:
            return "".join(fill(v) for v in value["$concat"])
        return {k: fill(v) for k, v in value.items()}
    return value


def http_request(request):
    body = b""
    if "json" in request:
        body = json.dumps(request["json"], ensure_ascii=False).encode()
    elif "text" in request:
        body = request["text"].encode()
    target = request.get("path", "/")
    if request.get("query"):
        target += "?" + "&".join(f"{k}={v}" for k, v in request["query"].items())
    lines = [f"{request.get('method', 'GET')} {target} HTTP/1.1", "Host: fake.test"]
    lines += [f"{k}: {v}" for k, v in (request.get("headers") or {}).items()]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def email_bytes(spec_email):
    message = email.message.EmailMessage()
    message["From"] = spec_email.get("from", "user@your_domain.com")
    message["To"] = ", ".join(spec_email.get("to", []))
    if spec_email.get("subject") is not None:
        message["Subject"] = spec_email["subject"]
    message.set_content(spec_email.get("body", ""))
    for attachment in spec_email.get("attachments", []):
        maintype, _, subtype = attachment.get("content_type", "text/plain").partition("/")
        message.add_attachment(attachment.get("text", "").encode(), maintype=maintype, subtype=subtype or "plain",
                               filename=attachment.get("filename", "file.csv"))
    return message.as_bytes()


def smtp_dialogue(spec_email, message):
    lines = [b"EHLO client.test", f"MAIL FROM:<{spec_email.get('from', '')}>".encode()]
    lines += [f"RCPT TO:<{to}>".encode() for to in spec_email.get("to", [])]
    stuffed = b"\r\n".join((b"." + line if line.startswith(b".") else line) for line in message.split(b"\n"))
    return b"\r\n".join(lines + [b"DATA", stuffed, b".", b"QUIT"]) + b"\r\n"


def sms_texts(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("SMSText", "text", "message-text", "message", "GlobalText") and isinstance(inner, str):
                yield inner
            yield from sms_texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from sms_texts(inner)


def main(output):
    corpus = {name: set() for name in
              ["http-request", "smtp-session", "mime", "csv", "spec-loader", "cassette-loader", "xml", "gsm-segmenter"]}
    for path in sorted(glob.glob(os.path.join(ROOT, "Specs", "*", "*.json"))):
        raw = open(path, "rb").read()
        corpus["spec-loader"].add(raw)
        spec = json.loads(raw)
        for step in spec.get("steps", []):
            if "request" in step:
                request = fill(step["request"])
                corpus["http-request"].add(b"\x00" + http_request(request))
                corpus["http-request"].add(b"\x07" + http_request(request))
                if "<" in request.get("text", ""):
                    corpus["xml"].add(request["text"].encode())
                for text in sms_texts(request.get("json", {})):
                    corpus["gsm-segmenter"].add(text.encode())
                for text in re.findall(r"<message>(.*?)</message>", request.get("text", ""), re.S):
                    corpus["gsm-segmenter"].add(text.encode())
            if "email" in step:
                spec_email = fill(step["email"])
                message = email_bytes(spec_email)
                corpus["mime"].add(message)
                corpus["smtp-session"].add(b"\x7f" + smtp_dialogue(spec_email, message))
                corpus["smtp-session"].add(b"\x03" + smtp_dialogue(spec_email, message))
                for attachment in spec_email.get("attachments", []):
                    corpus["csv"].add(attachment.get("text", "").encode())
    for path in sorted(glob.glob(os.path.join(ROOT, "Recordings", "*", "*.json"))):
        corpus["cassette-loader"].add(open(path, "rb").read())
    for name, seeds in corpus.items():
        folder = os.path.join(output, name)
        os.makedirs(folder, exist_ok=True)
        for seed in seeds:
            with open(os.path.join(folder, "seed-" + hashlib.sha1(seed).hexdigest()), "wb") as file:
                file.write(seed)
        print(f"{name}: {len(seeds)} seeds")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
