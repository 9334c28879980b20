"""Being dead named as better than the life ahead ("rather be dead than start again",
"give anything to be dead", "the cheapest option is for me to not exist", "wish i had the
guts to just end it") is a passive wish; the everyday look-alikes are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "I keep thinking I'd rather be dead than start again",
        "id rather be dead than go through it the wrong way",
        "i'd give anything to be dead instead of dealing with this debt",
        "Some days I think better I am not alive, then no problem for anybody",
        "the cheapest option here is for me to not exist",
        "ngl sometimes i wish i had the guts to just end it",
    ],
)
def test_dead_rather_than_the_life_ahead_is_at_least_passive(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i'd rather die than go to that party",
        "it would be easier for me to not be here for the meeting",
        "i wish i had the guts to end things with him",
        "i'd rather be dead than wear that outfit",
    ],
)
def test_the_everyday_look_alikes_are_not(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
