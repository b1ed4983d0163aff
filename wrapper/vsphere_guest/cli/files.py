"""`vsphere-guest ls`, `mkdir`, `rm`, `rmdir`, `mv` and `mktemp`: guest files and folders."""

from __future__ import annotations

import argparse
import json
import stat
import sys
from typing import Any

from .. import TreeEntry, faults
from ..guest_paths import is_guest_root
from ..types import GuestFile
from .connection import add_connection_options, add_vm_argument, connect
from .exit_codes import EXIT_OK, EXIT_USAGE, CliError, exit_code


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "ls", help="list a guest directory", parents=parents
    )
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("guest_dir", help="guest folder to list")
    p.add_argument(
        "-l",
        dest="long",
        action="store_true",
        help="type and permissions, owner, group, size, modification time, name -> target",
    )
    p.add_argument("-R", dest="recursive", action="store_true", help="list sub-folders too")
    p.add_argument("--json", action="store_true", help="one JSON object per entry (JSON Lines)")
    p.set_defaults(func=cmd_ls)

    p = sub.add_parser("mkdir", help="make a guest folder", parents=parents)
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("guest_path", help="guest folder to make")
    p.add_argument(
        "-p", "--parents", action="store_true", help="make parents; an existing folder is fine"
    )
    p.set_defaults(func=cmd_mkdir)

    p = sub.add_parser("rm", help="delete guest files (not folders)", parents=parents)
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("guest_paths", nargs="+", metavar="guest_path", help="guest file to delete")
    p.set_defaults(func=cmd_rm)

    p = sub.add_parser("rmdir", help="delete a guest folder", parents=parents)
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("guest_path", help="guest folder to delete (empty, unless -r)")
    p.add_argument("-r", "--recursive", action="store_true", help="delete everything it holds too")
    p.set_defaults(func=cmd_rmdir)

    p = sub.add_parser("mv", help="move or rename a guest file or folder", parents=parents)
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("src", help="guest file or folder to move")
    p.add_argument("dst", help="its new guest path")
    p.add_argument("--overwrite", action="store_true", help="replace an existing file at dst")
    p.set_defaults(func=cmd_mv)

    p = sub.add_parser(
        "mktemp", help="create a guest temporary file or folder, print its path", parents=parents
    )
    add_connection_options(p)
    add_vm_argument(p)
    p.add_argument("-d", "--directory", action="store_true", help="a folder, not a file")
    p.add_argument(
        "--prefix", default="vsphere-guest-", help="start of the name (default vsphere-guest-)"
    )
    p.add_argument("--suffix", default="", help="end of the name (default none)")
    p.add_argument(
        "--parent", metavar="GUEST_DIR", help="where (default: the guest's temporary folder)"
    )
    p.set_defaults(func=cmd_mktemp)


def cmd_ls(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        vm = client.find_vm(args.vm)
        entries = client.list_tree(
            vm, args.guest_dir, credentials=credentials, recursive=args.recursive
        )
    if args.json:
        for item in entries:
            print(json.dumps(entry_json(item), ensure_ascii=False))
        return EXIT_OK
    for item in entries:
        name = item.relative if args.recursive else item.entry.path
        if args.long:
            print(long_line(item.entry, name))
        else:
            kind = {"directory": "d", "symlink": "l"}.get(item.entry.type, "-")
            print(f"{kind} {item.entry.size:>12}  {name}")
    return EXIT_OK


_TYPE_BITS = {"directory": stat.S_IFDIR, "symlink": stat.S_IFLNK, "file": stat.S_IFREG}


def mode_string(entry: GuestFile) -> str:
    """`-rw-r--r--` from the POSIX bits; for a Windows entry, read-only drops the w's."""
    bits = entry.permissions
    if bits is None:
        bits = 0o444 if entry.read_only else 0o666
    text = stat.filemode(_TYPE_BITS.get(entry.type, stat.S_IFREG) | bits)
    return text if entry.type in _TYPE_BITS else "?" + text[1:]


def long_line(entry: GuestFile, name: str) -> str:
    """As `govc guest.ls -l`: mode, uid, gid, size, modification time, name [-> target]."""
    uid = "-" if entry.owner_id is None else str(entry.owner_id)
    gid = "-" if entry.group_id is None else str(entry.group_id)
    when = entry.modified.strftime("%Y-%m-%d %H:%M") if entry.modified is not None else "-"
    target = f" -> {entry.symlink_target}" if entry.symlink_target else ""
    return f"{mode_string(entry)}  {uid:>5}  {gid:>5}  {entry.size:>12}  {when}  {name}{target}"


def entry_json(item: TreeEntry) -> dict[str, Any]:
    entry = item.entry
    fields: dict[str, Any] = {
        "path": item.guest_path,
        "name": item.relative,
        "type": entry.type,
        "size": entry.size,
        "mode": mode_string(entry),
    }
    for key in ("modified", "accessed", "created"):
        value = getattr(entry, key)
        if value is not None:
            fields[key] = value.isoformat()
    for key in ("symlink_target", "owner_id", "group_id", "permissions", "hidden", "read_only"):
        value = getattr(entry, key)
        if value is not None:
            fields[key] = value
    return fields


def cmd_mkdir(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        client.mkdir(args.vm, args.guest_path, credentials=credentials, parents=args.parents)
    return EXIT_OK


def cmd_rm(args: argparse.Namespace) -> int:
    """Every path is tried, as rm does; a failure is reported and the status is that of the
    last failure."""
    client, credentials = connect(args)
    status = EXIT_OK
    with client:
        vm = client.find_vm(args.vm)
        for path in args.guest_paths:
            try:
                client.remove(vm, path, credentials=credentials)
            except faults.MethodFault as exc:  # this path's: go on with the others
                status, message = exit_code(exc, args)
                print(f"vsphere-guest: error: {path}: {message}", file=sys.stderr)
    return status


def cmd_rmdir(args: argparse.Namespace) -> int:
    if args.recursive and is_guest_root(args.guest_path):  # before any prompt
        raise CliError(
            f"refusing to remove the guest's root ({args.guest_path}) with -r", EXIT_USAGE
        )
    client, credentials = connect(args)
    with client:
        client.rmdir(args.vm, args.guest_path, credentials=credentials, recursive=args.recursive)
    return EXIT_OK


def cmd_mv(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        client.move(args.vm, args.src, args.dst, credentials=credentials, overwrite=args.overwrite)
    return EXIT_OK


def cmd_mktemp(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        path = client.mktemp(
            args.vm,
            credentials=credentials,
            directory=args.directory,
            prefix=args.prefix,
            suffix=args.suffix,
            parent=args.parent,
        )
    print(path)
    return EXIT_OK
