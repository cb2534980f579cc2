#!/usr/bin/python3
"""SMTP sink for tests: accepts every message and writes it as an .eml file.

    /usr/bin/python3 tools/smtp_sink.py --host 127.0.0.1 --port 2525 --dir /tmp/mail

Each message becomes DIR/<epoch-ns>-<seq>.eml, written atomically (a dot-file then rename), with
X-Envelope-From / X-Envelope-To headers prepended. --port 0 lets the kernel pick a port. Prints
"smtp sink listening on HOST:PORT" once ready; exits 0 on SIGTERM or SIGINT.

Needs Debian's python3-aiosmtpd, hence /usr/bin/python3 rather than whatever python3 is on PATH.
"""

import argparse
import asyncio
import itertools
import os
import signal
import sys
import time

from aiosmtpd.smtp import SMTP


class MaildirHandler:
    def __init__(self, directory):
        self.directory = directory
        self.seq = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        header = "X-Envelope-From: {}\r\nX-Envelope-To: {}\r\n".format(
            envelope.mail_from or "", ", ".join(envelope.rcpt_tos)
        ).encode("utf-8", "replace")
        name = "{}-{:06d}.eml".format(time.time_ns(), next(self.seq))
        tmp = os.path.join(self.directory, "." + name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(header)
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.rename(tmp, os.path.join(self.directory, name))
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--dir", required=True, help="directory for .eml files (created)")
    args = parser.parse_args()

    os.makedirs(args.dir, exist_ok=True)
    handler = MaildirHandler(args.dir)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        # 10 MiB is plenty for notification mail; no AUTH, no TLS: loopback test sink only.
        return SMTP(handler, hostname="kenes-smtp-sink", data_size_limit=10 * 1024 * 1024,
                    enable_SMTPUTF8=True)

    server = loop.run_until_complete(loop.create_server(factory, host=args.host, port=args.port))
    port = server.sockets[0].getsockname()[1]
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, loop.stop)
    print("smtp sink listening on {}:{} dir={}".format(args.host, port, args.dir), flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
