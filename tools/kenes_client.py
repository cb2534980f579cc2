"""A small Kenes API client for the test scripts (Debian's python3, standard library only).

One Client is one person: cookies (session, CSRF) kept from Set-Cookie, one keep-alive connection
that is opened again after any failure. A request that gets no whole response raises OSError or
http.client.HTTPException: such a write is not acknowledged, whatever the server did with it.
"""
import http.client
import json
import struct
import urllib.parse
import zlib
from http.cookies import SimpleCookie

CITIZEN = ("citizen@demo.kenes.kz", "demo-citizen-2026")
ADMIN = ("admin@demo.kenes.kz", "demo-admin-2026")
STAFF = ("staff@demo.kenes.kz", "demo-staff-2026")  # staff of the city maslikhat (id 2)


class Client:
    def __init__(self, base, timeout=10.0):
        parts = urllib.parse.urlsplit(base)
        self.host, self.port = parts.hostname, parts.port or 80
        self.timeout = timeout
        self.cookies = {}
        self.conn = None

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def send(self, method, path, body=None, content_type="application/json"):
        """Returns (status, headers, body bytes); raises on a lost connection."""
        headers = {}
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = content_type
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method not in ("GET", "HEAD"):
            headers["X-CSRF-Token"] = self.cookies.get("kenes_csrf", "")
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
            payload = resp.read()
        except Exception:
            self.close()
            raise
        for value in resp.headers.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(value)
            for name, morsel in jar.items():
                self.cookies[name] = morsel.value
        if resp.getheader("Connection", "").lower() == "close":
            self.close()
        return resp.status, resp.headers, payload

    def json(self, method, path, body=None):
        status, _, payload = self.send(method, path, body)
        try:
            return status, json.loads(payload) if payload else None
        except ValueError:
            return status, None

    def sign_in(self, login, password):
        self.send("GET", "/api/v1/csrf")
        status, _, body = self.send("POST", "/api/v1/auth/login",
                                    {"login": login, "password": password})
        if status != 200:
            raise RuntimeError(f"sign-in of {login}: HTTP {status} {body[:200]!r}")
        return self


def png(width=8, height=8):
    """A small valid PNG, so an attachment passes the image re-encoder."""
    raw = b"".join(b"\x00" + bytes([40, 120, 200] * width) for _ in range(height))

    def chunk(kind, payload):
        return (struct.pack(">I", len(payload)) + kind + payload +
                struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) +
            chunk(b"IEND", b""))


def talon_key(number):
    """'2-2026-00020' -> ('2-2026', 20): the series (maslikhat and year) and its sequence."""
    series, _, seq = number.rpartition("-")
    return series, int(seq)


def all_appeals(client, maslikhat_id):
    """Every appeal of a maslikhat through the staff list, following the cursor."""
    out, cursor = [], None
    while True:
        path = f"/api/v1/appeals?maslikhat_id={maslikhat_id}&limit=100"
        if cursor:
            path += "&cursor=" + urllib.parse.quote(cursor)
        status, page = client.json("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path}: HTTP {status}")
        out.extend(page["items"])
        cursor = page.get("next_cursor")
        if not cursor:
            return out


def talon_problems(appeals):
    """Talon numbers that are repeated, or missing from a series' 1..max."""
    series = {}
    problems = []
    for a in appeals:
        if not a.get("number"):
            continue
        key, seq = talon_key(a["number"])
        series.setdefault(key, []).append(seq)
    for key, seqs in series.items():
        if len(seqs) != len(set(seqs)):
            problems.append(f"{key}: repeated numbers")
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
        if missing:
            problems.append(f"{key}: missing {missing[:10]}")
    return problems


def history_problems(appeal):
    """Whether the events chain from status to status and end in the appeal's status."""
    events = appeal.get("events") or []
    for prev, cur in zip(events, events[1:]):
        if prev["to_status"] != cur["from_status"]:
            return f"event {cur['action']} starts from {cur['from_status']}, not {prev['to_status']}"
    if events and events[-1]["to_status"] != appeal["status"]:
        return f"status {appeal['status']} but the last event ends in {events[-1]['to_status']}"
    return None
