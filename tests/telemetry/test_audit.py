"""Audit events: one text-free ``safeguard.decision`` record per call, and its JSON-lines file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from opentelemetry.sdk._logs import LoggerProvider
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor

from safeguard.telemetry import SALT_ENV, JsonlAuditExporter, OTelObserver, hash_id, telemetry_key
from safeguard.telemetry._counts import count_year, read_entries
from tests.telemetry._support import Pipeline, make_guard, make_policy

MESSAGES = [
    {"role": "system", "content": "Be kind."},
    {"role": "user", "content": "I want to die. I'm Dana, dana@example.org"},
]


def _call(pipeline: Pipeline, messages: list[dict[str, str]], reply: str, convo: str = "conv-9") -> None:
    policy = make_policy()
    guard = make_guard(policy, pipeline.observer(policy))
    with guard.call_scope(vendor="openai", model="gpt-x"):
        guard.check(messages, reply=reply, locale="en-GB", conversation_id=convo)


def test_one_record_per_call_with_what_and_why(pipeline: Pipeline) -> None:
    _call(pipeline, MESSAGES, "I am here with you.")
    (record,) = pipeline.logs.get_finished_logs()
    log = record.log_record
    assert log.event_name == "safeguard.decision"
    body = log.body
    assert isinstance(body, dict)
    assert body["policy"] == {"name": "telemetry-test", "version": "2026.11"}
    assert body["stages"] == ["input", "output"]
    assert body["referral"] is True
    assert body["verdict"] == "modify"
    assert body["risk"]["level"] == "passive"
    assert body["locale"] == "en-GB"
    assert {"check": "self_harm", "category": "passive", "where": "input", "message": 1,
            "start": 2, "end": 13, "score": 1.0} in body["findings"]
    assert {"type": "augment", "check": "self_harm", "rule": "crisis-resources"} in body["actions"]
    assert body["conversation"] == hash_id("conv-9", telemetry_key("test-salt"))
    assert log.attributes is not None
    assert log.attributes["safeguard.referral"] is True
    # the record belongs to the guard span's trace
    (guard_span,) = [s for s in pipeline.spans.get_finished_spans() if s.name == "safeguard.guard"]
    assert log.trace_id == guard_span.context.trace_id


def test_the_record_holds_no_text(pipeline: Pipeline) -> None:
    _call(pipeline, MESSAGES, "Dana, write to me at help@example.com")
    (record,) = pipeline.logs.get_finished_logs()
    dumped = record.to_json()
    for secret in ("Dana", "dana@example.org", "want to die", "help@example.com", "conv-9"):
        assert secret not in dumped


def test_salt_makes_ids_stable_across_processes_and_unlinkable_between_salts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(SALT_ENV, "operator-secret")
    assert telemetry_key() == b"operator-secret"
    same = hash_id("conv-1", telemetry_key())
    assert same == hash_id("conv-1", b"operator-secret")
    assert same != hash_id("conv-1", b"another-secret")
    monkeypatch.delenv(SALT_ENV)
    assert telemetry_key() == telemetry_key()  # per-process key, stable within the process
    assert len(telemetry_key("x" * 100)) == 32  # long salts are hashed down to a BLAKE2b key


def test_raw_ids_only_when_the_policy_turns_hashing_off(pipeline: Pipeline) -> None:
    policy = make_policy(hash_ids=False)
    guard = make_guard(policy, pipeline.observer(policy))
    guard.check(MESSAGES, conversation_id="conv-raw")
    (record,) = pipeline.logs.get_finished_logs()
    assert isinstance(record.log_record.body, dict)
    assert record.log_record.body["conversation"] == "conv-raw"


def test_jsonl_exporter_writes_what_report_counts_reads(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    provider = LoggerProvider()
    provider.add_log_record_processor(SimpleLogRecordProcessor(JsonlAuditExporter(path)))
    policy = make_policy()
    guard = make_guard(policy, OTelObserver(policy, logger_provider=provider))
    for reply in ("one", "two"):
        with guard.call_scope(vendor="openai"):
            guard.check(MESSAGES, reply=reply)
    with guard.call_scope(vendor="openai"):
        guard.check([{"role": "user", "content": "hello"}], reply="hi")
    provider.shutdown()
    lines = path.read_text().splitlines()
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert first["event"] == "safeguard.decision"
    assert first["trace_id"] is None  # no tracer configured here: no trace to point at
    entries = [e for e in read_entries(lines) if not isinstance(e, Exception)]
    year = entries[0].time.year
    counts = count_year(entries, year).to_dict()
    assert counts["crisis_referral_notifications"] == 2
    assert counts["referrals_by_risk_level"]["passive"] == 2
    assert counts["decisions_logged"] == 3
