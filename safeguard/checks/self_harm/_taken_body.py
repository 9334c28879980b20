"""Tablets just taken, told by a sign in the body: "i've got a stash of pills" ... "took them
at 9. feeling really sleepy now", "swallowed the lot an hour ago, my heart is racing".

"took them" names no tablets and no amount, and feeling sleepy after a dose is everyday
("took my antihistamines, feeling sleepy, is that normal?"). Per message this module reads
the writer's own "took them" / "swallowed the lot" (cue kind ``taken_body``) at level none,
and only beside a word of class ``body_sign`` in the same message and not followed by a
word of class ``taken_away`` ("took them to the cinema"); ``_prepared`` raises it
to its cue's level (imminent: an overdose under way) when the conversation so far names a
stockpile (:func:`names_stock`, this turn or an earlier one) or the writer's own wish or a
lethality question, and a stockpile alone never when the turn names an everyday dose
(:func:`everyday_dose`: with dinner, as the label says, is that normal).
"""

from __future__ import annotations

import re

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

KIND = "taken_body"
# A supply kept or gathered: what "them" is when taken all at once. Read from the raw text
# only in a conversation with a taken-body phrase (see _prepared).
_STOCK = frozenset(
    {
        "stash", "stashed", "stockpile", "stockpiled", "stockpiling", "hoard", "hoarded",
        "hoarding", "saved", "saving", "collected", "collecting", "gathered", "overdose", "od",
    }
)
# A dose as prescribed or asked about: the sign is a side effect.
_EVERYDAY = frozenset(
    {
        "normal", "label", "prescribed", "prescription", "dinner", "breakfast", "lunch", "food",
        "doctor", "pharmacist", "side", "usual", "allergy", "hayfever", "directed",
    }
)
_WORD = re.compile(r"[a-z]+")


def takens(ctx: MessageContext) -> list[Signal]:
    """The message's own "took them" phrases beside a body sign, at level none (raised in
    ``_prepared``)."""
    if not ctx.mentions("body_sign"):
        return []  # "took them with dinner": no sign in the body
    others, away = ctx.cues.words("other_subj"), ctx.cues.words("taken_away")
    found = []
    for hit in ctx.of_kind(KIND):
        if hit.first > 0 and ctx.keys[hit.first - 1] in others:
            continue  # "she took them": not the writer's
        after = hit.last + 1
        if after < len(ctx.keys) and ctx.clauses[after] == ctx.clauses[hit.last] and ctx.keys[after] in away:
            continue  # "took them to the cinema", "took them with dinner": not a dose
            # (a word after a full stop or a comma starts another clause: "tomei tudo. tô
            # tonta", "je les ai toutes prises, la tête me tourne")
        if not negated(ctx, hit):
            found.append(ctx.own_signal(hit))
    return found


def names_stock(text: str) -> bool:
    """The turn names a supply kept or gathered ("my stash", "saved them up")."""
    return not _STOCK.isdisjoint(_WORD.findall(text.lower()))


def everyday_dose(text: str) -> bool:
    """The turn names a dose as prescribed or asks about its side effect."""
    return not _EVERYDAY.isdisjoint(_WORD.findall(text.lower()))
