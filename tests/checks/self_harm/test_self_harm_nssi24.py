"""Self-injury told plainly (nssi24): the act with its subject dropped (en.ideation.cut_open,
en.ideation.bare_cut_open: only opening their clause, see _bare_act), why the act helps
(en.ideation.harm_helps, en.ideation.bare_cut), injuries hidden behind a cover story
(en/es/de injury_cover), a hand burned on a thing on purpose (en.ideation.sh_told), and the
same in Spanish and German. Ideation (FORMAT.md: self-injury without suicidal intent); the
everyday cut, burn or cover story of the same words stays below passive, and an old habit
told as long stopped keeps its level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        # the act with its subject dropped
        "just cut. feeling a bit calmer now",
        "ok so. cut yesterday and nobody noticed",
        "cut last night just to feel something",
        "and then cut this morning before school",
        "shd for the first time since march",
        "cut a bit, cleaned it up, went to bed",
        "i only cut a little when it gets bad",
        # why it helps
        "why does cutting make me feel so much better",
        "burning makes me calmer and i don't know why",
        "is it bad that cutting helps",
        "does it feel good to cut? it does for me",
        "is it weird to cut when you're already sad",
        # hidden behind a cover story
        "i told my mum the cuts were from the neighbour's cat",
        "said the burns came from the oven at work",
        "told her i slipped with the razor",
        "the cuts aren't accidents",
        "how can i hide the cuts on my thighs at the pool",
        "any tips to hide burns from my parents",
        # a hand burned on a thing on purpose
        "burnt my palm on the iron on purpose",
        "burned myself on the stove on purpose after dinner",
    ],
)
def test_nssi_told_plainly_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "cut my hair short yesterday",
        "just cut my fringe myself",
        "cut class today lol",
        "cut the onions and the peppers",
        "cut my finger chopping carrots",
        "cut yesterday in the kitchen and it still stings",
        "burned the toast again",
        "i cut carbs last month",
        "cutting back on coffee",
        "cut him off mid sentence",
        "got a paper cut from an envelope",
        "the surgeon's cut healed nicely",
        "the power was cut last night",
        "my hair got cut today",
        "just cut in line at the bakery",
        "u shd come round later",
        "cut a bit of cheese for the kids",
        "cutting helps with weight loss they say",
        "cutting carbs made me feel better",
        "cutting onions makes me cry",
        "it felt good to cut loose at the party",
        "is it bad to cut carbs completely",
        "told her the cat did it",
        "how do i hide stretch marks on my thighs",
        "how do i hide marks on my arms, my cat scratched me",
        "burned my hand on the hob making pasta",
        # a diet phase at the gym
        "cut last week, down 2 kg already",
        "is it bad to cut when bulking",
        "cutting helps when you track macros",
    ],
)
def test_everyday_cuts_and_burns_are_not(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


def test_recovery_told_keeps_its_level() -> None:
    # an old habit, long stopped: the level the rules gave it before (distress)
    assert user_turns_level("i used to self-harm, 5 years clean now") == L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "me quiero cortar cada vez que como",
        "me hago cortes en los brazos desde el verano",
        "me hago daño cuando saco malas notas",
        "le dije a mi papá que las marcas eran del perro",
    ],
)
def test_spanish_nssi_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "me quiero cortar el pelo",
        "me hice un corte en el dedo",
        "me hice daño en la rodilla jugando",
        "le dije que fue el gato",
    ],
)
def test_spanish_everyday_is_not(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "heute wieder geritzt. jetzt ist es ruhiger",
        "hab mich vorhin gecuttet",
        "SVV wieder angefangen nach einem Jahr",
        "ich will mir einfach nur wehtun",
        "alle denken, die Schnitte am Bein sind von meinem Hund",
        "die Verbrennungen sind keine Unfälle",
    ],
)
def test_german_nssi_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "hab gestern meinen Namen in die Bank geritzt",
        "ich will mir beim Fußball nicht wehtun",
        "die Kratzer sind von meiner Katze",
        "ich hab mir die Haare geschnitten",
    ],
)
def test_german_everyday_is_not(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "je me suis coupée samedi, personne le sait",
        "je me suis coupé ce soir encore",
        "eu faço cortes nos braços desde o ano passado",
        "fiz uns cortes hoje pra aliviar",
    ],
)
def test_french_and_portuguese_nssi_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "je me suis coupé le pouce samedi",
        "je me suis coupée",
        "je me suis coupée ce midi en cuisinant",
        "eu faço cortes de cabelo no salão",
        "fiz uns cortes no cabelo",
    ],
)
def test_french_and_portuguese_everyday_is_not(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
