"""The SMTP peer for the rox-email fake: aiosmtpd doing Format 1's work for each message.

Recipient check at RCPT (`<mobile>@mail.completesms.net`), sender check (an IP-authenticated From),
the message parsed with the standard library's email package, subject + " " + body as the SMS
text, GSM 03.38 / UCS-2 cut to one part, and a bounded outbox. Replies as the fake does.

Usage: python3 server.py PORT   (binds 127.0.0.1; runs until SIGTERM or SIGINT)
"""
import collections
import email
import email.policy
import re
import signal
import sys

from aiosmtpd.controller import Controller

GSM_BASIC = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM_EXTENDED = set("\f^{}\\[~]|€")
MOBILE = re.compile(r"^\+?(\d{6,15})@mail\.completesms\.net$", re.IGNORECASE)
ALLOWED = {"alerts@your_domain.com": ("CI00000001", {"127.0.0.1"})}


def one_sms(text):
    """The text cut to one SMS: 160 GSM septets, or 70 UCS-2 units."""
    septets = 0
    for index, char in enumerate(text):
        if char in GSM_BASIC:
            cost = 1
        elif char in GSM_EXTENDED:
            cost = 2
        else:
            return text[:70], "ucs2"
        if septets + cost > 160:
            return text[:index], "gsm7"
        septets += cost
    return text, "gsm7"


class Format1Handler:
    def __init__(self):
        self.outbox = collections.deque(maxlen=10_000)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if not MOBILE.match(address):
            return f"550 5.1.1 <{address}>: no such address here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        account = ALLOWED.get(envelope.mail_from.lower())
        if account is None or session.peer[0] not in account[1]:
            return "550 5.7.1 sender not authenticated"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        text = " ".join(part for part in (str(message.get("Subject", "")).strip(),
                                          (body.get_content() if body else "").strip()) if part)
        sms, encoding = one_sms(" ".join(text.split()))
        for recipient in envelope.rcpt_tos:
            number = "+" + MOBILE.match(recipient).group(1).lstrip("+")
            self.outbox.append({"provider": "rox-email", "to": number, "from": account[0], "text": sms,
                                "encoding": encoding, "format": 1, "authenticated_by": "ip"})
        return f"250 2.0.0 Queued {len(envelope.rcpt_tos)} SMS"


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8025
    controller = Controller(Format1Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"aiosmtpd smtp://127.0.0.1:{port}", flush=True)
    signal.sigwait({signal.SIGINT, signal.SIGTERM})
    controller.stop()


if __name__ == "__main__":
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    main()
