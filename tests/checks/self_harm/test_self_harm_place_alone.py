"""A place at hand told with the words of someone alone there and not to be stopped (rec18g):
nobody to be sent or called ("don't send anyone": a now, en.context.now_unsent), nobody told
where the writer is ("told no one where i am", "not telling anyone which one"), the words
typed only to be said ("just needed to type it out"; en.intent.place_alone). Beside a place
at hand it is imminent; alone, beside an everyday use of the place, or as a wish not to
bother people it is nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i'm at the quarry edge. don't send anyone",
        "i'm on the bridge. pls don't call anyone",
        "I'm at the cliffs, don't send the police",
        "i'm on the tracks behind the estate. not telling anybody where",
        "I'm on the viaduct. Please don't call anyone, I mean it.",
        "im on the rooftop. do not send police",
        "i'm at the tracks. told no one where i am",
        "i'm on the roof of some tower block, not telling anyone which one",
        "i'm on the ledge. just needed to type it out",
    ],
)
def test_place_with_nobody_sent_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        # the same words with no place at hand
        "don't send anyone, i'm fine, just tired after the night shift",
        "please don't call anyone about the party, i'll tell them myself",
        "told no one where i am going on holiday, it's a surprise",
        "just needed to type it out, my essay plan makes sense now",
        # a wish not to bother people, said with a gap
        "i'm on the bridge in traffic. i don't want to call anyone about it",
        # everyday uses of the place beside it
        "i'm on the roof fixing the gutters. don't send anyone, i've got it",
        "on the roof fixing the aerial. told nobody where i am lol, mum thinks i'm at school",
        # a photographer's quiet cliff: "nobody knows i'm here" is no companion
        "i'm at the cliffs with my camera. nobody knows i'm here, it's so peaceful",
    ],
)
def test_nobody_sent_without_a_place_at_hand_is_nothing(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_a_wish_with_dont_call_stays_passive() -> None:
    # the order alone does not make a wish a plan
    assert rules_level("i want to die. please don't call anyone") == L.PASSIVE
