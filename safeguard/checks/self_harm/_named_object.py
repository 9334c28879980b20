"""A vague act whose object is named after it in the same message: "i've decided to end it
all. by it all i mean my gym membership", "i'm going to end it tonight. the series, i mean".

Across turns ``_state`` withdraws a turn the next one clarifies ("end it tonight" ... "the
series i mean"). In one message the correction follows the words it explains, so each risk
signal before it is read as nothing, when:

- the marker is a clarify phrase (families ``clarify``, ``clarifymore``) that says "i mean"
  and names an everyday object of class ``named_object`` ("i mean my membership", "the
  show i mean"): "i mean my life" names none, and "by which i mean" alone names nothing;
- nothing after the marker goes on ("... i mean the job. and then me") and no risk signal
  comes after it;
- every risk signal before it is a vague act: its words hold a referent word of class
  ``named_referent`` ("it", "everything") and none of the self or death words
  ("end my life", "kill myself" stay), and its kind is a plain risk, a plan reference or a
  time ("do it tonight"); means, a place, a method or a preparation keep them all.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard._normalize import normalize, tokenize
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import family

GOES_ON_REACH = 3  # "i mean the job. but also", "the series i mean... and then"
_FAMILIES = frozenset({"clarify", "clarifymore"})
_MEAN = frozenset({"mean", "meant"})
_LIFE = frozenset({"life", "lives", "self"})
_GRAVE = ("myself", "suicide", "die")
_VAGUE_KINDS = frozenset({"risk", "plan_ref", "timing"})


def named_object(ctx: MessageContext, signals: Sequence[Signal]) -> list[Signal]:
    """``signals`` with a vague act explained by a later "i mean <object>" read as nothing."""
    out = list(signals)
    marker = _marker(ctx)
    if marker is None:
        return out
    at = ctx.span(marker)[0]
    risky = [s for s in out if s.level >= RiskLevel.PASSIVE]
    if not risky or any(s.end > at for s in risky):
        return out  # nothing before the marker, or risk said again after it
    if not all(_vague(ctx, s) for s in risky):
        return out
    return [s.lifted(RiskLevel.NONE) if s.level >= RiskLevel.PASSIVE else s for s in out]


def _vague(ctx: MessageContext, sig: Signal) -> bool:
    """A risk phrase about an unnamed "it" of the writer's: "end it all", "do it tonight"."""
    if sig.subject != "self" or sig.method_seeking or sig.cue.kind not in _VAGUE_KINDS:
        return False
    words = tokenize(normalize(ctx.text[sig.start : sig.end])).keys
    cues = ctx.cues
    if cues.words("named_referent").isdisjoint(words):
        return False
    if not _LIFE.isdisjoint(words):
        return False  # "end my life", "end it all, my life i mean"
    return all(cues.words(name).isdisjoint(words) for name in _GRAVE)


def _marker(ctx: MessageContext) -> Hit | None:
    """The last "i mean <object>" correction of the message, if nothing after it goes on."""
    words, table = ctx.cues.words, ctx.cues.cues
    named = words("named_object")
    found = None
    for hit in ctx.of_kind("clarify"):
        if family(table[hit.payload].id) not in _FAMILIES:
            continue
        span = ctx.keys[hit.first : hit.last + 1]
        if _MEAN.isdisjoint(span) or named.isdisjoint(span) or negated(ctx, hit):
            continue
        if found is None or hit.last > found.last:
            found = hit
    if found is None:
        return None
    after = ctx.keys[found.last + 1 : found.last + 1 + GOES_ON_REACH]
    if not words("joke_goes_on").isdisjoint(after):
        return None
    # "... i mean the relationship. and then myself": the writer named after the object
    rest = ctx.keys[found.last + 1 :]
    if not _LIFE.isdisjoint(rest) or any(not words(name).isdisjoint(rest) for name in _GRAVE):
        return None
    return found
