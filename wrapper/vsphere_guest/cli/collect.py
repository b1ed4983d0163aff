"""`vsphere-guest collect`: the same guest paths from many VMs in one run, with a JSON Lines
report and a summary; one login for the whole run."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .. import CollectRecord
from .connection import add_connection_options, connect
from .exit_codes import EXIT_OK, EXIT_TRANSFER, EXIT_USAGE, CliError, cli_words
from .progress import files_progress, show_progress
from .tree_report import Stdout

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
    report = CollectReport(args)  # report lines as files end; failures and summary after
    try:
        # the bar is stopped before the failures and the summary are written
        with client, files_progress(show_progress(args) and not args.dry_run, "collect") as bar:
            client.collect_each(
                vms,
                args.paths,
                args.dest,
                report.add,
                credentials=credentials,
                concurrency=args.jobs,
                per_vm=args.per_vm,
                overwrite=args.overwrite,
                skip_existing=args.skip_existing,
                progress=bar,
                dry_run=args.dry_run,
            )
    finally:
        report.close()
    return report.finish()


class CollectReport:
    """Each record as it comes (`add`, one call at a time): its report line written, counted
    for the summary; only the failed and error records' words are kept (printed by `finish`
    after the bar, with the summary), never a record."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        to_file = args.report not in (None, "-")  # written even when no record comes
        self.file = open(args.report, "w", encoding="utf-8") if to_file else None  # noqa: SIM115
        self.out = Stdout()
        self.counts: Counter[str] = Counter()
        self.size = 0
        self.machines: set[str] = set()  # a VM named twice counts once
        self.failures: list[str] = []

    def add(self, r: CollectRecord) -> None:
        if self.file is not None:
            self.file.write(json.dumps(_report_line(r), ensure_ascii=False) + "\n")
        elif self.args.report == "-":
            self.out.say(json.dumps(_report_line(r), ensure_ascii=False))
        self.counts[r.status] += 1
        if r.status in ("ok", "changed", "planned"):
            self.size += r.size or 0
        self.machines.add(r.vm_moref or r.vm)
        if r.status in ("failed", "error"):
            reason = cli_words(r.error) if r.error is not None else r.reason
            self.failures.append(f"vsphere-guest: {r.status}: {r.vm} {r.guest_path}: {reason}")

    def close(self) -> None:
        if self.file is not None:
            self.file.close()

    def finish(self) -> int:
        args, counts = self.args, self.counts
        for line in self.failures:
            print(line, file=sys.stderr)
        if not args.quiet:
            statuses = ("ok", *DRY_STATUSES) if args.dry_run else STATUSES
            said = ", ".join(f"{counts[s]} {s}" for s in statuses)
            files = sum(counts.values()) - counts["error"]
            summary = sys.stderr if args.report == "-" else sys.stdout  # stdout: JSON Lines only
            machines = len(self.machines)
            print(
                f"collect{' (dry run)' if args.dry_run else ''}: {machines} "
                f"VM{'' if machines == 1 else 's'}, {files} files: {said}; {self.size} bytes -> "
                f"{args.dest}",
                file=summary,
            )
        return EXIT_TRANSFER if counts["failed"] or counts["error"] else EXIT_OK


def _report_line(record: CollectRecord) -> dict[str, Any]:
    """A record's report line, its reason advising on options (--overwrite), not arguments."""
    line = record.to_dict()
    if record.error is not None and "reason" in line:
        line["reason"] = cli_words(record.error)
    return line
