"""`vsphere-guest download` and `vsphere-guest upload`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import IO, Any, cast

from .._core import resolve_destination
from ._common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    StdoutClosed,
    add_connection_options,
    connect,
    progress,
    show_progress,
)


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "download", help="download a guest file", parents=parents
    )
    add_connection_options(p)
    p.add_argument("vm", help="inventory path, name, UUID, DNS name, IP or moref id")
    p.add_argument("guest_path")
    p.add_argument(
        "dest",
        nargs="?",
        default=".",
        help="file, folder (default .; a trailing / always means a folder) or - for stdout",
    )
    p.add_argument("--overwrite", action="store_true")
    p.add_argument(
        "--parents", action="store_true", help="create a missing destination folder (as mkdir -p)"
    )
    p.set_defaults(func=cmd_download)

    p = sub.add_parser("upload", help="upload a local file into the guest", parents=parents)
    add_connection_options(p)
    p.add_argument("vm")
    p.add_argument("src")
    p.add_argument("guest_path")
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(func=cmd_upload)


class _Stdout:
    """stdout for `download ... -`. A closed pipe becomes StdoutClosed: as an OSError raised
    while streaming it would pass for a network failure and be retried."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def write(self, chunk: bytes) -> int:
        try:
            return self._raw.write(chunk)
        except BrokenPipeError as exc:
            raise StdoutClosed() from exc

    def flush(self) -> None:
        try:
            self._raw.flush()
        except BrokenPipeError as exc:
            raise StdoutClosed() from exc

    def __getattr__(self, name: str) -> Any:  # seekable, tell, seek, truncate: a retry rewinds
        return getattr(self._raw, name)  # a redirected regular file


def cmd_download(args: argparse.Namespace) -> int:
    to_stdout = args.dest == "-"
    if not to_stdout:  # checked before any prompt or login: the guest base name is known
        resolve_destination(
            args.dest, args.guest_path, overwrite=args.overwrite, parents=args.parents
        )
    client, credentials = connect(args)
    with client:
        vm = client.find_vm(args.vm)
        stdout = _Stdout(sys.stdout.buffer)
        # args.dest stays a str: a trailing separator means a folder
        target: str | IO[bytes] = cast(IO[bytes], stdout) if to_stdout else args.dest
        with progress(show_progress(args), Path(args.guest_path.replace("\\", "/")).name) as bar:
            result = client.download(
                vm,
                args.guest_path,
                target,
                credentials=credentials,
                overwrite=args.overwrite,
                progress=bar,
                parents=args.parents,
            )
        if to_stdout:
            stdout.flush()
        elif not args.quiet:
            print(f"{result.path}  {result.size} bytes")
    return EXIT_OK


def cmd_upload(args: argparse.Namespace) -> int:
    src = Path(args.src)
    if not src.is_file():
        raise CliError(f"{src}: no such file", EXIT_USAGE)
    client, credentials = connect(args)
    with client, progress(show_progress(args), src.name) as bar:
        result = client.upload(
            client.find_vm(args.vm),
            src,
            args.guest_path,
            credentials=credentials,
            overwrite=args.overwrite,
            progress=bar,
        )
    if not args.quiet:
        print(f"{result.guest_path}  {result.size} bytes")
    return EXIT_OK
