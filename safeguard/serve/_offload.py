"""Whole-text guard work off the event loop, without starving the event loop of the GIL.

Checking a request's whole conversation (or a whole non-streamed reply) takes from
tens of microseconds to a few milliseconds of pure-Python work. On the event loop it
would delay every other stream's events by that much; in a thread it still holds the
GIL, which CPython hands over only every ``sys.getswitchinterval()`` (5 ms by default),
so the loop could still wait up to 5 ms for it after each I/O wait. Hence:

- one dedicated guard thread: pure-Python checks gain no throughput from more threads,
  while every extra runnable thread is one more GIL holder the loop queues behind
  (``asyncio.to_thread``'s default pool has ``cpu_count + 4``); and most of the reading
  is done before, on the loop, a turn at a time (``_read_ahead``);
- a shorter switch interval in the proxy's process (``ServeConfig.switch_interval``,
  1 ms by default), which bounds how long the loop waits for the GIL.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

_POOL_SIZE = 1
_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=_POOL_SIZE, thread_name_prefix="safeguard-guard")
    return _pool


async def off_loop(fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)`` in the guard pool, with the caller's context (e.g. the tracing span)."""
    context = contextvars.copy_context()
    call = functools.partial(context.run, fn, *args)
    return await asyncio.get_running_loop().run_in_executor(_executor(), call)


def prefer_event_loop(interval: float) -> None:
    """Set the GIL switch interval (seconds) for this process; 0 or less leaves it alone."""
    if interval > 0:
        sys.setswitchinterval(interval)
