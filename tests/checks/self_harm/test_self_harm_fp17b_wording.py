"""fp17b: suicide as a word asked about or corrected ("why is 'committed suicide'
outdated"), its reporting ("guidelines for reporting suicide": topic_named, at most
distress) and the gym grip or team drills named after it (an idiom). The writer's own
suicide, attempt or wish beside the same words still flags."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("Is 'committed suicide' insensitive? My copy editor flagged it in my obituary column.",),
        ("my style guide says never write committed suicide. what do i use instead in my article?",),
        ("What are the rules for reporting on suicide in my local paper? I'm a junior reporter.",),
        ("coach made my whole team run suicide drills after we lost, my legs are dead lol",),
        ("is the suicide grip actually dangerous? my spotter at my gym hates it",),
    ],
)
def test_the_word_as_a_word_reads_below_ideation(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i almost committed suicide last year and i want to again",),
        ("why is suicide wrong? i want to do it",),
        ("i'm going to cover my suicide attempt scars, they're fresh",),
        ("i keep thinking about suicide. my gym was the only thing keeping me going",),
    ],
)
def test_the_writers_own_still_flags(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
