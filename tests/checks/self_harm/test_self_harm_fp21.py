"""False alarms of session 21 (fp21), by kind of wording, each beside the at-risk wording
next to it that must still flag."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


# ------------------------------------------------ a former partner's words quoted
EX_QUOTED = [
    "my ex just messaged me: 'you'll regret it when i'm gone'. we split up in may",
    "my ex keeps texting 'i want to die' whenever i don't answer. what do i do",
    "my ex sent me 'this is the last time you'll ever hear from me' at 2am, should i call the police?",
    "got a voicemail from my ex saying 'goodbye forever, i'm done'. i'm scared for him",
]


@pytest.mark.parametrize("text", EX_QUOTED)
def test_a_former_partners_quoted_words_are_not_the_writers(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


EX_BESIDE_OWN_RISK = [
    # the writer's own words beside the ex: the dropped subject is the writer
    "my ex cheated on me. want to die",
    "my ex left me last night and honestly i want to die",
    "since my ex moved out i keep thinking about killing myself",
    # the writer quoting themself to the ex
    "i texted my ex 'when i'm gone you'll understand'",
]


@pytest.mark.parametrize("text", EX_BESIDE_OWN_RISK)
def test_the_writers_own_risk_beside_an_ex_still_flags(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
