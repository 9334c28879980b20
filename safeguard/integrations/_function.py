"""``guarded(guard)``: guard any function that takes chat messages and returns text.

For local models and SDKs without an httpx client::

    @guarded(guard)
    def reply(messages: list[dict[str, str]]) -> str:
        return my_local_model.generate(messages)

The function receives the messages with user PII replaced by placeholders (when
the policy redacts input PII) and its text goes through the same
``OutputSession`` as every other integration. A blocked input never reaches the
function: the safe reply is returned (or ``Blocked`` raised when the policy
fails closed). Works for ``async def`` functions too.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from safeguard._errors import Blocked
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


def _finish(guard: Guard, plan: Plan, text: str) -> str:
    return plan.session(guard).complete(text)


def guarded(guard: Guard) -> Callable[[F], F]:
    """Decorate ``fn(messages, *args, **kwargs) -> str`` (sync or async) with the guard."""

    def decorate(fn: F) -> F:
        if inspect.iscoroutinefunction(fn):
            async_fn = cast(Callable[..., Awaitable[str]], fn)

            @functools.wraps(fn)
            async def run_async(messages: Messages, *args: Any, **kwargs: Any) -> str:
                with guard.call_scope(vendor="function", model=getattr(fn, "__name__", None)):
                    plan, sent = _prepare(guard, messages)
                    if plan.prior.blocked:
                        return plan.prior.reply or ""
                    return _finish(guard, plan, await async_fn(sent, *args, **kwargs))

            return cast(F, run_async)

        @functools.wraps(fn)
        def run(messages: Messages, *args: Any, **kwargs: Any) -> str:
            with guard.call_scope(vendor="function", model=getattr(fn, "__name__", None)):
                plan, sent = _prepare(guard, messages)
                if plan.prior.blocked:
                    return plan.prior.reply or ""
                return _finish(guard, plan, fn(sent, *args, **kwargs))

        return cast(F, run)

    return decorate
