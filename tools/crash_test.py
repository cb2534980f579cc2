#!/usr/bin/python3
"""Crash safety: `kenes serve` killed with SIGKILL at random moments under sustained mixed writes,
N times, on SQLite or PostgreSQL; nothing the server acknowledged may be lost.

    /usr/bin/python3 tools/crash_test.py --database sqlite --kills 100
    /usr/bin/python3 tools/crash_test.py --database postgresql --kills 100
    /usr/bin/python3 tools/crash_test.py --database postgresql --url postgresql://… --kills 10

Writers, each its own thread and keep-alive connection, through the real API as the demo
accounts: citizens file appeals to the city maslikhat; staff take each acknowledged appeal up
(`start`) and answer it; the citizen gives feedback on each acknowledged answer. A write counts as
acknowledged only once its whole 2xx response was read. Meanwhile the server is killed (SIGKILL)
a random 0.3-1.2 s into each cycle and started again on the same database; writers see connection
errors until it answers, and go on (a write without a response is simply not acknowledged).

After each restart, every write acknowledged before that kill is checked through the API: the
appeal is there with its talon number, each acknowledged action is in its history in order, an
acknowledged feedback is recorded, and the history chains from status to status and ends in the
appeal's status (writers pause while these checks run). Every 25 kills and at the end, all
appeals of the maslikhat are listed and each talon series (maslikhat and year) must have every
number from 1 to its last exactly once.

With --cluster-base URL --kill-pid PID (a running tools/cluster.sh, writes through its nginx), one
node is killed once, a few seconds into the run, and writes go on through the other node for
--seconds; then every acknowledged write is checked the same way. Prints `crash cluster: ...`.

Prints `crash DATABASE: kills=N acknowledged=A lost=L ...`; exits 1 when anything acknowledged was
lost or an invariant broke, 2 when the test could not run. CRASH_MAX_SECONDS (default 480) stops
starting new kill cycles after that many seconds (the line then says how many kills were done).
Standard library only (Debian's python3); SQLite files and the PostgreSQL cluster
(tools/pg_cluster.sh) live in a temporary directory that is removed at the end.
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kenes_client import CITIZEN, STAFF, Client, all_appeals, history_problems, talon_problems  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KENES = os.path.join(ROOT, "build", "kenes")
MASLIKHAT = 2  # the demo city maslikhat, where the demo staff account works


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `kenes serve` on a fixed port, started again after each kill."""

    def __init__(self, url, workdir):
        self.url, self.workdir = url, workdir
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None
        self.log = open(os.path.join(workdir, "serve.log"), "ab")

    def start(self, seconds=30):
        self.proc = subprocess.Popen(
            [KENES, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--database-url",
             self.url, "--web-root", "/nonexistent"], cwd=self.workdir, stdout=self.log,
            stderr=subprocess.STDOUT)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kenes serve exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("kenes serve did not answer /healthz")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


class Ledger:
    """What the server acknowledged: per appeal its talon, its actions in order, its feedback."""

    def __init__(self):
        self.lock = threading.Lock()
        self.appeals = {}  # id -> {"number", "actions": [names], "feedback": bool}
        self.pending = []  # (ack_time, appeal id) not yet checked after a kill
        self.counts = {"filings": 0, "actions": 0, "feedback": 0}

    def ack(self, kind, appeal_id, number=None, action=None):
        with self.lock:
            entry = self.appeals.setdefault(appeal_id, {"number": number, "actions": [],
                                                        "feedback": False})
            if action:
                entry["actions"].append(action)
            if kind == "feedback":
                entry["feedback"] = True
            self.counts[kind] += 1
            self.pending.append((time.monotonic(), appeal_id))

    def take_pending(self, before):
        with self.lock:
            due = {a for t, a in self.pending if t < before}
            self.pending = [(t, a) for t, a in self.pending if t >= before]
            return due, {a: dict(self.appeals[a], actions=list(self.appeals[a]["actions"]))
                         for a in due}


class Writers:
    def __init__(self, base, ledger, filers):
        self.base, self.ledger, self.filers = base, ledger, filers
        self.stop = threading.Event()
        self.go = threading.Event()  # cleared while a restart's checks run: they stay bounded
        self.go.set()
        self.to_act = []     # acknowledged filings for staff
        self.to_judge = []   # acknowledged answers for the citizen's feedback
        self.qlock = threading.Lock()
        self.errors = {}
        citizen = Client(base).sign_in(*CITIZEN)
        staff = Client(base).sign_in(*STAFF)
        self.cookies = {"citizen": citizen.cookies, "staff": staff.cookies}
        self.threads = [threading.Thread(target=self.file, args=(i,), daemon=True)
                        for i in range(filers)]
        self.threads += [threading.Thread(target=self.act, daemon=True) for _ in range(2)]
        self.threads.append(threading.Thread(target=self.judge, daemon=True))

    def client(self, who):
        c = Client(self.base, timeout=5)
        c.cookies = dict(self.cookies[who])
        return c

    def error(self, what):
        with self.qlock:
            self.errors[what] = self.errors.get(what, 0) + 1
        time.sleep(0.05)  # the server is down or restarting

    def post(self, c, path, body):
        try:
            return c.json("POST", path, body)
        except Exception as e:  # no whole response: not acknowledged
            self.error(type(e).__name__)
            return None, None

    def file(self, i):
        c, n = self.client("citizen"), 0
        while not self.stop.is_set():
            self.go.wait()
            n += 1
            status, appeal = self.post(c, "/api/v1/appeals", {
                "type": "complaint", "language": "ru", "subject": f"Проверка сбоя {i}-{n}",
                "body": "Запись, подтверждённая сервером, не должна пропасть.",
                "addressee": "maslikhat", "maslikhat_id": MASLIKHAT})
            if status == 201:
                self.ledger.ack("filings", appeal["id"], number=appeal["talon"]["number"])
                with self.qlock:
                    self.to_act.append(appeal["id"])
            elif status is not None:
                self.error(f"filing HTTP {status}")

    def next_of(self, queue):
        """The next appeal waiting in `queue`, or None after a short wait (paused or empty)."""
        self.go.wait()
        with self.qlock:
            if queue:
                return queue.pop(0)
        time.sleep(0.01)
        return None

    def act(self):
        c = self.client("staff")
        while not self.stop.is_set():
            appeal_id = self.next_of(self.to_act)
            if appeal_id is None:
                continue
            for body in ({"action": "start"},
                         {"action": "answer", "outcome": "explained",
                          "answer_text": "Разъяснено: запись сохранена."}):
                status, _ = self.post(c, f"/api/v1/appeals/{appeal_id}/actions", body)
                if status != 200:
                    if status is not None:
                        self.error(f"{body['action']} HTTP {status}")
                    break  # its state is unknown now: leave this appeal
                self.ledger.ack("actions", appeal_id, action=body["action"])
            else:
                with self.qlock:
                    self.to_judge.append(appeal_id)

    def judge(self):
        c = self.client("citizen")
        while not self.stop.is_set():
            appeal_id = self.next_of(self.to_judge)
            if appeal_id is None:
                continue
            status, _ = self.post(c, f"/api/v1/appeals/{appeal_id}/feedback",
                                  {"solved": True, "comment": "Спасибо"})
            if status == 200:
                self.ledger.ack("feedback", appeal_id)
            elif status is not None:
                self.error(f"feedback HTTP {status}")


def verify(base, expected, problems):
    """Checks acknowledged writes through the API; returns how many were lost."""
    c = Client(base).sign_in(*STAFF)
    lost = 0
    for appeal_id, want in expected.items():
        status, appeal = c.json("GET", f"/api/v1/appeals/{appeal_id}")
        if status != 200:
            problems.append(f"appeal {appeal_id} ({want['number']}): HTTP {status}")
            lost += 1 + len(want["actions"]) + int(want["feedback"])
            continue
        if want["number"] and appeal["number"] != want["number"]:
            problems.append(f"appeal {appeal_id}: talon {appeal['number']}, acknowledged "
                            f"{want['number']}")
            lost += 1
        done = [e["action"] for e in appeal["events"]]
        pos = 0
        for action in want["actions"]:  # in order, as a subsequence of the history
            try:
                pos = done.index(action, pos) + 1
            except ValueError:
                problems.append(f"appeal {appeal_id}: acknowledged {action} is not in {done}")
                lost += 1
        if want["feedback"] and appeal.get("feedback_solved") is not True:
            problems.append(f"appeal {appeal_id}: acknowledged feedback missing")
            lost += 1
        problem = history_problems(appeal)
        if problem:
            problems.append(f"appeal {appeal_id}: {problem}")
    return lost


def check_talons(base, problems):
    c = Client(base).sign_in(*STAFF)
    found = talon_problems(all_appeals(c, MASLIKHAT))
    problems.extend(found)
    return not found


def run_cluster(args, rng):
    """One node of a running cluster killed mid-run; the balancer keeps the rest answering."""
    ledger = Ledger()
    writers = Writers(args.cluster_base.rstrip("/"), ledger, args.filers)
    for t in writers.threads:
        t.start()
    time.sleep(rng.uniform(2, 4))
    os.kill(args.kill_pid, signal.SIGKILL)
    before_kill = sum(ledger.counts.values())
    time.sleep(args.seconds)
    writers.stop.set()
    for t in writers.threads:
        t.join(10)
    after_kill = sum(ledger.counts.values()) - before_kill
    problems = []
    _, expected = ledger.take_pending(time.monotonic() + 1)
    lost = verify(writers.base, expected, problems)
    check_talons(writers.base, problems)
    print(f"crash cluster: one node killed; acknowledged={sum(ledger.counts.values())} lost={lost} "
          f"({after_kill} acknowledged after the kill, through the other node), "
          f"invariant problems {len(problems)}")
    if writers.errors:
        print("  write errors (not acknowledged): " +
              ", ".join(f"{k} {v}" for k, v in sorted(writers.errors.items())))
    for line in problems[:20]:
        print("  FAIL " + line)
    return 1 if lost or problems or after_kill == 0 else 0


