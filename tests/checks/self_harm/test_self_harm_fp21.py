"""False alarms of session 21 (fp21), by kind of wording, each beside the at-risk wording
next to it that must still flag."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

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


# ------------------------------------------ one's funeral planned, its reason told
FUNERAL_WITH_REASON = [
    ("thinking about my own funeral",
     "ha, no, i'm 78 and want it prepaid so my daughter isn't left sorting it"),
    ("i've been planning my funeral",
     "i'm a funeral director, we all do it eventually. just want mine done properly"),
    ("i've picked the hymns for my funeral at 74 and booked the buffet. too fussy?",),
    ("been sorting my funeral with the undertaker this week, so the kids won't have to",),
]


@pytest.mark.parametrize("turns", FUNERAL_WITH_REASON)
def test_a_funeral_planned_for_a_practical_reason_is_below_passive(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


FUNERAL_STILL_RISK = [
    ("been thinking about my funeral a lot",),
    ("i keep imagining my own funeral and who would turn up",),
    # a reason beside a wish, a burden or a time keeps it
    ("i'm 80 and i've planned my funeral. nobody would miss me anyway",),
    ("i'm 75 and my funeral is all planned with the undertaker. tonight's the night",),
    ("been thinking about my funeral a lot", "i'm 72 and i'm tired of living"),
    # "my funeral" doubted as a reason: a cover
    ("i've planned my funeral. the family assume it's because i'm 70",),
]


@pytest.mark.parametrize("turns", FUNERAL_STILL_RISK)
def test_a_funeral_alone_or_beside_risk_keeps_its_level(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.PASSIVE


# ---------------------------- "when i'm gone" told bare, its reason in the next turn
GONE_THEN_REASON = [
    ("could you help me write a list for when i'm gone?",
     "for the cat sitter lol, i'm away for two weeks. feeding and the litter"),
    ("will you still remember me after i'm gone",
     "moving to canada for my new job next month! i'll have less time to chat"),
    ("help me word a letter to be opened after i'm gone", "it's for the school time capsule"),
]


@pytest.mark.parametrize("turns", GONE_THEN_REASON)
def test_when_im_gone_explained_by_the_next_turn_is_below_passive(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


GONE_STILL_RISK = [
    ("when i'm gone you'll understand",),
    ("when i'm gone you'll understand", "i'm not explaining. it's better this way"),
    ("i wrote letters for when i'm gone", "i'm moving abroad. i've got the pills"),
    ("i wrote letters for when i'm gone", "moving on. nobody will miss me"),
    # a general reason in the same message never explains it
    ("my insurance is sorted for when i'm gone",),
    ("love you all, i'm sorry, goodbye",),
]


@pytest.mark.parametrize("turns", GONE_STILL_RISK)
def test_when_im_gone_without_a_reason_or_beside_risk_stays_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.PASSIVE
