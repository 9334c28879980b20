"""A set-up only pictured or thought about: "i keep thinking about a hose on the exhaust",
"i keep picturing the rope on the banister", "can't stop imagining the blade against my
wrist".

The set-up phrases (cue families of class ``pictured_family``: the set-up, the scene set,
means placed, a ligature at the neck) read an act under way, which the scale calls
imminent. Inside a thought or an image the same words are the method the writer dwells
on: ideation with a method (FORMAT), not an act. A set-up signal is capped at ideation
when a thought or image word (class ``pictured``: "thinking", "picturing", "imagining",
"dream") comes before it in its own clause. Not when the message also says now or here
("i'm here thinking about my kids with the hose on the exhaust", "picturing the rope on
the banister. it's there now"):
the writer may be at the place, so the act stays as read. The running engine in a garage
has its own test (:mod:`._engine_on`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import family

# Words that may put the writer at the place ("it's there now", "i have it here").
_HERE = frozenset({"here", "now", "rn", "tonight", "ready"})


def pictured(ctx: MessageContext, signals: Sequence[Signal]) -> list[Signal]:
    """``signals`` with a set-up inside a thought or an image capped at ideation."""
    out = list(signals)
    words, keys = ctx.cues.words, ctx.keys
    seen = words("pictured")
    if seen.isdisjoint(keys) or not any(max(s.level, s.cue.level) > RiskLevel.IDEATION for s in out):
        return out  # nearly every message: no thought or image word
    if ctx.anywhere("now") or not _HERE.isdisjoint(keys):
        return out  # "... right now", "sitting here thinking ...": perhaps at the place
    families, table = words("pictured_family"), ctx.cues.cues
    spans = set()
    for hit in ctx.hits:
        if family(table[hit.payload].id) not in families:
            continue
        low = ctx.clause_span(ctx.clauses[hit.first])[0]
        if not seen.isdisjoint(keys[low : hit.first]):
            spans.add(ctx.span(hit))
    if not spans:
        return out
    return [_capped(s) if (s.start, s.end) in spans else s for s in out]


def _capped(sig: Signal) -> Signal:
    """``sig`` at most ideation, its cue too, and a means phrase read as a plain risk: a
    means phrase is read at level none in its message and raised beside a wish in the
    conversation (_state, means with ideation is intent), but a pictured rope is no rope
    at hand."""
    if sig.cue.level <= RiskLevel.IDEATION and sig.level <= RiskLevel.IDEATION and sig.kind != "means":
        return sig
    level = min(max(sig.cue.level, sig.level), RiskLevel.IDEATION)
    cue = dataclasses.replace(sig.cue, level=level, kind="risk")
    fields = (cue, sig.start, sig.end, level, sig.subject)
    return make_signal((*fields, sig.method_seeking, sig.negated, sig.frame))
