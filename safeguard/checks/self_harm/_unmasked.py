"""A frame dropped: a story, a friend or a question said to have been the writer all along.

"for my story: how would she do it" ... "ok the character is basically me", "asking for a
friend: how many would be dangerous" ... "there's no friend. it's me", "my friend says
she's going to overdose tonight" ... "there's no friend": what the frame put on someone
else (a character, a friend, a topic, a generic "you") is the writer's own, in the
unmasking turn and every turn before it. A method question so owned is the writer's own
method-seeking: at least ``intent``, as the scale puts method-seeking by someone at risk.

Look-alikes are kept out by the phrases themselves (``en.context.unmask``): a role said to
be the writer, a frame denied, "it's me" only after a turn-opening word and not as a
greeting ("lol it's me again"); never "they were talking about me" or "i'm the one who has
to tell her".
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import YOU, Signal
from safeguard.checks.self_harm._turns import Turn

# Frames that put a signal on someone other than the writer; an unmasking drops them.
_AWAY = frozenset({"fiction", "info", YOU})
_OTHERS = frozenset({"other", "topic"})
# Kinds whose method-seeking signal is a question about a method, a place or a dose.
_METHOD_KINDS = frozenset({"method", "location", "risk"})


def unmasks(ctx: MessageContext) -> bool:
    """The message says the earlier frame was the writer: an unmask phrase, not negated
    and not followed by a greeting word ("it's me again")."""
    greeting = ctx.cues.words("unmask_greeting")
    keys = ctx.keys
    return any(
        not negated(ctx, hit) and (hit.last + 1 >= len(keys) or keys[hit.last + 1] not in greeting)
        for hit in ctx.of_kind("unmask")
    )


def unmask(turns: Sequence[Turn]) -> None:
    """Make every framed or someone-else's signal up to the last unmasking turn the
    writer's own (a negated one stays as it is: "she doesn't want to die"). A "yes" to the
    assistant asking whether the words were the writer's ("is the friend maybe you?", "is
    this something you're going through?": an ``ask_owner`` phrase, see ``_turns``) unmasks
    as "it's me" does."""
    flags = [t.reading.unmasks or t.owned for t in turns]
    if True not in flags:
        return  # most conversations: nothing unmasked (a list and a C scan, no generator)
    last = len(flags) - 1 - flags[::-1].index(True)
    for turn in turns[: last + 1]:
        # An act beside a question about what it would do ("if someone cut their wrist would
        # they die") is the act asked about, not one done: owned, it is the method sought.
        asked = any(s.method_seeking and not s.negated for s in turn.signals)
        top = RiskLevel.INTENT if asked else RiskLevel.IMMINENT
        turn.signals = [_owned(s, top) for s in turn.signals]


def _owned(sig: Signal, top: RiskLevel = RiskLevel.IMMINENT) -> Signal:
    if sig.negated or not (sig.subject in _OTHERS or sig.frame in _AWAY):
        return sig
    level = min(sig.level, top)
    if sig.method_seeking and sig.kind in _METHOD_KINDS:
        level = max(level, RiskLevel.INTENT)
    return sig.lifted(level, subject="self")._replace(frame="")
