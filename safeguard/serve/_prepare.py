"""Get a guard ready before it serves: load every check's data, then freeze the heap.

Checks load their data on first use (phrase tries, Presidio's recognizers, name lists):
without this the first request would pay a few hundred milliseconds. And what they load is
hundreds of thousands of long-lived objects that every full (generation 2) garbage
collection walks again: pauses of 60–80 ms of the event loop were measured under load.
``gc.freeze()`` moves everything alive once the data is loaded to the permanent
generation, which collections skip; the objects are still freed normally when unused.
"""

from __future__ import annotations

import contextlib
import gc
import logging

from safeguard._conversation import Conversation, Message
from safeguard._guard import Guard

log = logging.getLogger("safeguard.serve")

# Touches every check's data: a name (PII), distress wording (self-harm), a promise in the reply.
_SAMPLE = "Hi, I'm Sam Taylor from Leeds. Work has been hard and I feel a bit sad lately."
_REPLY = "I'm sorry it has been hard, Sam. I'll always be here for you."


def prepare(guard: Guard) -> None:
    """Run the guard's checks once on a sample (no telemetry, no hooks), then ``gc.freeze()``."""
    conversation = Conversation((Message("user", _SAMPLE),))
    try:
        guard.engine.check(conversation, _REPLY)
    except Exception as exc:  # a check that fails here fails open or closed on real requests
        log.warning("warming the guard failed: %s", type(exc).__name__)
    with contextlib.suppress(AttributeError):  # gc.freeze is CPython-only
        gc.freeze()
