"""A negation that another word turns into an assertion is no denial (_double_negation):
a negated verb of stopping, "without", a negated span of time before a second negation,
"never" with a comparison; and a negated verb of knowing before "if" questions the wish to
live. Real denials of the same shapes stay denied."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "lowest"),
    [
        # a negated verb of stopping: the thing goes on
        ("i can't stop cutting", L.IDEATION),
        ("havent stopped burning since new year", L.IDEATION),
        ("i never stopped wanting to die, not even on the good days", L.PASSIVE),
        ("i haven't been able to stop hurting myself", L.IDEATION),
        ("i never stopped thinking about suicide after he left", L.IDEATION),
        ("no puedo dejar de cortarme", L.IDEATION),
        ("não consigo parar de me cortar", L.IDEATION),
        ("je n'arrête pas de penser à me tuer", L.IDEATION),
        ("ich kann nicht aufhören mich zu ritzen", L.IDEATION),
        # "without" under a negation: the negation denies the "without"
        ("i can't get through a week without hurting myself", L.IDEATION),
        ("not one night passes without me wishing i was dead", L.PASSIVE),
        # a negated span of time before a second negation: the two cancel
        ("not a single day goes by where i don't think about killing myself", L.IDEATION),
        ("there isn't a night i don't want to die", L.PASSIVE),
        ("i can't remember a week i didn't want to die", L.PASSIVE),
        ("i can't remember the last time i didn't want to kill myself", L.IDEATION),
        ("no day passes that i don't wish i was dead", L.PASSIVE),
        # "never" with a comparison that measures now against the past
        ("i have never wanted to die more than tonight", L.PASSIVE),
        ("i've never been this suicidal", L.IDEATION),
        ("i haven't been this suicidal in years", L.IDEATION),
        ("never been more suicidal in my life", L.IDEATION),
        ("i have never wanted to kill myself so much", L.IDEATION),
        ("i haven't ever wanted to die more", L.PASSIVE),
        # a negated verb of knowing before "if|whether" questions the wish to live
        ("i dont know if i want to live anymore", L.PASSIVE),
        ("honestly idk whether i still want to be alive", L.PASSIVE),
        ("i have no idea if i want to live", L.PASSIVE),
        ("no sé si quiero seguir viviendo", L.PASSIVE),
        ("não sei se quero continuar vivendo", L.PASSIVE),
        ("je ne sais pas si je veux encore vivre", L.PASSIVE),
        ("ich weiß nicht, ob ich noch leben will", L.PASSIVE),
        # a negated memory of wanting to live
        ("honestly i can't remember the last time i actually wanted to be alive", L.PASSIVE),
    ],
)
def test_a_negation_turned_round_asserts_the_risk(text: str, lowest: RiskLevel) -> None:
    assert rules_level(text) >= lowest


@pytest.mark.parametrize(
    "text",
    [
        # plain denials stay denials
        "i don't want to die",
        "i don't want to kill myself, i just want to sleep for a week",
        "i haven't cut in a year",
        "i can't stop laughing at this video",
        "i never stopped cutting my hair short",
        "i can't stop cutting coupons lol",
        "no quiero morir",
        # the cue is no cue: an everyday thing after "without", after the second negation
        "i can't go a day without coffee",
        "not a day goes by that i don't miss her",
        "i've never felt more alive than now",
        # a third negation keeps the denial: "thank god i didn't"
        "not a day goes by that i don't thank god i didn't kill myself",
        # a span of time that is not negated, or a negation of its own
        "i didn't sleep last night i don't want to die",
        # comparisons that deny: "any more than", "so much as", "not more than"
        "i don't want to kill myself any more than you do",
        "i never wanted to die so much as i wanted the noise to stop",
        "i havent wanted to die more since the meds",
        "i never wanted to die much",
        # "if" after a verb of knowing about something else
        "i don't know if i want to fix this or leave",
        "i don't know if i want to be here for the party",
        "i can't remember the last time i wanted to go out",
    ],
)
def test_real_denials_stay_below_passive(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


def test_a_denial_beside_an_escape_wish_keeps_the_wish() -> None:
    # "never wanted to die" is denied; the wish for the pain to stop is passive on its own
    assert rules_level("i never wanted to die, i just wanted the pain to stop") == L.PASSIVE


def test_a_verb_of_stopping_in_the_sentence_before_does_not_turn_the_denial() -> None:
    # "stop" ends one sentence, "not" opens the next: the denial of a method stays a denial
    text = "why do i still wish i could just stop? not die by my own hand, never."
    assert rules_level(text) <= L.PASSIVE
    assert rules_level("not die by my own hand, never.") <= L.DISTRESS
