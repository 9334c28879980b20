"""False alarms of session 22 (fp22) at the top levels, by kind of wording, each beside the
at-risk wording next to it that must still flag."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


# ---------------------------------------------- an everyday note beside "doing it tonight"
# A note whose kind or reader makes it ordinary is no last note, whoever it is for, and the
# "doing it tonight" beside it is the note's errand (en.context.everyday_note, note_cue).
EVERYDAY_NOTE_TONIGHT = [
    "wrote my thank you note to grandma, doing it tonight",
    "finished my birthday note for my dad, posting it tonight",
    "wrote my sick note for work, sending it tonight",
    "finished my note for the teacher, doing it tonight",
    "wrote a love note to my boyfriend, giving it to him tonight",
]


@pytest.mark.parametrize("text", EVERYDAY_NOTE_TONIGHT)
def test_an_everyday_note_beside_tonight_is_no_plan(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


NOTE_STILL_FLAGS = [
    "wrote my note. tonight.",
    "finished my note. tonight",
    "my goodbye letters are done, doing it tonight",
    "wrote my note to my mum, doing it tonight",
    "wrote my note, doing it tonight",
]


@pytest.mark.parametrize("text", NOTE_STILL_FLAGS)
def test_a_note_of_no_ordinary_kind_beside_tonight_still_flags(text: str) -> None:
    assert rules_level(text) >= L.INTENT


NOTE_TIME_INSIDE = [
    # a time inside the note's own clause is when it was written
    "wrote my note tonight",
    "tonight i finished my note",
    # an everyday note with a bare time
    "wrote my note to the landlord. tonight.",
    "wrote my thank you note. tonight.",
]


@pytest.mark.parametrize("text", NOTE_TIME_INSIDE)
def test_a_time_inside_the_notes_clause_or_an_everyday_note_is_no_plan(text: str) -> None:
    assert rules_level(text) < L.INTENT


# -------------------------------------------------- a flight boarded, last words and all
# "Final message before i board, love u all": a plane's goodbye (farewell_reason, and the
# last words are a farewell phrase of class farewell_cue).
BOARDING_GOODBYE = [
    "final message before i board, love u all",
    "last message before boarding, love you all",
    "this is my final message before the plane takes off, love you guys",
    "last text before takeoff, love yall",
]


@pytest.mark.parametrize("text", BOARDING_GOODBYE)
def test_a_goodbye_before_boarding_is_no_plan(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


LAST_WORDS_STILL_FLAG = [
    ("love u all, this is my final message",),
    ("i feel hopeless", "nothing is ever going to change", "love u all, this is my final message"),
    ("final message before i board. love u all. i've got the pills",),
    ("love you all. i don't want to be here anymore. last message before i board",),
]


@pytest.mark.parametrize("turns", LAST_WORDS_STILL_FLAG)
def test_last_words_without_a_reason_or_beside_risk_still_flag(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


# ----------------------------------------------- "when i'm gone" in estate planning
# A will, a pension, an estate or a pet's guardian named in the message explain "when i'm
# gone" (gone_reason, gone_will); insurance does not (fp16).
GONE_ESTATE = [
    "when I'm gone the pension goes to my kids",
    "when I'm gone my dog goes to my sister, sorting out my will",
    "who looks after my cat when i'm gone? setting up pet guardianship",
    "what happens to my estate when i'm gone if i have no children",
    "my wife is the beneficiary for when i'm gone",
]


@pytest.mark.parametrize("text", GONE_ESTATE)
def test_when_im_gone_in_estate_planning_is_no_plan(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


GONE_STILL_FLAGS = [
    "when I'm gone they'll be better off",
    "once i'm gone everyone will be happier",
    "sorting my will. when i'm gone they'll be better off",
    "the pension goes to my kids when i'm gone. i want to die",
    "i've lost the will to live. when i'm gone it won't matter",
    "when i'm gone my dog goes to my sister",
    "my insurance is sorted for when i'm gone",
]


@pytest.mark.parametrize("text", GONE_STILL_FLAGS)
def test_when_im_gone_beside_a_burden_a_wish_or_no_reason_still_flags(text: str) -> None:
    assert rules_level(text) >= L.INTENT

