"""Benchmark helpers for Newsbot (synthetic corpora, timing harnesses)."""
