"""The guard for one proxied call, built on the wrappers' own I/O-free core.

``safeguard.integrations._core`` is what ``guard.wrap(client)`` and the guard
transports run: input check, PII redaction into the conversation's vault, stand-in
replies for blocked input, guarded JSON replies, and SSE rewriting through output
sessions. The proxy adds nothing to those decisions; it only adapts them to ASGI
and turns guard failures into responses.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from safeguard._errors import SafeguardError
from safeguard._guard import Guard
from safeguard.integrations import _core
from safeguard.integrations._core import Plan
from safeguard.integrations._streams import SseGuard
from safeguard.serve._errors import ProxyError, guard_failed, malformed
from safeguard.serve._routes import Route

log = logging.getLogger("safeguard.serve")

Reply = tuple[int, list[tuple[bytes, bytes]], bytes]


class GuardRefused(Exception):
    """The guard raised a ``SafeguardError`` (``Blocked`` or a fail-closed ``CheckError``).

    Answered exactly as the wrappers' transports answer it: a vendor-shaped 400 the SDKs
    do not retry (``safeguard.integrations._core.error_reply``).
    """

    def __init__(self, reply: Reply) -> None:
        super().__init__("the guard refused the request")
        self.reply = reply


def _refusal(route: Route, error: SafeguardError) -> GuardRefused:
    status, headers, body = _core.error_reply(route.path, error)
    return GuardRefused((status, [(k.encode(), v.encode()) for k, v in headers], body))


def parse_payload(body: bytes) -> dict[str, Any]:
    """The request JSON object; anything else is a 400 (the guard cannot check what it cannot read)."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise malformed("it does not parse") from None
    if not isinstance(payload, dict):
        raise malformed("expected a JSON object")
    return payload


@dataclass(frozen=True, slots=True)
class ProxyCall:
    """The guard's plan for one request (``plan`` is ``None`` when it passes through)."""

    guard: Guard
    route: Route
    plan: Plan | None
    body: bytes

    @classmethod
    def begin(cls, guard: Guard, route: Route, body: bytes, headers: Mapping[str, str]) -> ProxyCall:
        """Check the input. Raises ``GuardRefused`` for a blocked / fail-closed request."""
        try:
            plan = _core.plan_request(guard, "POST", route.path, headers, body)
        except SafeguardError as error:
            log.warning("guard refused a request: %s", type(error).__name__)
            raise _refusal(route, error) from None
        if plan is None and guard.policy.fail == "closed":
            # the wrappers let an unreadable request reach the vendor (which rejects it); a
            # fail-closed proxy must not forward text its guard could not read
            raise ProxyError(400, "unreadable_request", "the guard cannot read this request's messages")
        return cls(guard, route, plan, plan.body if plan is not None else body)

    @property
    def stand_in(self) -> Reply | None:
        """A successful vendor-shaped reply instead of calling the vendor (blocked input)."""
        if self.plan is None or not self.plan.prior.blocked:
            return None
        headers, body = _core.stand_in(self.plan)
        return 200, [(k.encode(), v.encode()) for k, v in headers], body

    def guard_body(self, data: bytes) -> bytes:
        """The vendor's JSON reply with its reply text guarded."""
        if self.plan is None:
            return data
        try:
            return _core.guard_json(self.guard, self.plan, data)
        except SafeguardError:
            raise guard_failed() from None

    def stream_rewriter(self) -> StreamRewriter:
        """An SSE rewriter for this call (identity when the guard does not apply)."""
        sse = _core.stream_guard(self.guard, self.plan) if self.plan is not None else None
        return StreamRewriter(sse)


class StreamRewriter:
    """``feed`` / ``close`` over the wrappers' ``SseGuard``; guard failures become proxy errors."""

    def __init__(self, sse: SseGuard | None) -> None:
        self._sse = sse

    def feed(self, chunk: bytes) -> bytes:
        """Bytes from the vendor in, bytes the client may see now out."""
        if self._sse is None:
            return chunk
        try:
            return self._sse.feed(chunk)
        except SafeguardError:
            raise guard_failed() from None

    def close(self) -> bytes:
        """The vendor finished: release the held-back tail."""
        if self._sse is None:
            return b""
        try:
            return self._sse.close()
        except SafeguardError:
            raise guard_failed() from None
