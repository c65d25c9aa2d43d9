"""Dependency direction, read from the source with `ast`: handlers -> bot.core; bot.core -> nothing of ours."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CORE_FORBIDDEN = (
    "bot",  # anything of bot outside bot.core
    "handlers",
    "config",
    "slack_bolt",
    "slack_sdk",
    "apscheduler",
    "pydantic_settings",
    "waitress",
)
CLOCK = {
    "datetime.datetime.now",
    "datetime.datetime.utcnow",
    "datetime.datetime.today",
    "datetime.date.today",
    "time.time",
    "time.time_ns",
    "time.localtime",
    "time.gmtime",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(package: str, node: ast.ImportFrom) -> str:
    """The absolute module of a ``from ... import`` in ``package`` (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def imports(source: str, package: str) -> Iterator[tuple[int, str]]:
    """(line, imported name) for every import in a module of ``package``, including those inside functions."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(package, node)
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}" if base else alias.name
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def clock_uses(source: str) -> Iterator[tuple[int, str]]:
    """(line, dotted name) for every reference to a wall-clock function, through import aliases."""
    tree = ast.parse(source)
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    aliases[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute | ast.Name):
            continue
        parts: list[str] = []
        current: ast.expr = node
        while isinstance(current, ast.Attribute):
            parts.append(current.attr)
            current = current.value
        if not isinstance(current, ast.Name) or current.id not in aliases:
            continue
        dotted = ".".join([aliases[current.id], *reversed(parts)])
        if dotted in CLOCK:
            yield node.lineno, dotted


def _sources(folder: str) -> list[Path]:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}/"
    return files


def _package(path: Path) -> str:
    """The package a file's relative imports start from: a package's __init__ itself, else its parent."""
    name = _module_name(path)
    return name if path.name == "__init__.py" else name.rsplit(".", 1)[0]


def _violations(folder: str, allowed: Callable[[str], bool], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in _sources(folder):
        for line, imported in imports(path.read_text(encoding="utf-8"), _package(path)):
            top = imported.split(".")[0]
            if top in forbidden and not allowed(imported):
                found.append(f"{path.relative_to(ROOT)}:{line} imports {imported}")
    return found


def test_core_imports_nothing_of_ours_and_no_framework() -> None:
    seen = {name for path in _sources("bot/core") for _, name in imports(path.read_text(), _package(path))}
    assert any(name.startswith("bot.core.") for name in seen), "the import scanner found nothing"
    assert (
        _violations("bot/core", lambda m: m == "bot.core" or m.startswith("bot.core."), CORE_FORBIDDEN) == []
    )


def test_core_reads_no_clock() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line} uses {name}"
        for path in _sources("bot/core")
        for line, name in clock_uses(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_handlers_import_from_bot_only_the_core() -> None:
    assert _violations("handlers", lambda m: m == "bot.core" or m.startswith("bot.core."), ("bot",)) == []


def test_handlers_do_not_import_settings() -> None:
    assert _violations("handlers", lambda m: False, ("config", "pydantic_settings")) == []


def test_config_imports_no_handlers() -> None:
    assert _violations("config", lambda m: False, ("handlers",)) == []


# The checks themselves catch what they are meant to catch.


@pytest.mark.parametrize(
    ("source", "package", "expected"),
    [
        ("import slack_sdk.models", "bot.core", "slack_sdk.models"),
        ("from bot.store import Store", "bot.core", "bot.store.Store"),
        ("from .. import store", "bot.core", "bot.store"),
        ("from ..store import Store", "bot.core", "bot.store.Store"),
        ("from . import model", "bot.core", "bot.core.model"),
        ("def f():\n    from config.settings import Settings", "bot.core", "config.settings.Settings"),
        ("import importlib\nimportlib.import_module('handlers.blocks')", "bot.core", "handlers.blocks"),
    ],
)
def test_imports_are_found(source: str, package: str, expected: str) -> None:
    assert expected in [name for _, name in imports(source, package)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from datetime import datetime\nx = datetime.now()", "datetime.datetime.now"),
        ("import datetime\nx = datetime.date.today()", "datetime.date.today"),
        ("import datetime as dt\nx = dt.datetime.utcnow()", "datetime.datetime.utcnow"),
        ("from datetime import date as d\nx = d.today()", "datetime.date.today"),
        ("import time\nx = time.time()", "time.time"),
        ("from time import time\nx = time()", "time.time"),
        ("from datetime import datetime\nf = datetime.now", "datetime.datetime.now"),
    ],
)
def test_clock_uses_are_found(source: str, expected: str) -> None:
    assert expected in [name for _, name in clock_uses(source)]


def test_a_clock_passed_in_is_fine() -> None:
    source = "from datetime import datetime\ndef digest(now: datetime) -> datetime:\n    return now.replace(hour=9)"
    assert list(clock_uses(source)) == []
