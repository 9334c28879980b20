"""The one result type of the engine: what was found, what was done, what the user sees."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from safeguard._conversation import Conversation
from safeguard._findings import Finding, SelfHarmState

ActionType = Literal["allow", "augment", "rewrite", "redact", "block", "escalate"]
ACTION_TYPES: tuple[str, ...] = ("allow", "augment", "rewrite", "redact", "block", "escalate")


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """An action the policy chose: its type, the check that triggered it and the rule id."""

    type: ActionType
    check: str
    rule: str = ""

    def to_dict(self) -> dict[str, object]:
        """``{"type": ..., "check": ...}`` as in the contract."""
        return {"type": self.type, "check": self.check}


@dataclass(frozen=True, slots=True)
class CheckFailure:
    """A check that crashed or overran its budget. ``reason`` never contains user text."""

    check: str
    kind: Literal["error", "budget"]
    reason: str
    fail: Literal["open", "closed"]


@dataclass(frozen=True, slots=True)
class CheckTiming:
    """When one check ran (``perf_counter_ns`` clock) and how many findings it made."""

    check: str
    stage: Literal["input", "output"] | str
    start_ns: int
    end_ns: int
    findings: int


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of checking one conversation (and optionally a reply).

    - ``findings``: every finding, input side first.
    - ``actions``: what the policy decided, in the order they were applied.
    - ``self_harm``: conversation-level risk of the user.
    - ``reply``: the reply after every action (``None`` when no reply was given
      and no action produced one).
    - ``conversation``: the conversation as it may go to the vendor (user PII
      redacted when the policy says so).
    - ``failures``: checks that crashed or overran (reported, never chat text).
    - ``blocked``: the call must not go ahead as is; ``reply`` is the safe reply.
    """

    findings: tuple[Finding, ...] = ()
    actions: tuple[ActionRecord, ...] = ()
    self_harm: SelfHarmState = field(default_factory=SelfHarmState)
    reply: str | None = None
    conversation: Conversation | None = None
    failures: tuple[CheckFailure, ...] = ()
    blocked: bool = False
    elapsed_ms: float = 0.0
    policy: str = ""
    id: str | None = None
    timings: tuple[CheckTiming, ...] = ()

    def action_types(self) -> set[str]:
        """The set of action types taken, for quick membership tests."""
        return {a.type for a in self.actions}

    def to_dict(self) -> dict[str, object]:
        """The JSON object of ``safeguard check`` (see CONTRACT.md)."""
        return {
            "id": self.id,
            "self_harm": self.self_harm.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "actions": [a.to_dict() for a in self.actions] or [{"type": "allow", "check": "policy"}],
            "reply": self.reply,
            "elapsed_ms": round(self.elapsed_ms, 3),
        }
