"""Every answer the simulator sends in the integration tests is decoded by the generated client
and re-encoded to the same JSON value (conftest's RoundTripValidator); this shows it runs."""

from __future__ import annotations

from pathlib import Path

from vsphere_guest import Client, GuestCredentials

from tests.integration.conftest import RoundTripValidator


def test_answers_of_a_download_round_trip(
    validator: RoundTripValidator, client: Client, creds: GuestCredentials, tmp_path: Path
) -> None:
    before = validator.round_trips
    vm = client.find_vm("web-01")
    client.download(vm, "/etc/hostname", tmp_path / "hostname", credentials=creds)
    client.list_files(vm, "/etc", credentials=creds)
    # content, Login, find, file manager, PropertyCollector pin, Initiate, listing
    assert validator.round_trips - before >= 6
