"""A farewell phrase whose message names the writer's return ("see you tomorrow") is an
everyday sign-off; a return made final ("see you for good"), a negation ("i won't see
monday"), another risk beside it, or a time bound that is a cover ("for the weekend")
keeps the farewell."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "this is my last message, my trial ran out. see you tomorrow",
        "goodbye everyone!! see ya on monday",
    ],
)
def test_farewell_with_a_return_is_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("goodbye everyone, thank you for everything. i won't see monday", L.INTENT),
        ("this is my last message. i've got the pills. see you tomorrow", L.INTENT),
        ("goodbye everyone. i won't be here for the weekend", L.INTENT),
        ("goodbye everyone, i'm going away for the weekend. nobody will expect me till monday", L.INTENT),
    ],
)
def test_farewell_kept_without_a_plain_return(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor
