"""Preparation after a wish, and a time beside a wish: "i wrote letters. one for mum"
after "nobody would notice if i wasn't here", "made a playlist for my funeral ... end of
the week", "i've sorted out my funeral wishes. the plan is next friday".

Said alone, letters, a funeral's music or a date are everyday (a cover letter, a
grandparent's funeral, an exam at the end of the week). Per message, this module reads the
writer's own preparation phrases (cue kind ``prepare``) at level none; per conversation,
it raises them to their cue's level once the writer's own wish (passive or above) has been
said: a preparation phrase in that turn or any later one, a time phrase (a cue id ending in
``_when``) only in the same turn as the wish. Letters told as already written (a cue id
ending in ``_after_distress``) are raised after the writer's distress too, as a goodbye is.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from safeguard._levels import RiskLevel
from safeguard._normalize import Tokens
from safeguard.checks.self_harm._asked_then_take import asks_lethality, takes_them
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._data import Cue, marked
from safeguard.checks.self_harm._done_act import dones, harm_told
from safeguard.checks.self_harm._farewell import final_goodbye
from safeguard.checks.self_harm._going import goings, supply
from safeguard.checks.self_harm._how import hows
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._negation import negated
from safeguard.checks.self_harm._reading import ReadTurn, Signal
from safeguard.checks.self_harm._sentences import family
from safeguard.checks.self_harm._taken_body import KIND as TAKEN
from safeguard.checks.self_harm._taken_body import everyday_dose, names_stock, takens

_KIND = "prepare"
_FAREWELL = "farewell"
_GOING = "going"  # an act announced (see _going)
_DONE = "done"  # an act told as done: not after self-injury told (see _done_act)
# The id suffix of preparation raised after distress as well as after a wish: letters told
# as already written (es/pt/fr/de, rec18f), which English reads intent even alone
# (en.intent.farewell_note); the other languages keep them context, raised beside despair.
_AFTER_DISTRESS = "_after_distress"
_EVERYDAY_NOTE = "everyday_note"
_DECIDED = "_decided"  # the id suffix of a preparation beside a decision (see _decided)
_MIND = "_mind"  # the id suffix of a decision said as preparation: no second readiness phrase
# The id suffix of readiness read only beside letters written (see _ready_after_letters).
_READY = ".ready_letters_after_distress"
# The id suffix of a date told as set, bare (see _date_bare).
_DATE = ".date_set_after_distress"
# A whole supply told swallowed ("me las tomé todas", "tomei tudo") beside a body sign: the
# overdose under way with no stockpile or wish before it (the four other languages; English
# "just took them all" is its own imminent cue).
_WHOLE = ".context.taken_whole"
_SPANS = 8  # preparation spans a wish is checked against (hostile text repeats one phrase)


def prepares(ctx: MessageContext, signals: Sequence[Signal] = ()) -> tuple[Signal, ...]:
    """The message's own preparation and time phrases and its final goodbye (see
    ``_farewell``), at level none (see :func:`prepared`); ``signals``: the message's own
    signals, a decision among them marks the preparation beside it (see ``_decided``)."""
    goodbye = final_goodbye(ctx) if ctx.anywhere("farewell") else None
    found = [] if goodbye is None else [goodbye]
    if ctx.anywhere("how"):
        found.extend(hows(ctx))  # thoughts of how: raised after a wish like preparation
    if ctx.anywhere("going"):
        found.extend(goings(ctx))  # an act announced: the same
    if ctx.anywhere("done"):
        found.extend(dones(ctx))  # an act told as done: the same, at imminent
    if ctx.anywhere(TAKEN):
        found.extend(takens(ctx))  # "took them" beside a body sign: see _taken_body
    own = _own_preparations(ctx)
    decided = _decided(ctx, own, signals) if own else ()
    table = ctx.cues.cues
    found.extend(ctx.own_signal(h, _beside_decision(table[h.payload]) if h in decided else None) for h in own)
    return tuple(found)


def _beside_decision(cue: Cue) -> Cue:
    """``cue`` said beside a decision or a set time: raised without a wish (see ``_decided``)."""
    return marked(cue, _DECIDED)


def _own_preparations(ctx: MessageContext) -> list[Hit]:
    """The message's preparation phrases of the writer's own: not another's ("she wrote
    letters"), not denied, not an everyday note an idiom names ("wrote my thank you note",
    "wrote my note to the teacher": en.context.everyday_note)."""
    hits = ctx.of_kind(_KIND)
    if not hits:
        return []
    others, everyday = ctx.cues.words("other_subj"), ctx.of_kind(_EVERYDAY_NOTE)
    return [
        hit
        for hit in hits
        if not (hit.first > 0 and ctx.keys[hit.first - 1] in others)
        and not negated(ctx, hit)
        and not any(i.first <= hit.last and hit.first <= i.last for i in everyday)
        and _told_bare(ctx, hit, hits)
    ]


def _told_bare(ctx: MessageContext, hit: Hit, hits: Sequence[Hit]) -> bool:
    """Readiness counts only beside letters written ("i think its time": see
    ``_ready_after_letters``), a date told as set only bare ("Set a date. The 14th.": see
    ``_date_bare``); every other preparation phrase counts as it stands."""
    cue_id = ctx.cues.cues[hit.payload].id
    if cue_id.endswith(_READY):
        return _ready_after_letters(ctx, hit, hits)
    if cue_id.endswith(_DATE):
        return _date_bare(ctx, hit)
    return True


def readied(ctx: MessageContext, signals: Sequence[Signal]) -> RiskLevel:
    """The message tells the writer's own preparation beside a decision of other words: a
    preparation phrase (cue kind ``prepare``: "wrote my note", "my funeral's sorted"; not a
    decision said as one, the ``_mind`` ids) or a risk phrase of a family in class
    ``readied_cue`` ("wrote the note", "already wrote my letters"), said now, and a
    decision phrase (a plan_ref of a family in class ``decision_cue``: "i'm doing it
    tonight") outside it: a second readiness phrase for the decision (see
    ``_combine.combine``). ``intent``, or ``imminent`` when a word of now shares the
    decision's clause ("wrote the note. doing it now"; not "wrote letters tonight. i'm going
    to do it this weekend"); ``none`` without both. Not "sorting out my dad's affairs",
    "writing my last will": a preparation family's plan_ref is the preparation itself."""
    table, families = ctx.cues.cues, ctx.cues.words("readied_cue")
    spans = [ctx.span(h) for h in _own_preparations(ctx) if not table[h.payload].id.endswith(_MIND)]
    spans += [
        (s.start, s.end)
        for s in signals
        if s.cue.kind == "risk" and own_now(s) and family(s.cue.id) in families
    ]
    if not spans:
        return RiskLevel.NONE
    decisions = _decisions_outside(ctx, signals, spans)
    if not decisions:
        return RiskLevel.NONE
    now = ctx.of_kind("now")
    starts = ctx.tokens.starts if isinstance(ctx.tokens, Tokens) else [t.start for t in ctx.tokens]
    clauses = {ctx.clauses[bisect.bisect_right(starts, s.start) - 1] for s in decisions}
    if any(ctx.clauses[h.first] in clauses and not negated(ctx, h) for h in now):
        return RiskLevel.IMMINENT
    return RiskLevel.INTENT


