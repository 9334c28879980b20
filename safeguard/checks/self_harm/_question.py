"""What an assistant turn tells the conversation rules: the question it asks.

Of an assistant message the rules read only its question (see ``_turns.read_turns``): the
level of its ``ask`` phrases about suicide or a plan (``_plan_ask.asked_level``), whether
one names the act (``names_the_act``), and whether it asks what words referred to
(``_referent.asks_referent``). Reading it as a user message (every phrase, every context
pass) cost as much as reading a user turn, for three fields: a 10-turn conversation spent
more than a third of its time on its five assistant turns. Here only the ``ask`` phrases
are matched (``CueSet.asks``, a matcher holding just them, so most replies match nothing)
and the context is built only when one is found. The fields are the same as the full
reading's (a test holds them equal), since matching reads each phrase on its own.
"""

from __future__ import annotations

from typing import NamedTuple

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._plan_ask import asked_level, names_the_act
from safeguard.checks.self_harm._reading import Reading
from safeguard.checks.self_harm._referent import asks_referent
from safeguard.checks.self_harm._unsafe_answer import asks_safety


class Question(NamedTuple):
    """An assistant turn's question: its level, whether it names the act, and whether it
    asks what words referred to (``Reading.asks``, ``asks_named``, ``asks_referent``)."""

    asks: RiskLevel
    named: bool
    referent: bool
    safe: bool = False  # asks whether the writer is safe (see _unsafe_answer)
    owner: bool = False  # asks whether the words before were the writer's own (see _unmasked)


def read_question(text: str, cues: CueSet) -> Question:
    """The question of an assistant message's ``text``."""
    referent = asks_referent(text, cues)
    tokens = tokenize(normalize(text))
    hits = cues.asks.scan(tokens)
    if not hits:
        return Question(RiskLevel.NONE, False, referent)  # most replies ask nothing of the kind
    ctx = MessageContext(tokens, hits, cues, text)
    asks = asked_level(ctx)
    named = asks > RiskLevel.NONE and names_the_act(ctx)
    return Question(asks, named, referent, asks_safety(ctx), ctx.anywhere("ask_owner"))


def question_of(reading: Reading) -> Question:
    """The question of a message's full reading (what a reader without a question reader
    gives the conversation rules)."""
    r = reading
    return Question(r.asks, r.asks_named, r.asks_referent, r.asks_safe, r.asks_owner)
