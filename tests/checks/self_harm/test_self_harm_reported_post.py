"""A wish quoted from another person's post ("is it normal for my friend to post 'i want to
die'") is theirs; the writer's own post or words stay the writer's."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "Is it normal for my friend to post 'i want to die' on insta stories?",
        "my cousin tweets 'i want to die' every time her team loses",
    ],
)
def test_a_quoted_post_of_someone_else_is_theirs(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i want to post 'i want to die' on my story because i do",
        "my friend says i'm fine but i want to die",
    ],
)
def test_the_writers_own_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
