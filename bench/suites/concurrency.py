"""Suite `concurrency`: parallel downloads of 64 MiB files by one async client (1, 4 and 16 at
once), aggregate MB/s."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from ..measure import Row
from ..server_process import Server


def concurrency(server: Server, workdir: Path, paths: list[str], size: int) -> Row:
    async def run(n: int) -> float:
        async with server.async_client() as client:
            vm = await client.find_vm("web-01")
            await client.download(
                vm, paths[0], workdir / "warm", credentials=server.guest, overwrite=True
            )
            started = time.perf_counter()
            await asyncio.gather(
                *(
                    client.download(
                        vm, paths[i], workdir / f"p{i}", credentials=server.guest, overwrite=True
                    )
                    for i in range(n)
                )
            )
            return n * size / (time.perf_counter() - started) / 1e6

    result = {str(n): asyncio.run(run(n)) for n in (1, 4, 16)}
    for p in workdir.glob("p*"):
        p.unlink()
    return result
