"""list_files: every page of ListFilesInGuest, entries typed from the POSIX or Windows attribute
subtypes, symbolic links, client-side globs; one API call per page."""

from __future__ import annotations

import asyncio
import datetime
import os

from vsphere_guest import AsyncClient, Client, GuestCredentials
from vsphere_guest.testing import Simulator


def _many(sim: Simulator, count: int) -> None:
    web = sim.vm("web-01")
    for i in range(count):
        sim.write_guest_file(web, f"/data/f{i:03}.txt", b"x" * i)


def test_follows_every_page(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    _many(sim, 23)
    sim.world.max_results_cap = 5  # the guest answers at most 5 entries per call
    calls = len(sim.world.calls)
    files = client.list_files("web-01", "/data", credentials=creds)
    assert [f.path for f in files] == [f"f{i:03}.txt" for i in range(23)]
    assert [f.size for f in files] == list(range(23))
    listed = [c for c in sim.world.calls[calls:] if c == "ListFilesInGuest"]
    assert len(listed) == 5  # ceil(23 / 5): one call per page, none more


def test_posix_entries_are_typed(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    web = sim.vm("web-01")
    path = sim.write_guest_file(web, "/srv/app.conf", b"k=v\n")
    os.chmod(path, 0o640)
    os.utime(path, (1_700_000_000, 1_600_000_000))
    web.set_owner("/srv/app.conf", 1000, 33)
    web.symlink("/srv/current", "/opt/app-1.2")
    web.local_path("/srv/logs").mkdir()
    entries = {f.path: f for f in client.list_files("web-01", "/srv", credentials=creds)}
    conf = entries["app.conf"]
    assert (conf.type, conf.size, conf.permissions) == ("file", 4, 0o640)
    assert conf.attributes["permissions"] == 0o100640  # the wire form keeps the type bits
    assert (conf.owner_id, conf.group_id) == (1000, 33)
    assert conf.modified == datetime.datetime.fromtimestamp(1_600_000_000, datetime.UTC)
    assert conf.accessed == datetime.datetime.fromtimestamp(1_700_000_000, datetime.UTC)
    assert conf.hidden is None and conf.symlink_target is None
    link = entries["current"]
    assert link.is_symlink and link.symlink_target == "/opt/app-1.2"
    assert entries["logs"].is_dir and entries["logs"].permissions is not None


def test_windows_entries_are_typed(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    win = sim.vm("win-01")
    win.hidden.add(str(win.local_path("C:\\Logs\\app.log")))
    (log,) = client.list_files("win-01", "C:\\Logs", credentials=creds)
    assert (log.path, log.type, log.hidden, log.read_only) == ("app.log", "file", True, False)
    assert isinstance(log.created, datetime.datetime)
    assert log.owner_id is None and log.permissions is None


def test_pattern_is_a_client_side_glob(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    _many(sim, 12)
    sim.write_guest_file(sim.vm("web-01"), "/data/notes.md", b"")
    sim.world.max_results_cap = 4
    names = [
        f.path for f in client.list_files("web-01", "/data", credentials=creds, pattern="f00?.txt")
    ]
    assert names == [f"f{i:03}.txt" for i in range(10)]
    assert [
        f.path for f in client.list_files("web-01", "/data", credentials=creds, pattern="*.md")
    ] == ["notes.md"]


def test_dot_entries_are_dropped(sim: Simulator, client: Client, creds: GuestCredentials) -> None:
    web = sim.vm("web-01")
    web.add_listing_entry("/etc", ".", type="directory")
    web.add_listing_entry("/etc", "..", type="directory")
    assert [f.path for f in client.list_files("web-01", "/etc", credentials=creds)] == ["hostname"]


def test_async_list_files(sim: Simulator, creds: GuestCredentials) -> None:
    _many(sim, 7)
    sim.world.max_results_cap = 3

    async def run() -> list[str]:
        async with AsyncClient(
            sim.server, username=sim.username, password=sim.password, verify=str(sim.ca_file)
        ) as client:
            return [f.path for f in await client.list_files("web-01", "/data", credentials=creds)]

    assert asyncio.run(run()) == [f"f{i:03}.txt" for i in range(7)]


def test_a_busy_guest_is_waited_for_per_page(
    sim: Simulator, client: Client, creds: GuestCredentials
) -> None:
    _many(sim, 10)
    sim.world.max_results_cap = 4
    sim.inject_fault("ListFilesInGuest", "TooManyGuestLogons", count=2)
    calls = len(sim.world.calls)
    files = client.list_files("web-01", "/data", credentials=creds)
    assert len(files) == 10
    # 3 pages, the first asked 3 times: nothing listed twice
    assert sim.world.calls[calls:].count("ListFilesInGuest") == 5
