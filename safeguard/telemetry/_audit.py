"""Audit events: one ``safeguard.decision`` log record per guarded call, without text.

The record says what was decided and why (policy, risk level, which checks found
which categories at which offsets, which rules fired which actions, what failed)
so a decision can be reconstructed and counted, but it never carries what anyone
wrote. ``docs/telemetry.md`` documents the body; ``safeguard report counts``
reads it back from a JSON-lines file.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from opentelemetry._logs import Logger, SeverityNumber
from opentelemetry.context import Context

from safeguard._verdict import Verdict
from safeguard.telemetry import _facts
from safeguard.telemetry import _names as n


@dataclass(frozen=True, slots=True)
class CallInfo:
    """What the observer knows about a call beyond its verdict."""

    policy: _facts.PolicyId
    vendor: str | None
    model: str | None
    stages: tuple[str, ...]
    conversation: str | None  # already hashed (or deliberately raw: see TelemetrySettings)
    referral: bool


def decision_body(verdict: Verdict, info: CallInfo) -> dict[str, Any]:
    """The audit record body: labels, counts and offsets only."""
    convo = verdict.conversation
    return {
        "schema": n.AUDIT_SCHEMA,
        "policy": {"name": info.policy.name, "version": info.policy.version},
        "conversation": info.conversation,
        "vendor": info.vendor,
        "model": info.model,
        "locale": convo.locale if convo is not None else None,
        "stages": list(info.stages),
        "verdict": _facts.verdict_type(verdict),
        "referral": info.referral,
        "blocked": verdict.blocked,
        "risk": {
            "level": verdict.self_harm.level.label,
            "subject": verdict.self_harm.subject,
            "method_seeking": verdict.self_harm.method_seeking,
            "score": _facts.risk_score(verdict),
        },
        "findings": [_facts.finding_record(f) for f in verdict.findings],
        "actions": [_facts.action_record(a) for a in verdict.actions],
        "failures": [_facts.failure_record(f) for f in verdict.failures],
        "elapsed_ms": round(verdict.elapsed_ms, 3),
    }


def decision_attributes(verdict: Verdict, info: CallInfo) -> dict[str, Any]:
    """Flat attributes for filtering audit records in a log backend."""
    attrs: dict[str, Any] = {
        n.POLICY_NAME: info.policy.name,
        n.POLICY_VERSION: info.policy.version,
        n.RISK_LEVEL: verdict.self_harm.level.label,
        n.REFERRAL: info.referral,
        n.SEC_VERDICT: _facts.verdict_type(verdict),
    }
    if info.conversation:
        attrs[n.GENAI_CONVERSATION_ID] = info.conversation
    return attrs


def emit_decision(logger: Logger, verdict: Verdict, info: CallInfo, context: Context | None) -> None:
    """Emit the audit record (skipped cheaply when no log SDK listens)."""
    if not logger.enabled(event_name=n.AUDIT_EVENT):
        return
    logger.emit(
        timestamp=time.time_ns(),
        event_name=n.AUDIT_EVENT,
        severity_number=SeverityNumber.INFO,
        body=decision_body(verdict, info),
        attributes=decision_attributes(verdict, info),
        context=context,
    )


def stages_of(seen: Sequence[str]) -> tuple[str, ...]:
    """Observed stages in order, without repeats (a streamed reply may be checked twice)."""
    return tuple(dict.fromkeys(seen))
