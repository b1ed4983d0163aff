"""`vsphere-guest download` and `vsphere-guest upload`."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, cast

from .. import Client, GuestCredentials, VmRef, faults, resolve_destination
from ..errors import DestinationFolderNotFound, LocalFileError, VsphereGuestError
from ..guest_paths import guest_basename, guest_folder, is_windows_path
from .connection import add_connection_options, add_vm_argument, connect
from .exit_codes import (
    EXIT_FAULT,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    StdoutClosed,
)
from .progress import files_progress, progress, show_progress
from .transfer_options import (
    add_limit_rate,
    file_mode,
    job_count,
    limited,
    numeric_id,
    upload_attributes,
)
from .tree_report import TreeReport

JOBS = 4  # files at once in -r runs


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "download", help="download a guest file", parents=parents
    )
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("guest_path", help="guest file, or a folder with -r")
    p.add_argument(
        "dest",
        nargs="?",
        default=".",
        help="file, folder (default .; a trailing / always means a folder) or - for stdout",
    )
    p.add_argument(
        "--overwrite", action="store_true", help="replace an existing local file (with -r: files)"
    )
    p.add_argument(
        "--parents", action="store_true", help="create a missing destination folder (as mkdir -p)"
    )
    p.add_argument(
        "--preserve",
        action="store_true",
        help="keep the guest's permission bits too (never set-uid/set-gid; times always kept)",
    )
    add_limit_rate(p)
    tree = p.add_argument_group(
        "folders (-r)",
        "GUEST_PATH is a folder, copied as cp -r does: a missing DEST becomes the copy, an "
        "existing folder DEST receives DEST/<name of GUEST_PATH>. Exits 6 when any file failed "
        "(after all the others).",
    )
    tree.add_argument("-r", "--recursive", action="store_true", help="download a folder")
    tree.add_argument("--pattern", help="only files whose relative path matches this glob")
    tree.add_argument(
        "-j", "--jobs", type=job_count, metavar="N", help=f"files at once (default {JOBS})"
    )
    tree.add_argument(
        "--skip-existing",
        action="store_true",
        help="skip local files of the guest file's size and modification time",
    )
    tree.add_argument(
        "--dry-run", action="store_true", help="list what would be downloaded; write nothing"
    )
    p.set_defaults(func=cmd_download)

    p = sub.add_parser("upload", help="upload a local file into the guest", parents=parents)
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("src", help="local file, or - for standard input")
    p.add_argument(
        "guest_path", help="guest file, or a folder ending with / (keeps the local name)"
    )
    p.add_argument(
        "--overwrite", action="store_true", help="replace an existing guest file (with -r: files)"
    )
    owner = p.add_argument_group(
        "guest file attributes (POSIX guests; as govc guest.upload)",
        "set on each uploaded file by the guest (default: 0644, the guest user's owner and group)",
    )
    owner.add_argument("--perm", type=file_mode, metavar="MODE", help="permissions, octal (0640)")
    owner.add_argument("--uid", type=numeric_id("--uid"), metavar="N", help="owner user id")
    owner.add_argument("--gid", type=numeric_id("--gid"), metavar="N", help="owner group id")
    add_limit_rate(p)
    tree = p.add_argument_group(
        "folders (-r)",
        "SRC is a local folder, copied as cp -r does: a missing GUEST_PATH becomes the copy, an "
        "existing guest folder receives GUEST_PATH/<name of SRC>. Local links are skipped. "
        "Exits 6 when any file failed (after all the others).",
    )
    tree.add_argument("-r", "--recursive", action="store_true", help="upload a folder")
    tree.add_argument("--pattern", help="only files whose relative path matches this glob")
    tree.add_argument(
        "-j", "--jobs", type=job_count, metavar="N", help=f"files at once (default {JOBS})"
    )
    tree.add_argument(
        "--preserve",
        action="store_true",
        help="send the local times and permission bits with each file",
    )
    tree.add_argument(
        "--dry-run", action="store_true", help="list what would be uploaded; change nothing"
    )
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


def tree_destination(dest: str, guest_dir: str, parents: bool) -> Path:
    """Where `download -r` puts a folder, as cp -r: an existing folder DEST gets
    DEST/<name of guest_dir>; a missing DEST becomes the copy (its folder must exist unless
    --parents)."""
    path = Path(dest)
    if path.is_dir():
        try:
            return path / guest_basename(guest_dir.rstrip("/\\") or guest_dir)
        except ValueError:
            raise CliError(
                f"{guest_dir} has no name to create in {dest}: give a DEST that does not exist",
                EXIT_USAGE,
            ) from None
    if os.path.lexists(path):
        raise LocalFileError(f"{path} exists and is not a folder", path=path)
    if not path.parent.is_dir() and not parents:
        raise DestinationFolderNotFound(
            f"destination folder does not exist: {path.parent} (pass parents=True to create it)",
            path=path.parent,
        )
    return path


def cmd_download_tree(args: argparse.Namespace) -> int:
    if args.dest == "-":
        raise CliError("download -r cannot write a folder to stdout", EXIT_USAGE)
    root = tree_destination(args.dest, args.guest_path, args.parents)
    client, credentials = connect(args)
    with client:
        vm = client.find_vm(args.vm)
        label = Path(args.guest_path.replace("\\", "/").rstrip("/")).name or args.guest_path
        # the bar is stopped before the skipped, failed and summary lines are written
        report = TreeReport(args)  # lines as files end (above the bar), failures after it
        with files_progress(show_progress(args) and not args.dry_run, label) as bar:
            client.download_tree_each(
                vm,
                args.guest_path,
                root,
                report.add,
                credentials=credentials,
                pattern=args.pattern,
                concurrency=args.jobs or JOBS,
                per_vm=args.jobs or JOBS,
                overwrite=args.overwrite,
                skip_existing=args.skip_existing,
                preserve_permissions=args.preserve,
                progress=limited(args, None),  # --limit-rate only: the bar counts files too
                files_progress=bar,
                dry_run=args.dry_run,
            )
    return report.finish(root)


_TREE_ONLY = (
    ("--pattern", "pattern"),
    ("-j", "jobs"),
    ("--skip-existing", "skip_existing"),
    ("--preserve", "preserve"),
    ("--dry-run", "dry_run"),
)


def tree_only(args: argparse.Namespace, single: tuple[str, ...] = ()) -> None:
    """The folder options without -r are a usage error (a --dry-run must never transfer),
    but those named in `single`, which the command takes for a single file too."""
    given = [
        flag
        for flag, name in _TREE_ONLY
        if name not in single and getattr(args, name, None) not in (None, False)
    ]
    if given and not args.recursive:
        raise CliError(f"{', '.join(given)}: only with -r (GUEST_PATH or SRC a folder)", EXIT_USAGE)


def cmd_download(args: argparse.Namespace) -> int:
    tree_only(args, single=("preserve",))
    if args.recursive:
        return cmd_download_tree(args)
    to_stdout = args.dest == "-"
    if to_stdout and args.preserve:
        raise CliError("--preserve: not with - (standard output)", EXIT_USAGE)
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
            try:
                result = client.download(
                    vm,
                    args.guest_path,
                    target,
                    credentials=credentials,
                    overwrite=args.overwrite,
                    progress=limited(args, bar),
                    parents=args.parents,
                    preserve_permissions=args.preserve,
                )
            except faults.NotAFile as exc:
                words = not_a_file_words(client, vm, args.guest_path, credentials, exc)
                raise CliError(words, EXIT_FAULT) from exc
        if to_stdout:
            stdout.flush()
        elif not args.quiet:
            print(f"{result.path}  {result.size} bytes")
    return EXIT_OK


def not_a_file_words(
    client: Client, vm: VmRef, guest_path: str, credentials: GuestCredentials, exc: Exception
) -> str:
    """What a single download's NotAFile says: a folder is downloaded with -r, a symbolic link
    is said to be one (-r would only answer NotADirectory). The fault names the path but not
    what it is, so the guest's listing of the parent folder tells (its type and link target),
    asked on this error path only; when that listing fails, the folder advice stays."""
    try:
        name, folder = guest_basename(guest_path), guest_folder(guest_path)
        entries = client.list_files(vm, folder, credentials=credentials) if folder else []
    except (VsphereGuestError, ValueError):
        entries = []
    entry = next((e for e in entries if e.path == name), None)
    if entry is not None and entry.type == "symlink":
        target = f" (-> {entry.symlink_target})" if entry.symlink_target else ""
        return f"{guest_path} is a symbolic link{target}: download its target instead"
    return f"{exc} (a folder: use download -r)"


def cmd_upload_tree(args: argparse.Namespace) -> int:
    src = Path(args.src)
    if not src.is_dir():
        raise CliError(f"{src}: no such folder", EXIT_USAGE)
    name = src.resolve().name
    client, credentials = connect(args)
    with client:
        vm = client.find_vm(args.vm)
        sep = "\\" if is_windows_path(args.guest_path) else "/"
        inside = args.guest_path.rstrip("/\\") + sep + name
        if args.dry_run:
            try:
                client.list_files(vm, args.guest_path, credentials=credentials)
                target = inside  # it exists: the copy goes inside
            except faults.FileNotFound:
                target = args.guest_path
        else:
            try:
                client.mkdir(vm, args.guest_path, credentials=credentials)
                target = args.guest_path  # it did not exist: it is the copy
            except faults.FileAlreadyExists:
                target = inside
        with files_progress(show_progress(args) and not args.dry_run, name) as bar:
            result = client.upload_tree(
                vm,
                src,
                target,
                credentials=credentials,
                pattern=args.pattern,
                concurrency=args.jobs or JOBS,
                per_vm=args.jobs or JOBS,
                overwrite=args.overwrite,
                dry_run=args.dry_run,
                progress=limited(args, None),
                files_progress=bar,
                preserve=args.preserve,
                attributes=args.attributes,
            )
    report = TreeReport(args)
    for f in result.files:
        report.add(f)
    return report.finish(target)


def cmd_upload(args: argparse.Namespace) -> int:
    tree_only(args)
    args.attributes = upload_attributes(args)  # usage errors before anything else
    if args.recursive:
        return cmd_upload_tree(args)
    if args.src == "-":
        if args.guest_path.endswith(("/", "\\")):
            raise CliError("upload from - needs a guest file name, not a folder", EXIT_USAGE)
        with tempfile.TemporaryFile() as spool:  # the exact size first, in constant memory
            shutil.copyfileobj(sys.stdin.buffer, spool, 1024 * 1024)
            spool.seek(0)
            return _upload(args, spool, "stdin")
    src = Path(args.src)
    if not src.is_file():
        what = "is a folder: use upload -r" if src.is_dir() else "no such file"
        raise CliError(f"{src}: {what}", EXIT_USAGE)
    return _upload(args, src, src.name)


def _upload(args: argparse.Namespace, src: Path | IO[bytes], label: str) -> int:
    client, credentials = connect(args)
    with client, progress(show_progress(args), label) as bar:
        result = client.upload(
            client.find_vm(args.vm),
            src,
            args.guest_path,
            credentials=credentials,
            overwrite=args.overwrite,
            progress=limited(args, bar),
            attributes=args.attributes,
        )
    if not args.quiet:
        print(f"{result.guest_path}  {result.size} bytes")
    return EXIT_OK
