"""Server-side latency of each slash command over signed HTTP, as a ratio to a bare Bolt app. Prints figures.

    python -m bench.bench_latency                      # the seed model
    python -m bench.bench_latency --articles 10000     # seed model + 10,000 generated articles
                                                       # (ingested once, cached in /tmp; see --db)

Two servers run in this process, both built by bot.server.make_server with the default
NEWSBOT_HTTP_THREADS and NEWSBOT_HTTP_CONNECTION_LIMIT: the real Newsbot (Runtime + its Bolt app,
over a SQLite store) and a bare ``slack_bolt.App`` whose listeners only ``ack("ok")``. A local fake
Web API stands in for Slack (commands answer inside the ack, so it is not called).

A timing middleware around each server's WSGI app measures from the request's entry into the app to
the end of its body, so the client and the socket do not count. Requests are sequential from one
client, in alternating blocks (baseline, product, product, baseline, ...) per command, so machine
load affects both alike.

The p99 of a command is decided by its slowest hundredth of requests, which on a virtual machine are
mostly pauses outside either app (a few tenths of a millisecond on requests of about 0.4 ms). With 300
requests the p99 is the 3rd slowest and the ratio of two such values moved between 0.8x and 1.7x from
run to run on the same code; hence 5,000 requests per command per server by default (about 3 minutes).
"""

from __future__ import annotations

import argparse
import http.client
import io
import math
import sys
import time
from contextlib import ExitStack, redirect_stdout

from bench._support import (
    COMMANDS,
    Served,
    add_model_options,
    answer_kind,
    cached_db_info,
    ensure_db,
    fake_slack,
    machine,
    percentile,
    print_machine,
    seed_db,
    serve_bare,
    serve_product,
    signed_command,
    table,
    verdict,
)

TARGET_SEED = 1.25
TARGET_GENERATED = 1.5


class Client:
    """One keep-alive connection per server; signed slash commands, one at a time."""

    def __init__(self, slack_url: str) -> None:
        self.slack_url = slack_url
        self.connections: dict[int, http.client.HTTPConnection] = {}
        self.errors: list[str] = []
        self.client_ns: dict[tuple[str, str], list[int]] = {}

    def send(self, served: Served, line: str) -> tuple[int, bytes]:
        body, headers = signed_command(line, self.slack_url)
        for attempt in (1, 2):
            conn = self.connections.get(served.port)
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=60)
                self.connections[served.port] = conn
            try:
                started = time.perf_counter_ns()
                conn.request("POST", "/slack/events", body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                self.client_ns.setdefault((served.name, line), []).append(time.perf_counter_ns() - started)
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                del self.connections[served.port]
                if attempt == 2:
                    self.errors.append(f"{served.name} {line}: {exc!r}")
                    return 0, b""
                continue
            if answer_kind(response.status, data) in ("app.error apology",) or response.status != 200:
                self.errors.append(f"{served.name} {line}: HTTP {response.status} {data[:120]!r}")
            return response.status, data
        return 0, b""

    def close(self) -> None:
        for conn in self.connections.values():
            conn.close()


def _environ(body: bytes, headers: dict[str, str]) -> dict[str, object]:
    environ: dict[str, object] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/slack/events",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "0",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "CONTENT_TYPE": headers["Content-Type"],
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
    }
    for name, value in headers.items():
        if name not in ("Content-Type", "X-Bench-Label"):  # unlabelled: not counted in the figures
            environ["HTTP_" + name.upper().replace("-", "_")] = value
    return environ


def profile_product(product: Served, slack_url: str, calls: int, top: int) -> None:
    """cProfile of ``calls`` requests per command through the product's WSGI app, in this thread."""
    import cProfile
    import pstats

    app = product.server.application

    def ignore(*_: object) -> None:
        return None

    requests = [signed_command(line, slack_url) for _ in range(calls) for line in COMMANDS]
    profiler = cProfile.Profile()
    profiler.enable()
    for body, headers in requests:
        app(_environ(body, headers), ignore)
    profiler.disable()
    for order, title in (("cumulative", "cumulative time"), ("tottime", "own time")):
        print(f"cProfile of {len(requests)} product requests through WSGI, top {top} by {title}:")
        pstats.Stats(profiler).sort_stats(order).print_stats(top)


