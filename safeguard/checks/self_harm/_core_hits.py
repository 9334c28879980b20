"""Which phrase hits of a message count: idioms cancel, wider phrases outweigh, one per cue."""

from __future__ import annotations

import operator
from collections.abc import Iterator

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import SMALL
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._living_place import lived_somewhere
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._sentences import family
from safeguard.checks.self_harm._yielding_idiom import standing, yields

CORE_KINDS = ("risk", "method", "location", "means", "timing", "plan_ref")


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.first <= b.last and b.first <= a.last


def core_hits(ctx: _Context) -> list[Hit]:
    """Core cue hits not cancelled by an idiom and not outweighed by an overlapping hit."""
    idioms = ctx.of_kind("idiom")
    core = [h for kind in CORE_KINDS for h in ctx.of_kind(kind)]
    if idioms:
        core = _uncancelled(core, standing(ctx, idioms))
    if ctx.mentions("live_verb"):  # "… want to live in Leeds": a home, not living
        core = [h for h in core if not lived_somewhere(ctx, h)]
    if ctx.anywhere("everyday_note"):  # "wrote my thank you note to grandma": no last note
        core = _unnoted(ctx, core)
    if ctx.mentions("opening_place"):  # "at the cliffs. this is it": a place opening the message
        core = [h for h in core if not _closed_opening(ctx, h)]
    core = _widest_per_cue(core)
    if len(core) <= SMALL:
        return [h for h in core if not _outweighed(h, core, ctx)]
    at: dict[int, list[Hit]] = {}
    for hit in core:
        for i in range(hit.first, hit.last + 1):
            at.setdefault(i, []).append(hit)
    return [h for h in core if not any(_contains(o, h, ctx) for o in _neighbours(h, at) if o is not h)]


def _unnoted(ctx: _Context, core: list[Hit]) -> list[Hit]:
    """``core`` without the preparation hits (a family of class ``note_cue``) that an
    everyday note overlaps: its kind or its everyday reader ("wrote my thank you note to
    grandma", "finished my note for the teacher") tells a note to anyone, though the
    preparation phrase holding it is longer (en.context.everyday_note)."""
    notes, families, cues = ctx.of_kind("everyday_note"), ctx.cues.words("note_cue"), ctx.cues.cues
    return [
        h
        for h in core
        if not (any(_overlaps(n, h) for n in notes[:SMALL]) and family(cues[h.payload].id) in families)
    ]


def held_hits(ctx: _Context) -> list[Hit]:
    """The risk phrases (passive or above, not negated) that an idiom of a yielding family
    (a bound: see ``_yielding_idiom``) cancelled in this message; most messages hold no
    such idiom and pay one family look-up per idiom."""
    bounds = [i for i in standing(ctx, ctx.of_kind("idiom")) if yields(ctx, i)]
    if not bounds:
        return []
    cues = ctx.cues.cues
    core = [h for kind in CORE_KINDS for h in ctx.of_kind(kind) if cues[h.payload].level >= RiskLevel.PASSIVE]
    kept = {id(h) for h in _uncancelled(core, bounds)}
    return [h for h in core if id(h) not in kept and not negated(ctx, h)]


def _outweighed(hit: Hit, core: list[Hit], ctx: _Context) -> bool:
    """Another hit contains ``hit`` (``_contains`` written out: the cheap overlap test
    first, as most pairs are apart, and ``hit``'s cue looked up once)."""
    first, last, payload = hit.first, hit.last, hit.payload
    cues = ctx.cues.cues
    mine = cues[payload]
    kind, level = mine.kind, mine.level
    for o in core:
        if o.first <= last and first <= o.last and o is not hit:
            cue = cues[o.payload]
            if cue.kind != kind or cue.level < level:
                continue
            if cue.level > level:
                if _bare_cue(cue.id, ctx) and not _within(hit, o):
                    continue  # a bare act may yet be dropped (see _bare_act): only its own words yield
                return True
            # Same level: ``o`` covers ``hit`` and is wider, or is the same span of an earlier cue.
            if (
                o.first <= first
                and last <= o.last
                and (o.first != first or o.last != last or o.payload < payload)
            ):
                return True
    return False


def _uncancelled(core: list[Hit], idioms: list[Hit]) -> list[Hit]:
    """``core`` without the hits an idiom cancels; each hit is tested only against the
    idioms covering its tokens, so a long message repeating an idiom stays linear."""
    if len(idioms) <= SMALL:
        return [h for h in core if not any(_cancels(i, h) for i in idioms)]
    at: dict[int, list[Hit]] = {}
    for idiom in idioms:
        for i in range(idiom.first, idiom.last + 1):
            at.setdefault(i, []).append(idiom)
    return [h for h in core if not any(_cancels(i, h) for i in _covering(at, h))]


