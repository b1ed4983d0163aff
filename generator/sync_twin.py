"""The sync twins of the wrapper's async sources: each `_async/` module of vsphere_guest is
turned into its `_sync/` copy by unasync (await dropped, Async names made Sync, a few names
mapped below), then formatted with the project's ruff config. One command writes them, another
fails when a checked-in twin differs (`nox -s unasync`, and `nox -s check_generated`).

    python -m generator.sync_twin write|check [--root DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync

PACKAGE = Path("wrapper/vsphere_guest")
# Names unasync's own rules (Async* -> Sync*, __aenter__ -> __enter__, ...) do not cover.
REPLACEMENTS = {
    "_async": "_sync",
    "async_io": "sync_io",
    "async_map": "sync_map",
    "async_sleep": "sync_sleep",
    "AsyncClient": "Client",
    "AsyncOpenedDownload": "OpenedDownload",
}
HEADER = "# Generated from {source} by `nox -s unasync` (generator/sync_twin.py): do not edit.\n"


def sources(root: Path) -> list[Path]:
    """Every module of an `_async` folder of the package, relative to root."""
    return sorted(p.relative_to(root) for p in (root / PACKAGE).rglob("_async/*.py"))


def twin_path(source: Path) -> Path:
    return Path(*["_sync" if part == "_async" else part for part in source.parts])


def render(root: Path) -> dict[Path, str]:
    """The text of every sync twin, by its path relative to root."""
    rule = unasync.Rule("/_async/", "/_sync/", additional_replacements=REPLACEMENTS)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        copies = []
        for source in sources(root):
            copy = work / source
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / source, copy)
            copies.append(str(copy))
        unasync.unasync_files(copies, [rule])
        twins = {}
        for source in sources(root):
            twin = work / twin_path(source)
            text = twin.read_text(encoding="utf-8")
            if twin.name != "__init__.py" or text:
                text = HEADER.format(source=source.relative_to(PACKAGE).as_posix()) + text
            twin.write_text(text, encoding="utf-8")
            twins[twin_path(source)] = twin
        _format(root, list(twins.values()))
        return {path: twin.read_text(encoding="utf-8") for path, twin in twins.items()}


def _format(root: Path, files: list[Path]) -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    config = str(root / "pyproject.toml")
    for args in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run(
            [ruff, *args, "--config", config, "--no-cache", *map(str, files)], check=True
        )


def write(root: Path) -> int:
    for path, text in render(root).items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


def check(root: Path) -> int:
    stale = [
        path
        for path, text in render(root).items()
        if not (root / path).exists() or (root / path).read_text(encoding="utf-8") != text
    ]
    for path in stale:
        print(f"{path} differs from what its _async source gives: run `nox -s unasync`")
    if not stale:
        print(f"sync twins up to date ({len(sources(root))} sources)")
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.sync_twin", description=__doc__)
    parser.add_argument("command", choices=("write", "check"))
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    args = parser.parse_args(argv)
    return (write if args.command == "write" else check)(args.root.resolve())


if __name__ == "__main__":
    sys.exit(main())
