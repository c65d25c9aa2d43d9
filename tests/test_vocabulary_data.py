"""The general vocabulary (countries, places, given names, outlets) is well formed and consistent."""

from __future__ import annotations

import pytest

from bot.core.vocab import load_vocabulary
from tests import vocab_check


def test_the_vocabulary_files_pass_every_check(capsys: pytest.CaptureFixture[str]) -> None:
    vocab_check.errors.clear()
    assert vocab_check.main() == 0, capsys.readouterr().out
    assert vocab_check.errors == []


def test_the_vocabulary_loads_from_the_installed_package() -> None:
    vocab = load_vocabulary()
    assert vocab.country_of("Indian") == "india"
    assert vocab.country_of("U.S.") == "us"
    assert vocab.places["Kuala Lumpur"].country == "malaysia"
    assert "Marco" in vocab.given_names
    assert any(name == "The Telegraph" for name, _markers in vocab.outlets)
