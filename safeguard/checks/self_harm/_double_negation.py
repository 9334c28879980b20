"""A negation before a cue that another word turns into an assertion.

The nearest negation before a cue usually denies it ("i don't want to die"). Three shapes
use a negation to say the opposite, and reading them as a denial leaves a person at risk
without help:

- a verb of stopping just after the negation (or just before it, French "je n'arrête pas
  de"): the negation denies the stopping, so the cue goes on ("i never stopped wanting to
  die", "no puedo dejar de cortarme", "não consigo parar de me cortar");

- "without" between the negation and the cue: the negation denies the "without", so the
  cue is asserted ("i can't go a day without cutting", "not a day goes by without me
  wanting to die"); an everyday object is no cue at all ("i can't go a day without coffee");
- a negated span of time ("not a day goes by that", "there isn't a single night",
  "i can't remember a day", "i can't remember the last time") followed by a second
  negation: the two cancel ("not a day goes by that i don't think about killing myself"
  is every day). A third negation between them keeps the denial ("not a day goes by that
  i don't thank god i didn't kill myself");
- "never" (or "not ... ever") with a comparison that measures now against the past:
  "i have never wanted to die more than now", "i've never been this suicidal", "never
  been closer to ending it" say it is the most it has ever been. Not "so much as" ("i
  never so much as thought about suicide" is a denial), not "any more than" ("i don't
  want to die any more than you do").

Word lists are the classes of the phrase data: ``stop_verb`` ("stop", "dejar", "parar",
"arrêter", "aufhören"); ``without`` (en "without", es "sin", pt "sem", fr "sans", de
"ohne"); ``frame_time`` (a span of time: "day", "night"), ``frame_lead`` (the words a
negated span may stand behind: "a", "single", "remember", "go"), ``frame_pass`` ("goes",
"passes": "no day goes by"); ``compare_never`` (the negations of experience: "never",
"havent"), ``compare_ever`` ("never", "ever": "never" is its own "ever"), the
comparatives before the cue (``compare_before``: "more", "closer", "this";
``compare_this``, ``compare_degree``, ``compare_copula``) and after it (``compare_more``,
``compare_much``, ``compare_much_lead``, ``compare_not_more``, ``compare_even``,
``compare_even_next``).
Only called for a negation already found before a cue, and each shape is gated by a set
test over a few tokens: ordinary messages pay nothing.
"""

from __future__ import annotations

from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._matcher import Hit

STOP_REACH = 4  # "no puedo dejar de", "não consigo parar de", "haven't been able to stop"
FRAME_GAP = 6  # "not a day goes by that i don't": span of time to the second negation
FRAME_LEAD = 4  # "i can't remember the last time": first negation to the span of time
COMPARE_TAIL = 3  # "wanted to die (so) much more": cue end to the comparative


def asserted(ctx: _Context, negation: int, hit: Hit) -> bool:
    """The negation at token ``negation``, the nearest before ``hit``, does not deny it:
    a "without", a negated span of time or a comparison with the past turns it round."""
    keys, words = ctx.keys, ctx.cues.words
    between = keys[negation + 1 : hit.first]
    stops = words("stop_verb")
    if not stops.isdisjoint(between[:STOP_REACH]):
        return True  # "can't stop cutting": the stopping is denied
    if negation > 0 and keys[negation - 1] in stops and ctx.clauses[negation - 1] == ctx.clauses[negation]:
        return True  # "je n'arrête pas de" (not "... just stop? not die by my own hand")
    if not words("without").isdisjoint(between):
        return True  # "can't go a day without cutting": the negation denies the "without"
    return _cancelled(ctx, negation, hit) or _compared(ctx, negation, hit)


