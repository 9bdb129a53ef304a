"""A scripted aiosmtpd handler for the mail tests: a real SMTP server that misbehaves on purpose.

    python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_handler.ScriptedMailbox MAILDIR \
        [journal=FILE] [defer=ADDRESS=N ...] [reject=REGEX] [hang=ADDRESS]

(name=value, not --name: aiosmtpd's own parser would take --options for itself.)
defer=ADDRESS=N  answers "451 4.7.1" to the first N RCPT TO:<ADDRESS>, then accepts (greylisting).
reject=REGEX     answers "550 5.1.1" to every recipient matching REGEX (full match, case-insensitive).
hang=ADDRESS     never answers RCPT TO:<ADDRESS> (a server that stalls mid-batch).
journal=FILE     appends one line per RCPT decision: "451 addr", "550 addr", "250 addr", "hang addr".
Accepted messages are saved byte for byte into the Maildir, after an X-RcptTo header like aiosmtpd's Mailbox.
"""
import asyncio
import mailbox
import re
from collections import Counter


class ScriptedMailbox:
    def __init__(self, maildir, journal=None, defer=(), reject=None, hang=None):
        self.mailbox = mailbox.Maildir(maildir)
        self.journal = journal
        self.defer = {a.lower(): int(n) for a, n in (d.rsplit("=", 1) for d in defer)}
        self.reject = re.compile(reject, re.IGNORECASE) if reject else None
        self.hang = hang.lower() if hang else None
        self.seen = Counter()

    @classmethod
    def from_cli(cls, parser, *args):
        if not args:
            parser.error("The directory for the maildir is required")
        options = {"journal": None, "defer": [], "reject": None, "hang": None}
        for arg in args[1:]:
            name, _, value = arg.partition("=")
            if name not in options or not value:
                parser.error("Unknown handler argument: " + arg)
            if name == "defer":
                options["defer"].append(value)
            else:
                options[name] = value
        return cls(args[0], **options)

    def note(self, line):
        if self.journal:
            with open(self.journal, "a", encoding="utf-8") as f:
                f.write(line + "\n")

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        key = address.lower()
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
        header = ("X-RcptTo: " + ", ".join(envelope.rcpt_tos) + "\r\n").encode("ascii")
        self.mailbox.add(header + envelope.content)
        return "250 2.0.0 Ok: queued as scripted-%d" % len(self.mailbox)
