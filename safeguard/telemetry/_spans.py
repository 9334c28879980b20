"""Spans: one ``safeguard.guard`` span per guarded call, a child per check run.

The engine only records ``perf_counter_ns`` timings; check spans are built from
them after the fact, so tracing adds nothing to the checks' own run time. The
offset between ``perf_counter_ns`` and the epoch clock is measured once per process.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from functools import cache

from opentelemetry import trace
from opentelemetry.trace import Span, Status, StatusCode, Tracer
from opentelemetry.util.types import AttributeValue

from safeguard._findings import Finding
from safeguard._verdict import CheckFailure, CheckTiming, Verdict
from safeguard.telemetry import _facts
from safeguard.telemetry import _names as n

Attributes = dict[str, AttributeValue]


@cache
def _epoch_offset_ns() -> int:
    return time.time_ns() - time.perf_counter_ns()


def epoch_ns(perf_ns: int) -> int:
    """A ``perf_counter_ns`` reading on the epoch clock spans use."""
    return perf_ns + _epoch_offset_ns()


def call_attributes(verdict: Verdict, stages: Sequence[str], policy: _facts.PolicyId) -> Attributes:
    """What the guard span says about the call's final verdict (labels only)."""
    attrs: Attributes = {
        n.SEC_VERDICT: _facts.verdict_type(verdict),
        n.SEC_POLICY_NAME: policy.name,
        n.SEC_POLICY_VERSION: policy.version,
        n.SEC_RISK_SCORE: _facts.risk_score(verdict),
        n.POLICY_NAME: policy.name,
        n.POLICY_VERSION: policy.version,
        n.STAGES: list(stages),
        n.RISK_LEVEL: verdict.self_harm.level.label,
        n.METHOD_SEEKING: verdict.self_harm.method_seeking,
        n.CATEGORIES: _facts.category_labels(verdict.findings),
        n.FINDING_COUNT: len(verdict.findings),
        n.ACTIONS: [a.type for a in verdict.actions],
        n.RULES: [a.rule for a in verdict.actions if a.rule],
        n.BLOCKED: verdict.blocked,
        n.FAILURES: _facts.failure_labels(verdict.failures),
        n.FAIL_OPEN: _facts.fail_open(verdict.failures),
        n.LATENCY_MS: round(verdict.elapsed_ms, 3),
    }
    if verdict.self_harm.subject:
        attrs[n.RISK_SUBJECT] = verdict.self_harm.subject
    top = _facts.strongest(verdict.actions)
    if top is not None:
        attrs[n.SEC_ACTION] = top.type
        if top.rule:
            attrs[n.SEC_RULE_ID] = top.rule
    return attrs


def scope_attributes(vendor: str | None, model: str | None) -> Attributes:
    """The attributes known when a call starts: the span kind, vendor and model."""
    attrs: Attributes = {n.OI_SPAN_KIND: n.OI_GUARDRAIL, n.SEC_GUARDRAIL_NAME: n.INSTRUMENTATION_NAME}
    if vendor:
        attrs[n.VENDOR] = vendor
        attrs[n.GENAI_PROVIDER] = vendor
    if model:
        attrs[n.MODEL] = model
        attrs[n.GENAI_MODEL] = model
    return attrs


def check_spans(
    tracer: Tracer,
    parent: Span,
    timings: Iterable[CheckTiming],
    findings: Sequence[Finding],
    failures: Sequence[CheckFailure],
) -> None:
    """One ended child span per check timing, placed at the time the check really ran."""
    ctx = trace.set_span_in_context(parent)
    for timing in timings:
        span = tracer.start_span(
            f"{n.CHECK_SPAN_PREFIX} {timing.check}",
            context=ctx,
            start_time=epoch_ns(timing.start_ns),
            attributes=_check_attributes(timing, findings),
        )
        for failure in failures:
            if failure.check == timing.check:
                _record_failure(span, failure)
        span.end(end_time=epoch_ns(timing.end_ns))


def _check_attributes(timing: CheckTiming, findings: Sequence[Finding]) -> Attributes:
    mine = [f for f in findings if f.check == timing.check and f.where == timing.stage]
    return {
        n.OI_SPAN_KIND: n.OI_GUARDRAIL,
        n.CHECK_NAME: timing.check,
        n.STAGE: str(timing.stage),
        n.FINDING_COUNT: timing.findings,
        n.CATEGORIES: sorted({f.category for f in mine}),
        n.LATENCY_MS: round((timing.end_ns - timing.start_ns) / 1e6, 4),
    }


def _record_failure(span: Span, failure: CheckFailure) -> None:
    span.add_event(
        n.FAILURE_EVENT,
        {
            n.FAILURE_KIND: failure.kind,
            n.FAILURE_MODE: failure.fail,
            n.FAILURE_REASON: failure.reason,
        },
    )
    if failure.kind == "error":
        span.set_status(Status(StatusCode.ERROR, f"{failure.kind}: {failure.reason}"))


def start_guard_span(
    tracer: Tracer, vendor: str | None = None, model: str | None = None, start_ns: int | None = None
) -> Span:
    """The parent span of a guarded call (not yet current: the caller decides)."""
    span = tracer.start_span(n.GUARD_SPAN, start_time=start_ns)
    if span.is_recording():  # attributes only for a span someone will read
        span.set_attributes(scope_attributes(vendor, model))
    return span
