"""Everyday distress said with a generic "you" is the writer's own.

The message rules read a generic "you" as someone else unless the cue asks for a
method ("how do you ..."). For everyday distress that loses the writer: "it's an
odd feeling, starving yourself for a day", "explaining your mental illness to
people", "nothing makes you happy anymore" describe what the writer lives
through. This pass, run on a message's reading, gives such distress signals back
to the writer, marked with the frame ``generic`` so the conversation rules can
tell them from distress the writer states in the first person (see ``_state``:
a generic "you" does not make a later method question the writer's intent).

Only distress-level signals of cues without a fixed subject are read again, and
only when the reading has one: most messages pay nothing for this pass.
"""

from __future__ import annotations

import bisect

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard._tokens import Tokens
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._message import SUBJECT_WINDOW
from safeguard.checks.self_harm._people import People, mask
from safeguard.checks.self_harm._reading import Reading, Signal

GENERIC = "generic"
_OTHER = mask("other_subj", possessive=True)
_SELF = mask("self_subj", possessive=True)
_YOU = mask("generic_subj", possessive=True)


def _candidate(sig: Signal) -> bool:
    """Everyday distress read as someone else's only because of the words around it."""
    return (
        sig.subject == "other"
        and sig.level == RiskLevel.DISTRESS
        and sig.cue.level == RiskLevel.DISTRESS
        and sig.cue.kind == "risk"
        and sig.cue.subject in ("auto", "topic")
        and not sig.frame
    )


def own_generic(reading: Reading, text: str, cues: CueSet, tokens: Tokens | None = None) -> Reading:
    """``reading`` with generic-"you" everyday distress given back to the writer
    (``tokens``: the text's tokens, when the caller has them)."""
    if not any(_candidate(s) for s in reading.signals):
        return reading
    if tokens is None:
        tokens = tokenize(normalize(text))
    languages = {s.cue.language for s in reading.signals}
    people = People(cues, languages, tokens.keys, tokens, text)
    signals = tuple(
        s._replace(subject="self", frame=GENERIC)
        if _candidate(s) and _said_with_you(tokens, people, s)
        else s
        for s in reading.signals
    )
    return Reading(signals, reading.clarify, reading.fiction, reading.asks, reading.affirm)


def _said_with_you(tokens: Tokens, people: People, sig: Signal) -> bool:
    """The person word deciding ``sig``'s subject (inside it, else the nearest before it in
    its clause, as the message rules look) is a generic "you"."""
    starts = tokens.starts
    first = bisect.bisect_left(starts, sig.start)
    last = max(first, bisect.bisect_left(starts, sig.end) - 1)
    if first >= len(starts):
        return False
    inside = 0
    for i in range(first, last + 1):
        inside |= people.tag(i)
    if inside & (_OTHER | _SELF):
        return False
    if inside & _YOU:
        return True
    clause = tokens.clauses[first]
    for i in range(first - 1, max(-1, first - 1 - SUBJECT_WINDOW), -1):
        if tokens.clauses[i] != clause:
            return False
        bits = people.tag(i)
        if bits & (_OTHER | _SELF):
            return False
        if bits & _YOU:
            return True
    return False
