"""The worst misses, so people can read them: under-triage first, then false negatives,
then false positives. Each miss carries a short excerpt of the text it is about."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from safeguard._levels import RiskLevel
from safeguard.eval._cases import Case, Span
from safeguard.eval._overpromise import predicted_kinds
from safeguard.eval._pii import match_spans, predicted_spans
from safeguard.eval._self_harm import predicted_level

KINDS = ("under-triage", "false negative", "false positive")
EXCERPT_CHARS = 80
Pair = tuple[Case, Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Miss:
    """One wrong answer. ``gap`` orders misses of one kind (larger is worse)."""

    kind: str
    check: str
    id: str
    source: str
    gold: str
    predicted: str
    excerpt: str
    gap: int = 0

    def to_dict(self) -> dict[str, object]:
        """JSON shape used by ``safeguard eval --json``."""
        return asdict(self)


def shorten(text: str, limit: int = EXCERPT_CHARS) -> str:
    """One line, at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _content(message: object) -> str:
    content = message.get("content") if isinstance(message, Mapping) else None
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            p["text"] for p in content if isinstance(p, Mapping) and isinstance(p.get("text"), str)
        )
    return ""


def last_user_text(case: Case) -> str:
    """The last user message: where a conversation-level risk usually shows."""
    users = [
        _content(m)
        for m in case.raw.get("messages", ())
        if isinstance(m, Mapping) and m.get("role") == "user"
    ]
    return users[-1] if users else ""


def span_text(case: Case, span: Span, context: int = 20) -> str:
    """The span with a little context around it."""
    if span.message == "reply":
        text = case.raw.get("reply") or ""
    else:
        messages = case.raw.get("messages", [])
        index = int(span.message)
        text = _content(messages[index]) if 0 <= index < len(messages) else ""
    before = max(0, span.start - context)
    return ("…" if before else "") + text[before : span.end + context]


def _self_harm(case: Case, prediction: Mapping[str, Any]) -> Iterator[Miss]:
    gold, level = case.self_harm, predicted_level(prediction)
    if gold is None or gold.low <= level <= gold.high:
        return
    kind = "under-triage" if level < gold.low else "false positive"
    gap = abs(int(level) - int(gold.low if level < gold.low else gold.high))
    yield Miss(
        kind,
        "self_harm",
        case.id,
        case.source,
        gold.range_label(),
        level.label,
        _self_harm_excerpt(case, prediction, level),
        gap,
    )


def _self_harm_excerpt(case: Case, prediction: Mapping[str, Any], level: RiskLevel) -> str:
    """For a false alarm, the text that raised the level; otherwise the last user message."""
    spans = [s for s in predicted_spans(prediction, "self_harm") if s.type == level.label]
    return shorten(span_text(case, spans[-1]) if spans else last_user_text(case))


def _overpromise(case: Case, prediction: Mapping[str, Any]) -> Iterator[Miss]:
    gold, kinds = case.overpromise, predicted_kinds(prediction)
    if gold is None or gold.value == bool(kinds):
        return
    reply = str(case.raw.get("reply") or "")
    if gold.value:
        label = "overpromise: " + ", ".join(sorted(gold.kinds))
        yield Miss("false negative", "overpromise", case.id, case.source, label, "none", shorten(reply))
        return
    flagged = ", ".join(sorted(kinds))
    spans = [s for s in predicted_spans(prediction, "overpromise") if s.message == "reply"]
    excerpt = shorten(span_text(case, spans[0])) if spans else shorten(reply)
    yield Miss("false positive", "overpromise", case.id, case.source, "no overpromise", flagged, excerpt)


def _pii(case: Case, prediction: Mapping[str, Any], types: frozenset[str] | None) -> Iterator[Miss]:
    if case.pii is None:
        return
    gold = [s for s in case.pii if types is None or s.type in types]
    predicted = [s for s in predicted_spans(prediction) if types is None or s.type in types]
    found, right = match_spans(gold, predicted)
    missed = [s for s, ok in zip(gold, found, strict=True) if not ok]
    wrong = [s for s, ok in zip(predicted, right, strict=True) if not ok]
    if missed:
        label = ", ".join(sorted({s.type for s in missed}))
        excerpt = shorten(span_text(case, missed[0]))
        yield Miss("false negative", "pii", case.id, case.source, label, "not found", excerpt, len(missed))
    if wrong:
        label = ", ".join(sorted({s.type for s in wrong}))
        excerpt = shorten(span_text(case, wrong[0]))
        yield Miss("false positive", "pii", case.id, case.source, "no such PII", label, excerpt, len(wrong))


CHECK_ORDER = {"self_harm": 0, "overpromise": 1, "pii": 2}


def worst_misses(
    pairs: Sequence[Pair], per_kind: int = 10, pii_types: frozenset[str] | None = None
) -> list[Miss]:
    """Up to ``per_kind`` misses of each kind, under-triage first, worst first within a kind."""
    misses = [
        m
        for case, prediction in pairs
        for m in (
            *_self_harm(case, prediction),
            *_overpromise(case, prediction),
            *_pii(case, prediction, pii_types),
        )
    ]
    ranked = sorted(misses, key=lambda m: (KINDS.index(m.kind), CHECK_ORDER.get(m.check, 9), -m.gap))
    out: list[Miss] = []
    for kind in KINDS:
        out.extend([m for m in ranked if m.kind == kind][:per_kind])
    return out
