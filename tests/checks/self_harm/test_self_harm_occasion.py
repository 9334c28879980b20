"""A set time explained by an everyday occasion ("today's the day" ... "my piano recital")
is no risk (fp17c); the same time beside a wish, means or a method, a ring or a date named
instead of an occasion, and the time alone keep their level."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ASK = "What's happening tonight?"


@pytest.mark.parametrize(
    "turns",
    [
        ("today's the day!! my first piano recital at 7, hands already shaking",),
        ("tonight is the night", _ASK, "i'm going to propose at the lake. hid everything in the boot"),
        ("practised for months, got everything ready. tonight's the night", _ASK, "prom!! dress is green"),
    ],
)
def test_a_set_time_for_an_occasion_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        # the controls: the time beside nerves, or plan words, with no occasion
        ("tonight's the night. i'm so nervous",),
        ("got everything ready. tonight's the night",),
        # a wish, means or a method beside the occasion
        ("tonight's the night. i just want to die. the gig is my last",),
        ("tonight's the night", _ASK, "the concert. then the pills i've saved up"),
        ("i've got the rope. tonight's the night", _ASK, "the proposal lol"),
        # a ring or a date is no occasion: a wedding ring taken off, a date set
        ("i'm so nervous. tonight's the night", _ASK, "left my wedding ring on the table for her"),
        ("i'm so nervous. tonight's the night", _ASK, "the date i set. everything is ready"),
    ],
)
def test_the_same_times_at_risk_keep_their_level(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT
