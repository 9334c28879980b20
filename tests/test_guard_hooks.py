"""Guard hooks: the second opinion, the LLM rewriter, escalation callbacks."""

from __future__ import annotations

import time

import pytest

from safeguard import Guard, RiskLevel, SelfHarmState, Verdict
from safeguard._conversation import Conversation
from safeguard._errors import CheckError
from safeguard._second_opinion import SecondOpinionSettings

DISTRESS = [{"role": "user", "content": "i feel so stressed and sad about work"}]
METAPHOR = [{"role": "user", "content": "tonight the curtain finally falls on my story"}]


def test_a_second_opinion_can_raise_an_ambiguous_level() -> None:
    seen: list[RiskLevel] = []

    def judge(conversation: Conversation, state: SelfHarmState) -> RiskLevel:
        seen.append(state.level)
        return RiskLevel.IDEATION

    verdict = Guard(second_opinion=judge).check(DISTRESS, reply="That sounds hard.", locale="en-US")
    assert seen == [RiskLevel.DISTRESS]
    assert verdict.self_harm.level is RiskLevel.IDEATION
    assert "augment" in verdict.action_types()
    assert verdict.reply is not None and "988" in verdict.reply


def test_by_default_an_opinion_never_lowers_the_level() -> None:
    verdict = Guard(second_opinion=lambda c, s: RiskLevel.NONE).check(
        [{"role": "user", "content": "i wish i could sleep and never wake up"}]
    )
    assert verdict.self_harm.level >= RiskLevel.PASSIVE


def test_levels_outside_the_trigger_set_are_not_sent() -> None:
    calls: list[object] = []
    settings = SecondOpinionSettings(lambda c, s: calls.append(s) or None, levels={RiskLevel.PASSIVE})
    Guard(second_opinion=settings).check([{"role": "user", "content": "hello there"}])
    assert calls == []
    Guard(second_opinion=SecondOpinionSettings(lambda c, s: calls.append(s) or None, levels=None)).check(
        METAPHOR
    )
    assert len(calls) == 1


def test_a_slow_opinion_times_out_open_or_closed() -> None:
    def slow(conversation: Conversation, state: SelfHarmState) -> RiskLevel:
        time.sleep(0.5)
        return RiskLevel.IMMINENT

    open_ = SecondOpinionSettings(slow, levels=None, timeout_s=0.05)
    verdict = Guard(second_opinion=open_).check(DISTRESS)
    assert verdict.self_harm.level is RiskLevel.DISTRESS
    closed = SecondOpinionSettings(slow, levels=None, timeout_s=0.05, fail="closed")
    with pytest.raises(CheckError):
        Guard(second_opinion=closed).check(DISTRESS)


def test_llm_rewriter_output_is_used_when_it_passes_the_check() -> None:
    def honest(sentence: str, kind: str) -> str:
        return "I'm glad to be talking with you right now."

    verdict = Guard(llm_rewriter=honest).check(
        [{"role": "user", "content": "thanks"}], reply="I'll always be here."
    )
    assert verdict.reply == "I'm glad to be talking with you right now."


def test_llm_rewriter_output_that_still_promises_is_discarded() -> None:
    verdict = Guard(llm_rewriter=lambda s, k: "I will always be here for you.").check(
        [{"role": "user", "content": "thanks"}], reply="I'll always be here."
    )
    assert verdict.reply is not None
    assert "always" not in verdict.reply.lower()


def test_escalate_hook_runs_on_imminent_risk_and_its_failure_is_contained() -> None:
    calls: list[Verdict] = []
    guard = Guard()
    guard.on_escalate(calls.append)
    guard.on_escalate(lambda v: 1 / 0)  # a broken hook must not break the reply
    verdict = guard.check(
        [{"role": "user", "content": "i took the whole bottle of pills a few minutes ago"}],
        reply="I'm here.",
        locale="en-GB",
    )
    assert verdict.self_harm.level is RiskLevel.IMMINENT
    assert [v.self_harm.level for v in calls] == [RiskLevel.IMMINENT]
    assert verdict.reply is not None and verdict.reply.index("999") < verdict.reply.index("116 123")
