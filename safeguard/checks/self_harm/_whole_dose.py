"""An overdose told in two pieces: a medicine taken, then its whole supply as the next
clause ("took the insulin. all of it", "took my sleepers, all of them", "i took them before
i opened the app. the whole packet").

The phrase lists read "took all of my pills" when the parts share one clause; people add
the amount as an afterthought, after a full stop or a comma, where a phrase does not reach.
A dose taken (kind ``dose_taken``) whose very next clause opens with the whole supply (kind
``dose_whole``) is the overdose done, which the scale calls imminent. Alone either part is
an ordinary day: a tablet taken for a headache, "i'm over it. all of it".

Not when the taking is negated ("i haven't taken them"), asked about ("what if i took the
pills? all of them?"), told as the past ("last year"), someone else's ("my mum took her
pills, all of them"), inside a story or informational frame, or a dose of the day
(``dose_routine``: "took my meds this morning, all of them", "vitamins"), or a carrying
(``dose_carried``: "took them to the vet. all of them"). The supply must open its clause
and not be "of" something ("the whole bottle of vodka" is a drink): "took my meds,
therapy, all of it" lists things tried, and its supply is two clauses away.

Told in one clause with the bare verb (rec16c): "i've taken the whole packet", the whole
supply right after a taking verb, not "of" anything and not carried ("the whole strip of
vitamins", "took the whole box to the car").

Told with no verb at all (rec16c), a medicine named as its whole clause (kind
``dose_named``: "my antidepressants.", "the pills.") and then its whole supply opening the
next clause ("my antidepressants. the whole box. 3 hours ago", "just did it. the pills.
all of them", each piece its clause's only words) is the supply readied or taken, which
the scale calls intent at least: the answer people give to "what did you take?". Under
the same limits, and not when the medicine clause is a question or someone else's ("her
pills. all of them").
"""

from __future__ import annotations

import dataclasses

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal

_TAKEN = "dose_taken"
_WHOLE = "dose_whole"
_NAMED = "dose_named"
_BARE = "_bare"  # the id suffix of a bare "all" (see _bare_ok)


def whole_dose(ctx: MessageContext, signals: list[Signal]) -> list[Signal]:
    """``signals`` plus one imminent signal for a dose taken whose next clause is its whole supply."""
    taken, whole, named = ctx.of_kind(_TAKEN), ctx.of_kind(_WHOLE), ctx.of_kind(_NAMED)
    if not whole or not (taken or named):
        return signals  # nearly every message: no whole supply, or no dose taken or named
    if ctx.anywhere("fiction") or ctx.anywhere("info") or ctx.mentions("dose_routine"):
        return signals  # a story, a question of fact, the day's dose taken as prescribed
    # The clauses that open with a whole supply not followed by "of" ("all of it", not "the
    # whole bottle of vodka").
    clauses = ctx.clauses
    opening = {clauses[h.first] for h in whole if _opens_clause(ctx, h) and _bare_ok(ctx, h)}
    # A whole supply right after a bare taking verb in its clause ("i've taken the whole
    # packet", "took every last one"), nothing "of" it and nothing carried after it.
    right_after = {h.first for h in whole if _bare_supply(ctx, h) and _bare_ok(ctx, h)}
    for hit in taken:
        # the bare verb (one token) only with its supply right after it: "took the pills
        # back to the pharmacy. all of them were expired" is a carrying, read on the pills
        told = (hit.last > hit.first and clauses[hit.last] + 1 in opening) or (
            hit.last + 1 in right_after and not _conditional(ctx, hit)
        )
        if told and _taken_now(ctx, hit):
            cue = dataclasses.replace(ctx.cues.cues[hit.payload], kind="risk", level=RiskLevel.IMMINENT)
            return [*signals, ctx.own_signal(hit, cue).lifted(RiskLevel.IMMINENT)]
    # The verbless telling: both pieces whole clauses ("my pills. all of them."), so "my
    # pills. all of them are in the blister packs" tells where they are, not an act.
    alone = {clauses[h.first] for h in whole if _whole_clause(ctx, h)}
    for hit in named:
        clause = clauses[hit.first]
        if clause + 1 in alone and _whole_clause(ctx, hit) and not ctx.asked(hit):
            cue = dataclasses.replace(ctx.cues.cues[hit.payload], kind="risk", level=RiskLevel.INTENT)
            return [*signals, ctx.own_signal(hit, cue).lifted(RiskLevel.INTENT)]
    return signals


_IF = frozenset({"if", "would", "could", "might", "should", "whether"})


def _conditional(ctx: MessageContext, hit: Hit) -> bool:
    """An "if" or a modal before ``hit`` in its clause ("if i ever took the whole bottle
    would they notice"): a thought of the act, not the act (the test suite caught it)."""
    low = ctx.clause_span(ctx.clauses[hit.first])[0]
    return not _IF.isdisjoint(ctx.keys[low : hit.first])


def _bare_supply(ctx: MessageContext, hit: Hit) -> bool:
    """``hit`` (a whole supply) is followed in its clause by neither "of" nor a carried
    word: "took the whole packet. feel sick", not "the whole strip of vitamins" or "the
    whole box to the car"."""
    keys, after = ctx.keys, hit.last + 1
    if after >= len(keys) or ctx.clauses[after] != ctx.clauses[hit.last]:
        return True
    return keys[after] != "of" and keys[after] not in ctx.cues.words("dose_carried")


def _bare_ok(ctx: MessageContext, hit: Hit) -> bool:
    """A bare "all" (a cue id ending ``_bare``: es/pt "todos", fr "tous", de "alle") is a
    whole supply only as the whole of its clause ("tomei os remédios. todos."): the same
    word opens everyday clauses ("todos os dias", "alle zwei Stunden")."""
    return not ctx.cues.cues[hit.payload].id.endswith(_BARE) or _whole_clause(ctx, hit)


def _whole_clause(ctx: MessageContext, hit: Hit) -> bool:
    """``hit`` is all of its clause: a medicine named with no verb ("my antidepressants."),
    not "i forgot my antidepressants" nor "the pills she takes"."""
    return ctx.clause_span(ctx.clauses[hit.first]) == (hit.first, hit.last + 1)


def _opens_clause(ctx: MessageContext, hit: Hit) -> bool:
    """``hit`` is its clause's first words and no "of" follows it in the clause."""
    keys, clauses = ctx.keys, ctx.clauses
    low, high = ctx.clause_span(clauses[hit.first])
    if hit.first != low:
        return False
    return not (hit.last + 1 < high and keys[hit.last + 1] == "of")


def _taken_now(ctx: MessageContext, hit: Hit) -> bool:
    """The writer's own taking, told as done: not negated, asked, long past or another's."""
    if negated(ctx, hit) or ctx.in_clause("history", hit) or ctx.asked(hit):
        return False
    keys, clauses, after = ctx.keys, ctx.clauses, hit.last + 1
    carried = ctx.cues.words("dose_carried")
    if after < len(keys) and clauses[after] == clauses[hit.last] and keys[after] in carried:
        return False  # "took them to the vet", "took my meds back to the pharmacy": carried
    return not _someone_else(ctx, hit.first)


def _someone_else(ctx: MessageContext, at: int) -> bool:
    """The nearest person word before token ``at`` in its clause is someone else's ("my mum
    took her pills"); "took my dad's pills" has no subject before it and is the writer's."""
    people = ctx.people
    low = ctx.clause_span(ctx.clauses[at])[0]
    for i in range(at - 1, low - 1, -1):
        if people.is_(i, "self_subj"):
            return False
        if people.is_(i, "other_subj"):
            return True
    return False
