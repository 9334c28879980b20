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
# A policy with a second opinion (an LLM judge) makes a request's input check wait on the
# network for up to its timeout; on the one guard thread every other request would queue
# behind that wait. Such checks go to a pool of their own, sized for waiting, not work.
_WAITING_POOL_SIZE = 32
_pools: dict[bool, ThreadPoolExecutor] = {}


def _executor(waits: bool) -> ThreadPoolExecutor:
    pool = _pools.get(waits)
    if pool is None:
        size, name = (_WAITING_POOL_SIZE, "safeguard-judged") if waits else (_POOL_SIZE, "safeguard-guard")
        pool = _pools[waits] = ThreadPoolExecutor(max_workers=size, thread_name_prefix=name)
    return pool


async def off_loop(fn: Callable[..., T], *args: object, waits: bool = False) -> T:
    """``fn(*args)`` in the guard pool, with the caller's context (e.g. the tracing span).
    ``waits``: the call may wait on a second opinion's network call (its own pool)."""
    context = contextvars.copy_context()
    call = functools.partial(context.run, fn, *args)
    return await asyncio.get_running_loop().run_in_executor(_executor(waits), call)


def prefer_event_loop(interval: float) -> None:
    """Set the GIL switch interval (seconds) for this process; 0 or less leaves it alone."""
    if interval > 0:
        sys.setswitchinterval(interval)
