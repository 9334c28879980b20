"""Metrics: a logical call counts once, whatever its stages and retries."""

from __future__ import annotations

from safeguard._conversation import Conversation
from safeguard._guard import Guard
from tests.telemetry._support import Pipeline, make_guard, make_policy

CRISIS = [{"role": "user", "content": "I want to die"}]
CALM = [{"role": "user", "content": "What a nice day"}]


def _adapter_call(guard: Guard, messages: list[dict[str, str]], reply: str, attempts: int = 1) -> None:
    """What an adapter does: input check, vendor request (retried), output check, in one scope."""
    with guard.call_scope(vendor="openai", model="gpt-x"):
        convo: Conversation = guard.conversation(messages, locale="en-US")
        prior = guard.check_input(convo)
        for _ in range(attempts):
            pass  # the vendor request; retries re-enter the transport, not the guard
        guard.check_output(convo, reply, prior)


def test_input_and_output_stages_count_one_call(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    _adapter_call(guard, CRISIS, "I hear you.", attempts=3)
    _adapter_call(guard, CALM, "It is!")
    assert pipeline.total("safeguard.calls") == 2
    assert pipeline.total("safeguard.calls", **{"safeguard.risk.level": "passive"}) == 1
    assert pipeline.total("safeguard.guard.duration") == 2  # one latency sample per call


def test_each_check_run_counts_once_per_stage(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    _adapter_call(guard, CRISIS, "I hear you.")
    for check in ("self_harm", "pii", "flaky"):
        for stage in ("input", "output"):
            match = {"safeguard.check.name": check, "safeguard.stage": stage}
            assert pipeline.total("safeguard.checks", **match) == 1


def test_findings_by_check_and_category_are_not_repeated_by_the_output_stage(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    messages = [{"role": "user", "content": "I want to die, mail me at kim@example.net"}]
    _adapter_call(guard, messages, "Write to joe@example.com")
    assert pipeline.total("safeguard.findings", **{"safeguard.finding.category": "passive"}) == 1
    email = {"safeguard.check.name": "pii", "safeguard.finding.category": "EMAIL_ADDRESS"}
    assert pipeline.total("safeguard.findings", **email, **{"safeguard.stage": "input"}) == 1
    assert pipeline.total("safeguard.findings", **email, **{"safeguard.stage": "output"}) == 1


def test_actions_referrals_and_blocks(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    _adapter_call(guard, CRISIS, "I hear you.")
    _adapter_call(guard, CRISIS, "I hear you, again.")
    _adapter_call(guard, CALM, "It is!")
    assert pipeline.total("safeguard.actions", **{"safeguard.action.type": "augment"}) == 2
    assert pipeline.total("safeguard.crisis_referrals") == 2
    assert pipeline.total("safeguard.crisis_referrals", **{"safeguard.risk.level": "passive"}) == 2
    assert pipeline.total("safeguard.blocks") == 0


def test_an_input_side_augment_decision_alone_is_not_a_referral(pipeline: Pipeline) -> None:
    # Without a reply nothing is shown to the person, so nothing was referred.
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    with guard.call_scope(vendor="openai"):
        guard.check_input(guard.conversation(CRISIS))
    assert pipeline.total("safeguard.calls") == 1
    assert pipeline.total("safeguard.crisis_referrals") == 0


def test_an_unsafe_reply_counts_as_a_block_and_a_referral(pipeline: Pipeline) -> None:
    # The safe reply that replaces an unsafe one always carries crisis resources.
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    _adapter_call(guard, CALM, "here is something UNSAFE")
    assert pipeline.total("safeguard.blocks") == 1
    assert pipeline.total("safeguard.crisis_referrals") == 1
    assert pipeline.total("safeguard.actions", **{"safeguard.action.type": "block"}) == 1


def test_a_crashed_check_is_a_fail_open_event(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    _adapter_call(guard, CALM, "boom")
    assert pipeline.total("safeguard.blocks") == 0
    assert pipeline.total("safeguard.check.failures", **{"safeguard.failure.kind": "error"}) == 1
    assert pipeline.total("safeguard.fail_open", **{"safeguard.check.name": "flaky"}) == 1


def test_verdicts_outside_a_scope_are_calls_of_their_own(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    guard.check_input(guard.conversation(CALM))
    guard.check_input(guard.conversation(CALM))
    assert pipeline.total("safeguard.calls") == 2


def test_nothing_recorded_for_a_scope_that_saw_no_verdict(pipeline: Pipeline) -> None:
    policy = make_policy()
    observer = pipeline.observer(policy)
    with observer.scope(vendor="openai"):
        pass
    assert pipeline.total("safeguard.calls") == 0
    assert pipeline.logs.get_finished_logs() == ()
