"""A second opinion is visible to an auditor: its own span, and a judge that is down counts."""

from __future__ import annotations

from safeguard import Conversation, RiskLevel, SecondOpinionSettings, SelfHarmState
from tests.telemetry._support import Pipeline, make_guard, make_policy

CALM = [{"role": "user", "content": "hello there"}]


def _judge_raising(conversation: Conversation, state: SelfHarmState) -> RiskLevel | None:
    raise ValueError("the judge's endpoint is down")


def _judge_intent(conversation: Conversation, state: SelfHarmState) -> RiskLevel | None:
    return RiskLevel.INTENT


def test_a_raised_level_is_a_check_span_with_one_finding(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    guard.second_opinion = SecondOpinionSettings(_judge_intent, levels=None)
    verdict = guard.check(CALM, locale="en-US")
    assert verdict.self_harm.level == RiskLevel.INTENT
    (timing,) = [t for t in verdict.timings if t.check == "second_opinion"]
    assert timing.findings == 1
    assert timing.end_ns >= timing.start_ns
    names = [s.name for s in pipeline.spans.get_finished_spans()]
    assert names.count("safeguard.check second_opinion") == 1
    assert pipeline.total("safeguard.checks", **{"safeguard.check.name": "second_opinion"}) == 1


def test_a_judge_that_is_down_is_a_fail_open_event(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    guard.second_opinion = SecondOpinionSettings(_judge_raising, levels=None)
    verdict = guard.check(CALM, locale="en-US")
    assert verdict.self_harm.level == RiskLevel.NONE
    (failure,) = [f for f in verdict.failures if f.check == "second_opinion"]
    assert (failure.kind, failure.fail) == ("error", "open")
    assert "down" not in failure.reason  # the reason names the error type, never its text
    assert pipeline.total("safeguard.fail_open", **{"safeguard.check.name": "second_opinion"}) == 1


def test_no_consultation_no_span(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    guard.second_opinion = SecondOpinionSettings(_judge_intent)  # asked from distress up only
    verdict = guard.check(CALM, locale="en-US")
    assert verdict.self_harm.level == RiskLevel.NONE
    assert not [t for t in verdict.timings if t.check == "second_opinion"]
