"""Top-rung false alarms (fp18): a goodbye explained by its everyday reason takes its own
decision word with it, so a question asking how to word the goodbye does not lift that
word back to intent; beside it, goodbyes that must still read as risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# ----------------------------------------------- a goodbye's wording asked, reason told
WORDING_OF_AN_EXPLAINED_GOODBYE = [
    "how do you write a goodbye message to a server you've modded for 5 years?",
    "how do i write a goodbye message to the forum i've moderated since 2019",
    "how should i word a goodbye post for my volunteering group, the season is over",
]


@pytest.mark.parametrize("text", WORDING_OF_AN_EXPLAINED_GOODBYE)
def test_asking_how_to_word_an_explained_goodbye_is_nothing(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


GOODBYE_WORDING_STILL_RISK = [
    # no everyday reason: the goodbye is the writer's own
    "how do i write a goodbye letter to my family",
    "how do you write a goodbye message so nobody blames themselves",
    # a reason beside a wish to die or the means keeps it
    "how do i write a goodbye message to my server, i won't be around anymore. i want to die",
    "how do i write a goodbye letter to my family. i'm moving on from this world",
]


@pytest.mark.parametrize("text", GOODBYE_WORDING_STILL_RISK)
def test_a_goodbye_without_reason_or_beside_risk_stays_risk(text: str) -> None:
    assert rules_level(text) >= L.INTENT
