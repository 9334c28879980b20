"""Self-harm recovery told as it is now: a streak lost, an urge here, hiding found out.

"60 days clean and the urge is still there", "relapsed last night after 3 months", "mum
found my blades", "i'll have to hide it better". The words are shared with sobriety,
smoking, diets and game streaks ("3 months clean", "the urge to vape", "lost my duolingo
streak"), so a streak phrase (cue kind ``streak``) is read in two steps:

- per message (:func:`streaks`), the writer's own streak phrases: never with a negation
  just before ("haven't relapsed", "no urges"), said of someone else ("my dad relapsed"),
  told as fading ("the urges are weaker now"), about something else in the same sentence
  ("relapsed on weed", "the urge to smoke"), nor, for a relapse, dated in the past
  ("relapsed once during lockdown but clean since", "every time i relapsed");
- per conversation (:func:`streak_relapse`), those phrases reach their cue's level only
  where some user turn names self-harm, its tools or its marks (word class ``sh_named``,
  or "self harm" as two words): "i relapsed" ... "cutting. 3 months clean".

A bare streak ("400 days clean from self-harm today") has no streak phrase and stays the
recovery it is (see _survived).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._reading import ReadTurn, Signal

_NEGATED = 3  # tokens before a streak phrase a negation denies it from ("haven't relapsed")
_PERSON_INSIDE_OK = (".found", ".own_marks")  # cues whose inner person words are no subject
_SELF_HARM = frozenset({"harm", "harming", "harmed", "injury", "injure", "injuring", "injured"})


def streaks(ctx: MessageContext) -> tuple[Signal, ...]:
    """The message's own streak phrases, at level none (raised by :func:`streak_relapse`)."""
    hits = ctx.of_kind("streak")
    if not hits:
        return ()  # most messages: no streak phrase
    return tuple(ctx.own_signal(h) for h in hits if _own_streak(ctx, h))


def _own_streak(ctx: MessageContext, hit: Hit) -> bool:
    keys, words = ctx.keys, ctx.cues.words
    low, high = ctx.clause_span(ctx.clause(hit))
    # Within the clause: a cover story denied before ("they weren't. i did them on purpose")
    # does not deny what follows it.
    if not words("negation").isdisjoint(keys[max(low, hit.first - _NEGATED) : hit.first]):
        return False  # "i haven't relapsed", "no urges"
    if hit.first > 0 and keys[hit.first - 1] in words("other_subj"):
        return False  # "my dad relapsed", "she relapsed"
    cue = ctx.cues.cues[hit.payload]
    inside = keys[hit.first + 1 : hit.last]
    # (not in "mum found my blades", where the finder is the phrase's own first word, nor in
    # "i did them on purpose", where "them" are the marks)
    if not cue.id.endswith(_PERSON_INSIDE_OK) and not words("other_subj").isdisjoint(inside):
        return False  # "i want her to relapse": a person inside the phrase is its subject
    clause = keys[low:high]
    # what was found is named anywhere ("found my blades ... wanted to try shaving")
    about = keys if cue.id.endswith(".found") else clause
    if not words("streak_other").isdisjoint(about) or not words("streak_faded").isdisjoint(clause):
        return False  # "relapsed on weed", "the urge to smoke", "urges are weaker now"
    return not (cue.id.endswith(".relapse") and _dated(clause, words("streak_past")))


def _dated(clause: Sequence[str], past: frozenset[str]) -> bool:
    """The clause puts a relapse in the past: a past word ("once", "ago", "used to"), a
    year ("in 2019"), or "every time"."""
    if not past.isdisjoint(clause):
        return True
    for i, key in enumerate(clause):
        if key.isdigit() and len(key) == 4 and key[:2] in ("19", "20"):
            return True
        if key == "every" and i + 1 < len(clause) and clause[i + 1] == "time":
            return True
    return False


def names_self_harm(keys: Sequence[str], present: AbstractSet[str], cues: CueSet) -> bool:
    """The tokens name self-harm, its tools or its marks ("sh", "blades", "self harm").
    Asked of every message: two set tests against ``present`` (the distinct keys), and
    the pair test only after a "self"."""
    if not cues.words("sh_named").isdisjoint(present):
        return True
    if "self" not in present:
        return False  # most messages
    return any(key == "self" and nxt in _SELF_HARM for key, nxt in itertools.pairwise(keys))


def streak_relapse(turns: Sequence[ReadTurn]) -> None:
    """Raise each turn's streak phrases to their cue level where some user turn of the
    conversation names self-harm (a later answer too: "i relapsed" ... "with what?" ...
    "cutting")."""
    if not any(turn.reading.streaks for turn in turns):
        return  # most conversations: no streak phrase
    if not any(turn.reading.names_sh for turn in turns):
        return  # sobriety, smoking, a diet: nothing names self-harm
    for turn in turns:
        if turn.reading.streaks:
            turn.signals = [*turn.signals, *(s.lifted(s.cue.level) for s in turn.reading.streaks)]
