"""The `newsbot` command: serve, ask, ingest, digest, check-config, export, build-seeds."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from bot.logs import configure_logging, redact
from config.settings import SETTINGS_DOC, ConfigError, Settings, load_settings

if TYPE_CHECKING:
    from bot.service import StoryService

__all__ = ["main"]

EX_OK, EX_FAIL, EX_USAGE, EX_CONFIG = 0, 1, 2, 78
log = logging.getLogger("newsbot")


class CliError(Exception):
    """A failure to report in one line, with an exit code."""

    def __init__(self, message: str, code: int = EX_FAIL) -> None:
        super().__init__(message)
        self.code = code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsbot",
        description="Newsbot: sourced answers about a developing story, in Slack or on the console.",
        epilog="Settings come from the environment and an optional .env file; `newsbot check-config` shows them.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = sub.add_parser(
        "serve",
        help="run the bot (Socket Mode, HTTP, or console mode without tokens)",
        description="Run the bot: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on "
        "NEWSBOT_HOST:NEWSBOT_PORT at /slack/events (with GET /healthz); without "
        "SLACK_BOT_TOKEN, console mode answers commands typed on standard input.",
    )
    serve.add_argument(
        "--no-scheduler",
        action="store_true",
        help="do not run the digest schedule here (for extra HTTP replicas)",
    )
    ask = sub.add_parser(
        "ask",
        help="answer one slash command offline and print it",
        description="Answer a slash command with no Slack connection, e.g. "
        "newsbot ask '/timeline india-us'. Exit 0 on an answer, 2 on a usage error.",
    )
    ask.add_argument("line", help="the command line, as typed in Slack: '/who-signed sosa'")
    ask.add_argument("--json", action="store_true", help="print the Slack message payload instead of text")
    ask.add_argument(
        "--user", default="U0CONSOLE", help="the Slack user id to ask as (for admin-only commands)"
    )
    ingest = sub.add_parser(
        "ingest",
        help="read articles (files or folders) into the story model",
        description="Ingest plain-text articles. Folders are read for .txt, .text and .md "
        "files. Duplicates are skipped; bad files are reported and the rest "
        "still ingested.",
    )
    ingest.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    ingest.add_argument("--outlet", help="the outlet of a single article (overrides what the page says)")
    ingest.add_argument("--url", help="the URL of a single article (used as its document id)")
    ingest.add_argument("--published", type=_date, help="publication date YYYY-MM-DD of a single article")
    reread = sub.add_parser(
        "reread",
        help="read the stored articles again with this release and rebuild the model",
        description="Read again the stored articles an earlier release of Newsbot read (all of them with "
        "--all) and rebuild the model from what they yield now. The outlet, URL and date given at ingest "
        "still win; an article this release refuses keeps what it yielded before.",
    )
    reread.add_argument(
        "--all",
        action="store_true",
        help="read every stored article again, not only those an earlier release read",
    )
    digest = sub.add_parser(
        "digest",
        help="preview the digest, or post it now",
        description="Print the digest as the first digest channel would get it; --post "
        "posts it now to every NEWSBOT_DIGEST_CHANNEL (once per slot).",
    )
    digest.add_argument("--post", action="store_true", help="post now instead of printing a preview")
    digest.add_argument("--json", action="store_true", help="print the Slack payload instead of text")
    sub.add_parser(
        "check-config",
        help="validate and print the effective configuration (secrets masked)",
        description="Validate every setting, print the effective configuration with secrets masked, "
        "and the next three digest times. Exit 78 on a bad setting.",
    )
    export = sub.add_parser(
        "export",
        help="write the current story model as a seed file",
        description="Write the store's model in the seed format (xz-compressed JSON, see seeds/README.md).",
    )
    export.add_argument("--out", type=Path, required=True, help="file to write, e.g. seeds/model.json.xz")
    build = sub.add_parser(
        "build-seeds",
        help="build a seed model from raw articles, in a scratch store",
        description="Ingest articles into a temporary store and write its model as a seed "
        "file. Reproducible: the same articles give the same bytes.",
    )
    build.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    build.add_argument("--out", type=Path, required=True, help="file to write")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsbot` command; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EX_USAGE
    try:
        settings = load_settings()
    except ConfigError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return EX_CONFIG
    secrets = [
        s.get_secret_value()
        for s in (settings.slack_bot_token, settings.slack_app_token, settings.slack_signing_secret)
        if s is not None
    ]
    configure_logging(settings.log_level, settings.log_format, secrets)
    try:
        handler = {
            "serve": _serve,
            "ask": _ask,
            "ingest": _ingest,
            "reread": _reread,
            "digest": _digest,
            "check-config": _check_config,
            "export": _export,
            "build-seeds": _build_seeds,
        }[args.command]
        return handler(settings, args)
    except CliError as exc:
        print(f"newsbot: {redact(str(exc), secrets)}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from bot.codec import CodecError
        from bot.store import StoreError

        if isinstance(exc, StoreError | CodecError | OSError):
            print(f"newsbot: {redact(str(exc), secrets)}", file=sys.stderr)
        else:
            log.critical("unexpected error in `newsbot %s`", args.command, exc_info=True)
        return EX_FAIL


def _runtime(settings: Settings, **kwargs: Any) -> Any:
    from bot.runtime import Runtime

    return Runtime(settings, **kwargs)


@contextmanager
def _story_service(settings: Settings) -> Iterator[StoryService]:
    """The store and its story service alone, for the commands that neither answer in Slack nor post (ingest,
    reread, export): not the whole runtime (Bolt, the Slack SDK, the handlers, the digest's poster and scheduler),
    which they never use and whose memory they carried. A fresh store gets the seed model, as from the runtime."""
    from bot.service import StoryService
    from bot.store import Store

    store = Store(settings.database_path)
    try:
        service = StoryService(store, settings.seed_path)
        message = service.bootstrap()
        if message:
            log.info(message)
        yield service
    finally:
        store.close()


def _print_answer(answer: Any, as_json: bool) -> None:
    from handlers.blocks import reply_text

    if as_json:
        print(json.dumps(answer.payload, indent=2, ensure_ascii=False))
    else:
        print(reply_text(answer.payload))


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    from bot.runtime import Console

    line = args.line.strip()
    if not line.startswith("/"):
        raise CliError(
            f"a command starts with '/', e.g. newsbot ask '/who-signed'; got {line[:40]!r}", EX_USAGE
        )
    runtime = _runtime(settings)
    try:
        answer = Console(runtime).ask(line, args.user)
    finally:
        runtime.close()
    if answer.status == 404:
        commands = "/who-signed, /timeline, /quote, /sources, /newsbot"
        raise CliError(f"unknown command {line.split()[0]!r}; the commands are {commands}", EX_USAGE)
    _print_answer(answer, args.json)
    return EX_USAGE if answer.is_error else EX_OK


def _check_config(settings: Settings, args: argparse.Namespace) -> int:
    from bot.crontab import WallClockCronTrigger
    from bot.service import default_seed_path

    print("Newsbot configuration (secrets masked):")
    for field, (name, _doc) in SETTINGS_DOC.items():
        value = getattr(settings, field)
        if field.startswith("slack_") and field != "slack_api_url":
            shown = "(set, hidden)" if value is not None else "(not set)"
        elif isinstance(value, list):
            shown = ",".join(value) or "(none)"
        elif field == "seed_path" and value is None:
            shown = f"(default) {default_seed_path() or 'none found'}"
        else:
            shown = str(value)
        print(f"  {name:32} {shown}")
    mode = "console" if settings.console_mode else ("socket" if settings.socket_mode else "http")
    print(f"Mode: {mode}")
    trigger = WallClockCronTrigger(settings.crontab, settings.zone)
    print(f"Next digest times ({settings.timezone}):")
    for moment in trigger.next_fire_times(datetime.now(UTC), 3):
        print(f"  {moment.isoformat()}")
    if not settings.digest_channel:
        print("Note: NEWSBOT_DIGEST_CHANNEL is empty, so no digest will be posted.")
    if mode == "http" and settings.slack_signing_secret is None:
        print(
            "SLACK_SIGNING_SECRET: required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)",
            file=sys.stderr,
        )
        return EX_CONFIG
    return EX_OK


def _ingest(settings: Settings, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from bot.core.pipeline import ArticleInput
    from bot.service import article_files, read_article

    single = args.outlet or args.url or args.published
    if single and (len(args.paths) != 1 or args.paths[0].is_dir()):
        raise CliError("--outlet, --url and --published apply to a single article file", EX_USAGE)
    entries = list(article_files(args.paths))
    # Read one at a time, as the ingest goes: a large folder is never all in memory.
    items: Iterator[ArticleInput | tuple[str, str]] = map(read_article, entries)
    if single:
        items = (
            ArticleInput(
                doc=args.url or item.doc,
                text=item.text,
                outlet=args.outlet,
                url=args.url,
                published=args.published,
            )
            if isinstance(item, ArticleInput)
            else item
            for item in items
        )

    with _story_service(settings) as story:
        with tqdm(
            total=len(entries), unit="article", disable=None if len(entries) > 50 else True, file=sys.stderr
        ) as bar:
            report = story.ingest(items, progress=bar.update)
        stale = story.read_by_others()
    totals = report.totals
    print(
        f"Added {totals['articles']} article(s): {totals['events']} new event(s), {totals['people']} new "
        f"people, {totals['quotations']} new quotation(s)."
    )
    for doc, counts in report.added[:50]:
        print(
            f"  + {doc}: {counts.events} new events, {counts.people} new people, "
            f"{counts.quotations} new quotations"
        )
    if len(report.added) > 50:
        print(f"  ... and {len(report.added) - 50} more")
    for name, reason in report.skipped:
        print(f"  = skipped {name}: {reason}")
    for name, reason in report.failed:
        print(f"  ! {name}: {reason}", file=sys.stderr)
    if stale:
        print(
            f"Note: {stale} stored article(s) were read by an earlier release of Newsbot; "
            "`newsbot reread` reads them again with this one."
        )
    return EX_FAIL if report.failed else EX_OK


def _reread(settings: Settings, args: argparse.Namespace) -> int:
    from tqdm import tqdm

    with _story_service(settings) as story:
        total = story.store.article_count()
        with tqdm(total=total, unit="article", disable=None if total > 50 else True, file=sys.stderr) as bar:
            report = story.reread(everything=args.all, progress=bar.update)
    print(
        f"Read {report.read} article(s) again; {report.current} already read by this release were kept as they "
        f"were; {report.seed_sources} source(s) of the seed model stay as it has them."
    )
    before, after = report.before, report.after
    print(
        "Model: "
        + ", ".join(
            f"{before.get(key, 0)} -> {after.get(key, 0)} {key}"
            for key in ("articles", "events", "people", "quotations")
        )
        + "."
    )
    for name, reason in report.kept:
        print(f"  ! {name}: kept as read before: {reason}", file=sys.stderr)
    return EX_OK


def _digest(settings: Settings, args: argparse.Namespace) -> int:
    from handlers.blocks import digest_reply, reply_text

    runtime = _runtime(settings)
    try:
        if args.post:
            if settings.console_mode:
                raise CliError(
                    "posting needs SLACK_BOT_TOKEN; without it, `newsbot digest` prints a preview", EX_CONFIG
                )
            if not settings.digest_channel:
                raise CliError("NEWSBOT_DIGEST_CHANNEL is empty: no channel to post to", EX_CONFIG)
            outcome = {
                c: runtime.poster.post_slot(c, datetime.now(UTC).replace(second=0, microsecond=0))
                for c in settings.digest_channel
            }
            for channel, result in outcome.items():
                print(f"{channel}: {result}")
            return (
                EX_OK
                if all(r in ("posted", "already posted", "skipped") for r in outcome.values())
                else EX_FAIL
            )
        payload = digest_reply(runtime.poster.preview(), runtime.story.current(), settings.zone).payload()
        print(json.dumps(payload, indent=2, ensure_ascii=False) if args.json else reply_text(payload))
        return EX_OK
    finally:
        runtime.close()


def _export(settings: Settings, args: argparse.Namespace) -> int:
    with _story_service(settings) as story:
        data = story.export_seed()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"Wrote {args.out} ({len(data):,} bytes).")
    return EX_OK


def build_seed_bytes(paths: Sequence[Path]) -> tuple[bytes, Any]:
    """Ingest ``paths`` into a scratch store and return the seed file bytes and the ingest report."""
    from bot.service import StoryService, read_articles
    from bot.store import Store

    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "seed.db")
        try:
            service = StoryService(store)
            report = service.ingest(read_articles(paths))
            return service.export_seed(), report
        finally:
            store.close()


def _build_seeds(settings: Settings, args: argparse.Namespace) -> int:
    data, report = build_seed_bytes(args.paths)
    for name, reason in report.failed:
        print(f"  ! {name}: {reason}", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"Wrote {args.out} ({len(data):,} bytes) from {len(report.added)} article(s).")
    return EX_FAIL if report.failed else EX_OK


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    runtime = _runtime(settings)
    try:
        if stale := runtime.story.read_by_others():
            log.warning(
                "%d stored article(s) were read by an earlier release of Newsbot; `newsbot reread` reads them "
                "again with this one",
                stale,
            )
        if settings.console_mode:
            return _console_loop(runtime)
        return _serve_slack(runtime, settings, args)
    finally:
        runtime.close()


def _console_loop(runtime: Any) -> int:
    from bot.runtime import Console

    console = Console(runtime)
    print("Newsbot is in console mode: SLACK_BOT_TOKEN is not set, so answers are printed here.")
    print("Type a slash command such as /who-signed or /timeline india-us (Ctrl-D to quit).\n")
    _print_answer(console.ask("/newsbot help"), False)
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            print("\nnewsbot> ", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            return EX_OK
        line = line.strip()
        if not line:
            continue
        if not line.startswith("/"):
            print("A command starts with '/', e.g. /who-signed or /timeline india-us.")
            continue
        answer = console.ask(line)
        if answer.status == 404:
            print(f"Unknown command {line.split()[0]}; try /newsbot help.")
            continue
        print()
        _print_answer(answer, False)


def _serve_slack(runtime: Any, settings: Settings, args: argparse.Namespace) -> int:
    from slack_bolt.authorization import AuthorizeResult
    from slack_sdk.errors import SlackApiError

    try:
        auth = runtime.client.auth_test()
    except SlackApiError as exc:
        raise CliError(
            f"Slack refused SLACK_BOT_TOKEN ({exc.response.get('error', 'error')}); check the token",
            EX_CONFIG,
        ) from None
    identity = AuthorizeResult.from_auth_test_response(
        bot_token=settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None,
        auth_test_response=auth,
    )
    if not args.no_scheduler and settings.digest_channel:
        runtime.scheduler.start()
        log.info(
            "digest scheduled (%s, %s); next: %s",
            settings.digest_cron,
            settings.timezone,
            runtime.scheduler.next_times(1)[0].isoformat(),
        )
    from bot.server import finish_server, make_server, stop_server

    if settings.socket_mode:
        import threading

        from slack_bolt.adapter.socket_mode import SocketModeHandler

        app = runtime.app(identity=identity)
        token = settings.slack_app_token.get_secret_value() if settings.slack_app_token else ""
        # The handler's client asks apps.connections.open at SLACK_API_URL (GovSlack, or a local fake).
        handler = SocketModeHandler(app, token, web_client=runtime.client)
        health = make_server(app, runtime.store.ping, settings.host, settings.port, 2, 100)
        threading.Thread(target=health.run, name="healthz", daemon=True).start()
        log.info("connecting to Slack in Socket Mode (health check on port %s)", health.effective_port)
        handler.start()  # type: ignore[no-untyped-call]
        return EX_OK
    if settings.slack_signing_secret is None:
        raise CliError(
            "SLACK_SIGNING_SECRET: required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)", EX_CONFIG
        )
    app = runtime.app(identity=identity)
    server = make_server(
        app,
        runtime.store.ping,
        settings.host,
        settings.port,
        settings.http_threads,
        settings.http_connection_limit,
    )

    def stop(signum: int, frame: FrameType | None) -> None:
        log.info("stopping (signal %d)", signum)
        stop_server(server)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("listening on http://%s:%s/slack/events", settings.host, server.effective_port)
    print(f"Newsbot listening on http://{settings.host}:{server.effective_port}/slack/events", flush=True)
    server.run()
    finish_server(server)
    return EX_OK
