"""Emphatic denials whose filler words the negation scope used to stop at.

"i never so much as thought about suicide", "i never even considered ending my life" and
"not once have i thought about killing myself" deny the thought as plainly as "i never
thought about suicide". Three fillers hid the negation from the cue:

- "so much as" after a negation: "so" is a scope break elsewhere ("i'm not ok so i cut"),
  not here (:func:`filler_at`);
- "even" after a negation of the past ("never even", "didn't even", "haven't even"): "even"
  blocks a negation after "can't" ("i can't even ... i want to die" is exasperation, the wish
  stands), not after a denial of what was done or thought (:func:`emphatic_even`);
- a subject after an inverted auxiliary ("not once have i", "never did i"): the "i" there
  is the denied clause's own subject, not a new statement (:func:`inverted_subject`).

Each test looks at one or two tokens beside a negation already found, so it costs nothing
on messages without one.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext

TWICE_REACH = 3  # "never even thought twice", "didn't even think about it twice"
INVERSION_REACH = 3  # "not once have i", "never in my life have i": negation to auxiliary


def filler_at(ctx: MessageContext, i: int) -> bool:
    """Token ``i`` is the "so" of "<negation> so much as" (an emphatic filler, no break)."""
    keys, words = ctx.keys, ctx.cues.words
    return (
        keys[i] == "so"
        and i > 0
        and keys[i - 1] in words("negation")
        and keys[i + 1 : i + 3] == ["much", "as"]
    )


def emphatic_even(ctx: MessageContext, i: int) -> bool:
    """The negation at ``i`` is a denial of the past followed by "even" ("never even",
    "didn't even consider it"): the "even" stresses the denial instead of blocking it. Not
    "didn't even think twice about hurting myself", which says it was done readily."""
    keys = ctx.keys
    if i + 1 >= len(keys) or keys[i + 1] != "even" or keys[i] not in ctx.cues.words("emphatic_denial"):
        return False
    return "twice" not in keys[i + 2 : i + 2 + TWICE_REACH]


def inverted_subject(ctx: MessageContext, i: int) -> bool:
    """Token ``i`` is a subject after an auxiliary that a fronted negation inverted ("not
    once have i", "never did i", "at no point had i"): it restarts nothing."""
    keys, words = ctx.keys, ctx.cues.words
    if i < 2 or keys[i - 1] not in words("inversion_aux"):
        return False
    low = max(0, i - 1 - INVERSION_REACH)
    return not words("negation").isdisjoint(keys[low : i - 1])
