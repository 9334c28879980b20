"""What checks report: findings, and the self-harm state of a conversation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from safeguard._levels import RiskLevel

Where = Literal["input", "output"]
REPLY: Literal["reply"] = "reply"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check found, located by character offsets in the original text.

    ``message`` is the index in the conversation's message list for ``where ==
    "input"``, and ``"reply"`` for the model's reply. ``detail`` holds
    check-specific facts that are safe for telemetry (never raw text).
    """

    check: str
    category: str
    where: Where
    message: int | Literal["reply"]
    start: int
    end: int
    score: float = 1.0
    detail: Mapping[str, str | int | float | bool] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``CONTRACT.md``."""
        return {
            "check": self.check,
            "category": self.category,
            "where": self.where,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class SelfHarmState:
    """Conversation-level self-harm risk of the user, as the contract reports it."""

    level: RiskLevel = RiskLevel.NONE
    subject: Literal["self", "other"] | None = None
    method_seeking: bool = False

    def to_dict(self) -> dict[str, object]:
        """``{"level": ..., "subject": ..., "method_seeking": ...}``."""
        return {
            "level": self.level.label,
            "subject": self.subject,
            "method_seeking": self.method_seeking,
        }


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What one check returns: its findings, and for a risk check, the state it judged."""

    findings: tuple[Finding, ...] = ()
    self_harm: SelfHarmState | None = None
