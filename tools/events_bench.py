#!/usr/bin/python3
"""Holds many live event streams (GET /api/v1/me/events) open on one node, then raises an event
for their owner and times its arrival on every stream.

    /usr/bin/python3 tools/events_bench.py --base-url http://127.0.0.1:8080 --streams 10000 \
        --pid KENES_PID [--rounds 3]

Signs in as the demo citizen, opens --streams streams of that person (the node must allow that
many: KENES_HTTP_EVENT_STREAMS_PER_USER, KENES_HTTP_MAX_CONNECTIONS, and `ulimit -n` on both
sides), waits for each stream's "ready", then --rounds times marks the person's notifications
read, which sends "notifications_read" to every stream, and records when each one gets it.
Prints one line:

    events: 10000 streams, delivered 30000/30000, p50 X ms, p99 Y ms, max Z ms, RSS A MB -> B MB

Exit status 1 when a stream is refused or an event does not arrive within --timeout seconds.
"""

import argparse
import http.cookiejar
import json
import resource
import selectors
import socket
import sys
import time
import urllib.request

CITIZEN = ("citizen@demo.kenes.kz", "demo-citizen-2026")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def sign_in(base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(base + "/api/v1/csrf").read()

    def post(path, body):
        # Signing in renews the CSRF cookie: read it for every request.
        csrf = next(c.value for c in jar if c.name == "kenes_csrf")
        req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "X-CSRF-Token": csrf})
        return opener.open(req, timeout=30).read()

    post("/api/v1/auth/login", {"login": CITIZEN[0], "password": CITIZEN[1]})
    session = next(c.value for c in jar if c.name == "kenes_session")
    return session, post


class Stream:
    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""
        self.head = None
        self.events = []  # (name, arrival)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", required=True)
    ap.add_argument("--streams", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, args.streams + 1024), hard))

    host, port = args.base_url.split("//")[1].split(":")
    port = int(port.rstrip("/"))
    session, post = sign_in(args.base_url.rstrip("/"))
    request = (f"GET /api/v1/me/events HTTP/1.0\r\nHost: {host}\r\n"
               f"Cookie: kenes_session={session}\r\nAccept: text/event-stream\r\n\r\n").encode()
    rss_before = rss_mb(args.pid)
    sel = selectors.DefaultSelector()
    streams = []
    for i in range(args.streams):
        s = socket.create_connection((host, port))
        s.sendall(request)
        s.setblocking(False)
        st = Stream(s)
        streams.append(st)
        sel.register(s, selectors.EVENT_READ, st)
        if i % 500 == 499:
            pump(sel, 0)  # read what has come, so the listen queue never overflows

    def wait_for(name, count, deadline):
        while time.monotonic() < deadline:
            if sum(1 for st in streams if any(e[0] == name for e in st.events)) >= count:
                return True
            pump(sel, 0.2)
        return False

    ok = wait_for("ready", args.streams, time.monotonic() + args.timeout)
    refused = sum(1 for st in streams if st.head is not None and b" 200 " not in st.head)
    opened = sum(1 for st in streams if any(e[0] == "ready" for e in st.events))
    latencies = []
    delivered = 0
    for r in range(args.rounds if ok else 0):
        for st in streams:
            st.events = [e for e in st.events if e[0] != "notifications_read"]
        started = time.monotonic()
        post("/api/v1/me/notifications/read", {"all": True})
        wait_for("notifications_read", args.streams, started + args.timeout)
        for st in streams:
            got = [e[1] for e in st.events if e[0] == "notifications_read"]
            if got:
                delivered += 1
                latencies.append((got[0] - started) * 1000)
    rss_after = rss_mb(args.pid)
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0.0

    expected = args.streams * args.rounds
    print(f"events: {opened} streams, delivered {delivered}/{expected}, p50 {pct(0.5):.0f} ms, "
          f"p99 {pct(0.99):.0f} ms, max {latencies[-1] if latencies else 0:.0f} ms, "
          f"RSS {rss_before:.1f} MB -> {rss_after:.1f} MB (refused {refused})")
    for st in streams:
        st.sock.close()
    return 0 if opened == args.streams and delivered == expected else 1


def pump(sel, timeout):
    for key, _ in sel.select(timeout):
        st = key.data
        try:
            data = st.sock.recv(65536)
        except BlockingIOError:
            continue
        except OSError:
            data = b""
        now = time.monotonic()
        if not data:
            sel.unregister(st.sock)
            continue
        st.buffer += data
        if st.head is None:
            end = st.buffer.find(b"\r\n\r\n")
            if end < 0:
                continue
            st.head, st.buffer = st.buffer[:end], st.buffer[end + 4:]
        while b"\n\n" in st.buffer:
            block, st.buffer = st.buffer.split(b"\n\n", 1)
            for line in block.split(b"\n"):
                if line.startswith(b"event: "):
                    st.events.append((line[7:].decode(), now))


if __name__ == "__main__":
    sys.exit(main())