def _covering(at: dict[int, list[Hit]], hit: Hit) -> Iterator[Hit]:
    """The idioms covering some token of ``hit`` (an idiom may come more than once)."""
    for t in range(hit.first, hit.last + 1):
        yield from at.get(t, ())


def _cancels(idiom: Hit, hit: Hit) -> bool:
    """An idiom cancels a cue it overlaps, unless the cue is longer and holds it whole:
    "trick doctors into killing me" says more than the idiom "killing me" inside it."""
    inside = hit.first <= idiom.first and idiom.last <= hit.last
    return _overlaps(idiom, hit) and not (inside and hit.last - hit.first > idiom.last - idiom.first)


_BY_CUE_AND_START = operator.itemgetter(0, 1)  # Hit: (payload, first, last)


def _widest_per_cue(hits: list[Hit]) -> list[Hit]:
    """Phrase variants of one cue overlapping each other count once (the widest)."""
    # By cue and start (a C key); variants starting together may come in any order, the
    # widest replaces a narrower one, so each run of overlapping variants ends the same.
    ordered = sorted(hits, key=_BY_CUE_AND_START)
    kept: list[Hit] = []
    for hit in ordered:
        last = kept[-1] if kept else None
        if last is not None and last.payload == hit.payload and _overlaps(last, hit):
            if hit.last > last.last:
                kept[-1] = hit if hit.first == last.first else Hit(hit.payload, last.first, hit.last)
            continue
        kept.append(hit)
    return kept


def _neighbours(hit: Hit, at: dict[int, list[Hit]]) -> list[Hit]:
    """Hits sharing a token with ``hit`` (found through the per-token index)."""
    seen: dict[int, Hit] = {}
    for i in range(hit.first, hit.last + 1):
        for other in at.get(i, ()):
            seen[id(other)] = other
    return list(seen.values())


def _contains(outer: Hit, inner: Hit, ctx: _Context) -> bool:
    """``outer`` overlaps ``inner`` and says more (same kind, higher level or earlier cue)."""
    a, b = ctx.cues.cues[outer.payload], ctx.cues.cues[inner.payload]
    if a.kind != b.kind or not _overlaps(outer, inner):
        return False
    if a.level > b.level:
        return _within(inner, outer) or not _bare_cue(a.id, ctx)
    return a.level == b.level and _wider_or_first(outer, inner)


def _bare_cue(cue_id: str, ctx: _Context) -> bool:
    """A bare-act phrase ("me corto"): the bare-act pass may drop it later (an object, a
    kitchen: "me corto con la cuchilla"), so it outweighs only the phrases inside its own
    words ("me cortar" in "vou me cortar"), not one reaching past it or on the same words
    ("eu me corto", "jme coupe", "me corto con la cuchilla"): both are kept and the higher
    counts if it stands (rare: only asked of an overlapping pair at a higher level)."""
    return family(cue_id) in ctx.cues.words("bare_act_cue")


def _within(inner: Hit, outer: Hit) -> bool:
    """``inner`` lies inside ``outer`` and is narrower."""
    covers = outer.first <= inner.first and inner.last <= outer.last
    return covers and (outer.first, outer.last) != (inner.first, inner.last)


def _wider_or_first(outer: Hit, inner: Hit) -> bool:
    covers = outer.first <= inner.first and inner.last <= outer.last
    same = (outer.first, outer.last) == (inner.first, inner.last)
    return covers and (not same or outer.payload < inner.payload)


OPENING_TAIL = 1  # words after an opening place in its clause: "at the bridge again."


def _closed_opening(ctx: _Context, hit: Hit) -> bool:
    """A place phrase of an opening family (class ``opening_cue``: "at the cliffs") that
    does not open the message as a short fragment of its own: not first, or its clause goes
    on past ``OPENING_TAIL`` words ("we had lunch at the bridge", "on the roof fixing the
    gutter"). Only such a fragment is told as where the writer is."""
    if family(ctx.cues.cues[hit.payload].id) not in ctx.cues.words("opening_cue"):
        return False
    if hit.first != 0:
        return True
    clauses, tokens, after = ctx.clauses, ctx.tokens, hit.last + 1
    for i in range(after, min(after + 1 + OPENING_TAIL, len(clauses) + 1)):
        if i >= len(clauses):
            return False  # the message is the fragment
        if clauses[i] != clauses[i - 1]:
            # a sentence's end, not a comma: "on the bridge, stuck in traffic" goes on
            end = tokens[i - 1].end
            return ctx.text[end : end + 1] == ","
    return True
