"""The benchmark suites, one module per suite of `python -m bench` (its docstring opens with the
suite's name); each returns the JSON-ready figures that bench/report.py turns into lines."""
