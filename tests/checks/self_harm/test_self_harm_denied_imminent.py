"""An imminent bare claim ("i'm going to end it tonight") denied after a suicide check-in
with the thing it was about named ("no! sorry. with my climbing coach") is no risk (fp17c);
a denial that names nothing, a claim beside means or a method, and a denial that keeps the
wish leave it imminent."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ASK = "I'm worried about what you wrote. Are you thinking about ending your life?"


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("im going to end it tonight", "omg no!! sorry. the situationship. he ghosted me for 3 weeks"),
        ("I'm ending it tonight.", "No, god, sorry! With my guitar tutor. He cancels every other lesson."),
        ("gonna end it tonight", "lol no, the series. 9 seasons and i can't take the cliffhangers"),
    ],
)
def test_an_imminent_claim_denied_with_its_thing_named_is_no_risk(said: str, reply: str) -> None:
    assert rules_level(said) == L.IMMINENT  # the claim alone
    assert rules_level(said, _ASK, reply) < L.PASSIVE


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        # names nothing: a deflection, not a clarification
        ("im going to end it tonight", "no. sorry. forget i said anything. goodnight"),
        ("im going to end it tonight", "no, sorry, i shouldn't have said that here"),
        # means or a place beside the claim: no bare claim
        ("i have the pills. im going to end it tonight", "no, sorry, the relationship with my boyfriend"),
        ("im on the bridge. ending it tonight", "no! sorry. with my girlfriend, she cheated"),
        # the denial keeps the wish
        ("im going to end it tonight", "no but my boyfriend left and i can't do this anymore"),
    ],
)
def test_the_same_claims_kept(said: str, reply: str) -> None:
    assert rules_level(said, _ASK, reply) >= L.INTENT


def test_without_a_check_in_the_denial_withdraws_nothing() -> None:
    said, reply = "im going to end it tonight", "no, the relationship. with my boyfriend"
    assert rules_level(said, "Okay. Tell me more.", reply) >= L.INTENT
