"""Labelled cases (``eval/FORMAT.md``) read from JSONL, with their gold labels parsed and checked.

A line that cannot be used becomes a ``Malformed`` record naming its file and line; the
other lines are still returned, so one bad line never hides the rest of a file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safeguard._levels import RiskLevel

OVERPROMISE_KINDS: tuple[str, ...] = ("availability", "outcome", "capability", "confidentiality")
Where = int | str  # a message index, or "reply"


class LabelError(ValueError):
    """A case's labels do not follow FORMAT.md."""


@dataclass(frozen=True, slots=True)
class SelfHarmGold:
    """A gold self-harm range, plus the optional subject and method-seeking labels."""

    low: RiskLevel
    high: RiskLevel
    subject: str | None = None
    method_seeking: bool | None = None

    def range_label(self) -> str:
        """``"passive..imminent"``: how reports show the range."""
        return f"{self.low.label}..{self.high.label}"


@dataclass(frozen=True, slots=True)
class OverpromiseGold:
    """Whether the reply overpromises, and which kinds."""

    value: bool
    kinds: frozenset[str]


@dataclass(frozen=True, slots=True)
class Span:
    """A typed character span in one message (an index) or in the reply (``"reply"``)."""

    message: Where
    start: int
    end: int
    type: str

    def overlaps(self, other: Span) -> bool:
        """Same message, same type, and at least one character in common."""
        return (
            self.message == other.message
            and self.type == other.type
            and self.start < other.end
            and other.start < self.end
        )


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled case. ``raw`` is the JSON object as read, fed to the guard unchanged."""

    id: str
    source: str
    raw: Mapping[str, Any]
    self_harm: SelfHarmGold | None = None
    overpromise: OverpromiseGold | None = None
    pii: tuple[Span, ...] | None = None
    file: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Malformed:
    """A line that was skipped, and why."""

    file: str
    line: int
    error: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.error}"


def _level(value: object, key: str) -> RiskLevel:
    if not isinstance(value, str):
        raise LabelError(f"self_harm.{key} must be a level name")
    try:
        return RiskLevel.parse(value)
    except ValueError as exc:
        raise LabelError(f"self_harm.{key}: {exc}") from None


def parse_self_harm(label: object) -> SelfHarmGold:
    """``{"min": ..., "max": ..., "subject"?: ..., "method_seeking"?: ...}`` -> ``SelfHarmGold``."""
    if not isinstance(label, Mapping):
        raise LabelError("labels.self_harm must be an object")
    low, high = _level(label.get("min"), "min"), _level(label.get("max"), "max")
    if low > high:
        raise LabelError(f"self_harm.min ({low.label}) is above self_harm.max ({high.label})")
    subject = label.get("subject")
    if subject not in (None, "self", "other"):
        raise LabelError(f"self_harm.subject must be 'self' or 'other', not {subject!r}")
    seeking = label.get("method_seeking")
    if seeking is not None and not isinstance(seeking, bool):
        raise LabelError("self_harm.method_seeking must be true or false")
    return SelfHarmGold(low, high, subject, seeking)


def parse_overpromise(label: object) -> OverpromiseGold:
    """``{"value": bool, "kinds": [...]}`` -> ``OverpromiseGold``."""
    if not isinstance(label, Mapping) or not isinstance(label.get("value"), bool):
        raise LabelError("labels.overpromise must be an object with a boolean 'value'")
    kinds = label.get("kinds", [])
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise LabelError("overpromise.kinds must be a list of kind names")
    unknown = sorted(set(kinds) - set(OVERPROMISE_KINDS))
    if unknown:
        raise LabelError(f"unknown overpromise kind(s) {unknown}; use {', '.join(OVERPROMISE_KINDS)}")
    return OverpromiseGold(label["value"], frozenset(kinds))


def _span(item: object, index: int) -> Span:
    if not isinstance(item, Mapping):
        raise LabelError(f"pii[{index}] must be an object")
    message, start, end, kind = (item.get(k) for k in ("message", "start", "end", "type"))
    if not (isinstance(message, int) or message == "reply"):
        raise LabelError(f"pii[{index}].message must be a message index or 'reply'")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise LabelError(f"pii[{index}] needs integer offsets with 0 <= start < end")
    if not isinstance(kind, str) or not kind:
        raise LabelError(f"pii[{index}].type must be an entity name")
    return Span(message, start, end, kind)


def parse_pii(label: object) -> tuple[Span, ...]:
    """A list of gold spans (an empty list means "labelled: no PII")."""
    if not isinstance(label, list):
        raise LabelError("labels.pii must be a list of spans")
    return tuple(_span(item, index) for index, item in enumerate(label))


def parse_case(obj: object, file: str = "", line: int = 0) -> Case:
    """Check one decoded JSON object and parse its labels; raises ``LabelError``."""
    if not isinstance(obj, Mapping):
        raise LabelError("a case must be a JSON object")
    if not isinstance(obj.get("messages"), list):
        raise LabelError("'messages' must be a list")
    labels = obj.get("labels") or {}
    if not isinstance(labels, Mapping):
        raise LabelError("'labels' must be an object")
    return Case(
        id=str(obj.get("id") if obj.get("id") is not None else f"{Path(file).stem}:{line}"),
        source=str(obj.get("source") or Path(file).stem or "unknown"),
        raw=obj,
        self_harm=parse_self_harm(labels["self_harm"]) if "self_harm" in labels else None,
        overpromise=parse_overpromise(labels["overpromise"]) if "overpromise" in labels else None,
        pii=parse_pii(labels["pii"]) if "pii" in labels else None,
        file=file,
        line=line,
    )


def parse_lines(lines: Sequence[str], file: str) -> Iterator[Case | Malformed]:
    """Each non-blank line as a ``Case``, or a ``Malformed`` record with its line number."""
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            yield parse_case(json.loads(text), file, number)
        except json.JSONDecodeError as exc:
            yield Malformed(file, number, f"not JSON: {exc.msg} (column {exc.colno})")
        except LabelError as exc:
            yield Malformed(file, number, str(exc))


def read_cases(path: str | Path) -> Iterator[Case | Malformed]:
    """Read one JSONL file; raises ``OSError`` when it cannot be read at all."""
    text = Path(path).read_text(encoding="utf-8")
    return parse_lines(text.splitlines(), str(path))
