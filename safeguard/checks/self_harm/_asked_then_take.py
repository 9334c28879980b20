"""A question about amounts that harm, then "them" taken: "what's a lethal amount of
paracetamol. gonna take them all after work", "how many of these would be too many?" ...
"i want to take them tonight".

``_prepared`` raises an act announcement (cue kind ``going``) only after the writer's own
wish. A lethality question said as information ("what's a lethal amount ...") is framed, so
it is no wish, and "how many ... would be too many" is nothing alone; yet the tablets the
question names are what "them" / "it" means in the announcement that follows. Here such a
question licenses the announcement in the same turn or the next user turn when it takes
"them" / "it" with "all" or a time of now. Not "how many ibuprofen can i take a day? i'll
take them with food tonight": no lethality question, and no announcement of the supply.
"""

from __future__ import annotations

from safeguard.checks.self_harm._reading import PAST, Signal

_METHOD = "method"  # the kind of the lethality-question cues
_THEM = frozenset({"them", "it"})
_ALL = "all"
_NOW_IDS = ("_now", "_now_supply")  # an announcement with a time of now (see _going)
_NOW_WORDS = frozenset({"now", "tonight", "tonite", "rn"})


def asks_lethality(signals: list[Signal]) -> bool:
    """The writer's own method question (a lethal amount, how many would be too many),
    however framed as information, and not of the past or negated."""
    return any(
        s.cue.kind == _METHOD
        and s.cue.method_seeking
        and s.subject == "self"
        and not s.negated
        and s.frame != PAST
        for s in signals
    )


def takes_them(sig: Signal, text: str) -> bool:
    """An announcement that takes "them" / "it" with "all" or a time of now (``text``: the
    turn the signal was read in)."""
    words = [w.strip(".,!?;:'\"") for w in text[sig.start : sig.end].lower().split()]
    if _THEM.isdisjoint(words):
        return False
    return _ALL in words or sig.cue.id.endswith(_NOW_IDS) or not _NOW_WORDS.isdisjoint(words)
