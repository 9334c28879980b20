"""The writer's past, recovery and survival read by the rules alone (no word model), and
the German negation that reaches a zu-infinitive over a comma.

Each look-alike table has must-flag counterparts: a relapse, thoughts that are back, a
recovered writer planning now. A recent or present cue in the conversation always wins.
"""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


GERMAN_DENIED = [
    "ich denke nicht daran, mich umzubringen",
    "ich habe nicht vor, mich umzubringen",
    "ich habe keine absicht, mich zu töten",
    "Ich denke gar nicht daran, mich umzubringen.",
]
GERMAN_MEANT = [
    "ich denke daran, mich umzubringen",
    "ich denke ständig daran, mich umzubringen",
    "ich kann nicht aufhören daran zu denken, mich umzubringen",
    "ich habe keine angst davor, mich umzubringen",
    "ich denke nicht daran, ich will mich umbringen",
]


@pytest.mark.parametrize("text", GERMAN_DENIED)
def test_german_negation_reaches_the_announced_infinitive(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


@pytest.mark.parametrize("text", GERMAN_MEANT)
def test_german_infinitive_without_that_negation_stays_ideation(text: str) -> None:
    assert user_turns_level(text) >= L.IDEATION


# A survivor's past in another language, well now: at most distress.
PAST_WELL_NOW = [
    "früher wollte ich mich umbringen, heute geht es mir gut",
    "vor jahren hatte ich suizidgedanken, heute geht es mir gut",
    "Ich hatte vor acht Jahren eine schwere Depression mit Suizidgedanken. Heute geht's mir gut.",
    "cuando era adolescente intenté suicidarme, ahora estoy bien",
    "hace años quería suicidarme, ya no lo hago",
    "quando era adolescente eu queria morrer, hoje estou bem",
    "il y a des années je voulais me suicider, maintenant je vais bien",
    "quand j'étais ado j'ai voulu me suicider, aujourd'hui je vais bien",
]
# The same past beside a recent or lasting cue: the recent cue wins (at least passive,
# ideation where the words say ideation).
PAST_THEN_AGAIN = [
    ("vor jahren wollte ich mich umbringen und jetzt wieder", L.IDEATION),
    ("vor jahren hatte ich suizidgedanken und gestern wieder", L.IDEATION),
    ("Vor 15 Jahren hab ich versucht, mir das Leben zu nehmen. Jetzt will ich es wieder.", L.IDEATION),
    ("seit jahren will ich mich umbringen", L.IDEATION),
    ("cuando era adolescente intenté suicidarme y anoche lo intenté otra vez", L.IDEATION),
    ("hace años quería suicidarme y últimamente vuelvo a pensarlo", L.IDEATION),
    ("hace años que quiero suicidarme", L.IDEATION),
    ("La idea de suicidarme me ronda desde hace meses.", L.IDEATION),
    ("quando era adolescente eu queria morrer e ontem de novo", L.PASSIVE),
    ("há anos eu queria me matar e agora quero de novo", L.IDEATION),
    ("há anos que quero me matar", L.IDEATION),
    ("il y a des années je voulais me suicider et hier soir encore", L.IDEATION),
    ("quand j'étais ado j'ai voulu me suicider et hier soir encore", L.IDEATION),
    ("depuis des années je veux me suicider", L.IDEATION),
]


@pytest.mark.parametrize("text", PAST_WELL_NOW)
def test_a_past_told_as_past_in_other_languages_is_not_current_risk(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


@pytest.mark.parametrize(("text", "floor"), PAST_THEN_AGAIN)
def test_a_recent_or_lasting_cue_beside_the_past_wins(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


def test_a_later_turn_saying_it_is_back_keeps_the_past_flagged() -> None:
    turns = ("il y a des années je voulais me suicider", "ces derniers temps j'y pense à nouveau")
    assert user_turns_level(*turns) >= L.PASSIVE


# What the writer names as survived or left behind: not current risk.
SURVIVED = [
    ("Hi all, 600 days free from self-injury. Happy to answer questions.",),
    ("I'm a survivor of a suicide attempt and I'm applying for term life insurance.",),
    ("I survived an attempt ten years ago.",),
    ("I've been free of self-harm since 2015. Not urges, just memories.",),
    ("i'm a suicide attempt survivor, ask me anything about speaking at schools",),
    ("been clean from self harm for two years", "it feels good honestly"),
]
# The same words beside a relapse, a current risk or a next time: still flagged.
SURVIVED_BUT_NOW = [
    ("600 days free from self-injury but tonight i want to cut", L.INTENT),
    ("i'm a suicide attempt survivor and i've been thinking about killing myself", L.IDEATION),
    ("i'm a suicide attempt survivor and i want to die", L.PASSIVE),
    ("i've been clean from self harm for 2 years but i cut again last night", L.IDEATION),
    ("clean from self harm for 400 days but the urges are back", L.IDEATION),
    ("i survived an attempt years ago and now i'm planning to do it again", L.INTENT),
    ("i wish i was free from suicidal thoughts", L.IDEATION),
    ("i'm not free from self harm, i still cut", L.PASSIVE),
]


@pytest.mark.parametrize("turns", SURVIVED)
def test_what_the_writer_survived_is_not_current_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(("text", "floor"), SURVIVED_BUT_NOW)
def test_a_survivor_at_risk_now_is_flagged(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


def test_a_relapse_in_a_later_turn_is_judged_against_the_survived_past() -> None:
    turns = (
        "i've been clean from self harm for a year",
        "not proud. i'm ending the streak tonight, the blade's already out",
        "no. i'm doing it after this",
    )
    assert user_turns_level(*turns) >= L.INTENT


# Traces and stages left behind: scars, recovery, "when i was suicidal", "a year ago".
TRACES = [
    ("my old self harm scars are itchy. is that normal", "about 9 years. i'm totally fine now just curious"),
    ("Self-harm scars fading nicely with silicone sheets! Five years free.",),
    ("I've been in recovery from self-harm for 3 years. What's a good way to celebrate the milestone?",),
    ("My teacher died by suicide when I was in school", "I'm good. No thoughts like that for me"),
]
TRACES_BUT_NOW = [
    ("i have fresh self harm scars", L.IDEATION),
    ("how long do self harm scars stay pink before they go white", L.IDEATION),
    ("my self harm scars are itching and i want to cut again", L.IDEATION),
    ("when i was suicidal last year i took pills and now i want to again", L.IDEATION),
    ("when i was in the shower i thought about killing myself", L.IDEATION),
    ("a year ago i tried to kill myself and it's creeping back", L.PASSIVE),
    ("i was suicidal last year and it's creeping back", L.PASSIVE),
]


@pytest.mark.parametrize("turns", TRACES)
def test_traces_and_stages_left_behind_are_not_current_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(("text", "floor"), TRACES_BUT_NOW)
def test_new_wounds_and_returning_thoughts_are_flagged(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# A later turn that dates what the turn before told, with the writer well now.
DATED_BY_ANSWER = [
    ("i had suicidal thoughts in my gap year", "way better, that was 3 years ago. i'm in my final year"),
    ("I survived a jump from a bridge 12 years ago", "Good. I'm alive and grateful"),
]
# ... and the same with a risk now or thoughts that return: still flagged.
DATED_BUT_NOW = [
    (("i tried to kill myself", "it was 2 years ago. i'm fine now", "i'll do it again tonight"), L.INTENT),
    (("i tried to kill myself", "it was 2 years ago, i'm fine now but the thoughts are back"), L.IDEATION),
    (("i tried to kill myself", "it was 2 years ago", "i'm fine now", "i want to die again"), L.IDEATION),
    (("i want to kill myself", "i've felt like this since 3 years ago, i'm fine now"), L.IDEATION),
    (("i survived a jump from a bridge and i'm going back there tonight",), L.INTENT),
    (("i used to cut myself years ago and the urges are coming back",), L.IDEATION),
    (("its fine. i'm used to it", "my dad said i'm a waste of space"), L.PASSIVE),
]


@pytest.mark.parametrize("turns", DATED_BY_ANSWER)
def test_an_answer_dating_the_turn_before_makes_it_past(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(("turns", "floor"), DATED_BUT_NOW)
def test_a_dated_past_beside_a_risk_now_is_flagged(turns: tuple[str, ...], floor: RiskLevel) -> None:
    assert user_turns_level(*turns) >= floor


# All the risk is past and nothing speaks of now: distress even without a word of being well.
PAST_ONLY = [
    ("It's been 15 years since I was suicidal", "Like that was a different person. I'm a grandad now"),
    ("I overdosed in 2009. I'm applying for nursing school and the form asks about my history.",),
]
# A past beside anything said of now stays at least passive.
PAST_AND_NOW = [
    (("years ago i tried to kill myself and i want to die now",), L.PASSIVE),
    (("i used to cut myself years ago, i'm going to do it tonight",), L.INTENT),
    (("years ago i tried to kill myself. i still think about doing it",), L.IDEATION),
    (("a few years ago i was suicidal", "i'll be honest, i wake up disappointed every day"), L.PASSIVE),
    (("i was suicidal in 2019", "lately it's hard to get up"), L.PASSIVE),
]


@pytest.mark.parametrize("turns", PAST_ONLY)
def test_a_past_that_says_nothing_of_now_is_distress(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(("turns", "floor"), PAST_AND_NOW)
def test_a_past_beside_the_present_stays_flagged(turns: tuple[str, ...], floor: RiskLevel) -> None:
    assert user_turns_level(*turns) >= floor
