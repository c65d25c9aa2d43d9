"""The model does not depend on Python's string hashing: the same articles give the same model in every process.

Each process gets another PYTHONHASHSEED, so sets of strings iterate in another order; anything that
lets a set's order decide (which of two equally good matches wins, the order of participants) shows
as a different model. Generated articles (bench.corpus), merged as `newsbot ingest` merges them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BUILD = """
import hashlib, sys
from bench.corpus import generate_corpus
from bot.codec import encode_story
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import Story
from bot.core.pipeline import ArticleInput, Rejected, analyse
from bot.core.vocab import load_vocabulary

vocab = load_vocabulary()
extractor = Extractor(vocab)
builder = StoryBuilder(Story(), vocab)
for seq, article in enumerate(generate_corpus(int(sys.argv[1]), seed=int(sys.argv[2])), start=1):
    try:
        result = analyse(ArticleInput(article.doc_id, article.text), builder, extractor, vocab, seq)
    except Rejected:
        continue
    print(article.doc_id, hashlib.sha256(encode_story(result.fragment)).hexdigest())
    builder.add(result.fragment, result.source)
print("model", hashlib.sha256(encode_story(builder.build())).hexdigest())
"""


def build(hash_seed: int, count: int, corpus_seed: int) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(count), str(corpus_seed)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return done.stdout.splitlines()


def test_the_same_articles_give_the_same_model_whatever_the_hash_seed() -> None:
    first, second = build(0, 250, 7), build(1, 250, 7)
    assert len(first) > 200, "most generated articles are ingested"
    assert first[-1].startswith("model ")
    differing = [a.split()[0] for a, b in zip(first, second, strict=True) if a != b]
    assert differing == [], f"fragments or the model differ between hash seeds: {differing[:10]}"
