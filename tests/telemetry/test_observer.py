"""The observer's contract: optional, API-only, never changes a decision, names documented."""

from __future__ import annotations

import re
from pathlib import Path

from opentelemetry import _logs, metrics, trace

import safeguard.telemetry as telemetry
from safeguard.telemetry import OTelObserver, observer_for
from safeguard.telemetry import _names as names
from tests.telemetry._support import Pipeline, make_guard, make_policy

DOCS = Path(__file__).resolve().parents[2] / "docs" / "telemetry.md"
MESSAGES = [{"role": "user", "content": "I want to die. Mail me at kai@example.org"}]


def test_observer_for_follows_the_policy() -> None:
    policy = make_policy()
    assert isinstance(observer_for(policy), OTelObserver)
    off = policy.model_copy(update={"telemetry": policy.telemetry.model_copy(update={"enabled": False})})
    assert observer_for(off) is None


def test_no_sdk_means_no_error_and_the_same_verdict() -> None:
    policy = make_policy()
    silent = OTelObserver(
        policy,
        tracer_provider=trace.NoOpTracerProvider(),
        meter_provider=metrics.NoOpMeterProvider(),
        logger_provider=_logs.NoOpLoggerProvider(),
    )
    plain = make_guard(policy, lambda verdict, stage: None)
    observed = make_guard(policy, silent)
    with observed.call_scope(vendor="openai"):
        got = observed.check(MESSAGES, reply="I hear you.", locale="en-US")
    want = plain.check(MESSAGES, reply="I hear you.", locale="en-US")
    assert got.to_dict() | {"elapsed_ms": 0} == want.to_dict() | {"elapsed_ms": 0}


def test_global_providers_are_used_when_none_are_given() -> None:
    # No SDK is installed globally in the test process: the API's proxies are no-ops.
    policy = make_policy()
    guard = make_guard(policy, OTelObserver(policy))
    with guard.call_scope(vendor="openai"):
        verdict = guard.check(MESSAGES, reply="ok")
    assert verdict.self_harm.level.label == "passive"


def test_an_observer_failure_never_reaches_the_caller(pipeline: Pipeline) -> None:
    policy = make_policy()
    observer = pipeline.observer(policy)
    observer._key = None  # type: ignore[assignment]  # hashing will now raise inside the observer
    guard = make_guard(policy, observer)
    verdict = guard.check(MESSAGES, reply="ok", conversation_id="c-1")
    assert "augment" in verdict.action_types()


def test_every_emitted_name_is_documented() -> None:
    documented = DOCS.read_text(encoding="utf-8")
    emitted = [
        value for key, value in vars(names).items()
        if key.isupper() and isinstance(value, str) and "." in value and key != "AUDIT_SCHEMA"
    ]
    missing = [name for name in emitted if f"`{name}`" not in documented]
    assert missing == []


def test_public_api_is_importable() -> None:
    # Order is ruff's job (RUF022, isort-style); here: no repeats, and every name resolves.
    assert len(set(telemetry.__all__)) == len(telemetry.__all__)
    for name in telemetry.__all__:
        assert getattr(telemetry, name) is not None


def test_draft_names_are_marked_draft_in_the_docs() -> None:
    documented = DOCS.read_text(encoding="utf-8")
    for line in documented.splitlines():
        if re.match(r"\|\s*`gen_ai\.security\.", line):
            assert "draft" in line.lower(), line
