"""Spans: a guard span per call, a child per check run, vendor spans nested under ours."""

from __future__ import annotations

from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.trace import StatusCode

from safeguard._errors import Blocked
from tests.telemetry._support import Pipeline, make_guard, make_policy

CRISIS = [{"role": "user", "content": "I want to die"}]


def _by_name(pipeline: Pipeline) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for span in pipeline.spans.get_finished_spans():
        out.setdefault(span.name, []).append(span)
    return out


def test_one_guard_span_with_a_child_per_check_and_stage(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    with guard.call_scope(vendor="anthropic", model="claude-x"):
        guard.check(CRISIS, reply="Thank you for telling me.", locale="en-US")
    spans = pipeline.spans.get_finished_spans()
    guard_spans = [s for s in spans if s.name == "safeguard.guard"]
    assert len(guard_spans) == 1
    parent = guard_spans[0]
    children = [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]
    names = sorted((s.name, s.attributes["safeguard.stage"]) for s in children)
    checks = ("self_harm", "pii", "flaky")
    assert names == sorted((f"safeguard.check {c}", stage) for c in checks for stage in ("input", "output"))
    for child in children:
        assert child.start_time >= parent.start_time
        assert child.end_time <= parent.end_time
        assert child.attributes["openinference.span.kind"] == "GUARDRAIL"


def test_guard_span_attributes(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    with guard.call_scope(vendor="anthropic", model="claude-x"):
        guard.check(CRISIS, reply="Thank you for telling me.", locale="en-US", conversation_id="c-1")
    (parent,) = _by_name(pipeline)["safeguard.guard"]
    attrs = dict(parent.attributes)
    assert attrs["openinference.span.kind"] == "GUARDRAIL"
    assert attrs["gen_ai.security.verdict.type"] == "modify"
    assert attrs["gen_ai.security.action.type"] == "augment"
    assert attrs["gen_ai.security.policy.rule.id"] == "crisis-resources"
    assert attrs["gen_ai.security.risk.score"] == pytest.approx(0.4)
    assert attrs["gen_ai.security.policy.name"] == attrs["safeguard.policy.name"] == "telemetry-test"
    assert attrs["safeguard.policy.version"] == "2026.11"
    assert attrs["safeguard.risk.level"] == "passive"
    assert attrs["safeguard.referral"] is True
    assert attrs["safeguard.vendor"] == attrs["gen_ai.provider.name"] == "anthropic"
    assert attrs["gen_ai.request.model"] == "claude-x"
    assert list(attrs["safeguard.stages"]) == ["input", "output"]
    assert "self_harm:passive" in attrs["safeguard.finding.categories"]
    assert attrs["gen_ai.conversation.id"] != "c-1"
    assert len(attrs["gen_ai.conversation.id"]) == 32


def test_vendor_spans_nest_under_the_guard_span(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    vendor_tracer = pipeline.tracer_provider.get_tracer("vendor-sdk")
    with guard.call_scope(vendor="anthropic"):
        convo = guard.conversation(CRISIS)
        prior = guard.check_input(convo)
        with vendor_tracer.start_as_current_span("anthropic.messages.create"):
            pass
        guard.check_output(convo, "ok", prior)
    spans = _by_name(pipeline)
    (parent,) = spans["safeguard.guard"]
    (vendor,) = spans["anthropic.messages.create"]
    assert vendor.parent is not None
    assert vendor.parent.span_id == parent.context.span_id


def test_guard_span_is_current_only_inside_the_scope(pipeline: Pipeline) -> None:
    policy = make_policy()
    observer = pipeline.observer(policy)
    before = trace.get_current_span()
    with observer.scope(vendor="openai"):
        assert trace.get_current_span().is_recording()
    assert trace.get_current_span() is before


def test_fail_open_check_has_a_failure_event_and_error_status(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    with guard.call_scope(vendor="openai"):
        guard.check(CRISIS, reply="boom")
    flaky = [
        s for s in pipeline.spans.get_finished_spans()
        if s.name == "safeguard.check flaky" and s.attributes["safeguard.stage"] == "output"
    ]
    assert len(flaky) == 1
    assert flaky[0].status.status_code is StatusCode.ERROR
    (event,) = flaky[0].events
    assert event.name == "safeguard.check.failure"
    assert dict(event.attributes) == {
        "safeguard.failure.kind": "error",
        "safeguard.failure.mode": "open",
        "safeguard.failure.reason": "RuntimeError",
    }
    (parent,) = _by_name(pipeline)["safeguard.guard"]
    assert parent.attributes["safeguard.fail_open"] is True


def test_an_error_in_the_scope_marks_the_span_with_the_type_only(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))

    def call() -> None:
        with guard.call_scope(vendor="openai"):
            guard.check_input(guard.conversation(CRISIS))
            raise ConnectionError("vendor said: I want to die")  # a vendor message may echo text

    with pytest.raises(ConnectionError):
        call()
    (parent,) = _by_name(pipeline)["safeguard.guard"]
    assert parent.status.status_code is StatusCode.ERROR
    assert parent.status.description == "ConnectionError"
    assert parent.attributes["error.type"] == "ConnectionError"
    assert pipeline.total("safeguard.errors", **{"error.type": "ConnectionError"}) == 1


def test_blocked_is_a_decision_not_an_error(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))

    def call() -> None:
        with guard.call_scope(vendor="openai"):
            guard.check_input(guard.conversation(CRISIS))
            raise Blocked("blocked by policy")

    with pytest.raises(Blocked):
        call()
    (parent,) = _by_name(pipeline)["safeguard.guard"]
    assert parent.status.status_code is not StatusCode.ERROR
    assert pipeline.total("safeguard.errors") == 0


def test_a_verdict_outside_any_scope_gets_its_own_guard_span(pipeline: Pipeline) -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    guard.check_input(guard.conversation(CRISIS))
    spans = _by_name(pipeline)
    (parent,) = spans["safeguard.guard"]
    assert len(spans["safeguard.check self_harm"]) == 1
    assert parent.attributes["safeguard.stages"] == ("input",)
    assert parent.start_time <= spans["safeguard.check self_harm"][0].start_time


def test_text_is_exported_only_when_the_policy_opts_in(pipeline: Pipeline) -> None:
    messages = [{"role": "user", "content": "I want to die, write to me at ann.lee@example.org"}]
    for include_text in (False, True):
        pipeline.clear()
        policy = make_policy(include_text=include_text)
        guard = make_guard(policy, pipeline.observer(policy))
        with guard.call_scope(vendor="openai"):
            guard.check(messages, reply="Reach me at bob@example.com")
        (parent,) = _by_name(pipeline)["safeguard.guard"]
        attrs = dict(parent.attributes)
        if not include_text:
            assert "input.value" not in attrs
            assert "output.value" not in attrs
            continue
        assert "ann.lee@example.org" not in attrs["input.value"]
        assert "<EMAIL_ADDRESS>" in attrs["input.value"]
        assert "bob@example.com" not in attrs["output.value"]
