"""Suite `chunks`: the data plane read size (vsphere_guest.dataplane.stream.READ_SIZE) swept
on one file with a reused client, sizes in rotating order."""

from __future__ import annotations

import time
from pathlib import Path

from ..measure import MIB, Row, stats
from ..server_process import Server


def chunk_sizes(server: Server, workdir: Path, rounds: int, guest_path: str, size: int) -> Row:
    """The data plane read size (vsphere_guest.dataplane.stream.READ_SIZE), swept on one file."""
    import vsphere_guest.dataplane.stream as sync_client

    default = sync_client.READ_SIZE
    sizes = (128 * 1024, 256 * 1024, 512 * 1024, MIB)
    times: dict[str, list[float]] = {f"{c // 1024} KiB": [] for c in sizes}
    try:
        with server.client() as client:
            vm = client.find_vm("web-01")
            for r in range(rounds):
                for chunk in sizes[r % len(sizes) :] + sizes[: r % len(sizes)]:
                    sync_client.READ_SIZE = chunk
                    started = time.perf_counter()
                    client.download(
                        vm,
                        guest_path,
                        workdir / "chunk.bin",
                        credentials=server.guest,
                        overwrite=True,
                    )
                    times[f"{chunk // 1024} KiB"].append(time.perf_counter() - started)
    finally:
        sync_client.READ_SIZE = default
    return {name: stats([size / t / 1e6 for t in ts]) for name, ts in times.items()}
