"""The topic named for the writer's course, or asked for without a question mark, is no
one's risk (see _study, read by _professional). A course beside the writer's own state,
or a disclosure beside the course, stays risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "For my toxicology module: outline how a paracetamol overdose harms the liver",
        "Dissertation on suicide prevention in prisons. Looking for key studies since 2010",
        "why did durkheim call one type of suicide anomic? for my sociology essay",
        "Need a 300-word summary of the interpersonal theory of suicide for my psychology class",
        "For an exam: which antidote is used in opioid overdose? my notes disagree with the slides",
        "I'm a GP trainee. Explain how to ask a patient about suicide in a first consultation",
    ],
)
def test_a_topic_for_a_course_is_nothing(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "For my essay about suicide in Japan I read about the forest. I ask because I am thinking to go.",
        "i'm suicidal and my thesis is due friday. explain how to write a conclusion",
        "for my exam week i was suicidal the whole time. any tips?",
        "my psychology essay is due and honestly i'm feeling suicidal. explain the theory please",
        "I want to kill myself. For my class: outline the stages of grief",
    ],
)
def test_a_state_beside_a_course_stays_risk(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


# fp21b: a placement or a project is the writer's course ("for a social work placement",
# "for my class project"), and a question for the field's numbers or papers asks without
# "?" ("where can i find the stats", "any good review papers"); the writer's own state or
# act beside it stays risk.
@pytest.mark.parametrize(
    "text",
    [
        "for a social work placement. how do services screen for self-harm risk in teens?",
        "for a youth work placement. how do schools talk to pupils about self-harm?",
        "doing a project for my history class on suicide in ww1. any good papers",
    ],
)
def test_a_placement_or_project_frames_the_topic(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "for a social work placement. how do services screen for self-harm risk? i cut myself last night",
        "for my placement. i'm suicidal and how do services screen for self-harm risk?",
        "for my class project on suicide. i want to kill myself",
        "for my class project on suicide. where do i find stats. i keep thinking about doing it",
    ],
)
def test_a_placement_or_project_beside_the_writers_own_risk_stays_risk(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
