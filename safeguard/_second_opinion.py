"""When and how the Guard asks an optional second opinion on the self-harm risk.

Any classifier fits (an LLM judge through the app's own client, a moderation
endpoint, a local model): ``fn(conversation, rule_state) -> RiskLevel | None``.
It is off unless the app passes one, runs with a timeout, and by default can
only raise the level, because a missed risk is the dangerous error.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from safeguard._conversation import Conversation
from safeguard._findings import SelfHarmState
from safeguard._levels import RiskLevel
from safeguard._verdict import CheckFailure, CheckTiming

Opinion = Callable[[Conversation, SelfHarmState], "RiskLevel | None"]

# The middle levels are where rules and classifiers disagree most (RAND 2025: no
# model separated the intermediate levels); clear cases skip the extra call.
AMBIGUOUS = frozenset({RiskLevel.DISTRESS, RiskLevel.PASSIVE, RiskLevel.IDEATION})


@dataclass(frozen=True)
class SecondOpinionSettings:
    """A second-opinion classifier and when to consult it.

    ``levels``: the rule-based levels that trigger a consultation (``None``:
    every turn). ``fail``: ``open`` keeps the rule-based state on a timeout or
    error, ``closed`` raises ``CheckError``.
    """

    fn: Opinion
    levels: Collection[RiskLevel] | None = field(default=AMBIGUOUS)
    timeout_s: float = 2.0
    fail: Literal["open", "closed"] = "open"
    allow_lower: bool = False

    def refine(self, conversation: Conversation, state: SelfHarmState) -> SelfHarmState:
        """The state after the opinion, if this state calls for one."""
        consulted = self.consult(conversation, state)
        return state if consulted is None else consulted.state

    def consult(self, conversation: Conversation, state: SelfHarmState) -> Consulted | None:
        """The consultation this state calls for (``None``: it calls for none)."""
        if self.levels is not None and state.level not in self.levels:
            return None
        from safeguard.checks.self_harm._second_opinion import consult

        start = time.perf_counter_ns()
        after, failure = consult(
            self.fn,
            conversation,
            state,
            timeout_s=self.timeout_s,
            fail=self.fail,
            allow_lower=self.allow_lower,
        )
        changed = int(after.level != state.level)
        timing = CheckTiming("second_opinion", "input", start, time.perf_counter_ns(), changed)
        return Consulted(after, timing, failure)


@dataclass(frozen=True, slots=True)
class Consulted:
    """One consultation: the state after it, when it ran (``findings`` is 1 when it
    changed the level) and the failure it kept going past, if any. The verdict carries
    the timing and the failure, so spans and metrics show a judge that is slow or down."""

    state: SelfHarmState
    timing: CheckTiming
    failure: CheckFailure | None = None


SecondOpinion = Opinion | SecondOpinionSettings


T = TypeVar("T")


async def awaited_check(fn: Callable[[], T], judged: bool) -> T:
    """``fn()`` (an input check) for async code: inline when it is only CPU (~1 ms), in a
    worker thread with the caller's context when ``judged`` (a second opinion waits on
    the network), so the app's event loop keeps running meanwhile."""
    if not judged:
        return fn()
    from anyio import to_thread  # httpx's own dependency; any async backend

    return await to_thread.run_sync(fn)
