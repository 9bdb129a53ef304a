"""A scripted aiosmtpd handler for the mail tests: a real SMTP server that misbehaves on purpose.

    python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_handler.ScriptedMailbox MAILDIR \
        [journal=FILE] [defer=ADDRESS=N ...] [drop=ADDRESS=N ...] [reject=REGEX] [hang=ADDRESS] [delay=SECONDS]

(name=value, not --name: aiosmtpd's own parser would take --options for itself.)
defer=ADDRESS=N  answers "451 4.7.1" to the first N RCPT TO:<ADDRESS>, then accepts (greylisting).
drop=ADDRESS=N   cuts the connection without an answer at the first N RCPT TO:<ADDRESS> (a line that breaks).
reject=REGEX     answers "550 5.1.1" to every recipient matching REGEX (full match, case-insensitive).
hang=ADDRESS     never answers RCPT TO:<ADDRESS> (a server that stalls mid-batch).
delay=SECONDS    waits that long before answering each DATA (a slow relay, so a batch takes a while).
journal=FILE     appends one line per RCPT decision: "451 addr", "550 addr", "250 addr", "hang addr", "drop addr",
                 and "session N" when RCPT first arrives on the N-th connection.
Accepted messages are saved byte for byte into the Maildir, after an X-RcptTo header like aiosmtpd's Mailbox.
"""
import asyncio
import mailbox
import re
from collections import Counter


class ScriptedMailbox:
    def __init__(self, maildir, journal=None, defer=(), drop=(), reject=None, hang=None, delay=None):
        self.mailbox = mailbox.Maildir(maildir)
        self.journal = journal
        self.defer = self.counts(defer)
        self.drop = self.counts(drop)
        self.dropped = Counter()
        self.sessions = []
        self.reject = re.compile(reject, re.IGNORECASE) if reject else None
        self.hang = hang.lower() if hang else None
        self.delay = float(delay) if delay else 0.0
        self.seen = Counter()

    @classmethod
    def from_cli(cls, parser, *args):
        if not args:
            parser.error("The directory for the maildir is required")
        options = {"journal": None, "defer": [], "drop": [], "reject": None, "hang": None, "delay": None}
        for arg in args[1:]:
            name, _, value = arg.partition("=")
            if name not in options or not value:
                parser.error("Unknown handler argument: " + arg)
            if name in ("defer", "drop"):
                options[name].append(value)
            else:
                options[name] = value
        return cls(args[0], **options)

    @staticmethod
    def counts(specs):
        return {a.lower(): int(n) for a, n in (d.rsplit("=", 1) for d in specs)}

    def note(self, line):
        if self.journal:
            with open(self.journal, "a", encoding="utf-8") as f:
                f.write(line + "\n")

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        key = address.lower()
        if session not in self.sessions:
            self.sessions.append(session)
            self.note("session %d" % len(self.sessions))
        if self.dropped[key] < self.drop.get(key, 0):
            self.dropped[key] += 1
            self.note("drop " + address)
            server.transport.abort()
            return "421 4.4.2 connection dropped"
        if key == self.hang:
            self.note("hang " + address)
            await asyncio.sleep(3600)
        if self.reject and self.reject.fullmatch(address):
            self.note("550 " + address)
            return "550 5.1.1 <%s>: Recipient address rejected: mailbox unavailable" % address
        self.seen[key] += 1
        if self.seen[key] <= self.defer.get(key, 0):
            self.note("451 " + address)
            return "451 4.7.1 <%s>: Recipient address deferred: try again later" % address
        self.note("250 " + address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        header = ("X-RcptTo: " + ", ".join(envelope.rcpt_tos) + "\r\n").encode("ascii")
        self.mailbox.add(header + envelope.content)
        return "250 2.0.0 Ok: queued as scripted-%d" % len(self.mailbox)
