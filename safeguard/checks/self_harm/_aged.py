"""A child named by age: "my 14 year old", "our 9-year-old", "my 14yo", "my eight yr old".

Parents name a child by age more often than by "son" or "daughter" ("my 14 yr old texted
me 'i want to die lol' after i took her phone away"). The age's last word ("old", "yo")
is no person word on its own ("my old journal", "yo, i want to die"), so it is read as
one (class ``other_subj``, see :mod:`._people`) only in the whole shape: an owner word
(class ``age_owner``: "my", "our", "his", "her"), a number (digits or class
``age_number``), for "old" a unit (class ``age_unit``: "year", "yr"), then the word.
Never "my 14 year old self" or "... old me" (class ``age_self``: the writer's younger
self), and never without the owner: "i'm a 14 year old and i want to die" is the writer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_UNIT_NOUN = "old"  # the only age noun that needs a unit before it ("14 year old", not "14yo")


def named_by_age(keys: Sequence[str], i: int, words: Callable[[str], frozenset[str]]) -> bool:
    """Token ``i`` (a word of class ``age_noun``) ends a child named by age (see module)."""
    j = i - 1
    if keys[i] == _UNIT_NOUN:
        if j < 0 or keys[j] not in words("age_unit"):
            return False
        j -= 1
    if j < 1 or not (keys[j].isdigit() or keys[j] in words("age_number")):
        return False
    if keys[j - 1] not in words("age_owner"):
        return False
    return i + 1 >= len(keys) or keys[i + 1] not in words("age_self")
