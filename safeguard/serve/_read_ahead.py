"""Read a request's messages on the event loop, one at a time, before its whole-text check.

The whole-text input check of a fresh 10-turn conversation is a few milliseconds of
pure-Python work. In a thread it still competes with the event loop for the GIL, and
every stream event that arrives meanwhile can wait up to the switch interval for it.
Reading the messages here first, one per event-loop turn, fills the checks' per-text
caches (the same ones a live chat hits when its history is re-sent), so the check that
follows in the guard thread is short; between messages the loop serves other streams.

Output checks that read the request (``warm(conversation)``, e.g. safe_messaging's
note requests) read each turn here too, not in the middle of the reply's first sentence.

Nothing is decided here: the results are dropped, failures are ignored (the real check
reports them), and a request whose messages the guard cannot read is simply not read ahead.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from safeguard._conversation import Conversation
from safeguard._errors import AdapterError
from safeguard._guard import Guard
from safeguard.integrations import _codecs
from safeguard.serve._routes import Route


def _conversation(route: Route, payload: dict[str, Any]) -> Conversation | None:
    api = _codecs.api_for("POST", route.path)
    if api is None:
        return None
    try:
        return _codecs.parse_request(api, payload).conversation
    except AdapterError:
        return None


async def read_ahead(guard: Guard, route: Route, payload: dict[str, Any]) -> None:
    """Run each input check on each user turn (with the turn before it), yielding in between.

    ``payload`` is the request body the proxy has already parsed.
    """
    conversation = _conversation(route, payload)
    if conversation is None:
        return
    checks = [bound.check for bound in guard.engine.checks]
    messages = conversation.messages
    for index, _message in conversation.user_turns():
        # the turn before gives the context a check reads with it (e.g. the question answered)
        pair = Conversation(messages[max(0, index - 1) : index + 1])
        for check in checks:
            with contextlib.suppress(Exception):  # a warm-up only: the real check reports it
                check.check_input(pair)
                # an output check may read the request ahead (e.g. safe_messaging's note requests)
                warm = getattr(check, "warm", None)
                if callable(warm):
                    warm(pair)
            await asyncio.sleep(0)  # one check of one turn at a time (tens of microseconds)
