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
