"""A bare act verb: "i used to cut", "me cortaba", "je me coupais", a pass over one
message's signals.

Said without an object, these verbs are self-harm ("i used to cut and i did it again last
night", "de adolescente me cortaba"); with one they are anything else ("i used to cut my
hair short", "i used to cut class", "me cortaba el pelo", "je me coupais les cheveux").
A phrase of a bare-act family (cue families of the class ``bare_act_cue``) counts only
when nothing is its object: the clause ends after it, the next word is one that may
follow a bare act (class ``bare_tail``: "again", "deeper", "when", "anoche"), or it is a
linking word (class ``bare_link``: "and", "y", "et") followed by the clause's end, such a
word or the subject of a new statement (class ``bare_clause``: "and i did it again", "y
anoche lo hice otra vez"; not "and sew my own clothes").
Otherwise the signal is dropped: the words were not about harm. So is one whose sentence
names a kitchen, a shave or paper (class ``cut_everyday``: "me corté en la cocina", "je me
coupe souvent en cuisinant"): an accident told, not harm.

The same act told with its subject dropped ("just cut. feel calmer", "cut last night just to
check i'm still here", "shd for the first time in years"; cue families of the class
``bare_open_cue``) counts only when it opens its clause, after nothing but words that may
open a clause before it (class ``bare_lead``: "just", "ok so", "and"): inside a clause
something else is the verb's subject ("the power was cut last night", "my hair got cut
today"). A family of both classes passes both gates.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Sentences, family


def bare_acts(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` without the bare-act phrases that have an object."""
    gated, opening = msg.cues.words("bare_act_cue"), msg.cues.words("bare_open_cue")
    if not any(family(s.cue.id) in gated or family(s.cue.id) in opening for s in signals):
        return signals  # most messages: no bare-act phrase
    return tuple(
        s
        for s in signals
        if (family(s.cue.id) not in gated or _bare(msg, s))
        and (family(s.cue.id) not in opening or _opens(msg, s))
    )


def _opens(msg: Sentences, sig: Signal) -> bool:
    """Only lead words stand before the signal in its clause, and its sentence names no
    everyday cut (the subject dropped: the writer's own act)."""
    place = msg.place(sig)
    if not msg.cues.words("cut_everyday").isdisjoint(msg.keys[place.low : place.high]):
        return False
    clauses, keys, leads = msg.tokens.clauses, msg.keys, msg.cues.words("bare_lead")
    i = place.first - 1
    while i >= 0 and clauses[i] == clauses[place.first]:
        if keys[i] not in leads:
            return False
        i -= 1
    return True


def _bare(msg: Sentences, sig: Signal) -> bool:
    place = msg.place(sig)
    if not msg.cues.words("cut_everyday").isdisjoint(msg.keys[place.low : place.high]):
        return False
    after = place.last + 1
    if _ends_clause(msg, after):
        return True
    keys, words = msg.keys, msg.cues.words
    if keys[after] in words("bare_tail"):
        return True
    if keys[after] not in words("bare_link"):
        return False
    return _ends_clause(msg, after + 1) or keys[after + 1] in words("bare_tail") | words("bare_clause")


def _ends_clause(msg: Sentences, i: int) -> bool:
    """Token ``i`` is past the message's end or starts another clause than token ``i - 1``."""
    clauses = msg.tokens.clauses
    return i >= len(clauses) or clauses[i] != clauses[i - 1]


def unread_dropped(hits: list[Hit], signals: Sequence[Signal], cues: CueSet) -> list[Hit]:
    """``hits`` without the bare-act phrases this pass dropped, nor the opening places
    ``_core_hits`` dropped (their words were about something else, so they judge nothing:
    see ``_lift.ruling``)."""
    gated = cues.words("bare_act_cue") | cues.words("bare_open_cue") | cues.words("opening_cue")
    table = cues.cues
    dropped = {h for h in hits if family(table[h.payload].id) in gated}
    if not dropped:
        return hits  # most messages
    kept = {s.cue.id for s in signals}
    return [h for h in hits if table[h.payload].id in kept or h not in dropped]
