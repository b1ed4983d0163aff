"""Benchmarks: `nox -s bench` (python -m bench). Loopback only; results in bench/results/."""
