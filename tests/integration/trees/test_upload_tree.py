"""upload_tree and `upload -r`: a local folder into the guest through the single-file upload;
guest folders made first, local links and special files skipped, names a guest cannot hold
refused, empty files made without a 0-byte PUT, cp -r layout on the command line."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from vsphere_guest import AsyncClient, Client, FilesProgress, GuestCredentials
from vsphere_guest.cli import EXIT_OK, EXIT_TRANSFER, main
from vsphere_guest.clients._async import tree_verbs as _async_client_module
from vsphere_guest.clients._sync import tree_verbs as _client_module
from vsphere_guest.testing import Simulator
from vsphere_guest.trees import upload as _upload_tree_module

from ..conftest import check_tree_files_progress, connect, needs_proc, open_below, swap_for_link


@pytest.fixture
def local(tmp_path: Path) -> Path:
    src = tmp_path / "site"
    (src / "css").mkdir(parents=True)
    (src / "deep" / "er").mkdir(parents=True)
    (src / "index.html").write_bytes(b"<html/>")
    (src / "css" / "a.css").write_bytes(b"a{}")
    (src / "deep" / "er" / "x.log").write_bytes(b"log")
    (src / "empty").write_bytes(b"")
    (src / "link").symlink_to("/etc/passwd")
    (src / "dirlink").symlink_to(src / "css")
    os.mkfifo(src / "pipe")
    return src


def _guest(sim: Simulator, vm: str, top: str) -> dict[str, bytes]:
    root = sim.vm(vm).local_path(top)
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_upload_tree(sim: Simulator, client: Client, creds: GuestCredentials, local: Path) -> None:
    calls = len(sim.world.calls)
    result = client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    assert result.ok  # skipped entries are no failure
    statuses = {f.relative: f.status for f in result.files}
    assert statuses == {
        "index.html": "ok",
        "empty": "ok",
        "link": "skipped",
        "pipe": "skipped",
        "dirlink": "skipped",
        "css/a.css": "ok",
        "deep/er/x.log": "ok",
    }
    assert _guest(sim, "web-01", "/srv/site") == {
        "index.html": b"<html/>",
        "empty": b"",
        "css/a.css": b"a{}",
        "deep/er/x.log": b"log",
    }
    made = sim.world.calls[calls:]
    assert made.count("MakeDirectoryInGuest") == 4  # /srv/site, css, deep, deep/er
    assert made.count("InitiateFileTransferToGuest") == 3  # the empty file needs no PUT


def test_pattern_dry_run_and_names_a_windows_guest_cannot_hold(
    sim: Simulator, client: Client, creds: GuestCredentials, local: Path
) -> None:
    (local / "what?.txt").write_bytes(b"?")
    calls = len(sim.world.calls)
    planned = client.upload_tree(
        "win-01", local, "C:\\site", credentials=creds, pattern="*.log", dry_run=True
    )
    assert [(f.relative, f.status) for f in planned.files] == [("deep/er/x.log", "planned")]
    assert planned.files[0].guest_path == "C:\\site\\deep\\er\\x.log"
    assert [c for c in sim.world.calls[calls:] if c.endswith("InGuest")] == []  # nothing asked
    result = client.upload_tree("win-01", local, "C:\\site", credentials=creds)
    failed = {f.relative: f.reason for f in result.failed}
    assert list(failed) == ["what?.txt"] and "Windows" in failed["what?.txt"]
    assert _guest(sim, "win-01", "C:\\site")["deep/er/x.log"] == b"log"


def test_existing_guest_files_fail_unless_overwrite(
    sim: Simulator, client: Client, creds: GuestCredentials, local: Path
) -> None:
    client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    again = client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    assert again.count("failed") == 4 and again.count("ok") == 0
    (local / "index.html").write_bytes(b"<html>new</html>")
    forced = client.upload_tree("web-01", local, "/srv/site", credentials=creds, overwrite=True)
    assert forced.count("ok") == 4
    assert sim.vm("web-01").local_path("/srv/site/index.html").read_bytes() == b"<html>new</html>"


def test_async_upload_tree(sim: Simulator, creds: GuestCredentials, local: Path) -> None:
    async def run() -> object:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return await client.upload_tree("web-01", local, "/srv/a", credentials=creds)

    result = asyncio.run(run())
    assert result.count("ok") == 4  # type: ignore[attr-defined]
    assert _guest(sim, "web-01", "/srv/a")["css/a.css"] == b"a{}"


def test_files_progress_counts_files_bytes_and_current_files(
    sim: Simulator, client: Client, creds: GuestCredentials, local: Path
) -> None:
    (local / "big.bin").write_bytes(b"x" * 300_000)
    (local / "win?.txt").write_bytes(b"?")  # no name for a Windows guest: failed when planned
    sim.world.guest_latency = 0.02  # files overlap
    states: list[FilesProgress] = []
    pairs: list[tuple[int, int]] = []
    result = client.upload_tree(
        "win-01",
        local,
        "C:\\site",
        credentials=creds,
        concurrency=3,
        files_progress=states.append,
        progress=lambda d, t: pairs.append((d, t)),  # both at once: each gets its own shape
    )
    assert result.count("ok") == 5 and [f.relative for f in result.failed] == ["win?.txt"]
    check_tree_files_progress(states, result, "win-01")
    assert ("win-01", "C:\\site\\big.bin") in {p for s in states for p in s.current}
    assert pairs and pairs[-1] == (300_013, 300_013)  # progress(done, total) as before
    assert max(len(s.current) for s in states) > 1  # several files moving at once
    dry: list[FilesProgress] = []
    client.upload_tree(
        "web-01", local, "/srv/dry", credentials=creds, dry_run=True, files_progress=dry.append
    )
    assert dry == []  # a dry run moves nothing


def test_async_files_progress_on_the_event_loop(
    sim: Simulator, creds: GuestCredentials, local: Path
) -> None:
    states: list[FilesProgress] = []
    on_loop: list[bool] = []

    async def run() -> Any:
        loop_thread = threading.get_ident()

        def files_progress(state: FilesProgress) -> None:
            states.append(state)
            on_loop.append(threading.get_ident() == loop_thread)

        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return await client.upload_tree(
                "web-01", local, "/srv/a", credentials=creds, files_progress=files_progress
            )

    check_tree_files_progress(states, asyncio.run(run()), "web-01")
    assert on_loop and all(on_loop)  # called on the event loop, as progress(done, total)


def test_cli_upload_r_layout_is_cp_r(
    sim: Simulator,
    env: dict[str, str],
    local: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ca = ["--ca", str(sim.ca_file)]
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy"]) == EXIT_OK
    assert "index.html" in _guest(sim, "web-01", "/tmp/copy")  # missing: it is the copy
    out = capsys.readouterr().out
    assert "/tmp/copy  7 files: 4 ok, 3 skipped, 0 failed; 13 bytes" in out
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy", "--dry-run"]) == EXIT_OK
    assert "would copy index.html  7 bytes -> /tmp/copy/site/index.html" in capsys.readouterr().out
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy"]) == EXIT_OK
    assert "index.html" in _guest(sim, "web-01", "/tmp/copy/site")  # existing: inside it
    assert main(["upload", *ca, "-r", "web-01", str(local), "/tmp/copy"]) == EXIT_TRANSFER
    assert (
        "vsphere-guest: failed: index.html: /tmp/copy/site/index.html exists on the guest "
        "(use --overwrite to replace it)"
    ) in capsys.readouterr().err


def test_preserve_sets_times_and_permission_bits_in_the_guest(
    sim: Simulator, client: Client, creds: GuestCredentials, local: Path
) -> None:
    tool = local / "css" / "a.css"
    os.chmod(tool, 0o4750)
    os.utime(tool, (1_600_000_000, 1_500_000_000))
    calls = len(sim.world.calls)
    result = client.upload_tree("web-01", local, "/srv/p", credentials=creds, preserve=True)
    assert result.ok
    st = sim.vm("web-01").local_path("/srv/p/css/a.css").stat()
    assert (st.st_mode & 0o7777, st.st_mtime) == (0o750, 1_500_000_000)  # never set-uid
    # sent with each upload; only the empty file (made without a PUT) needs a call of its own
    assert sim.world.calls[calls:].count("ChangeFileAttributesInGuest") == 1
    win = client.upload_tree("win-01", local, "C:\\p", credentials=creds, preserve=True)
    assert win.ok
    assert sim.vm("win-01").local_path("C:\\p\\css\\a.css").stat().st_mtime == 1_500_000_000


# --- a hostile local user racing the run: files and folders swapped after the walk ------------


def _upload_tree(sim: Simulator, creds: GuestCredentials, how: str, *args: Any, **kw: Any) -> Any:
    if how == "sync":
        with connect(sim) as client:
            return client.upload_tree(*args, credentials=creds, **kw)

    async def run() -> Any:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return await client.upload_tree(*args, credentials=creds, **kw)

    return asyncio.run(run())


def _after_the_walk(monkeypatch: pytest.MonkeyPatch, then: Callable[[], None]) -> None:
    """Run `then` once the local folder was walked and planned, before any file is read."""
    for module in (_client_module, _async_client_module):
        walked = module.local_plan

        def racing(*args: Any, walked: Any = walked) -> Any:
            planned = walked(*args)
            then()
            return planned

        monkeypatch.setattr(module, "local_plan", racing)


@needs_proc
@pytest.mark.parametrize("how", ["sync", "async"])
def test_files_and_folders_swapped_for_links_after_the_walk_are_never_read(
    sim: Simulator,
    creds: GuestCredentials,
    local: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "key").write_bytes(b"SECRET-1")
    (secrets / "a.css").write_bytes(b"SECRET-2")

    def swap() -> None:
        (local / "index.html").unlink()
        (local / "index.html").symlink_to(secrets / "key")
        swap_for_link(local / "css", secrets)

    _after_the_walk(monkeypatch, swap)
    result = _upload_tree(sim, creds, how, "web-01", local, "/srv/site")
    sent = _guest(sim, "web-01", "/srv/site")
    assert not any(b"SECRET" in data for data in sent.values())
    failed = {f.relative: f.reason for f in result.failed}
    assert set(failed) == {"index.html", "css/a.css"}
    assert "index.html is a symbolic link: not followed" in failed["index.html"]
    assert "css is a symbolic link: refusing to read through it" in failed["css/a.css"]
    assert sent == {"empty": b"", "deep/er/x.log": b"log"}
    assert open_below(tmp_path) == []


def test_a_file_swapped_for_a_fifo_after_the_walk_fails_without_waiting(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    local: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fifo = local / "index.html"

    def swap() -> None:
        fifo.unlink()
        os.mkfifo(fifo)

    def unblock() -> None:  # an open() waiting for a writer gets one (and then end of file)
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    _after_the_walk(monkeypatch, swap)
    watchdog = threading.Timer(10, unblock)
    watchdog.start()
    try:
        result = client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    finally:
        watchdog.cancel()
    (failed,) = result.failed
    assert failed.relative == "index.html" and "is not a regular file: not read" in failed.reason
    assert result.count("ok") == 3


def test_preserve_takes_the_times_of_the_file_sent_not_of_what_replaced_it(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    local: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent = local / "css" / "a.css"
    os.chmod(sent, 0o640)
    os.utime(sent, (1_600_000_000, 1_500_000_000))
    secret = tmp_path / "secret"
    secret.write_bytes(b"s")
    os.chmod(secret, 0o600)
    os.utime(secret, (1_000_000, 1_000_000))
    upload = client.upload

    def racing(*args: Any, **kwargs: Any) -> Any:
        done = upload(*args, **kwargs)
        if not sent.is_symlink():  # after the bytes went, before the times are read
            sent.unlink()
            sent.symlink_to(secret)
        return done

    monkeypatch.setattr(client, "upload", racing)
    result = client.upload_tree(
        "web-01", local, "/srv/p", credentials=creds, preserve=True, pattern="css/*"
    )
    assert result.ok
    st = sim.vm("web-01").local_path("/srv/p/css/a.css").stat()
    assert (st.st_mtime, st.st_mode & 0o777) == (1_500_000_000, 0o640)


def test_a_folder_swapped_for_a_link_during_the_walk_is_not_entered(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    local: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    private = tmp_path / "private"
    (private / "plans-2027").mkdir(parents=True)
    (private / "salaries.xlsx").write_bytes(b"SECRET")
    css = local / "css"
    swapped: list[Path] = []

    def swap() -> None:  # the walker has just looked at css: a folder, not a link
        if not swapped:
            swapped.append(swap_for_link(css, private))

    islink, lstat = os.path.islink, os.stat

    def looking_islink(path: Any) -> bool:
        seen = islink(path)
        if isinstance(path, str) and path == str(css):  # os.walk's look before it enters
            swap()
        return seen

    def looking_stat(path: Any, *args: Any, **kwargs: Any) -> Any:
        seen = lstat(path, *args, **kwargs)
        if path == "css" and kwargs.get("dir_fd") is not None:  # os.fwalk's (or ours)
            swap()
        return seen

    monkeypatch.setattr(os.path, "islink", looking_islink)
    monkeypatch.setattr(os, "stat", looking_stat)
    result = client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    assert swapped  # the race was run
    names = [f.relative for f in result.files]
    assert not any("salaries" in n or "plans" in n for n in names), names
    made = sim.vm("web-01").local_path("/srv/site")
    assert not any("plans" in p.name or "salaries" in p.name for p in made.rglob("*"))


def test_without_dir_fd_files_are_opened_by_path(
    sim: Simulator,
    client: Client,
    creds: GuestCredentials,
    local: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fallback where os.open has no dir_fd (Windows): the same results, minus the race."""
    monkeypatch.setattr(_upload_tree_module, "HELD", False)
    result = client.upload_tree("web-01", local, "/srv/site", credentials=creds)
    assert result.ok and result.count("ok") == 4 and result.count("skipped") == 3
    assert _guest(sim, "web-01", "/srv/site")["deep/er/x.log"] == b"log"


def test_a_name_with_a_newline_is_listed_and_comes_back(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    """A real guest lists a file whose name holds a newline: upload, ls and download -r all see
    the 4 files (the simulator's matchPattern '.*' matches across the newline)."""
    src = tmp_path / "src"
    src.mkdir()
    names = ["a\nb.txt", "c.txt", "d.txt", "e.txt"]
    for name in names:
        (src / name).write_bytes(name.encode())
    uploaded = client.upload_tree("web-01", src, "/srv/nl", credentials=creds)
    assert sorted(f.relative for f in uploaded.files if f.status == "ok") == names
    listed = client.list_files("web-01", "/srv/nl", credentials=creds)
    assert sorted(f.path for f in listed if f.path not in (".", "..")) == names
    back = client.download_tree("web-01", "/srv/nl", tmp_path / "back", credentials=creds)
    assert sorted(f.relative for f in back.files if f.status == "ok") == names
    assert sorted(p.name for p in (tmp_path / "back").iterdir()) == names
    assert (tmp_path / "back" / "a\nb.txt").read_bytes() == b"a\nb.txt"
