"""An assistant turn is read only for its question (``_question``): the same three fields
as its full reading gives, without the context passes a user turn goes through."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._question import Question, question_of, read_question
from safeguard.checks.self_harm._state import assess
from tests.checks.self_harm._helpers import conversation, rules

L = RiskLevel

QUESTIONS = [
    # questions about suicide, a plan or an act (asks > none), with and without naming it
    "Thank you for telling me. Are you having thoughts of ending your life?",
    "Are you thinking about killing yourself?",
    "Have you thought about how?",
    "have you thought about how you would do it?",
    "Do you have the pills with you right now?",
    "Are you hurting yourself right now?",
    "Are you planning to kill yourself tonight?",
    # a question about what words referred to
    "Ending what?",
    "What do you mean?",
    # questions about other things, and no question at all
    "Have you thought about how you might raise it with him?",
    "Are you going to take your own car tonight?",
    "I'm glad you reached out. What's been going on?",
    "I'm not going to share that, and I'm worried about you.",
    "",
    "?",
    "i really just wanted to say: are you literally thinking of killing yourself?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_the_question_is_what_the_full_reading_says(text: str) -> None:
    check = rules()
    assert read_question(text, check._cues) == question_of(check._read_uncached(text))


def test_the_table_holds_questions_of_each_kind() -> None:
    """The rows above would prove little if none asked anything (a test that can fail)."""
    found = [read_question(text, rules()._cues) for text in QUESTIONS]
    assert any(q.asks >= L.IDEATION and q.named for q in found)
    assert any(q.asks > L.NONE and not q.named for q in found)
    assert any(q.referent for q in found)
    assert sum(q == Question(L.NONE, False, False) for q in found) >= 5


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("i can't anymore", "Are you planning to kill yourself tonight?", "yeah"), L.IMMINENT),
        (("im so sorry mom", "Are you hurting yourself right now?", "no. i just feel awful"), L.DISTRESS),
        (("the party is tonight", "Are you going to take your own car tonight?", "yes"), L.NONE),
    ],
)
def test_a_conversation_judged_with_the_question_reader_reads_the_same(
    turns: tuple[str, ...], expected: RiskLevel
) -> None:
    check = rules()
    conv = conversation(*turns)
    with_asker = assess(conv, check._read, check._ordinary, check._ask)
    without = assess(conv, check._read, check._ordinary)  # questions from the full reading
    assert with_asker.level == without.level == expected


def test_an_assistant_turn_is_not_read_in_full() -> None:
    check = SelfHarmCheck(SelfHarmOptions(lexical=False))
    check.check_input(conversation("i can't anymore", "Are you planning to kill yourself tonight?", "yeah"))
    assert check._read.cache_info().currsize == 2  # the two user turns
    assert check._ask.cache_info().currsize == 1  # the assistant turn, for its question only


def test_the_same_text_as_a_user_turn_is_read_in_full() -> None:
    check = SelfHarmCheck(SelfHarmOptions(lexical=False))
    text = "are you thinking about killing yourself?"
    roles = ("assistant", "user")
    state = check.assess(Conversation(tuple(Message(role, text) for role in roles)))
    assert check._read.cache_info().currsize == 1
    assert state.level == check.assess(Conversation((Message("user", text),))).level
