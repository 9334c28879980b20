"""An optional second opinion on the rule-based state (off unless a policy sets one).

Any classifier fits: an LLM judge through the app's own client, a moderation
endpoint, a local model. It gets the conversation and the rule-based state and
returns a ``RiskLevel`` or ``None`` (no opinion). It runs in a worker thread
with a timeout; what happens on a timeout or an exception is the fail mode.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from safeguard._conversation import Conversation
from safeguard._errors import CheckError
from safeguard._findings import SelfHarmState
from safeguard._levels import RiskLevel
from safeguard._verdict import CheckFailure

SecondOpinion = Callable[[Conversation, SelfHarmState], "RiskLevel | None"]
"""``fn(conversation, rule_state) -> RiskLevel | None``."""

FailMode = Literal["open", "closed"]
# Consultations wait on a classifier's network call, not on the CPU: a small pool would
# queue concurrent requests' consultations behind each other until they time out.
_POOL_WORKERS = 32
_pool: concurrent.futures.ThreadPoolExecutor | None = None


def _executor() -> concurrent.futures.ThreadPoolExecutor:
    """A small shared pool, created on first use (no import-time threads)."""
    global _pool
    if _pool is None:
        _pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=_POOL_WORKERS, thread_name_prefix="safeguard-second-opinion"
        )
    return _pool


def second_opinion(
    fn: SecondOpinion,
    conversation: Conversation,
    state: SelfHarmState,
    *,
    timeout_s: float = 2.0,
    fail: FailMode = "open",
    allow_lower: bool = False,
) -> SelfHarmState:
    """Run ``fn`` with a timeout and merge its level into ``state``.

    By default the opinion can only raise the level (a missed risk is the
    dangerous error); ``allow_lower=True`` lets it lower the level too. On a
    timeout or an exception, ``fail="open"`` keeps the rule-based state and
    ``fail="closed"`` raises ``CheckError``.
    """
    return consult(fn, conversation, state, timeout_s=timeout_s, fail=fail, allow_lower=allow_lower)[0]


def consult(
    fn: SecondOpinion,
    conversation: Conversation,
    state: SelfHarmState,
    *,
    timeout_s: float = 2.0,
    fail: FailMode = "open",
    allow_lower: bool = False,
) -> tuple[SelfHarmState, CheckFailure | None]:
    """``second_opinion``, plus the failure it kept going past (``fail="open"``), for
    the verdict and telemetry: an auditor sees that the judge was down."""
    future = _executor().submit(fn, conversation, state)
    try:
        opinion = future.result(timeout=timeout_s)
    except concurrent.futures.TimeoutError:
        future.cancel()
        return state, _failed("budget", fail, f"second opinion timed out after {timeout_s} s")
    except Exception as exc:  # any classifier error is handled by the fail mode
        return state, _failed("error", fail, f"second opinion raised {type(exc).__name__}")
    return merge(state, opinion, allow_lower=allow_lower), None


def _failed(kind: Literal["error", "budget"], fail: FailMode, reason: str) -> CheckFailure:
    if fail == "closed":
        raise CheckError("self_harm", reason)
    return CheckFailure("second_opinion", kind, reason, fail)


def merge(state: SelfHarmState, opinion: RiskLevel | None, *, allow_lower: bool = False) -> SelfHarmState:
    """The state with ``opinion`` applied (``None`` keeps it as it is)."""
    if opinion is None:
        return state
    level = RiskLevel.parse(opinion)
    if level < state.level and not allow_lower:
        return state
    subject = state.subject or ("self" if level >= RiskLevel.DISTRESS else None)
    return replace(state, level=level, subject=subject)