def _decisions_outside(
    ctx: MessageContext, signals: Sequence[Signal], spans: Sequence[tuple[int, int]]
) -> list[Signal]:
    """The writer's decisions among ``signals`` (see :func:`_decision`) in other words than
    the preparation ``spans`` (the first ``_SPANS`` of them: hostile text repeats one phrase)."""
    families, near = ctx.cues.words("decision_cue"), spans[:_SPANS]
    return [s for s in signals if _decision(s, families) and not _inside(s, near)]


def _decision(sig: Signal, families: frozenset[str]) -> bool:
    """The writer's own decision or set time said now (a timing cue, or a plan_ref of a
    family in class ``decision_cue``)."""
    if not own_now(sig):
        return False
    return sig.cue.kind == "timing" or (sig.cue.kind == "plan_ref" and family(sig.cue.id) in families)


def own_now(sig: Signal) -> bool:
    """The writer's own, not denied, not framed (not of the past, a story, a question)."""
    return sig.subject == "self" and not sig.negated and not sig.frame


def _inside(sig: Signal, spans: Sequence[tuple[int, int]]) -> bool:
    """``sig`` overlaps one of ``spans``."""
    return any(a < sig.end and sig.start < b for a, b in spans)


def _date_bare(ctx: MessageContext, hit: Hit) -> bool:
    """A date told as set (a cue id ending ``_DATE``) with nothing after it in its clause,
    no subject before it ("Set a date. The 14th.": the writer's; "she set a date" is
    hers) and no event named in the message (``dated_event``: "the wedding")."""
    low = ctx.clause_span(ctx.clauses[hit.first])[0]
    if low != hit.first or not ctx.ends_clause(hit):
        return False
    return not ctx.mentions("dated_event")


def _ready_after_letters(ctx: MessageContext, hit: Hit, hits: Sequence[Hit]) -> bool:
    """Readiness (a cue id ending ``_READY``: "i think its time", "i'm ready") that ends its
    clause, in a message with letters to loved ones (another preparation phrase, and a
    word of ``letters_word``) written for no occasion (``letters_everyday``)."""
    if not ctx.ends_clause(hit):
        return False  # "it's time for bed", "i'm ready for the exam"
    if not ctx.mentions("letters_word") or ctx.mentions("letters_everyday"):
        return False
    table = ctx.cues.cues
    return any(not table[h.payload].id.endswith(_READY) for h in hits)


