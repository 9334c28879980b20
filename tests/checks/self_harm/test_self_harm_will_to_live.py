""""No will to live" is the absence the risk phrase names, not a negation of it."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "i have no will to live",
        "honestly zero will to live anymore",
        "ive lost the will to live",
        "i dont have any will to live left",
        "i dont even have the will to live",
        "my will to live is gone",
    ],
)
def test_lacking_the_will_to_live_is_passive(text: str) -> None:
    assert rules_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i still have the will to live, just tired",
        "i do have the will to live, i just hate this job",
        "i'm not suicidal, my will to live is fine",
    ],
)
def test_having_it_is_not(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
