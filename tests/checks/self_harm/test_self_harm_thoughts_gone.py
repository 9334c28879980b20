"""Thoughts or urges named as gone ("the SI is gone") are the writer being well now."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "had SI during my first year of uni, used the counselling service and it settled. now in final "
        "year and dissertation stress is huge but the SI hasn't come back, just regular stress.",
        "when I started with her 2 years ago I was sh'ing daily and having SI. now I haven't "
        "self-harmed in 14 months and the SI is gone.",
        "the urges have passed, i just wanted to tell someone",
    ],
)
def test_thoughts_named_as_gone_are_distress_at_most(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i thought the SI was gone but it's back",
        "the SI has gone from background to foreground. im not safe around the meds",
        "the urges have stopped but i still want to die",
        "the si is gone for now but it comes back every night and i want to die",
        "my si is bad tonight",
    ],
)
def test_thoughts_not_gone_stay_flagged(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
