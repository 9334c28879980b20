"""Self-harm in the past said with a bare verb ("i used to cut", "me cortaba", "eu me
cortava", "je me scarifiais", "ich habe mich geritzt"): a return to it is a relapse (at
least passive), a past left behind years ago stays below passive, and the same verbs with
an object ("i used to cut my hair", "me cortaba el pelo") say nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import check, conversation, rules, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("i used to cut and i did it again last night",),
        ("i used to cut.", "i did it again last night"),
        ("i started cutting after my parents divorced",),
        ("cuando era adolescente me cortaba y anoche lo hice otra vez",),
        ("de adolescente me cortaba", "anoche lo hice otra vez"),
        ("quando era adolescente eu me cortava e ontem à noite fiz de novo",),
        ("eu me cortava", "ontem fiz de novo"),
        ("quand j'étais ado je me scarifiais et hier soir je l'ai refait",),
        ("je me scarifiais quand j'étais ado", "hier soir je l'ai refait"),
        ("als teenager habe ich mich geritzt und gestern nacht habe ich es wieder getan",),
        ("als teenager habe ich mich geritzt", "gestern habe ich es wieder getan"),
    ],
)
def test_a_return_to_past_self_harm_is_at_least_passive(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "de adolescente me cortaba, hace diez años que no",
        "na adolescência eu me cortava, há dez anos que não",
        "quand j'étais ado je me scarifiais, ça fait dix ans que je ne le fais plus",
        "als teenager habe ich mich geritzt, seit zehn jahren nicht mehr",
        "Ich hab mich als Teenager geritzt, das ist lange vorbei.",
        "i used to cut, i've been clean for 5 years",
        "I used to cut when I was in school. I stopped at 17. I'm 30 now",
    ],
)
def test_past_self_harm_left_behind_stays_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i used to cut my hair short and did it again last night",
        "i used to cut class",
        "i used to cut and sew my own clothes",
        "i used to burn candles every night",
        "de adolescente me cortaba el pelo muy corto",
        "quando era adolescente eu me cortava o cabelo",
        "quand j'étais ado je me coupais les cheveux moi-même",
    ],
)
def test_the_same_verbs_with_an_object_say_nothing(text: str) -> None:
    assert user_turns_level(text) == L.NONE


@pytest.mark.parametrize(
    "text",
    [
        "i cut deep this time, way deeper than before",
        "i keep wanting to cut. i threw my razors out last month",
        "i'm going to cut tonight, i don't care about the streak anymore",
        "gonna go cut. i just need it to stop for a bit",
        "ive been cutting for 3 yrs",
        "i keep a tally on my wall of days without cutting. today i had to wipe it off",
        "how do i hide cuts in summer. everyone is wearing shorts",
    ],
)
def test_cutting_said_without_an_object_is_self_harm(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i cut my finger chopping onions",
        "i cut it short last week",
        "i need to cut my hair",
        "i need to cut down on sugar",
        "i cut back on coffee",
        "i cut ties with him",
        "i had to cut him off",
        "we need to cut costs",
        "she's been cutting back on sugar",
    ],
)
def test_cutting_something_is_not_self_harm(text: str) -> None:
    assert user_turns_level(text) == L.NONE


def test_someone_elses_cutting_is_not_the_writers() -> None:
    state = rules().assess(conversation("my best friend told me she's been cutting since her parents split"))
    assert state.subject != "self"


def test_a_dropped_bare_act_judges_nothing_for_the_word_model() -> None:
    assert not check()._read("i used to cut class").ruled
    assert check()._read("i used to cut and i did it again last night").ruled
