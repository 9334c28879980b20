"""grade19b: means told as laid out without their object ("i've got everything laid out on
the bed", "everything's set up in the garage", "got it all out on the side") and the night
named as the one ("it's tonight", "it's happening tonight").

The laid-out means are means (``en.means.laid_out``, kind ``means``, like
``en.means.bare_ready``): nothing alone, imminent beside a set time, intent beside the
writer's wish. "It's tonight" is a set time (``en.timing.tonight_named``): nothing alone,
a plan beside a readiness phrase or means. Things laid out for an occasion ("for the
morning", "for the party") are an everyday scene (``en.context.idiom``)."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    ("turns", "exact"),
    [
        # laid-out means beside a set night: the act at hand (all read intent or less before)
        (("tonight's the night. i've got everything laid out",), L.IMMINENT),
        (("tonight's the night. it's 2am. got everything lined up on the desk",), L.IMMINENT),
        (("it's tonight. no more waiting. everything's laid out on the dresser",), L.IMMINENT),
        (("tonight. it's tonight. i've got it all laid out on the bed",), L.IMMINENT),
        (("it's happening tonight. everything's ready",), L.IMMINENT),
        (("i've decided it's tonight. everything's sorted",), L.IMMINENT),
        (("its tonite. love you all",), L.IMMINENT),
        # laid-out means beside the writer's wish: means at hand
        (("i want to die. i've got everything laid out on the bed",), L.INTENT),
        # the night named beside the writer's wish: a set time
        (("i want to die. it's tonight",), L.INTENT),
    ],
)
def test_laid_out_means_and_a_named_night_lift_the_level(turns: tuple[str, ...], exact: L) -> None:
    assert rules_level(*turns) == exact


@pytest.mark.parametrize(
    ("turns", "most"),
    [
        # each alone
        (("everything's laid out on the bed",), L.NONE),
        (("i've got everything set up in the garage",), L.NONE),
        (("it's tonight",), L.NONE),
        (("the gig? it's happening tonight!",), L.NONE),
        # laid out for an occasion, even beside stress or a set night
        (("i'm writing from the hotel. everything's laid out for the wedding tomorrow",), L.NONE),
        (("so stressed about tomorrow's exam. i've got everything laid out for the morning",), L.DISTRESS),
        (("so stressed about my exam. got everything laid out on the desk for the morning",), L.DISTRESS),
        (("tonight's the night! everything's set up for the surprise party",), L.NONE),
        (("the party? it's tonight. got everything set up in the garden",), L.NONE),
        # "it" that is not the night, "tonight" with a gap
        (("none of it is touching it tonight",), L.NONE),
        (("the voice is back. it's louder tonight",), L.DISTRESS),
    ],
)
def test_the_same_words_that_do_not_say_more_stay_lower(turns: tuple[str, ...], most: L) -> None:
    assert rules_level(*turns) <= most
