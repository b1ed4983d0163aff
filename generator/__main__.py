"""Command line of the generator: `python -m generator regenerate|check [--source FILE]`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .workflow import check, regenerate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=("regenerate", "check"))
    parser.add_argument("--source", type=Path, help="official VI JSON OpenAPI document")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    run = regenerate if args.command == "regenerate" else check
    code = run(args.root.resolve(), args.source)
    print(f"{args.command} took {time.perf_counter() - started:.1f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
