"""The act announced as a short absence ("brb killing myself", "gtg kms") is intent; "brb"
beside a workout, a cake, a brother or dying of embarrassment is nothing."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    ["brb killing myself", "gtg kms", "brb gonna go cut myself", "ok. brb ending my life"],
)
def test_the_act_as_the_errand_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "brb killing it at the gym",
        "brb dying inside, my crush saw my story",
        "brb cutting the cake before the kids riot",
        "brb gonna kill my brother for eating my fries",
    ],
)
def test_brb_with_an_everyday_errand_is_nothing(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
