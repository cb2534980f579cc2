#!/usr/bin/python3
"""Reception booking race: many citizens book the same slots of one session at the same moment.

    /usr/bin/python3 tools/reception_bench.py --base-url http://127.0.0.1:8080 --citizens 500 --slots 20

Needs the demo (`kenes seed --demo`) and `kenes bench-data citizens --count N` in the server's
database. Staff of the demo city maslikhat schedule one session of the demo deputy with --slots
slots of one place each; every citizen signs in (argon2 once each, a few at a time), opens their
own keep-alive connection, waits at a barrier, and then all of them ask for a place at once. A 201
counts by the status it reports (booked or waitlisted); anything else is an error.

Prints one line on stdout:
    reception: N bookings in S s, B booked, W waitlisted, errors E, p50 X ms, p99 Y ms
Exit 0 after a run, 2 when the setup failed. Standard library only (Debian's python3).
"""

import argparse
import datetime
import http.client
import json
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from intake_bench import Target, sign_in  # noqa: E402  (the same sign-in as the intake bench)

STAFF = ("staff@demo.kenes.kz", "demo-staff-2026")


def sign_in_patiently(target, login, password):
    """sign_in, waiting out 429 (the server hashes a few passwords at a time, by design)."""
    for _ in range(200):
        try:
            return sign_in(target, login, password)
        except PermissionError as e:
            if ": 429 " not in str(e):
                raise
            time.sleep(0.05)
    raise RuntimeError("sign-in of {} kept answering 429".format(login))


def request(conn, method, path, cookie, csrf, body=None):
    headers = {"Cookie": cookie, "X-CSRF-Token": csrf}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=headers)
    r = conn.getresponse()
    return r.status, r.read()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--base-url", required=True)
    p.add_argument("--citizens", type=int, default=500)
    p.add_argument("--slots", type=int, default=20)
    p.add_argument("--timeout", type=float, default=60.0)
    a = p.parse_args()
    if not 1 <= a.slots <= 24 or not 1 <= a.citizens <= 2000:
        p.error("--slots must be 1..24 and --citizens 1..2000")
    target = Target(a.base_url, a.timeout)
    try:
        staff_cookie, staff_csrf = sign_in(target, *STAFF)
        conn = target.connect()
        status, body = request(conn, "GET", "/api/v1/me", staff_cookie, staff_csrf)
        me = json.loads(body)
        city = next(r["scope_id"] for r in me["roles"] if r["role"] == "staff")
        status, body = request(conn, "GET", "/api/v1/maslikhats/{}".format(city), staff_cookie,
                               staff_csrf)
        deputy = json.loads(body)["deputies"][0]["id"]
        # Tomorrow-or-later, 08:00 on: one place per slot of 20 minutes.
        day = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()
        end = 8 * 60 + 20 * a.slots
        status, body = request(conn, "POST", "/api/v1/maslikhats/{}/reception-sessions".format(city),
                               staff_cookie, staff_csrf, {
                                   "deputy_id": deputy, "day": day, "starts_at": "08:00",
                                   "ends_at": "{:02d}:{:02d}".format(end // 60, end % 60),
                                   "slot_minutes": 20, "capacity": 1, "place_kind": "maslikhat",
                                   "place": "Bench"})
        if status != 201:
            raise RuntimeError("schedule: {} {}".format(status, body[:300]))
        session = json.loads(body)["created"][0]["id"]
        conn.close()
        with ThreadPoolExecutor(max_workers=2) as pool:
            creds = list(pool.map(
                lambda i: sign_in_patiently(target, "bench-citizen-{}@bench.kenes.kz".format(i),
                                  "bench-citizen-2026"), range(1, a.citizens + 1)))
    except Exception as e:  # noqa: BLE001  (any setup failure ends the run with its reason)
        print("reception_bench: setup failed: {}".format(e), file=sys.stderr)
        return 2

    barrier = threading.Barrier(a.citizens)
    lock = threading.Lock()
    latencies, outcomes, errors = [], {}, {}
    path = "/api/v1/reception-sessions/{}/bookings".format(session)

    def book(i):
        cookie, csrf = creds[i]
        try:
            c = target.connect()
        except OSError:
            with lock:
                errors["connect"] = errors.get("connect", 0) + 1
            barrier.abort()
            return
        try:
            barrier.wait(timeout=a.timeout)
            t0 = time.monotonic()
            status, body = request(c, "POST", path, cookie, csrf, {"topic": "Bench"})
            dt = time.monotonic() - t0
            with lock:
                if status == 201:
                    latencies.append(dt)
                    s = json.loads(body)["status"]
                    outcomes[s] = outcomes.get(s, 0) + 1
                else:
                    errors[str(status)] = errors.get(str(status), 0) + 1
        except Exception as e:  # noqa: BLE001
            with lock:
                errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
        finally:
            c.close()

    threads = [threading.Thread(target=book, args=(i,)) for i in range(a.citizens)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start
    latencies.sort()

    def pct(q):
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else 0

    print("reception: {} bookings in {:.2f} s, {} booked, {} waitlisted, errors {}, p50 {:.1f} ms, "
          "p99 {:.1f} ms".format(a.citizens, wall, outcomes.get("booked", 0),
                                  outcomes.get("waitlisted", 0), sum(errors.values()), pct(0.5),
                                  pct(0.99)))
    if errors:
        print("reception errors: {}".format(errors), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
