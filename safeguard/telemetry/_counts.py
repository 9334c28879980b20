"""Yearly referral counts from an audit log (California SB 243, Bus. & Prof. Code §22603).

The input is the JSON-lines file ``JsonlAuditExporter`` writes (one ``safeguard.decision``
record per line). Lines in the OpenTelemetry SDK's own ``to_json`` shape (``body`` +
``timestamp`` + ``event_name``) are accepted too. The output holds counts only: no
conversation ids, no text, nothing that identifies a person.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from safeguard._levels import RiskLevel
from safeguard.telemetry._names import AUDIT_EVENT


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """The parts of one audit record a report needs."""

    time: dt.datetime
    referral: bool
    level: str
    policy: str


@dataclass
class YearlyCounts:
    """What an operator files: referral notifications in one calendar year (UTC)."""

    year: int
    referrals: int = 0
    decisions: int = 0
    by_level: Counter[str] = field(default_factory=Counter)
    policies: set[str] = field(default_factory=set)

    def to_dict(self) -> dict[str, Any]:
        """JSON for ``safeguard report counts``; levels in risk order, zeros included."""
        return {
            "year": self.year,
            "period": {"start": f"{self.year}-01-01", "end": f"{self.year}-12-31", "timezone": "UTC"},
            "crisis_referral_notifications": self.referrals,
            "referrals_by_risk_level": {lvl.label: self.by_level.get(lvl.label, 0) for lvl in RiskLevel},
            "decisions_logged": self.decisions,
            "policies": sorted(self.policies),
        }


class AuditLineError(ValueError):
    """A line that is not an audit record; ``line`` is 1-based."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line


def parse_line(text: str, line: int) -> AuditEntry | None:
    """An audit entry, ``None`` for a blank line or another event; raises ``AuditLineError``."""
    if not text.strip():
        return None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AuditLineError(line, f"not JSON ({exc.msg})") from None
    if not isinstance(raw, dict):
        raise AuditLineError(line, "not a JSON object")
    record, stamp = _unwrap(raw)
    if record is None:
        return None
    return _entry(record, stamp, line)


def _unwrap(raw: dict[str, Any]) -> tuple[dict[str, Any] | None, Any]:
    if "body" in raw and isinstance(raw["body"], dict):  # the SDK's to_json() shape
        if raw.get("event_name") not in (AUDIT_EVENT, "", None):
            return None, None
        return raw["body"], raw.get("timestamp") or raw.get("observed_timestamp")
    if raw.get("event", AUDIT_EVENT) != AUDIT_EVENT:
        return None, None
    return raw, raw.get("time")


def _entry(record: dict[str, Any], stamp: Any, line: int) -> AuditEntry:
    if not isinstance(stamp, str):
        raise AuditLineError(line, "no time")
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        raise AuditLineError(line, f"bad time {stamp!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    risk = _mapping(record.get("risk"))
    policy = _mapping(record.get("policy"))
    return AuditEntry(
        time=when.astimezone(dt.UTC),
        referral=record.get("referral") is True,
        level=str(risk.get("level", "none")),
        policy=f"{policy.get('name', '')}@{policy.get('version', '')}".strip("@"),
    )


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def read_entries(lines: Iterable[str]) -> Iterator[AuditEntry | AuditLineError]:
    """Entries in file order; a bad line yields its error instead of stopping the read."""
    for number, text in enumerate(lines, start=1):
        try:
            entry = parse_line(text, number)
        except AuditLineError as exc:
            yield exc
            continue
        if entry is not None:
            yield entry


def count_year(entries: Iterable[AuditEntry], year: int) -> YearlyCounts:
    """Referral notifications and decisions logged in ``year`` (UTC calendar year)."""
    counts = YearlyCounts(year=year)
    for entry in entries:
        if entry.time.year != year:
            continue
        counts.decisions += 1
        if entry.policy:
            counts.policies.add(entry.policy)
        if entry.referral:
            counts.referrals += 1
            counts.by_level[entry.level] += 1
    return counts
