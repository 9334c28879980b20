"""A topic word inside a phrase that names it as a topic: a pass over one message's signals.

"suicide", "suicidal" and "overdose" alone are read at ``ideation`` (cue family
``topic``; "self-harm", the bare noun of the family ``self_harm``, likewise): said by
the writer with nothing around them, they are most often the writer's own. Inside a
phrase that names the word as a topic, someone else's death or a field of work (context
kind ``topic_named``: "died by suicide", "ruled a suicide", "higher risk of suicide", "a
song about suicide", "suicide or murder", "overdose awareness week"), the word is a loss
or a subject, not the writer's thought: at most ``distress``, and no method question.
The message rules have read it first, so an informational or professional frame that
already set it to nothing (see _message, _professional) stands.

Never when:

- the writer stands just before the phrase ("i'm at higher risk of suicide", "i nearly
  died by suicide", "my suicide risk"; not before a task's phrase, cue family
  ``topic_task``: "how do i explain suicide to a child" is the writer's task), or inside
  it before the word ("the difference between my suicidal thoughts and ...", "being
  suicidal"): the writer's own state or act;
- the message turns the topic to the writer ("i've been thinking about joining them", "i
  could do it the same way", "so that's an option": cue ``topic_own`` of the same kind, or
  a dwelt thought, kind ``dwell``), or holds a recent marker: the loss is then the
  writer's reason, and the word keeps its level for the conversation rules.

Gate: only a message with the writer's own topic word at ``ideation`` or above and a
``topic_named`` phrase does any work.
"""

from __future__ import annotations

import functools

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._people import mask
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences, family

KIND = "topic_named"
# The topic word, and the same word read by another language's data ("suicide" is French
# too: fr.ideation.suicide).
_WORD_FAMILIES = frozenset({family("x.topic"), family("x.suicide")})
# Self-harm named by its bare noun: a topic word too ("a self-harm item", "how is
# self-harm coded"), read inside the same naming phrases.
_HARM = family("x.self_harm")
_HARM_NOUNS = frozenset({("self", "harm"), ("selfharm",), ("self", "injury")})
_OWN = family("x.topic_own")  # the cue of the writer's turn to the topic
_TASK = family("x.topic_task")  # the topic as a task's object: "how do i explain suicide to ..."
_LEAD = 3  # tokens before the phrase where the writer as its subject is looked for
_AT_LEAD = 2  # more before "at" ("i'm at a higher risk of suicide": a state the writer is in)
_OBJECT = frozenset({"me"})  # the writer as an object ("tell me about ...") is not its subject
_POSSESSIVE = frozenset({"my", "mine", "own"})  # the writer's own inside a naming phrase
_OWNS = 2  # "my" this near the phrase owns it ("my suicide risk", "my own suicide risk")
_WRITER = mask("self_subj")
_OTHER = mask("other_subj") | mask("other_subj", possessive=True)


@functools.cache
def _is_word(cue_id: str) -> bool:
    return family(cue_id) in _WORD_FAMILIES


def named_topics(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's topic words inside a naming phrase capped at
    ``distress`` (see the module)."""
    words = [s for s in signals if _topic_word(s) or _harm_noun(msg, s)]
    if not words:
        return signals  # nearly every message
    phrases = msg.of_kind(KIND)
    if not phrases:
        return signals
    table = msg.cues.cues
    named = [h for h in phrases if family(table[h.payload].id) != _OWN]
    if len(named) < len(phrases) or msg.of_kind("dwell") or msg.recent():
        return signals  # the writer turns the topic to themselves, or it is recent
    tasks = {id(h) for h in named if family(table[h.payload].id) == _TASK}
    capped = {id(s) for s in words if _named(msg, msg.place(s), named, tasks)}
    if not capped:
        return signals
    return tuple(
        s.lifted(min(s.level, RiskLevel.DISTRESS), method_seeking=False) if id(s) in capped else s
        for s in signals
    )


def _topic_word(sig: Signal) -> bool:
    """The writer's own topic word, still at ``ideation`` or above."""
    return (
        sig.subject == "self"
        and not sig.negated
        and sig.cue.kind == "risk"
        and sig.level >= RiskLevel.IDEATION
        and _is_word(sig.cue.id)
    )


def harm_noun(msg: Sentences, sig: Signal) -> bool:
    """The writer's bare noun of self-harm (see ``_harm_noun``), for other passes."""
    return _harm_noun(msg, sig)


def _harm_noun(msg: Sentences, sig: Signal) -> bool:
    """The writer's self-harm phrase that is the bare noun ("self-harm", "selfharm", "self
    injury"), not a verb of the writer's ("i self harmed", "self-harming") nor an act."""
    if sig.subject != "self" or sig.negated or sig.cue.kind != "risk" or sig.level < RiskLevel.IDEATION:
        return False
    if family(sig.cue.id) != _HARM:
        return False  # nearly every signal
    at = msg.place(sig)
    return tuple(msg.keys[at.first : at.last + 1]) in _HARM_NOUNS


def _named(msg: Sentences, at: Place, named: list[Hit], tasks: set[int]) -> bool:
    """A naming phrase holds the word whole and is not said of the writer. A task's
    phrase (``tasks``: "how do i explain suicide to ...") has the writer as its subject by
    nature: only the writer inside it makes it theirs."""
    return any(
        h.first <= at.first
        and at.last <= h.last
        and (id(h) in tasks or not _writers(msg, h, at.low))
        and not _owned_inside(msg, h, at)
        for h in named
    )


def _owned_inside(msg: Sentences, phrase: Hit, at: Place) -> bool:
    """The writer inside the phrase, before the word ("the difference between my suicidal
    thoughts and intrusive ones", "the term for what i'm feeling, suicidal"), or the word
    said as a state ("the difference between being tired and being suicidal", "... and
    feeling suicidal"): the topic is the writer's own. "me" as an object ("she told me
    about suicidal thoughts") and the writer of a task ("an essay i'm writing about
    suicide") are not."""
    tag, keys = msg.people.tag, msg.keys
    if at.first > phrase.first and (
        keys[at.first - 1] == "being" or msg.any_word("state_lead", at.first - 1, at.first)
    ):
        return True  # the word right after a state word, not "was a suicide" (someone's death)
    # Only the writer's own ("my suicidal thoughts") or the writer just before the word:
    # "i'm writing" inside "essay i'm writing about how suicide ..." is the writer's task.
    return any(
        tag(i) & _WRITER and (keys[i] in _POSSESSIVE or i == at.first - 1) and keys[i] not in _OBJECT
        for i in range(phrase.first, at.first)
    )


def _writers(msg: Sentences, phrase: Hit, low: int) -> bool:
    """The nearest person word a few words before the phrase, in its sentence, is the
    writer ("i'm at higher risk of suicide", "my suicide risk"), not someone else ("whose
    son died by suicide"), nor "my" before another noun ("my teacher says it's about
    suicide")."""
    tag, keys = msg.people.tag, msg.keys
    reach = _LEAD
    i = phrase.first - 1
    while i >= max(low, phrase.first - reach):
        if keys[i] == "at":
            reach = _LEAD + _AT_LEAD
        bits = tag(i)
        if bits & _OTHER:
            return False
        if bits & _WRITER and keys[i] not in _OBJECT:
            return keys[i] != "my" or phrase.first - i <= _OWNS
        i -= 1
    return False
