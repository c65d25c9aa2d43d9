"""The documents agree with the code: README, .ci/run, manifest.yaml, Dockerfile."""

from __future__ import annotations

import argparse
import json
import re
import shlex
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from config.settings import Settings
from handlers.commands import CommandHelp

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
ALIASES = {field.alias for field in Settings.model_fields.values()}


def registered_commands() -> list[CommandHelp]:
    """The slash commands `handlers.register_all` registers, with their help, from a real Bolt app."""
    from slack_bolt import App

    from handlers import register_all
    from handlers.deps import Deps

    def unused() -> Any:
        raise AssertionError("registration must not call into the story")

    app = App(token="xoxb-docs-test", signing_secret="0" * 32, token_verification_enabled=False)
    return register_all(app, Deps(story=unused, status=unused, zone=UTC))


def _section(title: str) -> str:
    """The README's text under ``## title``, up to the next ``## ``."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def _table(section: str) -> dict[str, list[str]]:
    """Rows of the first Markdown table in ``section``: first cell without backticks -> cells."""
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith("| ---"):
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        rows[cells[0].strip("`")] = cells
    return rows


# --- settings ------------------------------------------------------------------------------------


def test_readme_documents_exactly_the_settings() -> None:
    table = _table(_section("Settings"))
    documented = set(table) - {"variable"}
    assert documented == ALIASES


def _readme_default(cell: str) -> str | None:
    return None if cell == "(none)" else cell.strip("`")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_readme_defaults_are_the_real_defaults(name: str) -> None:
    field = Settings.model_fields[name]
    default = Settings(_env_file=None).__getattribute__(name)
    documented = _readme_default(_table(_section("Settings"))[str(field.alias)][1])
    if name == "seed_path":  # None means "seeds/model.json.xz", found at run time (bot.service)
        assert default is None
        assert documented == "seeds/model.json.xz"
    elif documented is None:
        assert default in (None, [])
    else:
        assert Settings(_env_file=None, **{str(field.alias): documented}) == Settings(_env_file=None)


def test_readme_settings_mention_env_example_and_check_config() -> None:
    section = _section("Settings")
    assert ".env.example" in section
    assert "newsbot check-config" in section
    assert "78" in section


# --- the newsbot command ---------------------------------------------------------------------------


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    from bot.cli import _parser

    parser = _parser()
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def test_readme_documents_every_cli_subcommand_and_option() -> None:
    table = _table(_section("The `newsbot` command"))
    documented = {row.split()[1]: row for row in table if row.startswith("newsbot ")}
    subcommands = _subcommands()
    assert set(documented) == set(subcommands)
    for name, sub in subcommands.items():
        options = {o for a in sub._actions for o in a.option_strings if o.startswith("--") and o != "--help"}
        for option in options:
            assert option in documented[name], f"README: `newsbot {name}` does not mention {option}"


def test_readme_mentions_python_m_bot() -> None:
    assert "`python -m bot`" in README


# --- slash commands ------------------------------------------------------------------------------


def test_readme_documents_every_slash_command_with_its_usage() -> None:
    table = _table(_section("Commands in Slack"))
    documented = {row for row in table if row.startswith("/")}
    assert documented == {command.synopsis for command in registered_commands()}


# --- the test command ----------------------------------------------------------------------------


def test_readme_test_command_is_the_last_line_of_ci() -> None:
    prefix = "python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]'"
    readme_lines = [line.strip() for line in README.splitlines() if line.strip().startswith(prefix)]
    assert len(readme_lines) == 1, readme_lines
    ci_lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert ci_lines[-1] == readme_lines[0]


def test_ci_runs_the_linters_and_types() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in ("ruff format --check", "ruff check", "mypy", "set -euo pipefail"):
        assert step in ci


# --- manifest.yaml -------------------------------------------------------------------------------


def _manifest() -> tuple[list[dict[str, str]], str]:
    """The slash command entries of manifest.yaml (a tiny reader: `- key: value` blocks) and its text."""
    text = (ROOT / "manifest.yaml").read_text(encoding="utf-8")
    block = re.search(r"^  slash_commands:\n((?:    .*\n)+)", text, re.MULTILINE)
    assert block, "manifest.yaml has no features.slash_commands"
    entries: list[dict[str, str]] = []
    for line in block.group(1).splitlines():
        match = re.fullmatch(r"    (- |  )(\w+): (.*)", line)
        assert match, f"unexpected manifest line {line!r}"
        if match.group(1) == "- ":
            entries.append({})
        value = match.group(3).strip()
        entries[-1][match.group(2)] = json.loads(value) if value.startswith('"') else value
    return entries, text


def test_manifest_declares_exactly_the_registered_commands() -> None:
    entries, _ = _manifest()
    declared = [entry["command"] for entry in entries]
    assert len(declared) == len(set(declared))
    helps = {command.command: command for command in registered_commands()}
    assert set(declared) == set(helps)
    for entry in entries:
        command = helps[entry["command"]]
        assert re.fullmatch(r"/[a-z0-9_-]{1,31}", entry["command"])
        assert entry.get("usage_hint") == command.usage, entry["command"]
        assert entry.get("description")
        assert entry.get("url", "").endswith("/slack/events")
        assert entry.get("should_escape") == "false"


def test_manifest_enables_interactivity_socket_mode_and_scopes() -> None:
    _, text = _manifest()
    assert re.search(r"^  interactivity:\n    is_enabled: true\n", text, re.MULTILINE)
    assert re.search(r"^  socket_mode_enabled: true$", text, re.MULTILINE)
    scopes = set(re.findall(r"^      - ([a-z:]+)$", text, re.MULTILINE))
    assert {"commands", "chat:write"} <= scopes
    assert re.search(r"^  bot_user:\n", text, re.MULTILINE)


# --- Dockerfile ----------------------------------------------------------------------------------


def _dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) for each instruction, continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n\s*", " ", text)
    steps = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, args = line.partition(" ")
            steps.append((instruction.upper(), args.strip()))
    return steps


def _exec_form(args: str) -> list[str]:
    return list(json.loads(args)) if args.startswith("[") else shlex.split(args)


def test_dockerfile_runs_newsbot_serve_as_a_non_root_user() -> None:
    steps = _dockerfile()
    users = [args for instruction, args in steps if instruction == "USER"]
    assert users, "no USER: the image would run as root"
    assert users[-1].split(":")[0] not in ("root", "0")
    [cmd] = [args for instruction, args in steps if instruction == "CMD"]
    assert _exec_form(cmd) == ["newsbot", "serve"]
    assert any(instruction == "VOLUME" for instruction, _ in steps)
    assert any(instruction == "EXPOSE" and "3000" in args for instruction, args in steps)


def test_dockerfile_healthcheck_hits_healthz() -> None:
    [check] = [args for instruction, args in _dockerfile() if instruction == "HEALTHCHECK"]
    assert "CMD" in check
    assert "/healthz" in check


def test_dockerfile_installs_dependencies_before_copying_the_code() -> None:
    steps = _dockerfile()
    copies = [(i, args.split()) for i, (instruction, args) in enumerate(steps) if instruction == "COPY"]
    code_copy = min(i for i, parts in copies if {"bot", "handlers", "config", "."} & set(parts[:-1]))
    installs = [
        i for i, (instruction, args) in enumerate(steps) if instruction == "RUN" and "pip install" in args
    ]
    assert installs, "no pip install"
    assert installs[0] < code_copy
    for i, parts in copies:
        if i < installs[0]:
            assert set(parts[:-1]) <= {"pyproject.toml", "requirements.txt"}, parts


def test_dockerfile_settings_are_valid_settings() -> None:
    env: dict[str, str] = {}
    for instruction, args in _dockerfile():
        if instruction == "ENV":
            env.update(dict(part.split("=", 1) for part in shlex.split(args)))
    ours = {k: v for k, v in env.items() if k.startswith(("SLACK_", "NEWSBOT_"))}
    assert set(ours) <= ALIASES
    settings = Settings(_env_file=None, **ours)
    assert settings.host == "0.0.0.0"  # the container listens on all interfaces
    assert str(settings.database_path).startswith("/data/")
    copied_seeds = any(i == "COPY" and args.split()[0] == "seeds" for i, args in _dockerfile())
    assert copied_seeds
    assert settings.seed_path is not None
    assert settings.seed_path.name == "model.json.xz"


def test_dockerignore_keeps_secrets_and_data_out_of_the_image() -> None:
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert ".env" in ignored
    assert any(item in ignored for item in ("data", "*.db*", "*.db"))
