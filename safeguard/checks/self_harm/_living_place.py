"""Where or with whom to live, read as a wish not to live.

"i don't know if i want to live in London or Leeds", "not sure i want to live at home next
year" and "i don't want to live with my parents anymore" end a phrase of the lost will to
live ("… want to live") on a verb whose complement is a place or a household: a choice of
home, not of living. Such a hit is dropped (:func:`lived_somewhere`).

The complement must name a place or a household: a word of class ``living_place`` ("city",
"flat", "halls", "home"), of ``household`` after "with" ("my parents", "roommates"), or a
capitalised name after "to live" ("London", "Leeds"). Anything else keeps the wish: "i don't want to live in
this world", "… in this pain", "… with myself", "… with what i did", "… at all".
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit

PLACE_REACH = 3  # "in a tiny flat", "with my two flatmates": words from the preposition


def lived_somewhere(ctx: MessageContext, hit: Hit) -> bool:
    """``hit`` ends on "live" and goes on with a place or a household ("… want to live in
    Leeds", "… with my parents"), in the same clause."""
    keys, words = ctx.keys, ctx.cues.words
    after = hit.last + 1
    # Cheap gate first: most hits do not end on "live" followed by a preposition.
    if after >= len(keys) or keys[hit.last] not in words("live_verb"):
        return False
    if keys[after] not in words("live_prep"):
        return False
    prep, clause = keys[after], ctx.clauses[hit.last]
    fillers = words("place_filler")
    for i in range(after + 1, min(len(keys), after + 1 + PLACE_REACH)):
        if ctx.clauses[i] != clause:
            return False
        key = keys[i]
        if key in fillers:
            continue
        if key in words("living_place"):
            return True
        if prep == "with":
            return key in words("household")
        # A name only after "to live" ("want to live in Leeds"); "tired of living" in a
        # language ("… in Japanese") is no home.
        return keys[hit.last - 1] == "to" and _named(ctx, i) and key not in words("life_state")
    return False


def _named(ctx: MessageContext, i: int) -> bool:
    """Token ``i`` is written with a capital, as a place's name is ("Leeds", "New York")."""
    token = ctx.tokens[i]
    head = ctx.text[token.start : token.start + 1]
    return head.isupper() and ctx.keys[i] != "i"
