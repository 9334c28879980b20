"""An age now told beside a past the history rules read caps that past at distress."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "When I was 15 I used to wish I'd die in my sleep every night. I'm 50 now. "
        "My granddaughter was born yesterday.",
        "i used to think about killing myself when i was 19. im 34 now and a dad of two.",
        "Back in my teens I used to want to disappear. I am 40 now, it's a different life.",
    ],
)
def test_a_past_told_beside_an_age_now_is_distress_at_most(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "when i was 15 i wanted to die. im 17 now and i still do",
        "I've wanted to die since I was 12. I'm 30 now and nothing has changed.",
        "i want to die. im 16 now and nothing will change",
        "when i was 14 i tried to kill myself. im 15 now and i want to try again",
    ],
)
def test_a_wish_now_beside_an_age_stays_flagged(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


def test_an_age_now_does_not_cap_a_relapse() -> None:
    assert rules_level("i used to cut when i was 14. im 16 now and i want to start again") >= L.IDEATION
