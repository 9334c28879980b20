"""fp19b: "again" on a verb of everyday life ("dating again", "running again") is no recent
marker of risk, so a past wish taken back ("i wanted to die. not anymore.") stays settled;
"again" on harm or drink, a return of the thoughts or a wish now stay risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("when i lost the job i wanted to die. not anymore. i'm painting again and sleeping well",),
        ("in my twenties i wanted to die. not anymore, not for years. cycling again this spring",),
    ],
)
def test_a_settled_wish_with_everyday_again_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i wanted to die at school. not anymore. but i'm cutting again",),
        ("i wanted to die back then. not anymore. drinking again though",),
        ("i wanted to die. not anymore. swimming again. but the thoughts are back",),
        ("i'm laughing again with friends and still i want to die",),
    ],
)
def test_harm_again_or_a_wish_now_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
