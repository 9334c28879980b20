"""An exposure exercise (ERP) told with the wish disowned is distress: means held on
purpose to face a feared thought. Without the disowning, beside an urge or a wish, or
with no exercise named, means in hand keep their level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "doing my exposure right now: holding a razor in my hand for 15 minutes. no urge, just dread",
        "ERP homework: holding the kitchen scissors and saying 'i could cut myself'. "
        "the thought has no pull on me",
        "mid exposure, holding the bread knife, thinking 'you might stab yourself'. "
        "i don't want to. it's my OCD",
    ],
)
def test_an_exposure_exercise_disowned_is_distress(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        # the control: the same means in hand, no exercise named
        "holding a razor in my hand for 15 minutes right now",
        "holding the kitchen scissors and saying 'i could cut myself'",
        # the exercise named, nothing disowned
        "doing my exposure right now: holding a razor in my hand for 15 minutes",
        # an urge, or a wish beside the exercise
        "holding the razor for my exposure right now. no desire to die but the urge to cut is huge",
        "holding the pills for my exposure homework right now. no urge, but part of me wants to die",
    ],
)
def test_means_outside_a_disowned_exercise_keep_their_level(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
