"""`vsphere-guest ls`."""

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


def cmd_ls(args: argparse.Namespace) -> int:
    client, credentials = connect(args)
    with client:
        for entry in client.list_files(
            client.find_vm(args.vm), args.guest_dir, credentials=credentials
        ):
            kind = {"directory": "d", "symlink": "l"}.get(entry.type, "-")
            print(f"{kind} {entry.size:>12}  {entry.path}")
    return EXIT_OK
