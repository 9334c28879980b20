"""A safety check-in answered "no": "are you safe right now?" ... "no", "not really", "no
i'm not safe", "i don't feel safe".

A "yes" answers the assistant's questions about suicide (see ``_turns``); a question about
the writer's safety is the other way round: its risky answer is a "no". The assistant's
check-in (cue kind ``ask_safe``: "are you safe right now", "can you keep yourself safe
tonight") is read among its questions (``_question``); the writer's answer counts only when
the whole message is a bare "not safe" (cue kind ``unsafe``, :func:`says_unsafe`): a longer
answer names what it is about ("no, he's back and he's drunk": another danger, which the
phrase rules read on their own). Said so, it is at least ``ideation``: the writer says they
are not safe from themselves, which FORMAT.md reads as thoughts of the act.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard._normalize import Tokens
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._reading import Signal

ASK_KIND = "ask_safe"
_LONGEST = 10  # tokens of the longest bare answer ("no i don't know if i can")
_CUE = Cue("context.unsafe_answer", "risk", RiskLevel.NONE, "self", False, "und")


def asks_safety(ctx: MessageContext) -> bool:
    """The assistant message asks whether the writer is safe (an ``ask_safe`` phrase)."""
    return ctx.anywhere(ASK_KIND)


def says_unsafe(tokens: Tokens, cues: CueSet) -> bool:
    """The whole message is a bare "not safe" answer (one ``unsafe`` phrase over every token,
    matched apart from the other phrases: see ``CueSet.answers``)."""
    last = len(tokens.keys) - 1
    if last < 0 or last >= _LONGEST or cues.answers is None:
        return False  # nearly every message: longer than any bare answer
    return any(hit.first == 0 and hit.last == last for hit in cues.answers.scan(tokens))


def unsafe_signal(length: int) -> Signal:
    """The answer, over its ``length`` characters, at ``ideation``."""
    return Signal(_CUE, 0, length, RiskLevel.IDEATION, "self")
