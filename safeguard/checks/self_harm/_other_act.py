"""An act fixed to the writer by its wording, told of another person: "my sister took all
her pills", "my dad took an overdose", "my girlfriend just swallowed a whole bottle".

Act phrases done or under way ("took all * pills", "took an overdose", "cut too deep")
drop their subject and are read as the writer's own: "took all the pills" alone is an
attempt. When the clause names another person as the one who acted - the nearest person
word before the phrase is another person ("my sister", "he", "my friend's boyfriend") - the
act is theirs: a helper's emergency, not the writer's attempt. The check still reports it,
as someone else's act at its level, so the helper is told to call the emergency number now.

Kept the writer's: a word of the writer's in the phrase ("after my mum died i took all my
pills", "took all my pills") or between the person and the phrase ("my friend and i both
took all the pills", "my sister saw me take all the pills"), and an object or possessive
pronoun as the nearest person word ("i found her. took all the pills" is not her act:
whose act it is stays unsure, and a miss of the writer's attempt is the worse error).
Only English act cues (families of the class ``act_cue``) at ``intent`` or above, and not
in a message with a story or "asking for a friend" frame (a veil the story rules read);
``_their_own`` reads plans after "he"/"she".
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._people import mask
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences, family

# How far back the actor may stand ("my sister, 16, took ...": the person, then a few words).
_WINDOW = 6
_SELF = mask("self_subj")  # not its "possessive": "is" would be "i's"
_OTHER = mask("other_subj", possessive=True)


def other_act(msg: Sentences, sig: Signal, at: Place) -> bool:
    """``sig``, an act the cue fixes to the writer, is told of another person."""
    cue = sig.cue
    if sig.subject != "self" or cue.subject != "self" or cue.kind != "risk":
        return False
    if cue.level < RiskLevel.INTENT or not cue.id.startswith("en."):
        return False
    if family(cue.id) not in msg.cues.words("act_cue"):
        return False  # a plan or means ("saved her pills for weeks") is not an act told
    if msg.any_word("self_subj", at.first, at.last + 1):
        return False  # "took all my pills": the writer's own
    if msg.of_kind("fiction"):
        return False  # "asking for a friend", a character: whose act it is is _story's
    return _actor_before(msg, at)


def _actor_before(msg: Sentences, at: Place) -> bool:
    """The nearest person word before the phrase, in its clause and within ``_WINDOW``
    tokens, is another person who can be the actor (a noun or a subject pronoun)."""
    clauses, clause = msg.tokens.clauses, msg.tokens.clauses[at.first]
    tag = msg.people.tag
    low = max(at.low, at.first - _WINDOW)
    for i in range(at.first - 1, low - 1, -1):
        if clauses[i] != clause:
            return False  # "when my mum found out, took all the pills": unsure, the writer's
        bits = tag(i)
        if not bits:
            continue  # most words are no person word
        if bits & _SELF:
            return False  # "my friend and i both took ..."
        if bits & _OTHER:
            # "her", "him", "them", "his": an object or owner, not the one who acted
            return msg.keys[i] not in msg.cues.words("other_not_actor")
    return False
