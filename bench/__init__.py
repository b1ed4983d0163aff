"""Benchmarks (nox -s bench)."""
