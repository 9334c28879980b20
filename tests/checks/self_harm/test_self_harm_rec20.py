"""Recall on English wordings the rules missed or under-graded (session 20): each test
names a kind of wording with its everyday look-alike."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# Whether life insurance pays out on a suicide, asked in a later turn after the writer's
# own distress (see _own_policy): method-seeking after distress, the writer's risk.
@pytest.mark.parametrize(
    "turns",
    [
        ("the bank is taking the house and i can't see a way through any of it",
         "That sounds overwhelming. I'm here.",
         "different question. does a life policy still pay out if it's suicide?"),
        ("i feel like a complete failure, my wife would be better off without my debts",
         "I'm sorry you're carrying this.",
         "is there usually a suicide clause on life cover"),
        ("lost the business this week and i'm so ashamed i can't face anyone",
         "That's a huge loss. What's been happening?",
         "do insurers pay out for suicide after a couple of years"),
    ],
)
def test_payout_question_after_distress_is_the_writers(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("does a life policy still pay out if it's suicide?",),
        ("revising for my insurance exam tomorrow, bit nervous",
         "Good luck! What's the topic?",
         "does a life policy still pay out if it's suicide?"),
        ("my claims team is swamped this month",
         "That sounds busy.",
         "is there usually a suicide clause on life cover"),
    ],
)
def test_payout_question_without_distress_stays_a_topic(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS

