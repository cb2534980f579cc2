#!/usr/bin/python3
"""Digest benchmark (issue 14): one daily digest run for N subscribers into the SMTP sink, with a
restart of the server in the middle, then every recipient counted.

    /usr/bin/python3 tools/digest_bench.py --kenes build/kenes --database-url sqlite:/tmp/d.db \\
        --count 100000 --workdir /tmp/digest

The database comes from `kenes bench-data digest --count N` (N daily-digest followers with items
waiting, the digest job due now). This script starts tools/smtp_sink.py and `kenes serve`, sends
the server SIGTERM once half the mails have reached the sink, starts it again, and waits until every
follower's mail is there (or nothing arrives for --stall seconds). It then reads the X-Envelope-To
of every .eml the sink wrote: a recipient twice is a duplicate, one never is missing.

Prints one line on stdout:
    digest: N mails in S s (R mails/s) to the SMTP sink; restart after M (down D s); duplicates X, missing Y
Exit 0 when every mail arrived once, 1 otherwise (the line says why), 2 when it could not start.
"""

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import time

RECIPIENT = re.compile(rb"^X-Envelope-To: digest-(\d+)@bench\.kenes\.kz", re.M)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_sink(root, mail_dir, log_path, workers):
    log = open(log_path, "w")
    sink = subprocess.Popen(
        ["/usr/bin/python3", os.path.join(root, "tools/smtp_sink.py"), "--host", "127.0.0.1",
         "--port", "0", "--dir", mail_dir, "--workers", str(workers)],
        stdout=log, stderr=subprocess.STDOUT)
    for _ in range(100):
        with open(log_path) as f:
            m = re.search(r"listening on [0-9.]+:(\d+)", f.read())
        if m:
            return sink, int(m.group(1))
        time.sleep(0.1)
    sink.kill()
    raise RuntimeError("the SMTP sink did not start")


def start_kenes(args, port, smtp_port, run_dir, log):
    env = dict(os.environ, KENES_HTTP_ACCESS_LOG="false", KENES_LOG_LEVEL="warn")
    return subprocess.Popen(
        [os.path.abspath(args.kenes), "serve", "--host", "127.0.0.1", "--port", str(port),
         "--database-url", args.database_url, "--smtp-url", f"smtp://127.0.0.1:{smtp_port}"],
        cwd=run_dir, env=env, stdout=log, stderr=subprocess.STDOUT)


def stop(proc, timeout):
    """SIGTERM, then the CPU seconds (user + system, its threads and the children it waited for)
    the process used in its life; SIGKILL after timeout."""
    proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return usage.ru_utime + usage.ru_stime
        if time.monotonic() > deadline:
            proc.kill()
            deadline = float("inf")
        time.sleep(0.05)


def count_mails(mail_dir):
    return sum(1 for e in os.scandir(mail_dir) if e.name.endswith(".eml"))


def recipients(mail_dir):
    seen = {}
    for e in os.scandir(mail_dir):
        if not e.name.endswith(".eml"):
            continue
        with open(e.path, "rb") as f:
            m = RECIPIENT.search(f.read(512))
        if m:
            n = int(m.group(1))
            seen[n] = seen.get(n, 0) + 1
    return seen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kenes", default="build/kenes")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--count", type=int, required=True, help="followers made by bench-data")
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--stall", type=float, default=30.0,
                        help="give up when no mail arrives for this long")
    parser.add_argument("--no-restart", action="store_true")
    parser.add_argument("--sink-workers", type=int, default=2,
                        help="SMTP sink processes (tools/smtp_sink.py --workers)")
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    mail_dir = os.path.join(args.workdir, "mail")
    run_dir = os.path.join(args.workdir, "run")
    os.makedirs(mail_dir, exist_ok=True)
    os.makedirs(run_dir, exist_ok=True)
    try:
        sink, smtp_port = start_sink(root, mail_dir, os.path.join(args.workdir, "sink.log"),
                                     args.sink_workers)
    except RuntimeError as e:
        print(f"digest: failed: {e}")
        return 2
    log = open(os.path.join(args.workdir, "kenes.log"), "w")
    port = free_port()
    started = time.monotonic()
    kenes = start_kenes(args, port, smtp_port, run_dir, log)
    restarted_after, down = None, 0.0
    kenes_cpu, sink_cpu = 0.0, 0.0
    last_count, last_change = 0, time.monotonic()
    try:
        while True:
            time.sleep(0.2)
            n = count_mails(mail_dir)
            now = time.monotonic()
            if n != last_count:
                last_count, last_change = n, now
            if n >= args.count or now - last_change > args.stall:
                break
            if kenes.poll() is not None:
                print(f"digest: failed: kenes serve exited with {kenes.returncode}")
                return 2
            if restarted_after is None and not args.no_restart and n >= args.count // 2:
                restarted_after = n
                t = time.monotonic()
                kenes_cpu += stop(kenes, 60)
                kenes = start_kenes(args, port, smtp_port, run_dir, log)
                down = time.monotonic() - t
        elapsed = last_change - started
        # A duplicate would arrive after the last new mail: wait for stragglers before counting.
        time.sleep(3)
    finally:
        if kenes.returncode is None:
            kenes_cpu += stop(kenes, 60)
        sink_cpu = stop(sink, 30)
    seen = recipients(mail_dir)
    mails = sum(seen.values())
    duplicates = sum(c - 1 for c in seen.values() if c > 1)
    missing = sum(1 for i in range(1, args.count + 1) if i not in seen)
    restart = (f"restart after {restarted_after} (down {down:.1f} s)" if restarted_after is not None
               else "no restart")
    rate = mails / elapsed if elapsed > 0 else 0.0
    print(f"digest: {mails} mails in {elapsed:.1f} s ({rate:.0f} mails/s) to the SMTP sink; "
          f"{restart}; duplicates {duplicates}, missing {missing}")
    # Where the two cores went: the sink's processes and kenes' (both runs), per mail.
    per = max(mails, 1)
    print(f"digest: CPU kenes {kenes_cpu:.1f} s ({1000 * kenes_cpu / per:.2f} ms a mail), "
          f"SMTP sink {sink_cpu:.1f} s ({1000 * sink_cpu / per:.2f} ms a mail)")
    return 0 if duplicates == 0 and missing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
