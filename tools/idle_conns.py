#!/usr/bin/python3
"""Holds N idle HTTP/1.1 keep-alive connections to a server, then checks they still work.

    /usr/bin/python3 tools/idle_conns.py --host 127.0.0.1 --port 8080 --count 1000 [--path /healthz]

Opens --count connections; each sends one GET (keep-alive) and reads the answer. Prints
"idle_conns: open N/COUNT" and then waits, idle, until SIGUSR1 (or SIGTERM/SIGINT, or --hold
seconds). Then every connection sends one more GET, and it prints
"idle_conns: answered N/COUNT (closed C, errors E)" counting 200 answers. Exit status 0.
Raise `ulimit -n` above --count first.
"""

import argparse
import asyncio
import signal
import sys


async def read_response(reader):
    """Reads one HTTP/1.1 response; returns the status code. Raises on EOF or a malformed answer."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(int(headers.get("content-length", "0")))
    return status


class Conn:
    def __init__(self):
        self.reader = None
        self.writer = None
        self.state = "new"  # new | open | failed


async def request(conn, host, port, path, timeout):
    req = "GET {} HTTP/1.1\r\nHost: {}:{}\r\nConnection: keep-alive\r\n\r\n".format(path, host, port)
    conn.writer.write(req.encode())
    await conn.writer.drain()
    return await asyncio.wait_for(read_response(conn.reader), timeout)


async def open_one(conn, args, sem):
    async with sem:
        try:
            conn.reader, conn.writer = await asyncio.wait_for(
                asyncio.open_connection(args.host, args.port), args.timeout)
            status = await request(conn, args.host, args.port, args.path, args.timeout)
            conn.state = "open" if status == 200 else "failed"
        except Exception as e:  # noqa: BLE001 - counted, reported below
            conn.state = "failed"
            conn.error = repr(e)


async def check_one(conn, args):
    if conn.state != "open":
        return "error"
    try:
        status = await request(conn, args.host, args.port, args.path, args.timeout)
        return "ok" if status == 200 else "error"
    except (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError):
        return "closed"
    except Exception:  # noqa: BLE001
        return "error"
    finally:
        conn.writer.close()


async def main_async(args):
    loop = asyncio.get_running_loop()
    conns = [Conn() for _ in range(args.count)]
    sem = asyncio.Semaphore(args.parallel)
    await asyncio.gather(*(open_one(c, args, sem) for c in conns))
    opened = sum(c.state == "open" for c in conns)
    print("idle_conns: open {}/{}".format(opened, args.count), flush=True)
    if opened < args.count:
        errors = [getattr(c, "error", "non-200") for c in conns if c.state != "open"]
        print("idle_conns: first open error: {}".format(errors[0]), flush=True)

    go = asyncio.Event()
    for sig in (signal.SIGUSR1, signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, go.set)
    try:
        await asyncio.wait_for(go.wait(), args.hold if args.hold > 0 else None)
    except asyncio.TimeoutError:
        pass

    results = await asyncio.gather(*(check_one(c, args) for c in conns))
    print("idle_conns: answered {}/{} (closed {}, errors {})".format(
        results.count("ok"), args.count, results.count("closed"), results.count("error")), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--path", default="/healthz")
    parser.add_argument("--parallel", type=int, default=100, help="connections opened at once")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per request")
    parser.add_argument("--hold", type=float, default=0, help="seconds to idle (0: until SIGUSR1)")
    asyncio.run(main_async(parser.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
