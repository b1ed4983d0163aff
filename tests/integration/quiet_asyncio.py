"""Run a coroutine and check that nothing reached asyncio's exception handler or its logger
("Future exception was never retrieved", "Task exception was never retrieved")."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Coroutine
from typing import Any

import pytest


def run_quietly(
    main: Callable[[], Coroutine[Any, Any, None]], caplog: pytest.LogCaptureFixture
) -> None:
    reported: list[dict[str, Any]] = []

    async def watched() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: reported.append(ctx))
        await main()
        await asyncio.sleep(0.2)
        gc.collect()  # unretrieved exceptions are reported when their future is collected
        await asyncio.sleep(0)

    with caplog.at_level(logging.DEBUG, logger="asyncio"):
        asyncio.run(watched())
        gc.collect()
    assert [str(c.get("exception") or c.get("message")) for c in reported] == []
    noise = [r for r in caplog.records if r.name == "asyncio" and r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in noise] == []
