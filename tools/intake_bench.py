#!/usr/bin/python3
"""Durable intake benchmark: many citizens' clients file appeals (POST /api/v1/appeals) at once.

    /usr/bin/python3 tools/intake_bench.py --base-url http://127.0.0.1:8080 --clients 32 --seconds 10
    /usr/bin/python3 tools/intake_bench.py --base-url URL --clients 8 --seconds 30 --record talons.txt
    /usr/bin/python3 tools/intake_bench.py --base-url URL --sign-in-only   # cookies for wrk

The Python clients share one interpreter lock, so on a small machine they cannot offer the server
more than some hundreds of appeals a second; `make bench` measures throughput with wrk and
server/bench/http/intake.lua, and uses this client where every talon must be recorded (kill test).

Standard library only (Debian's python3). It signs in once as the demo citizen (one argon2 hash),
then every client thread reuses those cookies over its own keep-alive connection and files appeals
in a loop until --seconds are up. A 201 counts only once its whole response has been read and its
talon number parsed; with --record that number is then appended to FILE (one a line, flushed each
time): the set of appeals the server acknowledged.

Connection errors (the server was killed, say) are counted, not fatal: a client reconnects, and
stops for good when the server refuses connections or after --max-conn-errors failures in a row.
Every request has a socket timeout, and nothing runs past --seconds plus one request.

Prints one line on stdout:
    intake: N appeals in S s = R appeals/s, p50 X ms, p99 Y ms, errors E
and, when there were errors, a breakdown on stderr. Exit 0 after a run (errors or not), 2 when it
could not sign in at all.
"""

import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse
from http.cookies import SimpleCookie

LOGIN = "citizen@demo.kenes.kz"
PASSWORD = "demo-citizen-2026"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--base-url", required=True, help="http://127.0.0.1:PORT")
    p.add_argument("--clients", type=int, default=32)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--record", metavar="FILE", help="append every acknowledged talon number to FILE")
    p.add_argument("--login", default=LOGIN)
    p.add_argument("--password", default=PASSWORD)
    p.add_argument("--deputy-id", type=int, default=1)
    p.add_argument("--timeout", type=float, default=10.0, help="socket timeout per request, seconds")
    p.add_argument("--max-conn-errors", type=int, default=5,
                   help="a client stops after this many connection failures in a row")
    p.add_argument("--setup-seconds", type=float, default=10.0,
                   help="how long to keep trying to sign in before giving up")
    p.add_argument("--sign-in-only", action="store_true",
                   help="sign in, print KENES_COOKIE=... and KENES_CSRF=... lines, and exit "
                        "(for server/bench/http/intake.lua under wrk)")
    a = p.parse_args()
    if a.clients < 1 or a.clients > 1024:
        p.error("--clients must be 1..1024")
    if not 0 < a.seconds <= 3600:
        p.error("--seconds must be in (0, 3600]")
    return a


class Target:
    def __init__(self, base_url, timeout):
        u = urllib.parse.urlsplit(base_url)
        if u.scheme != "http" or not u.hostname:
            raise SystemExit("intake_bench: --base-url must be http://HOST:PORT")
        self.host = u.hostname
        self.port = u.port or 80
        self.prefix = u.path.rstrip("/")
        self.timeout = timeout

    def connect(self):
        c = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        c.connect()
        return c


def sign_in(target, login, password):
    """Returns (cookie header, csrf token) for a signed-in session."""
    jar = {}

    def absorb(resp):
        for value in resp.headers.get_all("Set-Cookie") or []:
            c = SimpleCookie()
            c.load(value)
            for k, m in c.items():
                jar[k] = m.value

    def cookie_header():
        return "; ".join("{}={}".format(k, v) for k, v in jar.items())

    conn = target.connect()
    try:
        conn.request("GET", target.prefix + "/api/v1/csrf")
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise RuntimeError("GET /api/v1/csrf: {} {}".format(r.status, body[:200]))
        absorb(r)
        token = jar.get("kenes_csrf") or json.loads(body).get("csrf_token")
        if not token:
            raise RuntimeError("GET /api/v1/csrf set no kenes_csrf cookie")
        jar["kenes_csrf"] = token
        payload = json.dumps({"login": login, "password": password}).encode()
        conn.request("POST", target.prefix + "/api/v1/auth/login", body=payload, headers={
            "Content-Type": "application/json", "X-CSRF-Token": token, "Cookie": cookie_header()})
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            # Not retried by the caller: a wrong password must not be repeated into a lockout.
            raise PermissionError("POST /api/v1/auth/login: {} {}".format(r.status, body[:300]))
        absorb(r)
        if "kenes_session" not in jar:
            raise RuntimeError("login set no kenes_session cookie")
        return cookie_header(), jar["kenes_csrf"]
    finally:
        conn.close()


