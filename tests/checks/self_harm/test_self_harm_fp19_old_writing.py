"""fp19: a wish quoted from the writer's own old writing (an old journal, diary, tumblr or
posts read again) is a wish of then, though quoted in the present tense: beside recovery
or "i don't feel that anymore" it settles below passive, as a past-tense wish does. The
old writing only dates the words: with no recovery, with a present wish, a recent marker,
or a bare wish after it that is not the writing's ("reading my old posts. i want to die."),
the risk stands; "my diary" alone may be today's."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        (
            "found my old notebooks from sixth form. so many 'i want to die' entries."
            " i don't feel that anymore",
        ),
        (
            "my old diary from the year of the flood says \"i wish i was dead\" on half the pages."
            " i'm doing so much better now",
        ),
        (
            "went back through my old journals. every page says i want to disappear."
            " so proud of that kid for staying",
        ),
        (
            "my diary from 2011 is full of 'i want to die'. glad that girl kept going."
            " anyway, best way to bind old diaries?",
        ),
    ],
)
def test_a_wish_quoted_from_old_writing_beside_recovery_reads_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        # no recovery: the old words alone settle nothing
        ("found my old notebooks from sixth form. so many 'i want to die' entries",),
        # the wish is said again now
        ("my old diary says \"i want to die\" on every page. i want to die now too",),
        ("my old diary says \"i want to die\" on every page. i still feel the same",),
        # a bare wish after the old writing is said now, not quoted from it
        ("reading my old posts. i want to die. doing better now though",),
        # "my diary" alone may be today's entry
        ("my diary says \"i want to die\". i'm doing better now",),
        # a recent marker wins
        (
            "my old diary says \"i want to die\" on every page."
            " i'm doing better now but last night i wanted to die again",
        ),
    ],
)
def test_old_writing_without_recovery_or_with_a_wish_now_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
