"""The topic word told apart from another, named as a term, told to the writer by someone
else or explained to others (en.context.topic_named, read by _named_topic) is a subject,
not the writer's state: at most distress. The writer's own word inside the phrase ("my
suicidal thoughts"), the word said as a state ("being suicidal") or a wish beside it keep
the risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "what's the difference between self-injury and a suicide attempt? i run a youth drop-in",
        "can you explain the distinction between passive and active suicidal ideation",
        "our trainer used the term 'suicidal ideation' a lot today, what does it cover",
        "a pupil told me about suicidal thoughts and i've passed it on to safeguarding",
        "how do you explain suicide to a six year old? their grandad died that way",
        "for the lit essay i'm writing about how suicide is shown in hamlet, is ophelia's death one?",
    ],
)
def test_a_topic_named_as_a_term_or_a_subject_is_not_flagged(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "what's the difference between my suicidal thoughts and actually wanting to do it",
        "i don't know the difference between being tired and being suicidal anymore",
        "i'm suicidal. what's the difference between passive and active ideation",
        "i keep thinking about suicide. how do i explain suicide to my mum",
        "i want to die. can you explain the difference between suicide and euthanasia",
    ],
)
def test_the_writers_own_topic_or_wish_beside_the_phrase_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "which depression questionnaires have a self-harm item? practice nurse here",
        "how is self-harm coded in the new clinical terminology",
        "we need a self-harm-baiting filter for the forum, what keywords do other mods use",
        "for english: how does the novel portray self-harm and grief? what themes stand out",
        "how do i phrase 'self-harm' in the welsh version of our leaflet",
        "how should i explain suicide to my class after a pupil's death was in the news",
    ],
)
def test_self_harm_named_as_a_field_or_the_topic_of_a_task_is_not_flagged(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my self harm is getting worse. how do i cover self-harm scars at work",
        "i keep looking at self harm content at night",
        "i self harmed last night. how do i explain self harm to my mum",
        "what's the difference between my self harm and a suicide attempt",
        "i'm at higher risk of suicide since the divorce",
    ],
)
def test_the_writers_own_self_harm_beside_a_task_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
