#!/usr/bin/python3
"""SMTP sink for tests: accepts every message and writes it as an .eml file.

    /usr/bin/python3 tools/smtp_sink.py --host 127.0.0.1 --port 2525 --dir /tmp/mail

Each message becomes DIR/<epoch-ns>-<pid>-<seq>.eml, written and fsynced before the 250 reply (as
a mail server keeps what it accepted) and named atomically (a dot-file then rename), with
X-Envelope-From / X-Envelope-To headers prepended. --port 0 lets the kernel pick a port. Prints
"smtp sink listening on HOST:PORT" once ready; exits 0 on SIGTERM or SIGINT.

--workers N forks N-1 more processes on the same port (SO_REUSEPORT: the kernel spreads the
connections), as a relay runs several SMTP processes; one Python process takes about a thousand
messages a second, and the digest benchmark sends 100,000 on several connections.

Needs Debian's python3-aiosmtpd, hence /usr/bin/python3 rather than whatever python3 is on PATH.
"""

import argparse
import asyncio
import itertools
import os
import signal
import socket
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
        name = "{}-{}-{:06d}.eml".format(time.time_ns(), os.getpid(), next(self.seq))
        # In a thread: the fsync would otherwise stop every other connection of this process.
        await asyncio.get_running_loop().run_in_executor(None, self.write, name, header, content)
        return "250 Message accepted for delivery"

    def write(self, name, header, content):
        tmp = os.path.join(self.directory, "." + name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(header)
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.rename(tmp, os.path.join(self.directory, name))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2525)
    parser.add_argument("--dir", required=True, help="directory for .eml files (created)")
    parser.add_argument("--workers", type=int, default=1, help="processes on the port")
    args = parser.parse_args()

    os.makedirs(args.dir, exist_ok=True)
    # The first process binds (and learns the port when it is 0); the others join it.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if args.workers > 1:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    children = []
    for _ in range(args.workers - 1):
        child_sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        child_sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        child_sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        child_sock.bind((args.host, port))
        pid = os.fork()
        if pid == 0:
            sock.close()
            return serve(child_sock, args, port, announce=False)
        child_sock.close()
        children.append(pid)
    try:
        return serve(sock, args, port, announce=True)
    finally:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
            except OSError:
                pass


def serve(sock, args, port, announce):
    handler = MaildirHandler(args.dir)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory():
        # 10 MiB is plenty for notification mail; no AUTH, no TLS: loopback test sink only.
        return SMTP(handler, hostname="kenes-smtp-sink", data_size_limit=10 * 1024 * 1024,
                    enable_SMTPUTF8=True)

    server = loop.run_until_complete(loop.create_server(factory, sock=sock))
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, loop.stop)
    if announce:
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
