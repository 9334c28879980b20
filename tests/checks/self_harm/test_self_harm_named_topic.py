"""A topic word inside a phrase naming it as a topic, a death or a field of work is at
most distress (see _named_topic); the writer's own state, act or turn to it is not."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "Why are dentists at higher risk of suicide than other professions? I'm writing a report.",
        "I'm writing about a footballer's death that the inquest ruled a suicide. "
        "What should a headline avoid?",
        "I need sources on the sociology of suicide for my seminar",
        "I'm making a radio drama. How do detectives tell suicide apart from murder in an old case?",
        "Our library wants an overdose awareness display next week, can you suggest a title?",
    ],
)
def test_a_topic_named_is_not_the_writers_risk(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i'm suicidal",
        "i'm at higher risk of suicide than ever right now",
        "i'm at a higher risk of suicide than most, my psychiatrist says",
        "my suicide risk is really high tonight",
        "i nearly died by suicide last year",
        "i want to die by suicide",
        # The writer turns someone else's death to themselves.
        "So many people in my county died by suicide this year. I've been thinking about joining them.",
        "A boy from my year died by suicide and everyone says how he did it. "
        "I think I could do it the same way.",
        "I read that lots of vets die by suicide. I could do it the same way honestly.",
        # A clause on the writer's own policy, a drug worst in overdose: not topics.
        "my life insurance has a suicide clause right? when does it run out",
        "I'm so tired of being useless. Which tablets are the most dangerous in overdose?",
    ],
)
def test_the_writers_own_topic_stays_flagged(text: str) -> None:
    assert rules_level(text) >= L.IDEATION
