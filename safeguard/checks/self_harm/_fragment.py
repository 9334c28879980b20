"""An answer that opens by naming an everyday thing: the alarming words were about it.

"I can't do this anymore" ... "What's going on?" ... "the IKEA wardrobe. I cannot do this
anymore, step 23 ..."; "i can't do this anymore" ... "the commute. 2 hours each way";
"i want to end it" ... "my gym membership, they won't let me cancel"; "i'm going to
overdose" ... "on coffee. finals week". The writer's next turn opens with a short
fragment, a clause of its own, that starts with a determiner or a preposition (class
``fragment_lead``) and holds a word of an everyday thing (class ``everyday_thing``:
furniture, a commute, coffee, a subscription, a game server, a school subject, a shift),
or starts with that word itself ("geometry proofs.", "organic chemistry. failed again";
fp18b). Not any noun: answers to the
assistant's questions open the same way with real risk ("my dorm. the blade is on the
desk", "on purpose.", "a bit.", "my flatmate's at work"), so only things on the list name a
false alarm; no person, vague or self-naming word, no negation, and no word of dying
anywhere in the answer ("the phone bill. i want to die" stays). ``_referent`` then
withdraws the turn before as it does after "End what?", under the same limits (a bare
claim, no means, method or preparation; the answer calm but for the same words said again
of the thing).
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard.checks.self_harm._data import CueSet

FRAGMENT = 4  # tokens of the naming fragment, its lead included: "the IKEA wardrobe"
_UNNAMING = ("self_subj", "other_subj", "vague_referent", "negation", "generic_subj")
_DEATH = ("die", "kill", "suicide", "suicidal")  # word classes of dying anywhere in the answer


def opens_with_a_thing(keys: Sequence[str], clauses: Sequence[int], cues: CueSet) -> bool:
    """The message opens with a short fragment naming an everyday thing (see the module)."""
    words = cues.words
    if not keys:
        return False
    # The thing may open the answer itself, with no lead ("geometry proofs.", "organic
    # chemistry. failed the midterm again"): the same fragment without its article.
    bare = keys[0] in words("everyday_thing")
    if not bare and keys[0] not in words("fragment_lead"):
        return False  # two set tests: most messages
    end = _fragment_end(keys, clauses, cues)
    if end is None or not 1 + (not bare) <= end <= FRAGMENT:
        return False  # a whole message or a long clause is no naming fragment
    named = keys[0 if bare else 1 : end]
    if words("everyday_thing").isdisjoint(named):
        return False
    if any(not words(name).isdisjoint(keys) for name in _DEATH):
        return False  # "the phone bill. i want to die": a death word is never about a thing
    return all(words(name).isdisjoint(named) for name in _UNNAMING)


def _fragment_end(keys: Sequence[str], clauses: Sequence[int], cues: CueSet) -> int | None:
    """Where the first clause ends: a new clause, a laugh or an emoji ("dog sitter 😅");
    ``None`` when the message is that clause alone; past ``FRAGMENT`` when it is longer."""
    laughter = cues.words("laughter")
    for i in range(1, min(len(keys), FRAGMENT + 1)):
        key = keys[i]
        if clauses[i] != clauses[0] or key in laughter or not key[:1].isalnum():
            return i
    return None if len(keys) <= FRAGMENT else FRAGMENT + 1