def _cancelled(ctx: _Context, negation: int, hit: Hit) -> bool:
    """A negated span of time stands shortly before the negation, in the hit's clause, with
    no other negation between: "not a day goes by that i don't", "i can't remember a day i
    didn't", "there isn't a single night i don't"."""
    keys, words, clauses = ctx.keys, ctx.cues.words, ctx.clauses
    low = max(0, negation - FRAME_GAP)
    span = keys[low:negation]
    times = words("frame_time")
    if times.isdisjoint(span):
        return False  # most negations: no "day", "night", "time" just before
    negations, clause = words("negation"), clauses[hit.first]
    for t in range(negation - 1, low - 1, -1):
        if clauses[t] != clause or keys[t] in negations:
            return False  # another clause, or a negation nearer than the span of time
        if keys[t] in times:
            return _negated_span(ctx, t)
    return False


def _negated_span(ctx: _Context, time: int) -> bool:
    """The span of time at token ``time`` is negated: a negation stands before it with only
    leading words between ("not a", "can't remember the last", "isn't a single"), or it is
    "no day" that "goes by"."""
    keys, words, clauses = ctx.keys, ctx.cues.words, ctx.clauses
    negations, leads = words("negation"), words("frame_lead")
    if time > 0 and keys[time - 1] in negations:
        # "no day goes by", "not one": a bare negation needs the passing verb ("no time to
        # talk. i don't want to die" is no span of time).
        return time + 1 < len(keys) and keys[time + 1] in words("frame_pass")
    for i in range(time - 1, max(-1, time - 1 - FRAME_LEAD), -1):
        if clauses[i] != clauses[time]:
            return False
        if keys[i] in negations:
            return True
        if keys[i] not in leads:
            return False  # "didn't sleep last night": a verb of its own, not a span denied
    return False


def _compared(ctx: _Context, negation: int, hit: Hit) -> bool:
    """A negation of experience ("never", "haven't ... ever") with a comparative before the
    cue ("never been more suicidal", "this close to") or after it ("never wanted to die
    more than now", "so much")."""
    keys, words = ctx.keys, ctx.cues.words
    key = keys[negation]
    if key not in words("compare_never"):
        return False  # "i don't want to die any more than you do" is a denial
    between = keys[negation + 1 : hit.first]
    ever = words("compare_ever")  # "never" is its own "ever"
    strict = key in ever or not ever.isdisjoint(between)
    i = _comparative_before(ctx, negation, hit)
    if i >= 0:
        if keys[i] in words("compare_this"):
            # "this" measures only right before a word of the cue or of degree ("i haven't
            # been this suicidal in years", "this close"), after any negation of experience.
            return hit.first <= i + 1 <= hit.last or keys[i + 1] in words("compare_degree")
        return strict  # "more", "closer": only after "never" or "ever"
    return strict and _more_after(ctx, hit)


def _comparative_before(ctx: _Context, negation: int, hit: Hit) -> int:
    """The last comparative between the negation and the hit's last word, or -1. Inside the
    hit only after a copula ("been more suicidal": the phrase's gap holds it), never a
    word of the phrase itself ("end this life")."""
    keys, words = ctx.keys, ctx.cues.words
    before, copula = words("compare_before"), words("compare_copula")
    if before.isdisjoint(keys[negation + 1 : hit.last]):
        return -1
    for j in range(hit.last - 1, negation, -1):
        if keys[j] in before and (j < hit.first or keys[j - 1] in copula):
            return j
    return -1


def _more_after(ctx: _Context, hit: Hit) -> bool:
    """A comparative shortly after the hit, in its clause: "more" (not "any more", "no
    more") or "much" after "so", "this" or "as" (not "so much as", which is "even")."""
    keys, words, clauses = ctx.keys, ctx.cues.words, ctx.clauses
    end = min(len(keys), hit.last + 1 + COMPARE_TAIL)
    more, much = words("compare_more"), words("compare_much")
    for i in range(hit.last + 1, end):
        if clauses[i] != clauses[hit.last]:
            return False
        prev = keys[i - 1]
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
        if keys[i] in more:
            return prev not in words("compare_not_more")
        if keys[i] in much and prev in words("compare_much_lead"):
            return not (prev in words("compare_even") and nxt in words("compare_even_next"))
    return False