class Shared:
    def __init__(self, record_path):
        self.lock = threading.Lock()
        self.latencies = []  # seconds, of acknowledged appeals
        self.errors = {}     # kind -> count
        self.record = open(record_path, "a", encoding="utf-8") if record_path else None

    def error(self, kind):
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1

    def acknowledged(self, latency, number):
        with self.lock:
            self.latencies.append(latency)
            if self.record is not None:
                self.record.write(number + "\n")
                self.record.flush()


def client(idx, args, target, cookie, csrf, deadline, shared):
    headers = {"Content-Type": "application/json", "X-CSRF-Token": csrf, "Cookie": cookie}
    path = target.prefix + "/api/v1/appeals"
    conn = None
    failures = 0  # connection failures in a row
    seq = 0
    while time.monotonic() < deadline:
        seq += 1
        # A distinct subject each time: the same subject would be marked a repeat appeal.
        payload = json.dumps({
            "type": "complaint", "language": "ru",
            "subject": "Нагрузочный тест: двор {} обращение {}".format(idx, seq),
            "body": "Во дворе дома {} не горит уличное освещение, просим заменить лампы. "
                    "Клиент {}, запрос {}.".format(seq % 97 + 1, idx, seq),
            "addressee": "deputy", "deputy_id": args.deputy_id,
        }, ensure_ascii=False).encode("utf-8")
        try:
            if conn is None:
                try:
                    conn = target.connect()
                except ConnectionRefusedError:
                    shared.error("connection refused")
                    return  # the server is gone: stop this client
            t0 = time.perf_counter()
            conn.request("POST", path, body=payload, headers=headers)
            r = conn.getresponse()
            body = r.read()  # the whole response, or an exception
            latency = time.perf_counter() - t0
            failures = 0
            if r.status != 201:
                shared.error("HTTP {}".format(r.status))
                if r.status in (401, 403):
                    sys.stderr.write("intake_bench: client {}: HTTP {} {}\n".format(
                        idx, r.status, body[:200]))
                    return  # the session or token is not accepted; more would not help
                if r.will_close:
                    conn.close()
                    conn = None
                continue
            try:
                number = json.loads(body)["talon"]["number"]
            except (ValueError, KeyError, TypeError):
                shared.error("201 without talon")
                continue
            shared.acknowledged(latency, str(number))
            if r.will_close:
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as e:
            shared.error(type(e).__name__)
            if conn is not None:
                conn.close()
                conn = None
            failures += 1
            if failures >= args.max_conn_errors:
                return
            time.sleep(0.02)
    if conn is not None:
        conn.close()


def percentile(sorted_values, q):
    if not sorted_values:
        return 0.0
    i = min(len(sorted_values) - 1, max(0, int(round(q * len(sorted_values) + 0.5)) - 1))
    return sorted_values[i]


def main():
    args = parse_args()
    target = Target(args.base_url, args.timeout)

    setup_deadline = time.monotonic() + args.setup_seconds
    while True:
        try:
            cookie, csrf = sign_in(target, args.login, args.password)
            break
        except PermissionError as e:
            sys.stderr.write("intake_bench: {}\n".format(e))
            return 2
        except (OSError, http.client.HTTPException, RuntimeError, ValueError) as e:
            if time.monotonic() >= setup_deadline:
                sys.stderr.write("intake_bench: cannot sign in: {}\n".format(e))
                return 2
            time.sleep(0.2)

    if args.sign_in_only:
        print("KENES_COOKIE={}\nKENES_CSRF={}".format(cookie, csrf), flush=True)
        return 0

    shared = Shared(args.record)
    start = time.monotonic()
    deadline = start + args.seconds
    threads = [threading.Thread(target=client, name="client-{}".format(i), daemon=True,
                                args=(i, args, target, cookie, csrf, deadline, shared))
               for i in range(args.clients)]
    for t in threads:
        t.start()
    # Bounded: every request has a socket timeout, so this waits at most one request past deadline.
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()) + 2 * args.timeout + 5)
    elapsed = time.monotonic() - start
    with shared.lock:
        lat = sorted(shared.latencies)
        errors = dict(shared.errors)
        if shared.record is not None:
            shared.record.close()
            shared.record = None
    n = len(lat)
    print("intake: {} appeals in {:.1f} s = {:.0f} appeals/s, p50 {:.2f} ms, p99 {:.2f} ms, errors {}".format(
        n, elapsed, n / elapsed if elapsed > 0 else 0.0, percentile(lat, 0.50) * 1000,
        percentile(lat, 0.99) * 1000, sum(errors.values())), flush=True)
    if errors:
        sys.stderr.write("intake_bench: errors: {}\n".format(
            ", ".join("{} x{}".format(k, v) for k, v in sorted(errors.items()))))
    alive = [t.name for t in threads if t.is_alive()]
    if alive:
        sys.stderr.write("intake_bench: {} clients still waiting at exit\n".format(len(alive)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
