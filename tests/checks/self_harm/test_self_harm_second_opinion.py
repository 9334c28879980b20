"""The optional second opinion: merged upward by default, timeout and fail modes."""

from __future__ import annotations

import threading

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._errors import CheckError
from safeguard._findings import SelfHarmState
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import merge, second_opinion

CONV = Conversation((Message("user", "hello"),))
STATE = SelfHarmState(level=RiskLevel.PASSIVE, subject="self")


def test_opinion_can_raise_the_level() -> None:
    got = second_opinion(lambda c, s: RiskLevel.INTENT, CONV, STATE)
    assert got.level == RiskLevel.INTENT


def test_opinion_cannot_lower_unless_allowed() -> None:
    assert second_opinion(lambda c, s: RiskLevel.NONE, CONV, STATE).level == RiskLevel.PASSIVE
    lowered = second_opinion(lambda c, s: RiskLevel.NONE, CONV, STATE, allow_lower=True)
    assert lowered.level == RiskLevel.NONE


def test_no_opinion_keeps_the_state() -> None:
    assert second_opinion(lambda c, s: None, CONV, STATE) == STATE
    assert merge(STATE, None) == STATE


def test_timeout_fails_open_by_default() -> None:
    release = threading.Event()

    def slow(conversation: Conversation, state: SelfHarmState) -> RiskLevel:
        release.wait(5)
        return RiskLevel.IMMINENT

    try:
        assert second_opinion(slow, CONV, STATE, timeout_s=0.01) == STATE
        with pytest.raises(CheckError, match="timed out"):
            second_opinion(slow, CONV, STATE, timeout_s=0.01, fail="closed")
    finally:
        release.set()


def test_exception_follows_the_fail_mode() -> None:
    def broken(conversation: Conversation, state: SelfHarmState) -> RiskLevel:
        raise RuntimeError("model down")

    assert second_opinion(broken, CONV, STATE) == STATE
    with pytest.raises(CheckError, match="RuntimeError"):
        second_opinion(broken, CONV, STATE, fail="closed")
