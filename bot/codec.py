"""The model's JSON format (schema in seeds/README.md): snapshots, per-article fragments, the seed file."""

from __future__ import annotations

import gzip
from typing import Any

import msgspec

from bot.core.model import SCHEMA_VERSION, Source, Story

__all__ = ["CodecError", "decode_source", "decode_story", "encode_source", "encode_story", "read_seed", "write_seed"]

_encoder = msgspec.json.Encoder(order="deterministic")
_story_decoder = msgspec.json.Decoder(Story)
_source_decoder = msgspec.json.Decoder(Source)


class CodecError(ValueError):
    """Bytes that are not a Newsbot model of a version this Newsbot reads."""


def encode_story(story: Story) -> bytes:
    """The story as compact JSON."""
    return _encoder.encode(story)


def decode_story(data: bytes) -> Story:
    """A story from JSON; CodecError when it is not one or has another schema version."""
    try:
        story = _story_decoder.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise CodecError(f"not a Newsbot story model: {exc}") from None
    if story.schema != SCHEMA_VERSION:
        raise CodecError(f"story model schema {story.schema} is not the supported {SCHEMA_VERSION}")
    return story


def encode_source(source: Source) -> bytes:
    """An article's metadata as JSON."""
    return _encoder.encode(source)


def decode_source(data: bytes) -> Source:
    """An article's metadata from JSON."""
    try:
        return _source_decoder.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise CodecError(f"not a Newsbot source record: {exc}") from None


def write_seed(story: Story) -> bytes:
    """The seed file: the story's JSON, gzip-compressed reproducibly (no timestamp in the header)."""
    return gzip.compress(encode_story(story), compresslevel=9, mtime=0)


def read_seed(data: bytes) -> Story:
    """A story from a seed file (gzip-compressed or plain JSON)."""
    try:
        raw = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
    except (OSError, EOFError) as exc:
        raise CodecError(f"the seed file is damaged: {exc}") from None
    return decode_story(raw)


def to_builtins(story: Story) -> Any:
    """The story as plain lists and dicts (for tests and diffs)."""
    return msgspec.to_builtins(story, order="deterministic")
