"""One guarded call, free of I/O: plan the request, guard the JSON reply, build stand-in replies.

Sync and async transports share all of this; they only move bytes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from safeguard._context import HEADERS, from_headers
from safeguard._conversation import Conversation
from safeguard._errors import AdapterError, Blocked, SafeguardError
from safeguard._findings import Finding
from safeguard._rules import decide
from safeguard._verdict import Verdict
from safeguard.integrations import _codecs, _shapes
from safeguard.integrations._codecs import Api, ParsedRequest
from safeguard.integrations._session import OutputSession
from safeguard.integrations._streams import SseGuard

if TYPE_CHECKING:
    from safeguard._guard import Guard

log = logging.getLogger("safeguard")

ERROR_EXTENSION = "safeguard_error"  # response extension carrying a SafeguardError to re-raise
DROP_REQUEST_HEADERS = frozenset({*HEADERS, "content-length", "transfer-encoding"})
DROP_RESPONSE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_MALFORMED = (ValueError, AdapterError, AttributeError, TypeError, KeyError, IndexError)


@dataclass(frozen=True, slots=True)
class Plan:
    """What the guard decided about one request, reused by every retry of it."""

    parsed: ParsedRequest
    conversation: Conversation
    prior: Verdict
    body: bytes
    vault: Any = None

    @property
    def api(self) -> Api:
        """The vendor API of the request."""
        return self.parsed.api

    def session(self, guard: Guard) -> OutputSession:
        """A new output session for one reply text."""
        restore = self.vault.restore if self.vault is not None else None
        return OutputSession(guard, self.conversation, self.prior, restore)


@dataclass
class GuardedCall:
    """One logical call: the SDK's retries of it share the plan and the call scope.

    ``standalone`` calls come straight through a transport (no SDK wrapper around
    them): they raise ``SafeguardError`` directly, since plain httpx neither wraps
    nor retries exceptions.
    """

    guard: Guard
    standalone: bool = True
    plan: Plan | None = None
    planned: bool = False
    streaming: bool = False
    _scope: AbstractContextManager[None] | None = field(default=None, repr=False)

    def open_scope(self, vendor: str, model: str | None) -> None:
        """Enter the guard's call scope (tracing parents) until ``release``."""
        if self._scope is None:
            scope = self.guard.call_scope(vendor=vendor, model=model)
            scope.__enter__()
            self._scope = scope

    def release(self) -> None:
        """Leave the call scope (at the end of the call, or of its stream)."""
        scope, self._scope = self._scope, None
        if scope is not None:
            scope.__exit__(None, None, None)

    def plan_for(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Plan | None:
        """The plan of this call (computed once; retries reuse it)."""
        if not self.planned:
            self.plan = plan_request(self.guard, method, path, headers, body)
            self.planned = True
        return self.plan


_CALL: ContextVar[GuardedCall | None] = ContextVar("safeguard_call", default=None)


def active_call(guard: Guard) -> GuardedCall:
    """The SDK-level call in progress for ``guard``, or a fresh standalone one."""
    call = _CALL.get()
    return call if call is not None and call.guard is guard else GuardedCall(guard)


class LogicalCall:
    """Around one SDK call: its attempts share a ``GuardedCall``; the scope outlives a stream.

    ``LogicalCall(...)`` starts it, ``end()`` (in a ``finally``) ends it; also a
    context manager. A class rather than a generator: it runs on every request.
    """

    __slots__ = ("_token", "call")

    def __init__(self, guard: Guard, vendor: str, model: str | None) -> None:
        self.call = GuardedCall(guard, standalone=False)
        self.call.open_scope(vendor, model)
        self._token = _CALL.set(self.call)

    def end(self) -> None:
        """Leave the call (the scope stays open until a stream it returned ends)."""
        _CALL.reset(self._token)
        if not self.call.streaming:
            self.call.release()

    def __enter__(self) -> GuardedCall:
        return self.call

    def __exit__(self, *exc: object) -> None:
        self.end()


def logical_call(guard: Guard, vendor: str, model: str | None) -> LogicalCall:
    """``with logical_call(guard, vendor, model) as call:`` around one SDK call."""
    return LogicalCall(guard, vendor, model)


# -- the request ---------------------------------------------------------------------
def plan_request(
    guard: Guard, method: str, path: str, headers: Mapping[str, str], body: bytes
) -> Plan | None:
    """Check the input of a guarded API request; ``None`` when the guard does not apply."""
    api = _codecs.api_for(method, path)
    parsed = _parse(api, body) if api is not None else None
    if parsed is None:
        return None
    ctx = guard.context(from_headers(headers))
    convo = Conversation(parsed.conversation.messages, ctx.locale, ctx.conversation_id, ctx.age_band)
    prior = guard.check_input(convo)
    if prior.blocked and guard.policy.fail == "closed":
        raise Blocked("the policy blocked this request", prior.reply)
    redactions = _input_redactions(guard, prior)
    if prior.blocked or not redactions:
        return Plan(parsed, convo, prior, body)
    vault = guard.vaults.get(convo.conversation_id)
    _codecs.redact_request(parsed, redactions, vault.redact)
    return Plan(parsed, convo, prior, json.dumps(parsed.body).encode(), vault)


def _parse(api: Api, body: bytes) -> ParsedRequest | None:
    try:
        obj = json.loads(body)
        return _codecs.parse_request(api, obj) if isinstance(obj, dict) else None
    except (ValueError, AdapterError):
        return None  # a request the vendor will reject anyway; its error passes through


def _input_redactions(guard: Guard, prior: Verdict) -> dict[int, list[Finding]]:
    by_message: dict[int, list[Finding]] = {}
    if not prior.findings:
        return by_message  # nothing to redact: the rules need not be walked
    # Rules fire independently of each other: the redact rules alone decide the same.
    redact_rules = [rule for rule in guard.policy.rules if rule.action == "redact"]
    for decision in decide(redact_rules, prior.findings, prior.self_harm) if redact_rules else ():
        for f in decision.findings:
            if f.where == "input" and isinstance(f.message, int):
                by_message.setdefault(f.message, []).append(f)
    return by_message


def request_headers(items: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Request headers without ours (and without a stale length)."""
    return [(k, v) for k, v in items if k.lower() not in DROP_REQUEST_HEADERS]


def has_guard_headers(items: Sequence[tuple[str, str]]) -> bool:
    """Any ``X-Safeguard-*`` header present."""
    return any(k.lower() in HEADERS for k, _ in items)


# -- the reply -----------------------------------------------------------------------------
def response_headers(items: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Response headers for a body we decoded and rewrote."""
    return [(k, v) for k, v in items if k.lower() not in DROP_RESPONSE_HEADERS]


def is_event_stream(items: Sequence[tuple[str, str]]) -> bool:
    """The response is SSE."""
    return any(k.lower() == "content-type" and "text/event-stream" in v for k, v in items)


def guard_json(guard: Guard, plan: Plan, data: bytes) -> bytes:
    """The vendor's JSON reply with every reply text guarded; malformed JSON passes unchanged."""
    try:
        obj = json.loads(data)
        groups = _codecs.reply_groups(plan.api, obj)
    except _MALFORMED:
        log.debug("safeguard: vendor response not understood; passed through")
        return data
    changed = False
    for group in groups:
        text = _codecs.read_group(group)
        guarded = plan.session(guard).complete(text)
        if guarded != text or len(group) > 1:
            _codecs.write_group(group, guarded)
            changed = True
    return json.dumps(obj, ensure_ascii=False).encode() if changed else data


def stream_guard(guard: Guard, plan: Plan) -> SseGuard:
    """An SSE rewriter for the reply of ``plan``."""
    return SseGuard(plan.api, lambda: plan.session(guard))


def stand_in(plan: Plan) -> tuple[list[tuple[str, str]], bytes]:
    """A successful vendor-shaped reply carrying the safe reply of a blocked request."""
    text = plan.prior.reply or ""
    model = plan.parsed.model or "safeguard"
    if plan.parsed.stream:
        return [("content-type", "text/event-stream")], _codecs.synthetic_stream(plan.api, text, model)
    body = json.dumps(_codecs.synthetic_json(plan.api, text, model), ensure_ascii=False).encode()
    return [("content-type", "application/json")], body


def error_reply(path: str, error: SafeguardError) -> tuple[int, list[tuple[str, str]], bytes]:
    """A 400 the SDK will not retry; the SDK wrapper re-raises ``error`` from it."""
    vendor = "anthropic" if path.rstrip("/").endswith("/messages") else "openai"
    body = json.dumps(_shapes.error_body(vendor, "safeguard_error", type(error).__name__)).encode()
    headers = [("content-type", "application/json"), ("x-should-retry", "false")]
    return 400, headers, body
