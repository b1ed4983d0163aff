"""The few concurrency primitives of the tree drivers, in both flavours: the async source
(trees/_async) names the Async ones, its generated sync copy (trees/_sync) the Sync ones.
Both run a list the same way: `limit` workers take the items in order, one at a time.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")


# asyncio.Semaphore and threading.BoundedSemaphore are context managers of their flavour;
# a Condition is the feed's lock, waited on while every source left is being listed.
AsyncSemaphore = asyncio.Semaphore
SyncSemaphore = threading.BoundedSemaphore
AsyncCondition = asyncio.Condition
SyncCondition = threading.Condition


async def async_map(fn: Callable[[A], Awaitable[R]], items: Sequence[A], limit: int) -> list[R]:
    """fn over items by `limit` worker tasks, each taking the next item; results in order."""
    done: dict[int, R] = {}
    slots = iter(range(len(items)))

    async def worker() -> None:
        for i in slots:
            done[i] = await fn(items[i])

    await asyncio.gather(*(worker() for _ in range(min(limit, len(items)))))
    return [done[i] for i in range(len(items))]


def sync_map(fn: Callable[[A], R], items: Sequence[A], limit: int) -> list[R]:
    """fn over items by `limit` worker threads, each taking the next item; results in order."""
    if not items:
        return []
    with ThreadPoolExecutor(
        min(limit, len(items)), thread_name_prefix="vsphere-guest-tree"
    ) as pool:
        return list(pool.map(fn, items))


async_sleep = asyncio.sleep
sync_sleep = time.sleep
