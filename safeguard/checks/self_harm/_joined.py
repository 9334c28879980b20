"""Whom the writer wishes to join: the companion of a wish, not its subject.

A wish to die can name a dead loved one as where the writer would go ("i'm ready to join
my grandma in heaven", "i just want to join him on the other side"). The person word
inside the matched phrase is the one joined, not the one who wishes: the subject is read
before the joining verb, from the phrase's own words up to it and then the nearest person
word before the phrase ("my sister wants to join our mum in heaven" stays the sister's).
"""

from __future__ import annotations

from collections.abc import Sequence

# The class of verbs whose object is the person joined ("join", "reunite"), from the
# language files; a hit holding none of them (almost all) is read whole.
JOIN_CLASS = "join_verb"


def before_joining(keys: Sequence[str], first: int, last: int, verbs: frozenset[str]) -> range:
    """The hit's token indexes that may name its subject: all of them (``first`` … ``last``),
    or those before its first joining verb (the person after it is the one joined)."""
    if not verbs or verbs.isdisjoint(keys[first : last + 1]):
        return range(first, last + 1)  # one set test: almost every hit
    stop = next(i for i in range(first, last + 1) if keys[i] in verbs)
    return range(first, stop)
