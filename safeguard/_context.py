"""Per-request context (locale, conversation id, age band) carried by a context variable.

A ``ContextVar`` is safe across threads and asyncio tasks: each task sees the
values set around its own calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

LOCALE_HEADER = "x-safeguard-locale"
CONVERSATION_HEADER = "x-safeguard-conversation-id"
AGE_BAND_HEADER = "x-safeguard-age-band"
HEADERS = (LOCALE_HEADER, CONVERSATION_HEADER, AGE_BAND_HEADER)


@dataclass(frozen=True, slots=True)
class RequestContext:
    """What the guard knows about the current request beyond its messages."""

    locale: str | None = None
    conversation_id: str | None = None
    age_band: str | None = None

    def over(self, fallback: RequestContext) -> RequestContext:
        """This context, with gaps filled from ``fallback``."""
        return RequestContext(
            locale=self.locale or fallback.locale,
            conversation_id=self.conversation_id or fallback.conversation_id,
            age_band=self.age_band or fallback.age_band,
        )


_current: ContextVar[RequestContext] = ContextVar("safeguard_context", default=RequestContext())  # noqa: B039 (frozen)


def current() -> RequestContext:
    """The context set by the innermost ``safeguard.context(...)`` block."""
    return _current.get()


@contextmanager
def context(
    locale: str | None = None, conversation_id: str | None = None, age_band: str | None = None
) -> Iterator[RequestContext]:
    """Set locale, conversation id or age band for the guarded calls inside the block.

    Nested blocks inherit what they do not override::

        with safeguard.context(locale="en-GB", conversation_id="c-42"):
            client.chat.completions.create(...)
    """
    outer = _current.get()
    inner = replace(
        outer,
        locale=locale or outer.locale,
        conversation_id=conversation_id or outer.conversation_id,
        age_band=age_band or outer.age_band,
    )
    token = _current.set(inner)
    try:
        yield inner
    finally:
        _current.reset(token)


def from_headers(headers: object) -> RequestContext:
    """Read the ``X-Safeguard-*`` headers from any mapping-like headers object."""
    get = getattr(headers, "get", None)
    if get is None:
        return RequestContext()
    return RequestContext(
        locale=get(LOCALE_HEADER) or None,
        conversation_id=get(CONVERSATION_HEADER) or None,
        age_band=get(AGE_BAND_HEADER) or None,
    )
