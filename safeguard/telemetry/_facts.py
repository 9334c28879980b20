"""What telemetry says about a verdict: labels, counts and offsets, never text.

Spans, metrics and audit events all read these functions, so the three always
agree (a referral counted in a metric is a referral in the audit log).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from safeguard._findings import Finding
from safeguard._levels import RiskLevel
from safeguard._verdict import ActionRecord, CheckFailure, Verdict

# Strongest first (by what the person sees): the action reported as ``gen_ai.security.action.type``.
_STRENGTH: tuple[str, ...] = ("block", "augment", "rewrite", "redact", "escalate", "allow")
_MODIFYING: frozenset[str] = frozenset({"rewrite", "redact", "augment"})


@dataclass(frozen=True, slots=True)
class PolicyId:
    """The policy a verdict came from, as telemetry names it."""

    name: str
    version: str = ""


def verdict_type(verdict: Verdict) -> str:
    """``block`` (the call or reply was replaced), ``modify`` (text changed) or ``allow``."""
    kinds = verdict.action_types()
    if verdict.blocked or "block" in kinds:
        return "block"
    return "modify" if kinds & _MODIFYING else "allow"


def strongest(actions: Iterable[ActionRecord]) -> ActionRecord | None:
    """The strongest action taken, or ``None`` when nothing fired."""
    ranked = sorted(actions, key=lambda a: _STRENGTH.index(a.type) if a.type in _STRENGTH else 99)
    return ranked[0] if ranked else None


def risk_score(verdict: Verdict) -> float:
    """The self-harm level scaled to 0..1 (``imminent`` is 1.0); a label, not a probability."""
    return round(int(verdict.self_harm.level) / int(RiskLevel.IMMINENT), 3)


def is_referral(verdict: Verdict, stage: str) -> bool:
    """Did this stage show the person a crisis-service referral?

    Output side: an ``augment`` (crisis resources added) or a ``block`` (the safe reply,
    which always carries resources), unless the input was already blocked, in which case
    the input stage showed the safe reply and counted it. Input side: only a block,
    because an input-side ``augment`` is a decision the output side carries out.
    Counting this way, a call is one referral however many stages it has.
    """
    if stage == "input":
        return verdict.blocked
    return not verdict.blocked and bool(verdict.action_types() & {"augment", "block"})


def category_labels(findings: Iterable[Finding]) -> list[str]:
    """Sorted unique ``check:category`` labels."""
    return sorted({f"{f.check}:{f.category}" for f in findings})


def failure_labels(failures: Iterable[CheckFailure]) -> list[str]:
    """``check:kind:fail`` for each failure (``pii:error:open``)."""
    return [f"{f.check}:{f.kind}:{f.fail}" for f in failures]


def fail_open(failures: Iterable[CheckFailure]) -> bool:
    """A check crashed and the call went on without its result."""
    return any(f.kind == "error" and f.fail == "open" for f in failures)


def finding_record(f: Finding) -> dict[str, object]:
    """A finding for the audit log: where it was and what it was, without the text."""
    return {
        "check": f.check,
        "category": f.category,
        "where": f.where,
        "message": f.message,
        "start": f.start,
        "end": f.end,
        "score": round(f.score, 4),
    }


def action_record(a: ActionRecord) -> dict[str, object]:
    """An action with the rule that chose it."""
    return {"type": a.type, "check": a.check, "rule": a.rule}


def failure_record(f: CheckFailure) -> dict[str, object]:
    """A failure; ``reason`` is an exception type name or an overrun, never user text."""
    return {"check": f.check, "kind": f.kind, "reason": f.reason, "fail": f.fail}
