"""Test support: a guard with deterministic checks, and the OpenTelemetry SDK's in-memory exporters.

The guard runs the real engine, rules, actions, crisis directory and PII check; the
self-harm check is a small stub so these tests depend on telemetry alone, not on the
detector's tuning. Providers are passed to the observer explicitly: the global ones
can only be set once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import InMemoryLogRecordExporter, SimpleLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from safeguard._conversation import Conversation
from safeguard._engine import BoundCheck, Engine
from safeguard._findings import CheckResult, Finding, SelfHarmState
from safeguard._guard import Guard
from safeguard._levels import RiskLevel
from safeguard._policy import Policy
from safeguard.checks.pii import PiiCheck
from safeguard.telemetry import OTelObserver

# Cue -> level, checked in order; a stand-in for the real detector.
CUES: tuple[tuple[str, RiskLevel], ...] = (
    ("right now", RiskLevel.IMMINENT),
    ("kill myself", RiskLevel.IDEATION),
    ("want to die", RiskLevel.PASSIVE),
    ("so alone", RiskLevel.DISTRESS),
)

RULES: list[dict[str, Any]] = [
    {"id": "crisis-resources", "when": {"check": "self_harm", "min_level": "passive"}, "action": "augment"},
    {
        "id": "imminent-escalation",
        "when": {"check": "self_harm", "min_level": "imminent"},
        "action": "escalate",
    },
    {"id": "pii-to-vendor", "when": {"check": "pii", "where": "input"}, "action": "redact"},
    {"id": "pii-leaked", "when": {"check": "pii", "where": "output"}, "action": "redact"},
    {"id": "unsafe-reply", "when": {"check": "flaky", "where": "output"}, "action": "block"},
]


class StubSelfHarm:
    """Finds the first cue in each user message; the conversation level is the highest."""

    name = "self_harm"

    def check_input(self, conversation: Conversation) -> CheckResult:
        findings = []
        for index, message in conversation.user_turns():
            lowered = message.text.lower()
            for cue, level in CUES:
                at = lowered.find(cue)
                if at >= 0:
                    findings.append(Finding("self_harm", level.label, "input", index, at, at + len(cue)))
                    break
        level = max((RiskLevel.parse(f.category) for f in findings), default=RiskLevel.NONE)
        return CheckResult(tuple(findings), SelfHarmState(level=level, subject="self" if findings else None))

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        return CheckResult()


class Flaky:
    """Crashes on replies containing 'boom' (fail-open reporting); flags 'UNSAFE' (a block)."""

    name = "flaky"

    def check_input(self, conversation: Conversation) -> CheckResult:
        return CheckResult()

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        if "boom" in reply:
            raise RuntimeError("crashed")
        at = reply.find("UNSAFE")
        if at < 0:
            return CheckResult()
        return CheckResult((Finding("flaky", "method", "output", "reply", at, at + 6),))


def make_policy(include_text: bool = False, hash_ids: bool = True) -> Policy:
    return Policy.model_validate(
        {
            "name": "telemetry-test",
            "version": "2026.11",
            "checks": [{"type": "pii"}],
            "rules": RULES,
            "telemetry": {"include_text": include_text, "hash_conversation_ids": hash_ids},
        }
    )


def make_guard(policy: Policy, observer: Any) -> Guard:
    guard = Guard(policy, observers=[observer])
    checks = [
        BoundCheck("self_harm", "self_harm", StubSelfHarm(), "open", 50.0),
        BoundCheck("pii", "pii", PiiCheck(), "open", 1000.0),
        BoundCheck("flaky", "flaky", Flaky(), "open", 50.0),
    ]
    guard.engine = Engine(policy, checks, guard.engine.directory)
    return guard


@dataclass
class Pipeline:
    """In-memory SDK pipelines for one test."""

    spans: InMemorySpanExporter
    metrics: InMemoryMetricReader
    logs: InMemoryLogRecordExporter
    tracer_provider: TracerProvider
    meter_provider: MeterProvider
    logger_provider: LoggerProvider

    def observer(self, policy: Policy, salt: str = "test-salt") -> OTelObserver:
        return OTelObserver(
            policy,
            tracer_provider=self.tracer_provider,
            meter_provider=self.meter_provider,
            logger_provider=self.logger_provider,
            salt=salt,
        )

    def clear(self) -> None:
        self.spans.clear()
        self.logs.clear()

    def counters(self) -> dict[str, list[tuple[dict[str, Any], float]]]:
        """metric name -> [(attributes, value)] (sum for counters, sum of samples for histograms)."""
        out: dict[str, list[tuple[dict[str, Any], float]]] = {}
        data = self.metrics.get_metrics_data()
        if data is None:
            return out
        for rm in data.resource_metrics:
            for sm in rm.scope_metrics:
                for metric in sm.metrics:
                    points = out.setdefault(metric.name, [])
                    for point in metric.data.data_points:
                        value = getattr(point, "value", None)
                        if value is None:
                            value = point.count  # histogram: number of samples
                        points.append((dict(point.attributes or {}), value))
        return out

    def total(self, name: str, **match: Any) -> float:
        return sum(
            value
            for attrs, value in self.counters().get(name, [])
            if all(attrs.get(k) == v for k, v in match.items())
        )


def make_pipeline() -> Pipeline:
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    logs = InMemoryLogRecordExporter()
    logger_provider = LoggerProvider()
    logger_provider.add_log_record_processor(SimpleLogRecordProcessor(logs))
    return Pipeline(spans, reader, logs, tracer_provider, meter_provider, logger_provider)


def shutdown(pipeline: Pipeline) -> None:
    pipeline.tracer_provider.shutdown()
    pipeline.meter_provider.shutdown()
    pipeline.logger_provider.shutdown()
