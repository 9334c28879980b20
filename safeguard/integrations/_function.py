"""``guarded(guard)``: guard any function that takes chat messages and returns text.

For local models and SDKs without an httpx client::

    @guarded(guard)
    def reply(messages: list[dict[str, str]]) -> str:
        return my_local_model.generate(messages)

The function receives the messages with user PII replaced by placeholders (when
the policy redacts input PII) and its text goes through the same
``OutputSession`` as every other integration. A blocked input never reaches the
function: the safe reply is returned (or ``Blocked`` raised when the policy
fails closed). Works for ``async def`` functions and for (async) generators that
yield text as it is produced.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from safeguard._errors import Blocked
from safeguard._second_opinion import awaited_check
from safeguard.integrations import _codecs
from safeguard.integrations._core import Plan, _input_redactions

if TYPE_CHECKING:
    from safeguard._guard import Guard

Messages = Sequence[Mapping[str, Any]]
F = TypeVar("F", bound=Callable[..., Any])


def _prepare(guard: Guard, messages: Messages) -> tuple[Plan, Messages]:
    convo = guard.conversation(messages)
    prior = guard.check_input(convo)
    if prior.blocked and guard.policy.fail == "closed":
        raise Blocked("the policy blocked this request", prior.reply)
    body: dict[str, Any] = {"messages": copy.deepcopy(list(messages))}
    parsed = _codecs.parse_request("chat", body)
    redactions = _input_redactions(guard, prior)
    vault = None
    if redactions and not prior.blocked:
        vault = guard.vaults.get(convo.conversation_id)
        _codecs.redact_request(parsed, redactions, vault.redact)
    return Plan(parsed, convo, prior, b"", vault), body["messages"]


async def _aprepare(guard: Guard, messages: Messages) -> tuple[Plan, Messages]:
    return await awaited_check(functools.partial(_prepare, guard, messages), guard.second_opinion is not None)


def _finish(guard: Guard, plan: Plan, text: str) -> str:
    return plan.session(guard).complete(text)


def _stream(guard: Guard, plan: Plan, pieces: Iterator[str]) -> Iterator[str]:
    session = plan.session(guard)
    for piece in pieces:
        out = session.feed(piece)
        if out:
            yield out
    tail = session.close()
    if tail:
        yield tail


def _name(fn: Callable[..., Any]) -> str | None:
    return getattr(fn, "__name__", None)


def _wrap_sync(guard: Guard, fn: Callable[..., str]) -> Callable[..., str]:
    @functools.wraps(fn)
    def run(messages: Messages, *args: Any, **kwargs: Any) -> str:
        with guard.call_scope(vendor="function", model=_name(fn)):
            plan, sent = _prepare(guard, messages)
            if plan.prior.blocked:
                return plan.prior.reply or ""
            return _finish(guard, plan, fn(sent, *args, **kwargs))

    return run


def _wrap_async(guard: Guard, fn: Callable[..., Awaitable[str]]) -> Callable[..., Awaitable[str]]:
    @functools.wraps(fn)
    async def run(messages: Messages, *args: Any, **kwargs: Any) -> str:
        with guard.call_scope(vendor="function", model=_name(fn)):
            plan, sent = await _aprepare(guard, messages)
            if plan.prior.blocked:
                return plan.prior.reply or ""
            return _finish(guard, plan, await fn(sent, *args, **kwargs))

    return run


def _wrap_generator(guard: Guard, fn: Callable[..., Iterator[str]]) -> Callable[..., Iterator[str]]:
    @functools.wraps(fn)
    def run(messages: Messages, *args: Any, **kwargs: Any) -> Iterator[str]:
        with guard.call_scope(vendor="function", model=_name(fn)):
            plan, sent = _prepare(guard, messages)
            if plan.prior.blocked:
                yield plan.prior.reply or ""
                return
            yield from _stream(guard, plan, fn(sent, *args, **kwargs))

    return run


def _wrap_async_generator(
    guard: Guard, fn: Callable[..., AsyncIterator[str]]
) -> Callable[..., AsyncIterator[str]]:
    @functools.wraps(fn)
    async def run(messages: Messages, *args: Any, **kwargs: Any) -> AsyncIterator[str]:
        with guard.call_scope(vendor="function", model=_name(fn)):
            plan, sent = await _aprepare(guard, messages)
            if plan.prior.blocked:
                yield plan.prior.reply or ""
                return
            session = plan.session(guard)
            async for piece in fn(sent, *args, **kwargs):
                out = session.feed(piece)
                if out:
                    yield out
            tail = session.close()
            if tail:
                yield tail

    return run


def guarded(guard: Guard) -> Callable[[F], F]:
    """Decorate ``fn(messages, *args, **kwargs)`` returning text, or yielding it, with the guard.

    Plain and ``async`` functions return the guarded text; generators and async
    generators (a local model streaming its words) yield the guarded text as
    sentences complete, the same text as the non-streamed form.
    """

    def decorate(fn: F) -> F:
        if inspect.isasyncgenfunction(fn):
            return cast(F, _wrap_async_generator(guard, fn))
        if inspect.isgeneratorfunction(fn):
            return cast(F, _wrap_generator(guard, fn))
        if inspect.iscoroutinefunction(fn):
            return cast(F, _wrap_async(guard, fn))
        return cast(F, _wrap_sync(guard, fn))

    return decorate
