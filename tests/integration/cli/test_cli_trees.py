"""The command's folder features: download -r (cp -r layout, --pattern, -j, --skip-existing,
--preserve, --dry-run, exit 6 after the rest when a file failed) and ls -l / -R / --json."""

from __future__ import annotations

import errno
import gc
import json
import os
import stat
import weakref
from pathlib import Path

import pytest
from vsphere_guest import TreeFile
from vsphere_guest.cli import EXIT_LOCAL, EXIT_OK, EXIT_TRANSFER, EXIT_USAGE, main
from vsphere_guest.cli.tree_report import TreeReport
from vsphere_guest.testing import Simulator


@pytest.fixture
def tree(sim: Simulator, env: dict[str, str]) -> list[str]:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/srv/app/a.log", b"aaaa")
    sim.write_guest_file(web, "/srv/app/sub/b.txt", b"bb")
    path = sim.write_guest_file(web, "/srv/app/run.sh", b"#!/bin/sh\n")
    os.chmod(path, 0o750)
    os.utime(path, (1_600_000_000, 1_600_000_000))
    web.set_owner("/srv/app/run.sh", 1000, 100)
    web.symlink("/srv/app/link", "/etc/hostname")
    return ["--ca", str(sim.ca_file)]


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_download_r_layout_is_cp_r(
    tree: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy"
    assert main(["download", *tree, "-r", "web-01", "/srv/app", str(copy)]) == EXIT_OK
    assert _files(copy) == ["a.log", "run.sh", "sub/b.txt"]  # a missing DEST is the copy
    out = capsys.readouterr().out
    assert "skipped: link: symbolic link -> /etc/hostname" in out
    assert f"{copy}  4 files: 3 ok, 1 skipped, 0 failed; 16 bytes" in out
    assert main(["download", *tree, "-r", "web-01", "/srv/app/", str(copy)]) == EXIT_OK
    assert _files(copy / "app") == ["a.log", "run.sh", "sub/b.txt"]  # existing: DEST/app


def test_download_r_options(
    tree: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["download", *tree, "-r", "-j", "2", "web-01", "/srv/app", str(tmp_path / "c")]
    assert main([*argv, "--dry-run", "--pattern", "*.log"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"would copy a.log  4 bytes -> {tmp_path / 'c' / 'a.log'}" in out
    assert not (tmp_path / "c").exists()
    assert main([*argv, "--preserve", "-q"]) == EXIT_OK
    assert capsys.readouterr().out == ""
    run = (tmp_path / "c" / "run.sh").stat()
    assert (run.st_mode & 0o777, run.st_mtime) == (0o750, 1_600_000_000)
    out = tmp_path / "out"
    out.mkdir()
    again = ["download", *tree, "-r", "web-01", "/srv/app", str(out), "--skip-existing"]
    assert main(again) == EXIT_OK  # an existing DEST: out/app, each time
    assert _files(out / "app") == ["a.log", "run.sh", "sub/b.txt"]
    capsys.readouterr()
    assert main(again) == EXIT_OK
    assert "4 files: 0 ok, 4 skipped, 0 failed; 0 bytes" in capsys.readouterr().out


def test_download_r_failures_exit_6_after_the_rest(
    sim: Simulator, tree: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.log").write_bytes(b"mine")
    code = main(["download", *tree, "-r", "web-01", "/srv/app", str(tmp_path / "c" / "x")])
    assert code == EXIT_OK
    sim.vm("web-01").add_listing_entry("/srv/app", "../../escape", size=1)
    code = main(["download", *tree, "-r", "web-01", "/srv/app", str(tmp_path / "d")])
    assert code == EXIT_TRANSFER
    captured = capsys.readouterr()
    assert "vsphere-guest: failed: ../../escape: unsafe name" in captured.err
    assert _files(tmp_path / "d") == ["a.log", "run.sh", "sub/b.txt"]
    assert main(["download", *tree, "-r", "web-01", "/srv/app", "-"]) == EXIT_USAGE
    missing = str(tmp_path / "no" / "such")
    assert main(["download", *tree, "-r", "web-01", "/srv/app", missing]) == EXIT_LOCAL


def test_ls_long_recursive_and_json(tree: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ls", *tree, "-l", "web-01", "/srv/app"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    run = next(line for line in lines if line.endswith("run.sh"))
    assert run.split() == ["-rwxr-x---", "1000", "100", "10", "2020-09-13", "12:26", "run.sh"]
    link = next(line for line in lines if "link" in line)
    assert link.startswith("l") and link.endswith("link -> /etc/hostname")
    assert next(line for line in lines if line.endswith("sub")).startswith("d")
    assert main(["ls", *tree, "-R", "web-01", "/srv/app"]) == EXIT_OK
    names = [line.split()[-1] for line in capsys.readouterr().out.splitlines()]
    assert names == ["a.log", "link", "run.sh", "sub", "sub/b.txt"]
    assert main(["ls", *tree, "--json", "-R", "web-01", "/srv/app"]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_name = {r["name"]: r for r in rows}
    assert by_name["sub/b.txt"]["path"] == "/srv/app/sub/b.txt"
    assert by_name["run.sh"]["permissions"] == 0o750 and by_name["run.sh"]["owner_id"] == 1000
    assert by_name["run.sh"]["modified"].startswith("2020-09-13T12:26:40")
    assert by_name["link"]["symlink_target"] == "/etc/hostname"


def test_ls_windows_guest(
    sim: Simulator,
    env: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ls", "--ca", str(sim.ca_file), "-l", "win-01", "C:\\Logs"]) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split()[:4] == ["-rw-rw-rw-", "-", "-", "608"] and line.endswith("app.log")


def test_folder_progress_bar_on_a_terminal_only(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ..cli_run import on_terminal

    web = sim.vm("web-01")
    for i in range(4):
        sim.write_guest_file(web, f"/data/part{i}.bin", size=2 * 1024 * 1024)
    ca = ["--ca", str(sim.ca_file)]
    code, text, _ = on_terminal(env, "download", *ca, "-r", "web-01", "/data", str(tmp_path / "t"))
    assert code == EXIT_OK
    assert "8.0/8.0 MiB" in text  # one bar for all the files' bytes
    code, text, _ = on_terminal(env, "upload", *ca, "-r", "web-01", str(tmp_path / "t"), "/tmp/u")
    assert code == EXIT_OK and "8.0/8.0 MiB" in text
    assert main(["download", *ca, "-r", "web-01", "/data", str(tmp_path / "p")]) == EXIT_OK
    assert "━" not in capsys.readouterr().err  # not a terminal: no bar


def test_folder_progress_shows_files_as_collect_does_on_a_terminal_only(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ..cli_run import on_terminal

    web = sim.vm("web-01")
    for i in range(4):
        sim.write_guest_file(web, f"/data/part{i}.bin", size=1024 * 1024)
    ca = ["--ca", str(sim.ca_file)]
    copy = tmp_path / "t"
    sim.world.guest_latency = 0.3  # every guest operation takes a while: files show as current
    down = ["download", *ca, "-r", "-j", "2", "web-01", "/data"]
    code, text, out = on_terminal(env, *down, str(copy))
    assert code == EXIT_OK
    assert "4.0/4.0 MiB" in text and "4/4 files" in text  # all bytes and files of the folder
    assert "web-01 /data/part1.bin" in text  # a file while it moved: VM and guest path
    summary = f"{copy}  4 files: 4 ok, 0 failed; {4 * 1024 * 1024} bytes"
    assert out.decode().splitlines() == [summary] and summary not in text  # stdout: no bar
    up = ["upload", *ca, "-r", "-j", "2", "web-01", str(copy), "/tmp/u"]
    code, text, out = on_terminal(env, *up)
    assert code == EXIT_OK
    assert "4.0/4.0 MiB" in text and "4/4 files" in text
    assert "web-01 /tmp/u/part1.bin" in text  # guest paths, as collect and download -r
    summary = f"/tmp/u  4 files: 4 ok, 0 failed; {4 * 1024 * 1024} bytes"
    assert out.decode().splitlines() == [summary] and summary not in text
    sim.world.guest_latency = 0.0
    code, text, out = on_terminal(env, *down, str(tmp_path / "q"), "-q")
    assert code == EXIT_OK and text.strip() == "" and out == b""  # -q: no bar
    code, text, out = on_terminal(env, *up[:-1], "/tmp/q", "-q")
    assert code == EXIT_OK and text.strip() == "" and out == b""
    web.add_listing_entry("/data", "../escape", size=1)  # a file that fails
    code, text, _ = on_terminal(env, *down, str(tmp_path / "f"), stdout_too=True)
    assert code == EXIT_TRANSFER and "5/5 files" in text
    *_, failed, last = text.strip().splitlines()  # after the bar, each on a line of its own
    assert failed.startswith("vsphere-guest: failed: ../escape: unsafe name"), text
    assert last.startswith(f"{tmp_path / 'f'}  5 files: 4 ok, 1 failed"), text
    assert main([*down, str(tmp_path / "p")]) == EXIT_TRANSFER
    assert main([*up[:-1], "/tmp/p"]) == EXIT_OK
    captured = capsys.readouterr()
    assert "━" not in captured.err and "files" not in captured.err
    assert "4 files: 4 ok" in captured.out  # not a terminal: no bar


def test_limit_rate(
    sim: Simulator,
    env: dict[str, str],
    tmp_path: Path,
) -> None:
    import time

    from vsphere_guest.cli.transfer_options import rate

    assert (rate("500K"), rate("2M"), rate("1.5g"), rate("100")) == (
        500 * 1024, 2 * 1024**2, 1.5 * 1024**3, 100.0
    )  # fmt: skip
    web = sim.vm("web-01")
    for i in range(2):
        sim.write_guest_file(web, f"/rate/f{i}", size=1024 * 1024)
    ca = ["--ca", str(sim.ca_file)]
    assert main(["download", *ca, "-q", "web-01", "/rate/f0", str(tmp_path)]) == EXIT_OK
    start = time.monotonic()
    argv = [
        "download",
        *ca,
        "-q",
        "-r",
        "--limit-rate",
        "4M",
        "web-01",
        "/rate",
        str(tmp_path / "r"),
    ]
    assert main(argv) == EXIT_OK
    slow = time.monotonic() - start
    # 2 MiB at 4 MiB/s in all, though two files at once: a lower bound only (a busy machine
    # makes any run slower, never faster than its byte budget)
    assert slow >= 0.4
    source = tmp_path / "f0"
    start = time.monotonic()
    up = ["upload", *ca, "-q", "--limit-rate", "2M", "web-01", str(source), "/tmp/f0"]
    assert main(up) == EXIT_OK
    assert time.monotonic() - start >= 0.4
    with pytest.raises(SystemExit) as usage:
        main(["download", *ca, "--limit-rate", "fast", "web-01", "/rate/f0"])
    assert usage.value.code == EXIT_USAGE


def test_download_r_exits_9_when_a_folder_fsync_fails(
    tree: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    code = main(["download", *tree, "-r", "web-01", "/srv/app", str(tmp_path / "copy")])
    assert code == EXIT_LOCAL  # not success: the files' names may not survive a power cut
    assert "cannot fsync folder" in capsys.readouterr().err


def test_download_r_keeps_no_file_outcome(
    sim: Simulator, env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """download -r takes each file's outcome as it comes and keeps none (issue 18: memory
    flat in the number of files): at the last file, none of the earlier TreeFiles lives."""
    web = sim.vm("web-01")
    for i in range(40):
        sim.write_guest_file(web, f"/many/f{i:02d}", b"x")
    sim.write_guest_file(web, "/many/sub/g", b"x")
    sim.world.max_results_cap = 5  # many listing pages
    seen: list[weakref.ref[TreeFile]] = []
    alive: list[int] = []
    add = TreeReport.add

    def counting(self: TreeReport, f: TreeFile) -> None:
        add(self, f)
        seen.append(weakref.ref(f))
        if len(seen) == 41:
            del f
            gc.collect()
            alive.append(sum(r() is not None for r in seen[:-1]))

    monkeypatch.setattr(TreeReport, "add", counting)
    args = ["download", "--ca", str(sim.ca_file), "-r", "web-01", "/many", str(tmp_path / "c")]
    assert main(args) == EXIT_OK
    assert alive == [0]
