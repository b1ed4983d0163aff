"""What `download -r` and `upload -r` say of their files, taken as the files end: a line per
file that is not simply "ok" (in a dry run, per planned file), then the failures and the
summary. Only counts, bytes and the failures are kept, never a file's outcome."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from .. import TreeFile
from .exit_codes import EXIT_OK, EXIT_TRANSFER, cli_words

STATUSES = ("ok", "changed", "skipped", "failed", "planned")


class Stdout:
    """Standard output as it was before a progress bar took it: lines go there; on a terminal
    through the bar's stand-in, which prints them above the bar (the same screen)."""

    def __init__(self) -> None:
        self.real = sys.stdout
        self.terminal = self.real.isatty()

    def say(self, line: str) -> None:
        print(line, file=sys.stdout if self.terminal else self.real)


class TreeReport:
    """Give it each TreeFile as it comes (`add`, one call at a time); `finish` prints the
    failures (kept: what the summary is about, each its path and reason) and the summary."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.counts: Counter[str] = Counter()
        self.size = 0
        self.failures: list[tuple[str, str]] = []  # (relative path, reason)
        self.out = Stdout()

    def add(self, f: TreeFile) -> None:
        args = self.args
        self.counts[f.status] += 1
        if f.status in ("ok", "changed"):
            self.size += f.size
        if args.dry_run and f.status == "planned":
            to = f.local_path if args.command == "download" else f.guest_path
            self.out.say(f"would copy {f.relative}  {f.size} bytes -> {to}")
        elif f.status == "failed":
            reason = cli_words(f.error) if f.error is not None else f.reason
            self.failures.append((f.relative, reason))
        elif f.status != "ok" and not args.quiet:
            self.out.say(f"{f.status}: {f.relative}: {f.reason}")

    def finish(self, where: object) -> int:
        """The failures (stderr) and the summary line; the exit code."""
        for relative, reason in self.failures:
            print(f"vsphere-guest: failed: {relative}: {reason}", file=sys.stderr)
        counts = self.counts
        if not self.args.quiet:
            said = ", ".join(
                f"{counts[s]} {s}" for s in STATUSES if counts[s] or s in ("ok", "failed")
            )
            files = sum(counts.values())
            print(f"{where}  {files} files: {said}; {self.size} bytes")
        return EXIT_TRANSFER if counts["failed"] else EXIT_OK
