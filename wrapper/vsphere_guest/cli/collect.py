"""`vsphere-guest collect`: the same guest paths from many VMs in one run, with a JSON Lines
report and a summary; one login for the whole run."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from .. import CollectRecord
from .connection import add_connection_options, connect
from .exit_codes import EXIT_OK, EXIT_TRANSFER, EXIT_USAGE, CliError, cli_words
from .progress import files_progress, show_progress

STATUSES = ("ok", "changed", "skipped", "failed", "error")
DRY_STATUSES = ("planned", "skipped", "failed", "error")


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "collect",
        help="copy guest files or folders from many VMs into DEST/<vm name>/<guest path>",
        parents=parents,
        description="Copy the same guest paths from many VMs: /var/log/syslog of web-01 goes "
        "to DEST/web-01/var/log/syslog, C:\\Logs\\app.log to DEST/win-01/C/Logs/app.log. A "
        "folder is copied with everything below it. Exits 6 when any file failed or a VM could "
        "not be used, after all the others.",
    )
    add_connection_options(p)
    p.add_argument("vms", nargs="*", metavar="VM", help="VMs (name, path, UUID, IP, moref id)")
    p.add_argument(
        "--vms-file",
        metavar="FILE",
        help="more VMs, one per line (# comments; - reads standard input)",
    )
    p.add_argument(
        "-p",
        "--path",
        dest="paths",
        action="append",
        required=True,
        metavar="GUEST_PATH",
        help="a guest file or folder (repeatable)",
    )
    p.add_argument("-d", "--dest", required=True, help="local folder (made when missing)")
    p.add_argument("--report", metavar="FILE", help="write a JSON Lines report (- for stdout)")
    p.add_argument("-j", "--jobs", type=int, default=8, metavar="N", help="files at once (8)")
    p.add_argument("--per-vm", type=int, default=4, metavar="N", help="files at once per VM (4)")
    p.add_argument("--overwrite", action="store_true", help="replace existing local files")
    p.add_argument(
        "--skip-existing",
        action="store_true",
        help="skip files whose local copy has the guest's size and modification time",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="list what would be collected (status planned); write nothing",
    )
    p.set_defaults(func=cmd_collect)


def read_vms(args: argparse.Namespace) -> list[str]:
    vms = list(args.vms)
    if args.vms_file is not None:
        try:
            if args.vms_file == "-":
                text = sys.stdin.read()
            else:
                text = Path(args.vms_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CliError(
                f"--vms-file {args.vms_file}: {exc.strerror or exc}", EXIT_USAGE
            ) from exc
        lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
        vms += [line for line in lines if line]
    if not vms:
        raise CliError("no VMs: name them as arguments or with --vms-file", EXIT_USAGE)
    if args.jobs < 1 or args.per_vm < 1:
        raise CliError("--jobs and --per-vm must be >= 1", EXIT_USAGE)
    return vms


def check_report(where: str | None) -> None:
    """--report FILE must be writable before anything is fetched (a usage error)."""
    if where is None or where == "-":
        return
    path = Path(where)
    folder = path.parent
    if path.is_dir() or not folder.is_dir() or not os.access(folder, os.W_OK):
        why = "is a folder" if path.is_dir() else f"cannot write in {folder}"
        raise CliError(f"--report {where}: {why}", EXIT_USAGE)


def cmd_collect(args: argparse.Namespace) -> int:
    vms = read_vms(args)
    check_report(args.report)
    args.vm = vms[0] if len(vms) == 1 else f"each of the {len(vms)} VMs"  # for the prompt
    client, credentials = connect(args)
    # the bar is stopped before the report, the failures and the summary are written
    with client, files_progress(show_progress(args) and not args.dry_run, "collect") as bar:
        records = client.collect(
            vms,
            args.paths,
            args.dest,
            credentials=credentials,
            concurrency=args.jobs,
            per_vm=args.per_vm,
            overwrite=args.overwrite,
            skip_existing=args.skip_existing,
            progress=bar,
            dry_run=args.dry_run,
        )
    if args.report is not None:
        _write_report(args.report, [_report_line(r) for r in records])
    for r in records:
        if r.status in ("failed", "error"):
            reason = cli_words(r.error) if r.error is not None else r.reason
            print(f"vsphere-guest: {r.status}: {r.vm} {r.guest_path}: {reason}", file=sys.stderr)
    if not args.quiet:
        statuses = ("ok", *DRY_STATUSES) if args.dry_run else STATUSES
        counts = ", ".join(f"{sum(r.status == s for r in records)} {s}" for s in statuses)
        size = sum(r.size or 0 for r in records if r.status in ("ok", "changed", "planned"))
        files = sum(r.status != "error" for r in records)
        summary = sys.stderr if args.report == "-" else sys.stdout  # stdout: JSON Lines only
        machines = len({r.vm_moref or r.vm for r in records})  # a VM named twice counts once
        print(
            f"collect{' (dry run)' if args.dry_run else ''}: {machines} "
            f"VM{'' if machines == 1 else 's'}, {files} files: {counts}; {size} bytes -> "
            f"{args.dest}",
            file=summary,
        )
    return EXIT_TRANSFER if any(r.status in ("failed", "error") for r in records) else EXIT_OK


def _report_line(record: CollectRecord) -> dict[str, Any]:
    """A record's report line, its reason advising on options (--overwrite), not arguments."""
    line = record.to_dict()
    if record.error is not None and "reason" in line:
        line["reason"] = cli_words(record.error)
    return line


def _write_report(where: str, lines: list[dict[str, Any]]) -> None:
    def write(out: IO[str]) -> None:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")

    if where == "-":
        write(sys.stdout)
        return
    with open(where, "w", encoding="utf-8") as out:
        write(out)
