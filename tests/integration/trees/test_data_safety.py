"""Ways to lose data a newcomer found (issue 22): every spelling of a guest root refused by
rmdir -r, and no destination left behind by a failed download -r or collect."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from vsphere_guest import AsyncClient, Client, GuestCredentials
from vsphere_guest.cli import EXIT_OK, EXIT_USAGE, main
from vsphere_guest.testing import Simulator

from ..conftest import connect

ROOT_SPELLINGS = [
    ("web-01", "/."),
    ("web-01", "/./"),
    ("web-01", "//."),
    ("web-01", "/tmp/.."),
    ("web-01", "/tmp/../etc/../."),
    ("win-01", "C:\\."),
    ("win-01", "c:/./"),
    ("win-01", "C:\\Windows\\.."),
    ("win-01", "c:\\\\.\\"),
]


def _guest_root(sim: Simulator, vm: str) -> Path:
    return sim.vm(vm).local_path("C:\\" if vm == "win-01" else "/")


@pytest.mark.parametrize(("vm", "root"), ROOT_SPELLINGS)
def test_every_spelling_of_a_guest_root_is_refused_by_rmdir_r(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    creds: GuestCredentials,
    capsys: pytest.CaptureFixture[str],
    vm: str,
    root: str,
) -> None:
    """`rmdir -r web-01 /.` emptied the guest (the check compared text); as GNU rm refuses
    `/.`, every spelling of a root is refused: by the CLI, Client and AsyncClient, before any
    DeleteDirectoryInGuest."""

    from vsphere_guest import BadArgument

    before = sorted(p.name for p in _guest_root(sim, vm).iterdir())
    calls = len(sim.world.calls)
    code = main(["rmdir", "-r", *ca, vm, root])
    assert sorted(p.name for p in _guest_root(sim, vm).iterdir()) == before
    assert code == EXIT_USAGE
    assert "refusing to remove the guest's root" in capsys.readouterr().err
    with connect(sim) as client, pytest.raises(BadArgument, match="root"):
        client.rmdir(vm, root, credentials=creds, recursive=True)

    async def refused() -> None:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            with pytest.raises(BadArgument, match="root"):
                await client.rmdir(vm, root, credentials=creds, recursive=True)

    asyncio.run(refused())
    assert "DeleteDirectoryInGuest" not in sim.world.calls[calls:]
    assert sorted(p.name for p in _guest_root(sim, vm).iterdir()) == before


@pytest.mark.parametrize(
    ("vm", "path", "folder"), [("web-01", "/tmp/.", "/tmp"), ("win-01", "C:\\Logs\\.", "C:\\Logs")]
)
def test_rmdir_r_of_a_folder_spelt_with_a_dot_still_works(
    sim: Simulator, client: Client, creds: GuestCredentials, vm: str, path: str, folder: str
) -> None:
    sim.write_guest_file(sim.vm(vm), folder + ("\\f" if vm == "win-01" else "/f"), b"x")
    client.rmdir(vm, path, credentials=creds, recursive=True)
    assert not sim.vm(vm).local_path(folder).exists()
    assert _guest_root(sim, vm).is_dir()


FAILURES = {  # (VM, guest folder, guest password): each fails before any file moves
    "wrong-guest-password": ("web-01", "/srv/data", "wrong"),
    "missing-guest-folder": ("web-01", "/srv/nope", None),
    "guest-path-is-a-file": ("web-01", "/srv/data/a.txt", None),
    "guest-path-is-a-link-to-a-file": ("web-01", "/srv/link", None),
    "tools-not-running": ("notools-01", "/srv/data", None),
}


def _data(sim: Simulator) -> None:
    web = sim.vm("web-01")
    sim.write_guest_file(web, "/srv/data/a.txt", b"a")
    sim.write_guest_file(web, "/srv/data/sub/b.txt", b"b")
    web.symlink("/srv/link", "/srv/data/a.txt")


def _async_client(sim: Simulator) -> AsyncClient:
    return AsyncClient(
        sim.server,
        username=sim.username,
        password=sim.password,
        verify=str(sim.ca_file),
        backoff=0.01,
    )


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("cause", FAILURES)
def test_a_failed_download_tree_leaves_no_destination(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, cause: str
) -> None:
    """Client and AsyncClient: DEST is made once a file lands or the run succeeds, never by
    a run that fails first."""

    from vsphere_guest import VsphereGuestError

    _data(sim)
    vm, guest_dir, password = FAILURES[cause]
    bad = GuestCredentials(creds.username, password or creds.password)
    dest = tmp_path / "new" / "dest"
    with connect(sim) as client, pytest.raises(VsphereGuestError):
        client.download_tree(vm, guest_dir, dest, credentials=bad)
    assert not (tmp_path / "new").exists()

    async def fails() -> None:
        async with _async_client(sim) as client:
            with pytest.raises(VsphereGuestError):
                await client.download_tree(vm, guest_dir, dest, credentials=bad)

    asyncio.run(fails())
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("cause", FAILURES)
def test_the_corrected_rerun_of_a_failed_download_r_lands_at_the_same_depth(
    sim: Simulator,
    env: dict[str, str],
    ca: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cause: str,
) -> None:
    """cp -r: a missing DEST becomes the copy. The failed run made DEST, so the corrected one
    went into DEST/data (one level deeper than a first run)."""
    from vsphere_guest.guest.context import RetryPolicy

    monkeypatch.setattr(RetryPolicy, "delay", lambda self, attempt: 0.01)  # Tools: waited for
    _data(sim)
    vm, guest_dir, password = FAILURES[cause]
    dest = tmp_path / "newdest"
    if password is not None:
        monkeypatch.setenv("VSPHERE_GUEST_PASSWORD", password)
    assert main(["download", "-r", *ca, vm, guest_dir, str(dest)]) != EXIT_OK
    assert not dest.exists()
    monkeypatch.setenv("VSPHERE_GUEST_PASSWORD", sim.guest.password)
    assert main(["download", "-r", *ca, "web-01", "/srv/data", str(dest)]) == EXIT_OK
    assert _files(dest) == ["a.txt", "sub/b.txt"]


def test_download_r_of_an_empty_guest_folder_still_makes_dest(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:

    sim.vm("web-01").local_path("/srv/empty").mkdir(parents=True)
    result = client.download_tree("web-01", "/srv/empty", tmp_path / "a" / "b", credentials=creds)
    assert result.ok and (tmp_path / "a" / "b").is_dir()

    async def run() -> None:
        async with _async_client(sim) as client:
            await client.download_tree("web-01", "/srv/empty", tmp_path / "c", credentials=creds)

    asyncio.run(run())
    assert (tmp_path / "c").is_dir() and not any((tmp_path / "c").iterdir())


@pytest.mark.parametrize("failing", ["notools-01", "win-01"])
def test_collect_leaves_no_folder_for_a_vm_that_failed(
    sim: Simulator, creds: GuestCredentials, tmp_path: Path, failing: str
) -> None:
    """notools-01: Tools not running; win-01: the guest refuses the credentials. Client and
    AsyncClient; the VM that works gets its files."""

    _data(sim)
    sim.vm("win-01").guest_users[creds.username] = "another-password"
    paths = ["/srv/data", "/srv/data/a.txt", "/var/log/x.log"]
    with connect(sim) as client:
        records = client.collect(["web-01", failing], paths, tmp_path / "a", credentials=creds)
    assert {r.status for r in records if r.vm == failing} <= {"failed", "error"}
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["web-01"]

    async def run() -> None:
        async with _async_client(sim) as client:
            await client.collect(["web-01", failing], paths, tmp_path / "b", credentials=creds)

    asyncio.run(run())
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["web-01"]
