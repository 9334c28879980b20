"""rec17d's two reported bugs: a history marker cut off from a present wish by "but" or a
word of now ("i got better months ago but tonight i want to die"), and a limb opened up or
sliced open or a cut wished deeper ("i opened my arm up last night")."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i got better months ago but tonight i want to die",
        "i was doing fine a year ago but now i want to die",
        "therapy helped years back, but lately i wish i was dead",
    ],
)
def test_a_present_wish_after_a_dated_recovery_is_at_least_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i wanted to die years ago but therapy helped and i'm good now",
        "years ago i wanted to die, therapy fixed that and i'm fine",
        "my mum found my journals from when i was 15 and suicidal. i'm fine now",
    ],
)
def test_a_wish_dated_in_the_past_with_recovery_stays_below(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i opened my arm up last night",
        "sliced my palm open and i wish it went deeper",
        "slashed my forearm again after the call",
        "cut my thigh, i wished the cuts were deeper",
    ],
)
def test_a_limb_opened_or_a_cut_wished_deeper_flags(text: str) -> None:
    assert rules_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "she opened her arms up to me at the airport",
        "opened my arms up to him and we hugged",
        "sliced my finger on a tin can making dinner",
        "gashed my leg open on a rock hiking",
        "i wish the conversation went deeper",
        "wish our friendship went deeper",
    ],
)
def test_hugs_kitchen_accidents_and_deep_talk_stay_none(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
