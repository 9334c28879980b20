"""A wish to be dead said to be meant: "i want to die. not hyperbole. i mean it", "i want
to die and i mean it literally", "told her i wanted to die but i wasn't kidding".

People say "i want to die" of exams, games and queues, so the wish alone is ``passive``.
When the same message insists it is meant (kind ``earnest``: "i mean it", "not
hyperbole", "not kidding", "this isn't a shitpost", "not the tiktok way"), the writer has
ruled out the everyday reading: the wish is a real thought of their own death, which the
scale calls ``ideation`` (FORMAT.md: active thoughts, no plan). Only a wish to die or not
to live told as a want is lifted (cue families in class ``earnest_wish``, a word of class
``earnest_want`` in the phrase), not hopelessness, a burden or a wish said with the same
stress ("nobody would miss me, i mean it", "i wish i was dead. i wasn't joking" stay
``passive``), and only the writer's own, unframed, undenied wish, in a message that does
not disown acting ("i meant it. that's not the same as doing something"). No wish is
raised past ``ideation``: meaning it is no plan.

A question for a way or a dose said to be meant ("what's the fastest way to die without
pain? i'm serious", "whats the least painful way. not joking"; grade22) is no longer a
question of fact: the insistence rules out curiosity, so it is method-seeking about the
writer's own death, ``intent`` as after their distress (FORMAT.md). Not a question in a
story or asked of someone else, nor a denied one.
"""

from __future__ import annotations

from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import family


def earnest(ctx: MessageContext, signals: Sequence[Signal]) -> list[Signal]:
    """``signals`` with the writer's plain wish to be dead read as ``ideation`` when the
    message says it is meant (only asked when an ``earnest`` cue matched)."""
    out = list(signals)
    if not any(not negated(ctx, h) for h in ctx.of_kind("earnest")) or ctx.anywhere("disown"):
        return out  # "i meant it. i'm done. that's not the same as doing something"
    wishes, wants = ctx.cues.words("earnest_wish"), ctx.cues.words("earnest_want")
    return [_meant(s) if _plain_wish(s, wishes) and _wanted(ctx, s, wants) else _sought(s) for s in out]


def _own_method(sig: Signal) -> bool:
    """The writer's own undenied question for a way or a dose at ``passive`` or ``ideation``
    ("what's the fastest way to die without pain? i'm serious"), in no story or
    someone else's frame: the question frame (``info``) is what the insistence rules out."""
    return (
        sig.method_seeking
        and RiskLevel.PASSIVE <= sig.level < RiskLevel.INTENT
        and sig.subject == "self"
        and not sig.negated
        and sig.frame in ("", "info")
    )


def _sought(sig: Signal) -> Signal:
    """A method question said to be meant (:func:`_own_method`): method-seeking about the
    writer's own death, which the scale calls ``intent`` (FORMAT.md), as after the writer's
    distress; any other signal as it was."""
    return sig.lifted(RiskLevel.INTENT) if _own_method(sig) else sig


def _wanted(ctx: MessageContext, sig: Signal, wants: frozenset[str]) -> bool:
    """The wish is told as a want ("i want to die", "wanted to die"), not as a wish or a
    hope ("i wish i was dead. i wasn't joking", "i hope the sleep is permanent"), which
    the scale keeps ``passive`` however meant."""
    tokens = ctx.tokens
    return any(sig.start <= t.start < sig.end and t.key in wants for t in tokens)


def _plain_wish(sig: Signal, wishes: frozenset[str]) -> bool:
    """The writer's own undenied, unframed wish to be dead at ``passive``."""
    return (
        sig.level == RiskLevel.PASSIVE
        and sig.kind == "risk"
        and sig.subject == "self"
        and not sig.negated
        and not sig.frame
        and family(sig.cue.id) in wishes
    )


def _meant(sig: Signal) -> Signal:
    return sig.lifted(RiskLevel.IDEATION)
