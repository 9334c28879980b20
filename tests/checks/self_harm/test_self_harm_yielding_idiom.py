"""A bound gives way (_yielding_idiom): "disappear for a week", "sleep till friday" cancel
the wish they overlap, but not beside the writer's own means, a time or a plan in the same
message, and what they cancelled counts once the writer's wish has been said. Other idioms
("killing me") keep cancelling whatever stands beside them."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._message import read
from tests.checks.self_harm._helpers import rules, rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("i want to disappear for 3 days. i've got the pills ready", L.INTENT),
        ("honestly i want to disappear for a week. the rope is in the garage", L.INTENT),
        ("i want to sleep and never wake up until christmas. tonight is the night", L.INTENT),
        ("wanna vanish for 2 weeks. already looked up the least painful way", L.PASSIVE),
        ("i want to disappear from socials for good. i have enough pills to do it", L.INTENT),
    ],
)
def test_a_bound_beside_means_time_or_plan_keeps_the_wish(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        (("i don't want to be alive anymore", "i just want to disappear for a week"), L.PASSIVE),
        (("everyone would be better off without me", "i want to sleep till monday"), L.PASSIVE),
    ],
)
def test_a_bound_after_the_writers_wish_keeps_it(turns: tuple[str, ...], least: RiskLevel) -> None:
    # The first turn alone is passive; the bound's wish is raised too (held, then prepared).
    assert user_turns_level(*turns) >= least


@pytest.mark.parametrize(
    "text",
    [
        "i want to disappear for 3 days, switch my phone off and read",
        "sometimes i want to disappear for a week. can you find me a cheap cabin?",
        "i want to disappear for 3 days. i don't have the money for a hotel though",
        "wish i could sleep till christmas, so much marking",
        "i want to vanish from the group chat for a week, my aunt keeps posting",
        # a figure of speech, not a bound: means beside it change nothing
        "this traffic is killing me, i have my allergy pills in my bag",
        "i'm so stressed || i just want to disappear for a week",
    ],
)
def test_a_bound_alone_or_after_distress_is_not_risk(text: str) -> None:
    assert rules_level(*text.split(" || ")) < L.PASSIVE


def test_held_wish_is_not_raised_after_distress_only() -> None:
    turns = ("work is awful and i'm exhausted", "i just want to disappear for a week")
    assert user_turns_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("i just want to disappear for a week", True),
        ("i wish i could sleep and never wake up until friday", True),
        ("i don't want to disappear for a week", False),  # negated: nothing to raise
        ("this commute is killing me", False),  # a figure of speech, not a bound
    ],
)
def test_what_a_bound_cancelled_is_held_for_the_conversation(text: str, held: bool) -> None:
    reading = read(text, rules()._cues)
    assert not any(s.level >= L.PASSIVE for s in reading.signals)
    assert any(s.cue.kind == "risk" for s in reading.prepares) is held


@pytest.mark.parametrize(
    "text",
    [
        "that's my last message for tonight, need to be up at 6. thanks for the recipe help!",
        "ok last text for the day, i'll send the rest of the cover letter tomorrow",
        "last msg for today, the wifi on this train is dreadful",
    ],
)
def test_a_last_message_for_the_day_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("that's my last message for today. the pills are ready", L.INTENT),
        ("my last message for tonight. tonight's the night", L.INTENT),
        ("this is my last message for tonight. i'm sorry. goodbye", L.PASSIVE),
        ("this is my last message for now. thank you for everything", L.PASSIVE),
        ("this is my last message before bed. i'm sorry for everything", L.PASSIVE),
    ],
)
def test_a_last_message_beside_means_time_or_goodbye_keeps_its_level(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("last message before bed. i won't be waking up tomorrow. the pills are here", L.INTENT),
        ("whiskey, the tablets, the sofa. won't be waking up from it", L.PASSIVE),
        ("going to sleep now. i made sure i won't wake up", L.PASSIVE),
        ("i want to sleep until it's all over", L.PASSIVE),
        ("honestly i just want to sleep till everything is over", L.PASSIVE),
    ],
)
def test_not_waking_said_as_a_fact_is_risk(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least


@pytest.mark.parametrize(
    "text",
    [
        "i won't be waking up early tomorrow, it's my day off",
        "i slept until it was all over, missed the whole storm",
        "wish i could sleep until the exams are over",
    ],
)
def test_not_waking_for_a_time_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "said my final goodbye to the old van today, 18 years of camping trips. weirdly gutted",
        "drafting a farewell email to the department tonight, any tips to keep it short?",
        "goodbye to the flat tomorrow, keys go back at noon",
        "organising farewell drinks for my manager, which pub near king's cross?",
    ],
)
def test_a_goodbye_to_a_thing_or_a_goodbye_event_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("final goodbye to my old flat. the rope is in the garage", L.INTENT),
        ("goodbye to my flat. tonight's the night", L.INTENT),
        ("i've written goodbye emails to everyone", L.PASSIVE),
        ("saying goodbye to my kids tonight. i can't do this anymore", L.PASSIVE),
    ],
)
def test_a_goodbye_beside_means_time_or_to_people_keeps_its_level(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least
