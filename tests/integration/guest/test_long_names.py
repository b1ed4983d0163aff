"""Guest file names near the file system's limit (255 bytes) download under their own name:
the temporary file beside the destination must fit too."""

from __future__ import annotations

from pathlib import Path

import pytest
from vsphere_guest import Client, GuestCredentials
from vsphere_guest.testing import Simulator

from tests.integration.conftest import leftovers


@pytest.mark.parametrize(
    "name", ["n" * 255, "é" * 127 + "x", "長" * 85], ids=["ascii", "latin", "cjk"]
)
def test_name_at_the_limit_downloads_to_a_folder(
    sim: Simulator, client: Client, creds: GuestCredentials, tmp_path: Path, name: str
) -> None:
    assert len(name.encode()) == 255
    sim.write_guest_file(sim.vm("web-01"), f"/data/{name}", b"long name\n")
    result = client.download("web-01", f"/data/{name}", tmp_path, credentials=creds)
    assert result.path == tmp_path / name
    assert (tmp_path / name).read_bytes() == b"long name\n"
    assert leftovers(tmp_path) == []
    again = client.download(
        "web-01", f"/data/{name}", tmp_path / name, credentials=creds, overwrite=True
    )
    assert again.path == tmp_path / name and leftovers(tmp_path) == []
