"""False alarms of the rules read at the top rungs, third round of this session (fp15c).

Each table pairs the wording that no longer raises the writer's level with the nearby
wording that must still do so."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import own_and_other, rules_level, user_turns_level

L = RiskLevel


# ---------------------------------------------------------------- the company's quoted words
# A flatmate or housemate as the speaker of a quote: their words, not the writer's. These
# words are no other-person words in general (the writer's own disclosures name them).
COMPANY_QUOTED = [
    "my housemate just said 'i'm going to kill myself if the wifi drops again' lol",
    "my flatmate keeps saying 'i want to die' whenever she has a deadline",
    "my flatmate is a nurse and said 'if i do one more night shift i'll jump off the roof'",
]


@pytest.mark.parametrize("text", COMPANY_QUOTED)
def test_a_flatmates_quoted_words_are_theirs(text: str) -> None:
    own, others = own_and_other(text)
    assert own <= L.DISTRESS
    assert others and max(others) >= L.PASSIVE


COMPANY_NOT_SPEAKING = [
    ("my flatmate asked how i was and i said 'i want to die'", L.PASSIVE),
    ("my housemate asked and i nearly said 'i'm going to kill myself tonight'", L.INTENT),
    ("i told my flatmate 'i'm going to kill myself'", L.INTENT),
    ("my flatmate is out tonight. i'm going to kill myself", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), COMPANY_NOT_SPEAKING)
def test_the_writers_words_beside_a_flatmate_stay(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- a rope put up for its use
ROPE_PUT_UP = [
    "i got the rope up for the hammock, how tight should it be",
    "got the rope out for the tent but can't find the pegs",
    "tied the rope across the garden for the washing",
]


@pytest.mark.parametrize("text", ROPE_PUT_UP)
def test_a_rope_put_up_for_its_use_is_no_means(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


ROPE_PUT_UP_AS_MEANS = [
    "i got the rope up over the beam",
    "got the rope up. tonight",
    "i got the rope up for the hammock and i'm going to hang myself tonight",
]


@pytest.mark.parametrize("text", ROPE_PUT_UP_AS_MEANS)
def test_a_rope_put_up_as_means_stays(text: str) -> None:
    assert user_turns_level(text) >= L.INTENT


# ---------------------------------------------------------------- an act-done phrase shared
# "already taken" inside someone else's "taken an overdose" is theirs: the same words
# cannot tell two people's acts.
SHARED_WITH_OTHER = [
    "the caller has already taken an overdose, how do we log the call",
    "my brother has already taken an overdose and won't tell me where he is",
]


@pytest.mark.parametrize("text", SHARED_WITH_OTHER)
def test_an_act_done_inside_someone_elses_act_is_theirs(text: str) -> None:
    own, others = own_and_other(text)
    assert own <= L.DISTRESS
    assert others and max(others) >= L.IMMINENT


SHARED_WITH_WRITER = [
    "i have already taken an overdose",
    "my brother overdosed last year. i've already taken an overdose tonight",
    "i feel cold. i just wanted someone to know it's happening now",
]


@pytest.mark.parametrize("text", SHARED_WITH_WRITER)
def test_the_writers_act_done_stays(text: str) -> None:
    assert user_turns_level(text) >= L.IMMINENT


# ---------------------------------------------------------------- a rope's use told later
# The use of a rope told a sentence later or in the answer to "what's it for?": the rope
# phrase is nothing when the writer states no other risk (see _rope_use).
ROPE_USE_LATER = [
    ("bought the rope this morning. 50m, dry treated. first trad climb next month",),
    ("got a rope today", "What's it for?", "sailing course! we start on the dinghies saturday"),
    ("i've got the rope. hammock season starts now, off to the park with a book",),
]


@pytest.mark.parametrize("turns", ROPE_USE_LATER)
def test_a_rope_with_its_use_told_later_is_no_means(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


ROPE_USE_KEPT = [
    # a use told to someone else is a cover story
    ("bought a rope today. told the woman at the till it was for camping. sunday",),
    ("got the rope. if anyone asks it's for the boat",),
    # hanging named beside it
    ("bought a rope and a hook for the ceiling. climbing gym membership ends anyway",),
    # another risk of the writer's beside it
    ("bought a rope for climbing. nobody would miss me anyway",),
    ("i want to die", "I'm here. What's going on?", "bought a rope for the swing"),
    # no use named
    ("bought a rope today",),
    ("got the rope", "What's it for?", "you know what for"),
]


@pytest.mark.parametrize("turns", ROPE_USE_KEPT)
def test_a_rope_without_a_plain_use_stays(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE


# ---------------------------------------------------------------- a subject left out after "and"
# "never came back" after "he drove to the bridge and": the second clause's subject is the
# first's, someone else's.
JOINED_TO_OTHER = [
    "he drove to the bridge and never came back",
    "she went up to the roof, and then never came back down",
]


@pytest.mark.parametrize("text", JOINED_TO_OTHER)
def test_a_clause_joined_to_someone_elses_act_is_theirs(text: str) -> None:
    assert user_turns_level(text) <= L.DISTRESS


JOINED_TO_WRITER = [
    ("What if I drove to the bridge and never came back?", L.INTENT),
    ("he's asleep. i drove to the bridge and never came back home tonight", L.INTENT),
]


@pytest.mark.parametrize(("text", "floor"), JOINED_TO_WRITER)
def test_a_clause_joined_to_the_writers_act_stays(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


# ---------------------------------------------------------------- a means got with its use denied
# turns22: a rope, pills or a blade got with their everyday use denied are the writer's own
# means (see _use_denied): beside distress as means at hand are; a use told after the
# denial, or a use named outright, keeps them a use.
USE_DENIED = [
    ("everything is pointless lately", "bought rope. not for climbing"),
    ("i can't do this anymore", "got the pills, not for sleeping"),
    ("nobody would notice if i was gone", "picked up some blades. they're not for shaving"),
    ("i'm so done with everything. got a new rope today, it isn't for the boat",),
]


@pytest.mark.parametrize("turns", USE_DENIED)
def test_means_got_with_their_use_denied_after_distress_are_the_writers(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.IDEATION


USE_NAMED = [
    ("bought rope for climbing",),
    ("bought rope. not for climbing, for the tent",),
    ("bought rope for the boat",),
    ("rough week at work", "bought rope for the boat"),
    ("got my pills from the chemist. not for sleeping, for my back",),
    ("picked up my mum's pills, not for me, for her",),
]


@pytest.mark.parametrize("turns", USE_NAMED)
def test_means_with_a_use_named_or_owned_by_someone_else_stay_low(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) <= L.DISTRESS
