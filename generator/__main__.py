"""Command line of the generator: `python -m generator regenerate|check [--source FILE]`, and
`python -m generator release-notes --old SUBSET` (release/PR.md; exit 3 when breaking)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .release_notes import PR_FILE, write_notes
from .workflow import check, regenerate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=("regenerate", "check", "release-notes"))
    parser.add_argument("--source", type=Path, help="official VI JSON OpenAPI document")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    parser.add_argument("--old", type=Path, help="release-notes: the subset before regenerating")
    parser.add_argument("--results", type=Path, default=Path("release/results.json"))
    parser.add_argument("--out", type=Path, default=Path(PR_FILE))
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.command == "release-notes":
        if args.old is None:
            parser.error("release-notes needs --old SUBSET")
        root = args.root.resolve()
        return write_notes(root, args.old, str(args.source or "?"), root / args.results,
                           root / args.out)  # fmt: skip
    run = regenerate if args.command == "regenerate" else check
    code = run(args.root.resolve(), args.source)
    print(f"{args.command} took {time.perf_counter() - started:.1f} s")
    return code


if __name__ == "__main__":
    sys.exit(main())
