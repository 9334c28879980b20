"""Distress in plain words (``en.distress.plain_more``) and the top of a height in the
writer's own words (``en.means.height_now``): distress makes what follows the writer's;
a height is nothing alone and imminent after a wish to be dead."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "nothing's getting better",
        "not holding up",
        "failed my resits again",
        "i can't keep pretending for everyone",
        "the court said i lose custody",
        "boss humiliated me in front of everyone again",
        "my visa got rejected",
        "the tribunal went against me",
        "husband's having an affair",
        "3 credit cards maxed",
        "he hit me again",
        "my in laws have made my life a living hell",
        "my parents are getting divorced",
    ],
)
def test_plain_distress_is_distress(text: str) -> None:
    assert rules_level(text) == L.DISTRESS


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        (("i want to die", "i'm on top of the car park now"), L.IMMINENT),
        (("i don't want to be here anymore", "on the 14th floor balcony with one leg over"), L.IMMINENT),
        (("im on top of a car park already tbh. nothing's getting better",), L.PASSIVE),
    ],
)
def test_a_height_after_a_wish_or_beside_distress_is_read(turns: tuple[str, ...], least: RiskLevel) -> None:
    assert user_turns_level(*turns) >= least


@pytest.mark.parametrize(
    "text",
    [
        "parked on top of the car park, the mall is packed",
        "we had a picnic on top of the cliff, lovely view",
        "i'm standing on a roof right now waiting for the scaffolders",
        "he swung one leg over the railing to sit on the wall",
        "my mate failed his resits and he's not holding up great",
        "the team is not holding up well in the second half lol",
        "my sister is getting divorced and moving in with us",
        "the referee ruled against me, lost the match 2-1",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
