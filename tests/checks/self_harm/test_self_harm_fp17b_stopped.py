"""fp17b: the wish itself told as ended ("i stopped wanting to die") is a recovery phrase,
so a past-tense wish beside it, dated or in the past tense, settles as the past. Only with
the wish as its object; "again", a bare "stopped wanting" of something else, or no past
at all keep the wish."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("the week my asylum case was closed in 2021 i stopped wanting to die. help with a letter?",),
        ("the month i stopped wishing i was dead was the month i got sober. nine years now",),
        ("back in 2018 i quit thinking about suicide when i found climbing. anyway, best chalk brand?",),
    ],
)
def test_a_wish_told_as_ended_reads_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i stopped wanting to die but now i want to again",),
        ("i stopped wanting to eat. i wanted to die all week",),
        ("i stopped taking my meds in 2019 and i wanted to die every day since",),
        ("i stopped wanting to die for a while in 2020. it's back again tonight",),
        ("i want to die",),
    ],
)
def test_a_wish_not_ended_still_flags(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
