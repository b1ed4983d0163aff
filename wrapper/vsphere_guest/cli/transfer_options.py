"""Option values of the transfer commands: --limit-rate (and the pace it keeps), --perm,
--uid, --gid and -j, each parsed to a usage error when malformed."""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable

from vim25_json.models import GuestPosixFileAttributes

from ..guest_paths import is_windows_path
from ..types import Progress
from .exit_codes import (
    EXIT_USAGE,
    CliError,
)

_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def rate(text: str) -> float:
    """`--limit-rate`: bytes per second, with an optional K, M or G (binary units, as curl)."""
    value = text.strip().upper().removesuffix("B").removesuffix("I")
    unit = value[-1:] if value[-1:] in _UNITS else ""
    try:
        number = float(value[: len(value) - len(unit)])
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"not a rate: {text!r} (e.g. 500K, 10M)")
    return number * _UNITS[unit]


def add_limit_rate(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--limit-rate",
        type=rate,
        metavar="RATE",
        help="at most RATE bytes per second in all (K, M, G: binary units)",
    )


class RateLimit:
    """A byte budget shared by every transfer of one command: each progress report past the
    budget waits (in the transfer's thread, so reading or sending slows down)."""

    def __init__(self, per_second: float) -> None:
        self.per_second = per_second
        self.lock = threading.Lock()
        self.start = time.monotonic()
        self.counted = 0

    def wrap(self, progress: Progress | None) -> Progress:
        last = 0

        def report(done: int, total: int) -> None:
            nonlocal last
            # Reports may come out of order (several files' threads): count only progress past
            # the furthest seen (a retried file's bytes again up to there go unthrottled).
            delta, last = max(0, done - last), max(done, last)
            with self.lock:
                self.counted += delta
                due = self.start + self.counted / self.per_second
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(min(wait, 5.0))
            if progress is not None:
                progress(done, total)

        return report


def limited(args: argparse.Namespace, bar: Progress | None) -> Progress | None:
    if args.limit_rate is None:
        return bar
    return RateLimit(args.limit_rate).wrap(bar)


def file_mode(text: str) -> int:
    try:
        value = int(text, 8)
    except ValueError:
        value = -1
    if not 0 <= value <= 0o7777:
        raise argparse.ArgumentTypeError(f"not an octal mode (0 to 7777, e.g. 0640): {text!r}")
    return value


def numeric_id(flag: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        if not text.isdigit() or int(text) > 0x7FFFFFFF:
            raise argparse.ArgumentTypeError(f"must be a whole number >= 0, not {text!r}")
        return int(text)

    parse.__name__ = flag  # argparse names the option in its message
    return parse


def upload_attributes(args: argparse.Namespace) -> GuestPosixFileAttributes | None:
    """--perm, --uid and --gid as the fileAttributes template of an upload (None without)."""
    given = {"permissions": args.perm, "owner_id": args.uid, "group_id": args.gid}
    fields = {k: v for k, v in given.items() if v is not None}
    if not fields:
        return None
    if is_windows_path(args.guest_path):
        raise CliError(
            f"--perm, --uid and --gid are for POSIX guests, not {args.guest_path}", EXIT_USAGE
        )
    return GuestPosixFileAttributes(**fields)


def job_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, not {text!r}")
    return value
