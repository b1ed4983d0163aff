"""`vsphere-guest collect`: its report, summary, exit codes, options and progress display."""

from __future__ import annotations

import gc
import io
import json
import weakref
from pathlib import Path

import pytest
from vsphere_guest import CollectRecord
from vsphere_guest.cli import EXIT_FAULT, EXIT_OK, EXIT_TRANSFER, EXIT_USAGE, main
from vsphere_guest.cli.collect import CollectReport
from vsphere_guest.testing import Simulator

from ..cli_run import run_cli
from ..trees.tree_data import seed_fleet


def test_cli_collect_report_summary_and_exit(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    odd = seed_fleet(sim)
    vms = tmp_path / "vms.txt"
    vms.write_text(f"# the web tier\nweb-01\n\n{odd}  # web/02 (new)\n")
    report = tmp_path / "report.jsonl"
    base = ["collect", "--ca", str(sim.ca_file), "-d", str(tmp_path / "out")]
    logins = sim.logins
    code = main([*base, "--vms-file", str(vms), "-p", "/var/log/syslog", "--report", str(report)])
    assert code == EXIT_OK and sim.logins == logins + 1
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert [(x["vm"], x["status"]) for x in lines] == [("web-01", "ok"), ("web/02 (new)", "ok")]
    assert set(lines[0]) == {
        "vm", "vm_moref", "guest_path", "local_path", "size", "sha256", "status"
    }  # fmt: skip
    assert "collect: 2 VMs, 2 files: 2 ok, 0 changed, 0 skipped, 0 failed, 0 error" in (
        capsys.readouterr().out
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("win-01\n"))
    code = main([*base, "--vms-file", "-", "web-01", "-p", "/var/log/nginx", "-p", "C:\\Logs"])
    assert code == EXIT_TRANSFER  # web-01 has no C:\Logs, win-01 no /var/log/nginx
    captured = capsys.readouterr()
    assert "vsphere-guest: failed: win-01 /var/log/nginx" in captured.err
    assert "5 files: 3 ok, 0 changed, 0 skipped, 2 failed" in captured.out
    assert (tmp_path / "out/win-01/C/Logs/app.log").exists()
    assert (tmp_path / "out/web-01/var/log/nginx/error.log").exists()
    assert main([*base, "-p", "/x"]) == EXIT_USAGE  # no VMs


def test_cli_collect_skip_existing_and_one_vm(
    sim: Simulator, env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_fleet(sim)
    base = ["collect", "--ca", str(sim.ca_file), "-d", str(tmp_path), "web-01", "-p", "/var/log"]
    assert main([*base, "-p", "/var/log/syslog"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("collect: 1 VM, ") and "0 skipped" in out
    assert main([*base, "--skip-existing"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("collect: 1 VM, ") and " 0 ok," in out and "0 skipped" not in out
    assert main(base) == EXIT_TRANSFER  # without it: the files exist
    assert "use --overwrite" in capsys.readouterr().err
    fresh = tmp_path / "fresh"
    dry = ["collect", "--ca", str(sim.ca_file), "-d", str(fresh), "web-01", "-p", "/var/log"]
    assert main([*dry, "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("collect (dry run): 1 VM, ") and " 0 ok," in out and " planned" in out
    assert not fresh.exists()


def test_cli_collect_progress_on_a_terminal_only(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ..cli_run import on_terminal

    web = sim.vm("web-01")
    for vm in (web, sim.add_vm("web-02", web.host)):
        for i in range(2):
            sim.write_guest_file(vm, f"/data/part{i}.bin", size=1024 * 1024)
    sim.world.guest_latency = 0.3  # every guest operation takes a while: files show as current
    base = ["collect", "--ca", str(sim.ca_file), "web-01", "web-02", "-p", "/data"]
    code, text, out = on_terminal(env, *base, "-d", str(tmp_path / "a"), "--report", "-")
    assert code == EXIT_OK
    assert "4.0/4.0 MiB" in text and "4/4 files" in text  # all VMs' bytes and files
    assert "web-02 /data/part1.bin" in text  # a file while it moved: VM and guest path
    report = out.decode().splitlines()  # stdout: the report alone, no bar, no summary
    assert [json.loads(line)["status"] for line in report] == ["ok"] * 4
    assert "collect: 2 VMs, 4 files: 4 ok" in text  # the summary on stderr with --report -
    sim.world.guest_latency = 0.0
    code, text, _ = on_terminal(env, *base, "-d", str(tmp_path / "b"), stdout_too=True)
    assert code == EXIT_OK and "4/4 files" in text
    last = text.strip().splitlines()[-1]  # the summary after the bar, on a line of its own
    assert last.startswith("collect: 2 VMs, 4 files: 4 ok"), text
    nothing = ["collect", "--ca", str(sim.ca_file), "nope", "-p", "/data", "-d", str(tmp_path)]
    code, text, _ = on_terminal(env, *nothing)
    assert code == EXIT_TRANSFER and "━" not in text  # no file to move: no empty bar
    code, text, out = on_terminal(env, *base, "-d", str(tmp_path / "c"), "-q")
    assert code == EXIT_OK and text.strip() == "" and out == b""  # -q: no bar
    assert main([*base, "-d", str(tmp_path / "d")]) == EXIT_OK
    captured = capsys.readouterr()
    assert "━" not in captured.err and "files" not in captured.err  # not a terminal: no bar
    assert "4 files: 4 ok" in captured.out


def test_cli_vm_without_tools_fails_at_once_naming_vm_and_path(
    sim: Simulator, env: dict[str, str], tmp_path: Path
) -> None:
    """collect and download -r of a VM whose Tools are not running: one guest call each, no
    waits, and the warning says why, naming the VM and the guest path (issue 22)."""
    ca = ["--ca", str(sim.ca_file)]
    runs = [
        (["collect", *ca, "notools-01", "-p", "/srv/x", "-d", str(tmp_path / "c")], EXIT_TRANSFER),
        (["download", *ca, "-r", "notools-01", "/srv/x", str(tmp_path / "d")], EXIT_FAULT),
    ]
    for argv, code in runs:
        sim.world.calls.clear()
        result = run_cli(env, *argv)
        assert result.returncode == code, result.stderr
        guest_calls = [c for c in sim.world.calls if "Guest" in c]
        assert len(guest_calls) == 1, guest_calls
        warning = "WARNING: VM notools-01: VMware Tools are not running"
        why = "(guest.toolsRunningStatus is guestToolsNotRunning)"
        assert f'{warning} {why}; "/srv/x" is not tried again' in result.stderr
        assert "retry" not in result.stderr


def test_cli_collect_writes_each_record_and_keeps_none(
    sim: Simulator, env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """collect writes each report line as its file ends and keeps no record (issue 18:
    memory flat in the number of files): at the last record, none of the earlier lives, and
    the report already has their lines."""
    web = sim.vm("web-01")
    for i in range(30):
        sim.write_guest_file(web, f"/many/f{i:02d}", b"x")
    sim.world.max_results_cap = 5  # many listing pages
    report = tmp_path / "report.jsonl"
    seen: list[weakref.ref[CollectRecord]] = []
    at_last: list[tuple[int, int]] = []
    add = CollectReport.add

    def counting(self: CollectReport, r: CollectRecord) -> None:
        add(self, r)
        seen.append(weakref.ref(r))
        if len(seen) == 30:
            del r
            gc.collect()
            assert self.file is not None
            self.file.flush()
            lines = len(report.read_text().splitlines())
            at_last.append((sum(w() is not None for w in seen[:-1]), lines))

    monkeypatch.setattr(CollectReport, "add", counting)
    args = ["collect", "--ca", str(sim.ca_file), "web-01", "-p", "/many", "-d", str(tmp_path / "o")]
    assert main([*args, "--report", str(report)]) == EXIT_OK
    assert at_last == [(0, 30)]
    assert len(report.read_text().splitlines()) == 30
