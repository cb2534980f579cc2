#!/usr/bin/env python3
"""Checks a running cluster (tools/cluster.sh) through its balancer, as a person would notice:

- both nodes answer (X-Kenes-Node shows each);
- a session signed in through one node works on every node, and ends on every node at once;
- a file uploaded through one node is served by every node;
- background jobs run exactly once across the nodes: each filed appeal's acknowledgement mail
  arrives once, never twice.

- live events cross nodes: a notification raised on one node reaches the person's event stream
  open on the other node, and one open through the balancer, within a second (needs
  KENES_CLUSTER_DIR, where tools/cluster.sh wrote each node's port).

With KENES_CLUSTER_KILL_PID set, that node is killed (SIGKILL) last and the other must answer
every request alone.

usage: cluster_test.py BASE_URL MAIL_DIR
"""
import email
import email.policy
import http.client
import http.cookiejar
import json
import os
import queue
import sys
import threading
import time
import urllib.parse
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kenes_client import png  # noqa: E402

BASE, MAIL_DIR = sys.argv[1].rstrip("/"), sys.argv[2]
CITIZEN = ("citizen@demo.kenes.kz", "demo-citizen-2026")
ADMIN = ("admin@demo.kenes.kz", "demo-admin-2026")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


class Browser:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def csrf(self):
        for c in self.jar:
            if c.name == "kenes_csrf":
                return c.value
        return ""

    def cookie(self, name):
        for c in self.jar:
            if c.name == name:
                return c.value
        return ""

    def send(self, method, path, body=None, content_type="application/json", base=None):
        data = None
        headers = {}
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = content_type
        if method not in ("GET", "HEAD"):
            headers["X-CSRF-Token"] = self.csrf()
        req = urllib.request.Request((base or BASE) + path, data=data, method=method,
                                     headers=headers)
        try:
            with self.opener.open(req, timeout=10) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()


def mail_counts(talons):
    """How many acknowledgement mails name each talon (the sink writes one .eml per message)."""
    counts = {t: 0 for t in talons}
    for name in os.listdir(MAIL_DIR):
        with open(os.path.join(MAIL_DIR, name), "rb") as f:
            message = email.message_from_binary_file(f, policy=email.policy.default)
        if "тіркелді" not in message.get_body(("plain",)).get_content() and \
                "зарегистрировано" not in message.get_body(("plain",)).get_content():
            continue
        text = str(message["Subject"])
        for t in talons:
            if t in text:
                counts[t] += 1
    return counts


class EventStream:
    """GET /api/v1/me/events on one address; a thread puts (event, data, arrival time) on a queue."""

    def __init__(self, base, session):
        url = urllib.parse.urlsplit(base)
        self.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        self.conn.request("GET", "/api/v1/me/events",
                          headers={"Cookie": f"kenes_session={session}",
                                   "Accept": "text/event-stream"})
        self.response = self.conn.getresponse()
        self.node = self.response.getheader("X-Kenes-Node", "")
        self.events = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        event = None
        try:
            while True:
                line = self.response.readline()
                if not line:
                    return
                line = line.decode().rstrip("\n")
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event:
                    self.events.put((event, line[6:], time.monotonic()))
                    event = None
        except (OSError, ValueError, AttributeError, http.client.HTTPException):
            # closed by close() while reading
            return

    def next(self, timeout):
        try:
            return self.events.get(timeout=timeout)
        except queue.Empty:
            return None

    def close(self):
        self.conn.close()


def check_live_events(b, maslikhat_id):
    cluster_dir = os.environ.get("KENES_CLUSTER_DIR")
    if not cluster_dir:
        print("skip live events across nodes (KENES_CLUSTER_DIR not set)")
        return
    ports = {}
    for node in ("node-a", "node-b"):
        with open(os.path.join(cluster_dir, f"{node}.port")) as f:
            ports[node] = f.read().strip()
    session = b.cookie("kenes_session")
    on_b = EventStream(f"http://127.0.0.1:{ports['node-b']}", session)
    via_balancer = EventStream(BASE, session)
    for name, s in (("node-b", on_b), ("the balancer", via_balancer)):
        ready = s.next(5)
        check(s.response.status == 200 and ready is not None and ready[0] == "ready",
              f"an event stream opens on {name} (HTTP {s.response.status}, node {s.node})")
    started = time.monotonic()
    status, headers, _ = b.send("POST", "/api/v1/appeals", {
        "type": "proposal", "language": "ru", "subject": "Кластер: живое событие",
        "body": "Уведомление должно дойти до другого узла.", "addressee": "maslikhat",
        "maslikhat_id": maslikhat_id}, base=f"http://127.0.0.1:{ports['node-a']}")
    check(status == 201 and headers.get("X-Kenes-Node") == "node-a",
          f"an appeal is filed on node-a (HTTP {status})")
    for name, s in (("node-b", on_b), ("the balancer", via_balancer)):
        got = s.next(1.0)
        took = (got[2] - started) * 1000 if got else None
        check(got is not None and got[0] == "notification",
              f"the notification raised on node-a reaches the stream on {name} within 1 s"
              + (f" ({took:.0f} ms)" if took is not None else ""))
    on_b.close()
    via_balancer.close()


