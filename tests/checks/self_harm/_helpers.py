"""Shared helpers for the self-harm tests: build conversations, judge them once per check."""

from __future__ import annotations

import functools

from safeguard._conversation import Conversation, Message
from safeguard._findings import CheckResult
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck


@functools.cache
def check() -> SelfHarmCheck:
    """One default check for the whole test session (phrase data compiled once)."""
    return SelfHarmCheck()


def conversation(*turns: str) -> Conversation:
    """Alternate user / assistant turns, starting with the user."""
    roles = ("user", "assistant")
    return Conversation(tuple(Message(roles[i % 2], t) for i, t in enumerate(turns)))


def judge(*turns: str) -> CheckResult:
    """``check_input`` over alternating turns."""
    return check().check_input(conversation(*turns))


def level(*turns: str) -> RiskLevel:
    """The conversation-level risk of alternating turns."""
    result = judge(*turns)
    assert result.self_harm is not None
    return result.self_harm.level


L = RiskLevel
