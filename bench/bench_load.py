"""500 concurrent slash commands over HTTP against one Newsbot process. Prints figures.

    python -m bench.bench_load                      # the seed model
    python -m bench.bench_load --articles 10000     # seed model + 10,000 generated articles (cached in /tmp)

The server is the real Newsbot (Runtime + its Bolt app, bot.server.make_server with the default
threads and connection limit) in its own process, over a SQLite store, with a local fake Web API.
The client opens ``--concurrency`` connections, and once all are open writes one signed slash
command on each (the eight benchmarked command lines in turn) in one tight loop, then reads the
answers concurrently (asyncio, one thread: the client adds little CPU load of its own). With
``--client threads`` it uses a thread and an http.client connection per request instead, released
together by a barrier (waking 500 threads takes a while, so sends spread out more). Targets: every request answered 200 (no app.error apology), 0 errors,
client-side p99 < 1 s. The same burst against a bare Bolt app (ack "ok") is shown for context.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench._support import (
    COMMANDS,
    REPO,
    add_model_options,
    answer_kind,
    cached_db_info,
    child_command,
    ensure_db,
    fake_slack,
    peak_rss_mib,
    percentile,
    print_machine,
    python_env,
    seed_db,
    serve_bare,
    serve_product,
    signed_command,
    table,
    verdict,
)

TARGET_P99_S = 1.0
SLACK_ACK_S = 3.0
"""Slack shows the user an error when a slash command is not answered within 3 seconds."""


# ---------------------------------------------------------------------- the server process


def _serve(kind: str, db: Path | None) -> int:
    """Serve the product or the bare app until stdin closes; print the port first and RSS last.

    Waitress's "Task queue depth" warnings (one per queued request during a burst) are silenced.
    """
    import logging

    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    with fake_slack() as slack_url:
        if kind == "product":
            assert db is not None
            served = serve_product(db, slack_url)
        else:
            served = serve_bare(slack_url, 8, 1000)
        print(
            json.dumps(
                {
                    "port": served.port,
                    "slack_url": slack_url,
                    "threads": served.server.adj.threads,
                    "connection_limit": served.server.adj.connection_limit,
                    "backlog": served.server.adj.backlog,
                }
            ),
            flush=True,
        )
        sys.stdin.read()
        served.close()
    print(json.dumps({"maxrss_mib": peak_rss_mib()}), flush=True)
    return 0


@dataclass
class Server:
    """A server process started by this benchmark."""

    process: subprocess.Popen[str]
    info: dict[str, Any]

    @classmethod
    def start(cls, kind: str, db: Path | None) -> Server:
        args = ["--serve", kind, *(["--db", str(db)] if db else [])]
        process = subprocess.Popen(
            child_command("bench.bench_load", *args),
            cwd=REPO,
            env=python_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("{"):
            process.kill()
            raise SystemExit(f"the {kind} server did not start: {line!r}")
        return cls(process, json.loads(line))

    @property
    def port(self) -> int:
        return int(self.info["port"])

    def stop(self) -> dict[str, Any]:
        """Close stdin (the server shuts down) and read its last figures."""
        try:
            out, _ = self.process.communicate(input="", timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.communicate()
            return {}
        lines = [line for line in out.splitlines() if line.startswith("{")]
        return json.loads(lines[-1]) if lines else {}


# ---------------------------------------------------------------------- the client


@dataclass
class Outcome:
    sent: float
    done: float
    status: int
    kind: str


def _one(port: int, line: str, slack_url: str, barrier: threading.Barrier, timeout: float) -> Outcome:
    body, headers = signed_command(line, slack_url)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        try:
            conn.connect()
        except OSError as exc:
            barrier.wait(timeout=120)
            now = time.perf_counter()
            return Outcome(now, now, 0, f"connect failed: {exc!r}")
        barrier.wait(timeout=120)
        sent = time.perf_counter()
        try:
            conn.request("POST", "/slack/events", body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as exc:
            return Outcome(sent, time.perf_counter(), 0, f"{type(exc).__name__}: {exc}")
        return Outcome(sent, time.perf_counter(), response.status, answer_kind(response.status, data))
    finally:
        conn.close()


def _max_in_flight(outcomes: list[Outcome]) -> int:
    events = sorted([(o.sent, 1) for o in outcomes] + [(o.done, -1) for o in outcomes])
    level = peak = 0
    for _, step in events:
        level += step
        peak = max(peak, level)
    return peak


def _burst_threads(port: int, slack_url: str, concurrency: int, timeout: float) -> list[Outcome]:
    """One thread and one http.client connection per request; a barrier releases them together."""
    barrier = threading.Barrier(concurrency + 1)
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="bench-client") as pool:
        futures = [
            pool.submit(_one, port, COMMANDS[i % len(COMMANDS)], slack_url, barrier, timeout)
            for i in range(concurrency)
        ]
        barrier.wait(timeout=120)
        return [f.result() for f in futures]


async def _read_answer(reader: asyncio.StreamReader, timeout: float) -> tuple[int, bytes]:
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        (int(line.split(":", 1)[1]) for line in lines[1:] if line.lower().startswith("content-length:")), None
    )
    body = await asyncio.wait_for(
        reader.readexactly(length) if length is not None else reader.read(), timeout
    )
    return status, body


async def _burst_asyncio(port: int, slack_url: str, concurrency: int, timeout: float) -> list[Outcome]:
    """All connections opened first, then every request written in one tight loop; answers read concurrently."""
    requests = []
    for i in range(concurrency):
        body, headers = signed_command(COMMANDS[i % len(COMMANDS)], slack_url)
        head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
        requests.append(
            (
                f"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
                f"Connection: close\r\n{head}\r\n"
            ).encode()
            + body
        )
    opened = await asyncio.gather(
        *(asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout) for _ in requests),
        return_exceptions=True,
    )
    sent: list[float] = []
    for request, conn in zip(requests, opened, strict=True):
        sent.append(time.perf_counter())
        if not isinstance(conn, BaseException):
            conn[1].write(request)

    async def finish(index: int) -> Outcome:
        conn = opened[index]
        if isinstance(conn, BaseException):
            return Outcome(sent[index], sent[index], 0, f"connect failed: {conn!r}")
        reader, writer = conn
        try:
            status, body = await _read_answer(reader, timeout)
            done = time.perf_counter()
            return Outcome(sent[index], done, status, answer_kind(status, body))
        except (
            OSError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            TimeoutError,
            ValueError,
        ) as exc:
            return Outcome(sent[index], time.perf_counter(), 0, f"{type(exc).__name__}: {exc}")
        finally:
            writer.close()

    return list(await asyncio.gather(*(finish(i) for i in range(len(requests)))))


def burst(port: int, slack_url: str, concurrency: int, timeout: float, client: str) -> dict[str, Any]:
    """``concurrency`` signed commands sent at once, each on its own connection."""
    if client == "threads":
        outcomes = _burst_threads(port, slack_url, concurrency, timeout)
    else:
        outcomes = asyncio.run(_burst_asyncio(port, slack_url, concurrency, timeout))
    latencies = [o.done - o.sent for o in outcomes]
    errors = [o for o in outcomes if o.status != 200 or o.kind in ("app.error apology",)]
    first = min(o.sent for o in outcomes)
    return {
        "count": len(outcomes),
        "ok": sum(1 for o in outcomes if o.status == 200),
        "errors": len(errors),
        "error_samples": sorted({f"{o.status} {o.kind}" for o in errors})[:5],
        "kinds": sorted({o.kind for o in outcomes}),
        "in_flight": _max_in_flight(outcomes),
        "send_spread": max(o.sent for o in outcomes) - first,
        "total": max(o.done for o in outcomes) - first,
        "within_3s": sum(
            1
            for o, latency in zip(outcomes, latencies, strict=True)
            if o.status == 200 and latency <= SLACK_ACK_S
        ),
        "p50": percentile(latencies, 50),
        "p99": percentile(latencies, 99),
        "max": max(latencies),
    }


def _warm(port: int, slack_url: str) -> list[str]:
    kinds = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        for line in COMMANDS:
            for _ in range(3):
                body, headers = signed_command(line, slack_url)
                conn.request("POST", "/slack/events", body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
            kinds.append(f"{line}: {answer_kind(response.status, data)}")
    finally:
        conn.close()
    return kinds


def _rows(name: str, results: list[dict[str, Any]]) -> list[list[object]]:
    return [
        [
            f"{name} #{number}",
            f"{r['ok']}/{r['count']}",
            r["errors"],
            r["within_3s"],
            r["in_flight"],
            f"{r['send_spread'] * 1000:.0f}",
            f"{r['total']:.2f}",
            f"{r['p50'] * 1000:.0f}",
            f"{r['p99'] * 1000:.0f}",
            f"{r['max'] * 1000:.0f}",
        ]
        for number, r in enumerate(results, start=1)
    ]


def run(args: argparse.Namespace) -> int:
    print_machine(f"Newsbot under {args.concurrency} concurrent slash commands")
    results: dict[str, list[dict[str, Any]]] = {}
    rss: dict[str, float] = {}
    with ExitStack() as stack:
        if args.articles:
            db = ensure_db(args.articles, args.seed, args.db, args.rebuild)
            model = f"seed model + {args.articles:,} generated articles (seed {args.seed}), {db}"
        elif args.db:
            db = args.db
            info = cached_db_info(db)
            model = f"the store {db}" + (f" ({info['articles']:,} generated articles)" if info else "")
        else:
            db = stack.enter_context(seed_db())
            model = "the seed model (a fresh store filled from seeds/model.json.xz)"
        print(f"model: {model}")
        kinds = ["product", *([] if args.no_baseline else ["bare"])]
        for kind in kinds:
            started = time.perf_counter()
            server = Server.start(kind, db if kind == "product" else None)
            try:
                name = "newsbot" if kind == "product" else "bare Bolt"
                info = server.info
                print(
                    f"{name}: pid {server.process.pid}, port {server.port}, up in {time.perf_counter() - started:.1f} s "
                    f"(waitress, {info['threads']} threads, connection limit {info['connection_limit']}, "
                    f"backlog {info['backlog']})"
                )
                warm = _warm(server.port, info["slack_url"])
                if kind == "product":
                    print("  warm-up answers: " + "; ".join(warm))
                runs = []
                for number in range(1, args.rounds + 1):
                    result = burst(
                        server.port, info["slack_url"], args.concurrency, args.timeout, args.client
                    )
                    runs.append(result)
                    print(
                        f"  burst {number}: {result['ok']}/{result['count']} answered 200, "
                        f"{result['errors']} error(s), p99 {result['p99'] * 1000:.0f} ms, answers: {', '.join(result['kinds'])}",
                        flush=True,
                    )
                    time.sleep(args.pause)
                results[name] = runs
            finally:
                rss[kind] = float(server.stop().get("maxrss_mib", float("nan")))
    print()
    rows = _rows("newsbot", results["newsbot"]) + _rows("bare Bolt", results.get("bare Bolt", []))
    print(
        f"Client-side figures per burst ({args.client} client; latency: send to last byte of the answer, per request)"
    )
    print(
        table(
            [
                "burst",
                "200s",
                "errors",
                "<= 3 s",
                "in flight",
                "send spread ms",
                "total s",
                "p50 ms",
                "p99 ms",
                "max ms",
            ],
            rows,
        )
    )
    print()
    print(
        f"server peak RSS: newsbot {rss['product']:.0f} MiB"
        + (f", bare Bolt {rss['bare']:.0f} MiB" if "bare" in rss else "")
    )
    mine = results["newsbot"]
    all_ok = all(r["ok"] == r["count"] for r in mine)
    no_errors = all(r["errors"] == 0 for r in mine)
    worst = max(r["p99"] for r in mine)
    print(
        table(
            ["target (newsbot, every burst)", "measured", "verdict"],
            [
                [
                    "every request answered 200",
                    f"{sum(r['ok'] for r in mine)}/{sum(r['count'] for r in mine)}",
                    verdict(all_ok),
                ],
                ["0 errors", sum(r["errors"] for r in mine), verdict(no_errors)],
                ["client-side p99 < 1 s", f"worst p99 {worst * 1000:.0f} ms", verdict(worst < TARGET_P99_S)],
                [
                    f"concurrency {args.concurrency}",
                    f"at most {max(r['in_flight'] for r in mine)} in flight",
                    verdict(min(r["in_flight"] for r in mine) >= args.concurrency * 0.9),
                ],
            ],
        )
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_load",
        description="Many concurrent slash commands over HTTP against one Newsbot process.",
    )
    parser.add_argument("--concurrency", type=int, default=500, help="simultaneous requests (default 500)")
    parser.add_argument("--rounds", type=int, default=3, help="bursts per server (default 3)")
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between bursts (default 1)")
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="client socket timeout, seconds (default 60)"
    )
    add_model_options(parser)
    parser.add_argument(
        "--client",
        choices=["asyncio", "threads"],
        default="asyncio",
        help="asyncio: one thread, all requests written in one loop (default); "
        "threads: a thread and an http.client connection per request, released by a barrier",
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the bare Bolt bursts")
    parser.add_argument("--serve", choices=["product", "bare"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return _serve(args.serve, args.db)
    if args.concurrency < 1 or args.rounds < 1:
        parser.error("--concurrency and --rounds must be at least 1")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