def nodes_of(b, path, n=12):
    seen, statuses = set(), set()
    for _ in range(n):
        status, headers, _ = b.send("GET", path)
        statuses.add(status)
        seen.add(headers.get("X-Kenes-Node", ""))
    return seen, statuses


def main():
    b = Browser()
    seen, statuses = nodes_of(b, "/healthz")
    check(statuses == {200} and len(seen) >= 2 and "" not in seen,
          f"both nodes answer through the balancer: {sorted(seen)}")

    b.send("GET", "/api/v1/csrf")
    status, _, body = b.send("POST", "/api/v1/auth/login",
                             {"login": CITIZEN[0], "password": CITIZEN[1]})
    check(status == 200, f"the demo citizen signs in (HTTP {status})")
    seen, statuses = nodes_of(b, "/api/v1/me")
    check(statuses == {200} and len(seen) >= 2,
          f"the session works on every node: {sorted(seen)}, statuses {sorted(statuses)}")

    # File appeals to the demo maslikhat, alternating nodes; each one's talon mail must come once.
    _, _, body = b.send("GET", "/api/v1/maslikhats")
    maslikhats = json.loads(body)
    items = maslikhats["items"] if isinstance(maslikhats, dict) else maslikhats
    maslikhat_id = items[0]["id"]
    talons, first_id = [], None
    for i in range(10):
        status, _, body = b.send("POST", "/api/v1/appeals", {
            "type": "proposal", "language": "ru", "subject": f"Кластер: проверка {i}",
            "body": "Проверка доставки уведомления ровно один раз.", "addressee": "maslikhat",
            "maslikhat_id": maslikhat_id})
        if status != 201:
            check(False, f"appeal {i} filed (HTTP {status}: {body[:200]!r})")
            continue
        appeal = json.loads(body)
        first_id = first_id or appeal["id"]
        talons.append(appeal["talon"]["number"])
    check(len(talons) == 10, "ten appeals filed through the balancer")
    check_live_events(b, maslikhat_id)

    if first_id:
        status, _, body = b.send("POST", f"/api/v1/appeals/{first_id}/attachments", png(),
                                 "application/octet-stream")
        check(status == 201, f"a photo is attached through one node (HTTP {status})")
        if status == 201:
            att = json.loads(body)["id"]
            seen, statuses = nodes_of(b, f"/api/v1/appeals/{first_id}/attachments/{att}")
            check(statuses == {200} and len(seen) >= 2,
                  f"the photo is served by every node: {sorted(seen)}, statuses {sorted(statuses)}")

    # A second delivery would come from the other node's poll a moment later: wait until every
    # talon has its mail, then a little longer, and count.
    deadline = time.time() + 30
    while time.time() < deadline and not all(mail_counts(talons).values()):
        time.sleep(0.5)
    time.sleep(3)
    final = mail_counts(talons)
    check(bool(final) and all(c == 1 for c in final.values()),
          f"each appeal's mail arrived exactly once: {sorted(final.values())}")

    # A role granted and revoked through one node holds on every node with the next request.
    admin = Browser()
    admin.send("GET", "/api/v1/csrf")
    admin.send("POST", "/api/v1/auth/login", {"login": ADMIN[0], "password": ADMIN[1]})
    _, _, body = b.send("GET", "/api/v1/me")
    citizen_id = json.loads(body)["id"]
    tasks = f"/api/v1/maslikhats/{maslikhat_id}/staff-tasks"
    status, _, body = admin.send("POST", f"/api/v1/users/{citizen_id}/roles", {
        "role": "staff", "scope_type": "maslikhat", "scope_id": maslikhat_id})
    check(status == 201, f"the administrator grants a staff role (HTTP {status})")
    grant_id = json.loads(body).get("id") if status == 201 else None
    seen, statuses = nodes_of(b, tasks)
    check(statuses == {200} and len(seen) >= 2,
          f"the granted role works on every node: {sorted(seen)}, {sorted(statuses)}")
    status, _, _ = admin.send("DELETE", f"/api/v1/users/{citizen_id}/roles/{grant_id}")
    check(status in (200, 204), f"the administrator revokes it through one node (HTTP {status})")
    seen, statuses = nodes_of(b, tasks)
    check(200 not in statuses and len(seen) >= 2,
          f"the revoked role is refused by every node at once: {sorted(seen)}, {sorted(statuses)}")

    status, _, _ = b.send("POST", "/api/v1/auth/logout", {})
    check(status in (200, 204), f"sign out through one node (HTTP {status})")
    seen, statuses = nodes_of(b, "/api/v1/me")
    check(statuses == {401} and len(seen) >= 2,
          f"the ended session is refused by every node at once: {sorted(seen)}, {sorted(statuses)}")

    # A node dies: the balancer sends everything to the one left, and nothing fails.
    victim = os.environ.get("KENES_CLUSTER_KILL_PID")
    if victim:
        os.kill(int(victim), 9)
        seen, statuses = nodes_of(Browser(), "/api/v1/info", 20)
        check(statuses == {200} and len(seen) == 1,
              f"with one node killed, every request is answered by the other: {sorted(seen)}, "
              f"{sorted(statuses)}")

    print(f"cluster test: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
