"""Indifference to being alive, a death accepted if it came, a wish that an illness or an
accident had killed the writer and thoughts of not being here are passive; the same words
about a place, a trip, a spider or a holiday stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i don't really care if i'm alive. the letter though?",
        "I don't care if I'm still here tomorrow",
        "sorry if I sound flat, I've stopped caring whether I live or die",
        "if i died tomorrow i'd be fine with it. relieved even",
        "since october everything is gray. i just wouldnt mind not being here",
        "I wouldn't mind joining her sooner rather than later",
        "cant walk cant talk right since the stroke. wish it had finished me off",
        "some days I wish the crash had killed me",
        "I'm not gonna do anything, I just think about not being here a lot",
        "some days i reckon id be better off six foot under",
        "I'd rather be the one in the ground than the one left doing this",
    ],
)
def test_indifference_to_living_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "I don't care if I'm here or at home for the holidays",
        "I'm thinking about not being here for christmas this year",
        "i wish i had killed that spider when i saw it",
        "if i went tomorrow i'd be fine for the interview",
        "I wouldn't mind joining the gym in january",
        "the plant would be better off six feet from the window",
        "I hope something good happens to me this year",
        "I'm not worried about not being here for the move",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
