"""A thought or wish told in the past tense, undated, in a message with a recovery phrase
("i was suicidal after my divorce but i'm in a much better place now") is past; an act, a
condition, a present word or a recent marker beside it keeps the risk (_told_past)."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i was suicidal after my divorce but i'm in a much better place now",
        "I wanted to die every day at that job. Therapy really helped, I'm doing well now",
        "i felt suicidal for most of uni. got help and things are good now",
    ],
)
def test_a_past_thought_beside_recovery_is_settled(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i took all my pills but im fine now",
        "i tried to kill myself but im fine now",
        "i was suicidal last night but i'm in a much better place now",
        "i was suicidal and still am, therapy helped a bit",
        "if i was gone they'd be happier, i'm doing better now though",
        "i was suicidal after my divorce, i'm doing better now but next time i'll do it",
    ],
)
def test_an_act_a_condition_or_a_recent_cue_keeps_the_risk(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE
