"""Plain and learner wording of risk: "OD" as the verb the writer wants or announces, slit
wrists named in a list of methods, pills hoarded as a step of a plan, "i want die"; the same
letters as slang, a colour, a measure or someone else's act stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("i'm going to OD tonight", L.IMMINENT),
        ("i'm gonna od", L.INTENT),
        ("i want to od", L.IDEATION),
        ("i want to o.d.", L.IDEATION),
        ("im gonna o.d", L.INTENT),
        ("i wanna OD so bad", L.IDEATION),
        ("I've got a plan: hoard my pills until Tuesday, then OD that night", L.INTENT),
        ("plan is simple. stash all my meds and wait", L.INTENT),
        ("OD that night with a combo of slit wrists and maybe even hanging", L.IDEATION),
        ("slit wrists", L.IDEATION),
        ("i want die. i will probably give myself the die soon idk", L.PASSIVE),
        ("why i still alive", L.PASSIVE),
        ("i want finish my life", L.IDEATION),
        ("My english is basic. I am thinking in to kill me. No plan.", L.IDEATION),
        ("Since weeks I have the thoughts to kill me.", L.IDEATION),
        ("i want kill me", L.IDEATION),
    ],
)
def test_plain_and_learner_wording_is_read(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    "text",
    [
        "that's so OD lol",
        "the jacket comes in OD green",
        "the pipe is 20mm OD",
        "i want to od on chocolate this weekend",
        "i will od on caffeine before the exam",
        "don't hoard all my pills, the pharmacist said",
        "slit pockets and slit sleeves on this pattern",
        "i want to finish my life's work before i retire",
        "i don't want die",
        "the thought of the exam is going to kill me",
        "my mum will want to kill me when she sees this",
        "i'm thinking he wants to kill me",
        "This is going to sound odd. I'm fine",
        "i want odd socks",
        "my sight is going odd",
    ],
)
def test_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_someone_elses_od_is_not_the_writers() -> None:
    assert rules_level("he's going to OD if he keeps this up") < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want to die ## overdose tonight",
        "i want die. overdose tomorrow",
        "i wish i was dead. overdose that night",
    ],
)
def test_an_overdose_with_its_time_after_a_wish_is_intent(text: str) -> None:
    assert user_turns_level(*text.split(" ## ")) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "OD tonight",
        "the patient might OD tonight, keep naloxone close",
        "he might OD tonight",
    ],
)
def test_an_od_with_its_time_alone_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_odd_after_a_wish_is_not_an_overdose() -> None:
    assert rules_level("i want to die. feeling odd tonight") < L.INTENT
