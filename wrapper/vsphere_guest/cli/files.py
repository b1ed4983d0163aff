"""`vsphere-guest ls`, `mkdir`, `rm`, `rmdir`, `mv` and `mktemp`: guest files and folders."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import EXIT_OK, add_connection_options, connect


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "ls", help="list a guest directory", parents=parents
    )
    add_connection_options(p)
    p.add_argument("vm")
    p.add_argument("guest_dir")
    p.set_defaults(func=cmd_ls)

    p = sub.add_parser("mkdir", help="make a guest folder", parents=parents)
    add_connection_options(p)
    p.add_argument("vm")
    p.add_argument("guest_path")
    p.add_argument(
        "-p", "--parents", action="store_true", help="make parents; an existing folder is fine"
    )
    p.set_defaults(func=cmd_mkdir)

    p = sub.add_parser("rm", help="delete guest files (not folders)", parents=parents)
    add_connection_options(p)
    p.add_argument("vm")
    p.add_argument("guest_paths", nargs="+", metavar="guest_path")
    p.set_defaults(func=cmd_rm)

    p = sub.add_parser("rmdir", help="delete a guest folder", parents=parents)
    add_connection_options(p)
    p.add_argument("vm")
    p.add_argument("guest_path")
    p.add_argument("-r", "--recursive", action="store_true", help="delete everything it holds too")
    p.set_defaults(func=cmd_rmdir)

    p = sub.add_parser("mv", help="move or rename a guest file or folder", parents=parents)
    add_connection_options(p)
    p.add_argument("vm")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("--overwrite", action="store_true", help="replace an existing file at dst")
    p.set_defaults(func=cmd_mv)

    p = sub.add_parser(
        "mktemp", help="create a guest temporary file or folder, print its path", parents=parents
    )
    add_connection_options(p)
    p.add_argument("vm")
    p.add_argument("-d", "--directory", action="store_true", help="a folder, not a file")
    p.add_argument("--prefix", default="vsphere-guest-")
    p.add_argument("--suffix", default="")
    p.add_argument(
        "--parent", metavar="GUEST_DIR", help="where (default: the guest's temporary folder)"
    )
    p.set_defaults(func=cmd_mktemp)


def cmd_ls(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        for entry in client.list_files(
            client.find_vm(args.vm), args.guest_dir, credentials=credentials
        ):
            kind = {"directory": "d", "symlink": "l"}.get(entry.type, "-")
            print(f"{kind} {entry.size:>12}  {entry.path}")
    return EXIT_OK


def cmd_mkdir(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        client.mkdir(args.vm, args.guest_path, credentials=credentials, parents=args.parents)
    return EXIT_OK


def cmd_rm(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        vm = client.find_vm(args.vm)
        for path in args.guest_paths:
            client.remove(vm, path, credentials=credentials)
    return EXIT_OK


def cmd_rmdir(args: argparse.Namespace) -> int:
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
