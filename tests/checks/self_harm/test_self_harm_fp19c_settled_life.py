"""fp19c: a past wish set against a settled life told now with no word of recovery ("now i
work as a paramedic", "retrained as a barber", "life is ok", "i feel like myself again",
"now i'm in a new city") is settled; a return home, a hopeless "never ... again", a wish
now or a recent marker stay risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("during the war i wanted to die most days. i am working as a paramedic now",),
        ("there were years i wanted to disappear. i retrained as a barber and bought a van",),
        ("i used to want to die at school. life is ok. i have a cat and a small flat",),
        ("i wanted to be dead all of 2017. i feel like myself again",),
        ("back then i wished i was dead. now i'm in a new city with my sister",),
    ],
)
def test_a_past_wish_beside_a_settled_life_is_settled(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("back then i wished i was dead. now i'm back home with him",),
        ("i wanted to be dead all of 2017. i'll never feel like myself again",),
        ("i wanted to be dead all of 2017. i don't think i'll ever feel like a person again",),
        ("i used to want to die at school. life is ok now but i want to die again",),
        ("i used to want to die at school. life is ok. but tonight i want to die",),
        (
            "during the war i wanted to die most days. now i work as a paramedic"
            " and i still think about killing myself",
        ),
        ("i wanted to die last week. now i work as a paramedic",),
    ],
)
def test_a_return_a_hopeless_never_or_a_wish_now_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