def prepare(args, tmp):
    run = os.path.join(tmp, "run")
    os.makedirs(run)
    pg_dir = None
    if args.url:
        url = args.url
    elif args.database == "sqlite":
        url = "sqlite:" + os.path.join(run, "kenes.db")
    else:
        pg_dir = os.path.join(tmp, "pg")
        url = subprocess.check_output([os.path.join(ROOT, "tools", "pg_cluster.sh"), "start",
                                       pg_dir], text=True).strip()
    for cmd in (["migrate"], ["seed", "--demo"]):
        subprocess.run([KENES, *cmd, "--database-url", url], check=True, cwd=run,
                       stdout=subprocess.DEVNULL)
    return url, run, pg_dir


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    p.add_argument("--url", help="an existing empty database instead of a throwaway one")
    p.add_argument("--kills", type=int, default=100)
    p.add_argument("--filers", type=int, default=3)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--cluster-base", help="nginx of a running tools/cluster.sh")
    p.add_argument("--kill-pid", type=int, help="the cluster node to kill once")
    p.add_argument("--seconds", type=float, default=8, help="writes after the node's kill")
    args = p.parse_args()
    max_seconds = float(os.environ.get("CRASH_MAX_SECONDS", "480"))
    rng = random.Random(args.seed)
    if args.cluster_base:
        if not args.kill_pid:
            p.error("--cluster-base needs --kill-pid")
        return run_cluster(args, rng)
    tmp = tempfile.mkdtemp(prefix="kenes-crash.")
    os.chmod(tmp, 0o755)
    server = writers = None
    pg_dir = None
    try:
        url, run, pg_dir = prepare(args, tmp)
        server = Server(url, run)
        server.start()
        ledger = Ledger()
        writers = Writers(server.base, ledger, args.filers)
        for t in writers.threads:
            t.start()
        started = time.monotonic()
        problems, lost, kills, restart_s = [], 0, 0, []
        while kills < args.kills and time.monotonic() - started < max_seconds:
            time.sleep(rng.uniform(0.3, 1.2))
            killed_at = time.monotonic()
            server.kill()
            kills += 1
            writers.go.clear()
            server.start()
            restart_s.append(time.monotonic() - killed_at)
            due, expected = ledger.take_pending(killed_at)
            lost += verify(server.base, expected, problems)
            if kills % 25 == 0:
                check_talons(server.base, problems)
            writers.go.set()
        writers.stop.set()
        writers.go.set()
        for t in writers.threads:
            t.join(10)
        _, expected = ledger.take_pending(time.monotonic() + 1)
        lost += verify(server.base, expected, problems)
        check_talons(server.base, problems)
        elapsed = time.monotonic() - started
        acknowledged = sum(ledger.counts.values())
        restart_s.sort()
        print(f"crash {args.database}: kills={kills} acknowledged={acknowledged} lost={lost} "
              f"(filings {ledger.counts['filings']}, actions {ledger.counts['actions']}, "
              f"feedback {ledger.counts['feedback']}; {len(ledger.appeals)} appeals checked), "
              f"invariant problems {len(problems)}, restart p50 "
              f"{restart_s[len(restart_s) // 2] if restart_s else 0:.2f} s, {elapsed:.0f} s")
        if writers.errors:
            print("  write errors (not acknowledged, expected while the server is down): " +
                  ", ".join(f"{k} {v}" for k, v in sorted(writers.errors.items())))
        for line in problems[:20]:
            print("  FAIL " + line)
        if kills < args.kills:
            print(f"  only {kills} of {args.kills} kills within CRASH_MAX_SECONDS={max_seconds:.0f}")
        return 1 if lost or problems or acknowledged == 0 else 0
    except Exception as e:  # could not run at all
        print(f"crash {args.database}: could not run: {e}", file=sys.stderr)
        log = os.path.join(tmp, "run", "serve.log")
        if os.path.exists(log):
            with open(log, "rb") as f:
                sys.stderr.write(f.read()[-3000:].decode(errors="replace"))
        return 2
    finally:
        if writers:
            writers.stop.set()
        if server:
            server.stop()
        if pg_dir:
            subprocess.run([os.path.join(ROOT, "tools", "pg_cluster.sh"), "stop", pg_dir],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
