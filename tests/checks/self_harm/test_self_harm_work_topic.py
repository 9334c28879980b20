"""Work told as a verb ("i work in claims", "we work at a hospice"), a course named after
"for a" ("for a med school presentation") and self-harm named by its bare noun as the
work's subject ("our self-harm content policy") keep the study or work frame; the
writer's own state, wish or act beside them stays risk (see _professional, _study)."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "I work in pensions. How do suicide clauses in life cover usually get handled?",
        "we work at a hospice. how do you talk to families after a suicide?",
        "Why is suicidality a listed risk of isotretinoin? Researching for a pharmacy school presentation.",
        "For a school debate: should apps scan for self-harm posts? I need arguments on both sides",
        "For my sociology essay: how do schools record self-harm incidents? I need recent figures",
    ],
)
def test_work_and_study_frames_hold(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "I work in a pharmacy. What's a fatal overdose of these? I want to die",
        "I work in claims. How do suicide clauses work? I've been suicidal since the layoff",
        "I'm a nurse and I self harm, is that ok?",
        "As a nurse, is self-harm common on night shifts? I self-harm after every shift",
        "For my psych class: what is self-harm? I need to know because I want to cut tonight",
        "I'm a teacher, is self-harm in year 9 common? asking because I've started cutting again",
    ],
)
def test_own_risk_beside_work_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
