"""A reason word named as lost is the stressor, not the goodbye's reason: "lost my job. this
is goodbye" keeps its farewell, while "last day at my job, goodbye team" and a loss followed
by a move ("laid off so we're moving back to ohio") are still everyday goodbyes."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel

GOODBYE_AFTER_A_LOSS = [
    "lost my job. this is goodbye",
    "lost my job today. this is goodbye everyone",
    "got fired from the company today. saying goodbye to everyone",
]


@pytest.mark.parametrize("text", GOODBYE_AFTER_A_LOSS)
def test_a_goodbye_after_losing_the_reason_word_stays_a_farewell(text: str) -> None:
    assert rules_level(text) >= L.INTENT


def test_the_loss_then_the_goodbye_in_two_turns_stays_a_farewell() -> None:
    assert user_turns_level("they sacked me from the job today", "this is goodbye") >= L.PASSIVE


GOODBYE_WITH_A_REASON = [
    "last day at my job today, this is goodbye to the best team",
    "i was laid off so we're moving back to ohio. goodbye everyone in the group!",
    "saying goodbye to everyone this week, moving back to Lagos",
    "lost my old account password so this is goodbye to this blog, new one linked below",
]


@pytest.mark.parametrize("text", GOODBYE_WITH_A_REASON)
def test_a_goodbye_with_a_reason_not_lost_stays_everyday(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
