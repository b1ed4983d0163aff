"""The `vsphere-guest` command: transfers, guest files, collect, simulator and demo over the
public API.

One module per command group: `transfer` (download, upload), `files` (ls, mkdir, rm, rmdir,
mv, mktemp), `collect` (many VMs), `simulator` (simulator, demo); `_common` holds settings,
exit codes and progress. `entry` is the console script.

Exit codes: 0 success, 1 unexpected error, 2 usage, 3 VM not found, 4 vSphere fault (login,
guest credentials, power state, file errors...), 5 certificate refused, 6 transfer failed,
7 destination exists, 8 cannot connect, 9 local file error.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable

from . import collect, files, simulator, transfer
from .connection import add_output_options, output_options, reset_logging_filters
from .exit_codes import (
    EXIT_CERT,
    EXIT_CODES_HELP,
    EXIT_CONNECT,
    EXIT_ERROR,
    EXIT_EXISTS,
    EXIT_FAULT,
    EXIT_INTERRUPTED,
    EXIT_LOCAL,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_TRANSFER,
    EXIT_USAGE,
    CliError,
    Terminated,
    exit_code,
    sigterm_as_interrupt,
)
from .progress import CurrentStream

__all__ = [
    "EXIT_CERT",
    "EXIT_CONNECT",
    "EXIT_ERROR",
    "EXIT_EXISTS",
    "EXIT_FAULT",
    "EXIT_INTERRUPTED",
    "EXIT_LOCAL",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_TRANSFER",
    "EXIT_USAGE",
    "CliError",
    "entry",
    "main",
    "parser",
]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="vsphere-guest",
        description="Copy files out of and into vSphere VMs through vCenter's VI JSON API.",
        epilog=EXIT_CODES_HELP,
    )
    top.add_argument("--version", action=_Version)
    add_output_options(top, top=True)
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parents = [output_options()]
    for group in (transfer, files, collect, simulator):
        group.register(sub, parents)
    return top


class _Version(argparse.Action):
    """--version, the installed distribution's version looked up only when asked for (reading
    the package metadata costs every other command ~30 ms of start-up)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS) -> None:
        help = "show the program's version number and exit"
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {version()}")  # on stdout, as argparse's own version action
        parser.exit()


def version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("vsphere-guest")
    except importlib.metadata.PackageNotFoundError:  # running from a source tree
        return "unknown (not installed)"


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s"
        if args.debug
        else "%(levelname)s: %(message)s",
        handlers=[CurrentStream("stderr")],  # above the progress bar while one is drawn
    )
    command: Callable[[argparse.Namespace], int] = args.func
    try:
        with sigterm_as_interrupt():
            code = command(args)
        sys.stdout.flush()  # here, where a closed stdout is still ours to handle
        return code
    except BrokenPipeError:
        # stdout's reader stopped reading (`ls ... | head -1`): that is its right; stop quietly.
        # (A download to - reports a closed stdout as a failed transfer: StdoutClosed.)
        _stdout_to_devnull()
        return EXIT_OK
    except KeyboardInterrupt as stop:
        print("interrupted", file=sys.stderr)
        return 128 + signal.SIGTERM if isinstance(stop, Terminated) else EXIT_INTERRUPTED
    except Exception as exc:
        if args.debug:
            traceback.print_exc()  # and then the same one line and exit code as without --debug
        code, message = exit_code(exc, args)
        print(f"vsphere-guest: error: {message}", file=sys.stderr)
        return code
    finally:
        reset_logging_filters()


def _stdout_to_devnull() -> None:
    """So that the interpreter's final flush of stdout does not fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def entry(argv: list[str] | None = None) -> None:
    sys.exit(main(argv))