def prepared(turns: Sequence[ReadTurn]) -> None:
    """Raise each turn's preparation phrases once the writer's own wish has been said, and
    its final goodbye once the writer's distress or wish has."""
    if not any(turn.reading.prepares for turn in turns):
        return  # most conversations: no preparation phrase or goodbye to raise
    wished = distressed = harmed = asked_before = stocked = asked = False
    taken = any(s.cue.kind == TAKEN for t in turns for s in t.reading.prepares)
    done = any(s.cue.kind == _DONE for t in turns for s in t.reading.prepares)
    for turn in turns:
        here = _wish(turn.signals, turn.reading.prepares, RiskLevel.PASSIVE)
        wished = wished or here
        harmed = harmed or (done and harm_told(turn.text))  # only read beside a done phrase
        # A goodbye the phrase rules already read as one ("this is goodbye": intent) counts.
        distressed = distressed or wished or _wish(turn.signals, (), RiskLevel.DISTRESS)
        # A lethality question here or in the user turn before names what "them" is.
        asked_here = asks_lethality(turn.signals)
        asked_now, asked_before = asked_before or asked_here, asked_here
        asked = asked or asked_here
        stocked = stocked or (taken and names_stock(turn.text))  # only read beside a taken phrase
        if not turn.reading.prepares:
            continue
        raised = [
            s.lifted(s.cue.level)
            for s in turn.reading.prepares
            if supply(s)  # the named tablets, all, now: the act announced (see _going)
            or s.cue.id.endswith(_DECIDED)  # "my funeral's sorted. tonight's the night"
            or (distressed and _raises(s, here, wished) and not (harmed and s.cue.kind == _DONE))
            or (asked_now and s.cue.kind == _GOING and takes_them(s, turn.text))
            or (s.cue.kind == TAKEN and _taken_raised(wished or asked, stocked, turn.text))
            or (s.cue.kind == TAKEN and s.cue.id.endswith(_WHOLE))
        ]
        turn.signals = [*turn.signals, *raised]


def _decided(ctx: MessageContext, own: list[Hit], signals: Sequence[Signal]) -> list[Hit]:
    """The preparation phrases that a decision or set time beside them makes the writer's
    plan ("my funeral's sorted. tonight's the night", "funeral's sorted. the plan is next
    friday"): a decision or time in other words than the preparation's own (see
    :func:`_decision`), or a second preparation that is a date (an ``_when`` id). Not
    "sorting out my dad's affairs", whose plan_ref phrase is the preparation itself; not a
    decision said as preparation ("made up my mind", the ``_mind`` ids)."""
    table = ctx.cues.cues
    hits = [h for h in own if not table[h.payload].id.endswith(_MIND)]
    if not hits:
        return []
    if _decisions_outside(ctx, signals, [ctx.span(h) for h in hits[:_SPANS]]) or _time_alone(ctx, hits):
        return hits
    dates = [h for h in hits if table[h.payload].id.endswith("_when")]
    return hits if dates and len(dates) < len(hits) else []


def _time_alone(ctx: MessageContext, hits: Sequence[Hit]) -> bool:
    """A time of now told as a clause of its own after the preparation, the decision left
    unsaid ("wrote my note. tonight.", "funeral's sorted. tonight"); not a time inside a
    clause of other words ("wrote my note tonight", "tonight i finished my note")."""
    last = max(h.last for h in hits)
    for h in ctx.of_kind("now")[:_SPANS]:
        if h.first > last and ctx.clause_span(ctx.clauses[h.first]) == (h.first, h.last + 1):
            return True
    return False


def _taken_raised(wished: bool, stocked: bool, text: str) -> bool:
    """Raise "took them" beside a body sign after the writer's wish or a lethality question, or
    after a stockpile named unless this turn names an everyday dose (see _taken_body)."""
    return wished or (stocked and not everyday_dose(text))


def _raises(sig: Signal, here: bool, wished: bool) -> bool:
    if sig.cue.kind == _FAREWELL or sig.cue.id.endswith(_AFTER_DISTRESS):
        return True  # the caller has seen distress
    return here or (wished and not sig.cue.id.endswith("_when"))


def _wish(signals: Sequence[Signal], preparation: Sequence[Signal], least: RiskLevel) -> bool:
    """The writer's own signal at ``least`` or above, said now (not negated, not of the
    past), apart from the preparation itself ("my funeral" in "prepay my funeral")."""
    spans = [(p.start, p.end) for p in preparation][:_SPANS]
    return any(
        s.subject == "self"
        and not s.negated
        and not s.frame
        and s.level >= least
        and not any(a < s.end and s.start < b for a, b in spans)
        for s in signals
    )