def _ms(values: list[int]) -> list[float]:
    return [v / 1e6 for v in values]


def run(args: argparse.Namespace) -> int:
    generated = args.articles > 0
    target = args.target or (TARGET_GENERATED if generated else TARGET_SEED)
    print_machine("Newsbot command latency over signed HTTP, against a bare Bolt app")
    with ExitStack() as stack:
        if generated:
            db = ensure_db(args.articles, args.seed, args.db, args.rebuild)
            model = f"seed model + {args.articles:,} generated articles (seed {args.seed}), {db}"
        elif args.db:
            db = args.db
            info = cached_db_info(db)
            model = f"the store {db}" + (f" ({info['articles']:,} generated articles)" if info else "")
        else:
            db = stack.enter_context(seed_db())
            model = "the seed model (a fresh store filled from seeds/model.json.xz)"
        slack_url = stack.enter_context(fake_slack())
        started = time.perf_counter()
        product = serve_product(db, slack_url)
        stack.callback(product.close)
        print(f"model: {model}; runtime up in {time.perf_counter() - started:.2f} s")
        settings_threads = product.server.adj.threads
        settings_limit = product.server.adj.connection_limit
        bare = serve_bare(slack_url, settings_threads, settings_limit)
        stack.callback(bare.close)
        print(
            f"servers: newsbot on :{product.port}, bare Bolt on :{bare.port} "
            f"(waitress, {settings_threads} threads, connection limit {settings_limit})"
        )
        client = Client(slack_url)
        stack.callback(client.close)

        print(f"warm-up: {args.warmup} request(s) per command to each server ...")
        kinds: dict[str, tuple[str, int]] = {}
        for line in COMMANDS:
            for _ in range(args.warmup):
                client.send(bare, line)
                status, data = client.send(product, line)
                kinds[line] = (answer_kind(status, data), len(data))
        cold = {
            line: product.timing.total[line][0] / 1e6 for line in COMMANDS if product.timing.total.get(line)
        }
        warm = {line: percentile(_ms(product.timing.total.get(line, [])[1:]), 50) for line in COMMANDS}
        print(
            table(
                ["command", "newsbot answers with", "bytes", "first request ms", "rest of warm-up p50 ms"],
                [
                    [c, k, n, f"{cold.get(c, float('nan')):.2f}", f"{warm[c]:.2f}"]
                    for c, (k, n) in kinds.items()
                ],
            )
        )
        print("  (first request: the first of each command after start; the very first also loads the model)")
        print()
        warmup_errors = list(client.errors)
        client.errors.clear()
        client.client_ns.clear()
        product.timing.reset()
        bare.timing.reset()

        rounds = math.ceil(args.requests / args.block)
        print(
            f"measuring: {args.requests} requests per command per server, {rounds} rounds of blocks of "
            f"{args.block}, alternating order ...",
            flush=True,
        )
        measured = time.perf_counter()
        sent = 0
        for number in range(rounds):
            count = min(args.block, args.requests - number * args.block)
            for line in COMMANDS:
                order = (bare, product) if number % 2 == 0 else (product, bare)
                for served in order:
                    for _ in range(count):
                        client.send(served, line)
                        sent += 1
        elapsed = time.perf_counter() - measured
        print(f"  {sent:,} requests in {elapsed:.1f} s; load average after: {machine()['load average']}")
        print()
        profile_text = ""
        if args.profile:
            with redirect_stdout(io.StringIO()) as captured:
                profile_product(product, slack_url, args.profile, args.profile_top)
            profile_text = captured.getvalue()

    rows: list[list[object]] = []
    verdicts: list[bool] = []
    all_product: list[float] = []
    all_bare: list[float] = []
    for line in COMMANDS:
        mine = _ms(product.timing.total.get(line, []))
        base = _ms(bare.timing.total.get(line, []))
        all_product += mine
        all_bare += base
        p50, p99 = percentile(mine, 50), percentile(mine, 99)
        b50, b99 = percentile(base, 50), percentile(base, 99)
        ok = p99 <= target * b99
        verdicts.append(ok)
        rows.append(
            [
                line,
                len(mine),
                f"{p50:.2f}",
                f"{p99:.2f}",
                f"{max(mine):.2f}",
                f"{b50:.2f}",
                f"{b99:.2f}",
                f"{p50 / b50:.2f}x",
                f"{p99 / b99:.2f}x",
                verdict(ok),
            ]
        )
    p99_all, b99_all = percentile(all_product, 99), percentile(all_bare, 99)
    rows.append(
        [
            "all commands",
            len(all_product),
            f"{percentile(all_product, 50):.2f}",
            f"{p99_all:.2f}",
            f"{max(all_product):.2f}",
            f"{percentile(all_bare, 50):.2f}",
            f"{b99_all:.2f}",
            f"{percentile(all_product, 50) / percentile(all_bare, 50):.2f}x",
            f"{p99_all / b99_all:.2f}x",
            verdict(p99_all <= target * b99_all),
        ]
    )
    print("Server-side latency (WSGI entry to end of body), ms; ratios to the bare Bolt app, same command")
    print(
        table(
            [
                "command",
                "n",
                "p50",
                "p99",
                "max",
                "bare p50",
                "bare p99",
                "p50 ratio",
                "p99 ratio",
                "verdict",
            ],
            rows,
        )
    )
    print()
    client_rows = []
    for line in COMMANDS:
        mine = _ms(client.client_ns.get(("newsbot", line), []))
        base = _ms(client.client_ns.get(("bare-bolt", line), []))
        client_rows.append(
            [
                line,
                f"{percentile(mine, 50):.2f}",
                f"{percentile(mine, 99):.2f}",
                f"{percentile(base, 50):.2f}",
                f"{percentile(base, 99):.2f}",
            ]
        )
    print("For reference, client-side round trips (ms, includes the client and the socket):")
    print(table(["command", "p50", "p99", "bare p50", "bare p99"], client_rows))
    print()
    errors = warmup_errors + client.errors
    print(f"errors (non-200 or app.error apology): {len(errors)}")
    for error in errors[:10]:
        print(f"  {error}")
    overall = all(verdicts) and not errors
    print(
        f"target: p99 <= {target:.2f}x the bare Bolt p99 for every command -> {verdict(overall)} "
        f"({sum(verdicts)} of {len(verdicts)} commands within target)"
    )
    if profile_text:
        print()
        print(profile_text, end="")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench_latency",
        description="Server-side latency of Newsbot's slash commands over signed HTTP, vs a bare Bolt app.",
    )
    parser.add_argument(
        "--requests",
        type=int,
        default=5000,
        help="measured requests per command per server (default 5000: the p99 is then the 50th slowest)",
    )
    parser.add_argument(
        "--block", type=int, default=20, help="requests per block before switching server (default 20)"
    )
    parser.add_argument(
        "--warmup", type=int, default=20, help="warm-up requests per command per server (default 20)"
    )
    add_model_options(parser)
    parser.add_argument(
        "--target", type=float, help="p99 ratio target (default 1.25 seed model, 1.5 with --articles)"
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="after measuring, cProfile N requests per command (in-thread)",
    )
    parser.add_argument("--profile-top", type=int, default=25, help="functions listed per profile order")
    args = parser.parse_args(argv)
    if args.requests < 1 or args.block < 1 or args.warmup < 1:
        parser.error("--requests, --block and --warmup must be at least 1")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
