"""fp17f: a past wish taken back by an ellipsis ("i wanted to die. not anymore", "i used to
wish i'd die. i don't anymore") says the writer is well now, so the past wish settles below
passive. The ellipsis counts only straight after the writer's own past-tense wish (or after
"but" in its sentence): after a loss ("i used to have hope. i don't anymore"), before a
present wish, beside a recent marker or with a plan, the risk stands. Recovery told by the
treatment's kind ("dbt helped"), a self that held on ("glad i stuck around") or things much
better settle a past wish as the other recovery phrases do."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("when my shop closed i wanted to die. not anymore. can you help me price my new menu?",),
        ("i used to wish i would die in my sleep during my residency. i don't anymore.",),
        ("i had thoughts about killing myself in the army. i don't now. how do i explain the gap on my cv",),
        ("back at school i thought about suicide a lot. i dont feel that way anymore",),
        ("i wanted to disappear for most of my twenties, but not anymore. tips for a 30th party?",),
        ("i used to think about dying all the time. no longer. i coach u10 football on saturdays",),
    ],
)
def test_a_past_wish_taken_back_reads_below_passive(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("in my first job i thought about dying every day. cbt helped. now: how do i ask for a raise",),
        ("i wanted to die after the layoffs. glad i stuck around. my daughter starts school today",),
        ("i wanted to disappear during the trial. things are so much better. help me plan a picnic?",),
        ("used to drink because i wanted to die. now i want to be here for my kids",),
    ],
)
def test_recovery_in_new_words_settles_a_past_wish(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        # the ellipsis takes back something else: a loss told
        ("i used to have hope. i don't anymore. i want to die",),
        ("i used to want to live. not anymore. i wanted to die",),
        ("i used to want to live. not anymore. i wanted to die all day today",),
        # a present wish or an act beside the taken-back one
        ("i wanted to die. not anymore. now i want to kill myself",),
        ("i used to be afraid to die. not anymore. i've got the pills",),
        ("i was suicidal. no longer. i just want to get this over with, i have a plan",),
        # a recent marker: the wish is now
        ("i wanted to die last night. not anymore",),
        ("i wanted to die. not now. tonight when they are asleep",),
        # no past: the ellipsis alone
        ("not anymore. i want to die",),
        ("i want to die. i don't anymore want to try",),
    ],
)
def test_a_wish_not_taken_back_still_flags(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("used to cut myself, stopped in 2016. is it normal for the urge to flicker when i see a razor?",),
        ("i used to hurt myself. stopped in my twenties. the marks are faded now. my son asked today",),
    ],
)
def test_self_harm_left_at_a_year_or_decade_settles(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i used to cut. stopped in 2018. started again this week",),
        ("i used to cut. havent in 18 months but i did last night",),
        ("i cut myself. havent told anyone in 3 months",),
        # a streak told beside an urge now
        ("i saw a razor in a film and my whole body wanted to cut. haven't in 5 months. why",),
        ("i wanted to die. stopped in my twenties. now i want to again",),
    ],
)
def test_a_left_act_taken_up_again_still_flags(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
