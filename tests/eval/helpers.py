"""Builders for synthetic cases and predictions (the verdict JSON of ``safeguard check``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from safeguard.eval import Case, parse_case

Pair = tuple[Case, Mapping[str, Any]]


def case(
    labels: dict[str, Any],
    *,
    id: str = "c",
    source: str = "s",
    text: str = "hello",
    reply: str | None = None,
) -> Case:
    """A one-message case with the given labels."""
    raw = {
        "id": id,
        "source": source,
        "messages": [{"role": "user", "content": text}],
        "reply": reply,
        "labels": labels,
    }
    return parse_case(raw, "fixture.jsonl", 1)


def sh(low: str, high: str, **extra: Any) -> dict[str, Any]:
    """A self-harm label."""
    return {"self_harm": {"min": low, "max": high, **extra}}


def pred(
    level: str = "none",
    *,
    subject: str | None = None,
    method_seeking: bool = False,
    findings: list[dict[str, Any]] | None = None,
    elapsed_ms: float = 1.0,
) -> dict[str, Any]:
    """A verdict JSON object."""
    return {
        "self_harm": {"level": level, "subject": subject, "method_seeking": method_seeking},
        "findings": findings or [],
        "actions": [{"type": "allow", "check": "policy"}],
        "reply": None,
        "elapsed_ms": elapsed_ms,
    }


def finding(
    check: str, category: str, message: int | str = "reply", start: int = 0, end: int = 5
) -> dict[str, Any]:
    """One finding; ``where`` follows from ``message``."""
    where = "output" if message == "reply" else "input"
    return {
        "check": check,
        "category": category,
        "where": where,
        "message": message,
        "start": start,
        "end": end,
        "score": 1.0,
    }
