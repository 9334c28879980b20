"""When and how the Guard asks an optional second opinion on the self-harm risk.

Any classifier fits (an LLM judge through the app's own client, a moderation
endpoint, a local model): ``fn(conversation, rule_state) -> RiskLevel | None``.
It is off unless the app passes one, runs with a timeout, and by default can
only raise the level, because a missed risk is the dangerous error.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Literal

from safeguard._conversation import Conversation
from safeguard._findings import SelfHarmState
from safeguard._levels import RiskLevel

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
        if self.levels is not None and state.level not in self.levels:
            return state
        from safeguard.checks.self_harm import second_opinion

        return second_opinion(
            self.fn,
            conversation,
            state,
            timeout_s=self.timeout_s,
            fail=self.fail,
            allow_lower=self.allow_lower,
        )


SecondOpinion = Opinion | SecondOpinionSettings
