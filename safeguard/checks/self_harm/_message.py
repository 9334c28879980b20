"""Read one message: which cues matched, and what their context does to them.

Context rules, each general rather than tied to a phrase:

- an idiom overlapping a cue cancels it ("kill the process", "dying to see it");
- a negation shortly before a cue, in the same clause, caps it at distress
  ("i'm not suicidal"), unless the negation belongs to a neg-raising verb
  ("i can't stop thinking about ...") or a new statement starts before the
  cue (see :mod:`._negation`);
- the subject is read from the cue itself ("myself", "herself") or else from the
  nearest person word before it in the clause ("my brother wants to die"; see
  :mod:`._subject`);
- a "how do i" / "best way to" before a self-harm cue makes it method-seeking;
- "going to" / "decided to" before ideation makes it intent, and a time of now
  or tonight in the message makes intent imminent;
- a story, game or school frame, or an informational question, moves cues
  without an explicit first person away from the writer;
- the past ("years ago") caps a cue, lower still when the writer says they are
  doing well now, unless the past is recent ("last week").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import NamedTuple

from safeguard._levels import RiskLevel
from safeguard._normalize import Tokens, normalize, tokenize
from safeguard.checks.self_harm._again import repeats
from safeguard.checks.self_harm._answer_plan import answer_plan_level
from safeguard.checks.self_harm._asked_then_own import asked_then_own
from safeguard.checks.self_harm._checkin import denies, names_denied
from safeguard.checks.self_harm._combine import combine, countdown, everyday_means
from safeguard.checks.self_harm._context import MARKER_WINDOW
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._core_hits import core_hits, held_hits
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._deferred import defers
from safeguard.checks.self_harm._discourse import reread_signals
from safeguard.checks.self_harm._disowned import disowned
from safeguard.checks.self_harm._earnest import earnest
from safeguard.checks.self_harm._edge_use import edge_facts
from safeguard.checks.self_harm._engine_on import engine_on
from safeguard.checks.self_harm._everyday_farewell import farewell_facts
from safeguard.checks.self_harm._everyday_scene import everyday_scene
from safeguard.checks.self_harm._followed import followed
from safeguard.checks.self_harm._fragment import opens_with_a_thing
from safeguard.checks.self_harm._funeral_plan import funeral_facts
from safeguard.checks.self_harm._history_scope import dates_hit
from safeguard.checks.self_harm._info_scope import InfoScope
from safeguard.checks.self_harm._joked import joked
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._means_question import means_question
from safeguard.checks.self_harm._message_facts import (
    affirm,
    affirm_level,
    dates_the_past,
    speaks_of_now,
    well_now,
)
from safeguard.checks.self_harm._named_object import named_object
from safeguard.checks.self_harm._negation import echoed as _echoed
from safeguard.checks.self_harm._negation import negated as _negated
from safeguard.checks.self_harm._no_return import no_return_trip
from safeguard.checks.self_harm._own_policy import own_policy
from safeguard.checks.self_harm._pictured import pictured
from safeguard.checks.self_harm._plan_ask import asked_level, names_the_act
from safeguard.checks.self_harm._plan_colon import colon_plan
from safeguard.checks.self_harm._prepared import prepares, readied
from safeguard.checks.self_harm._reading import GENERIC, NOTHING, PAST, YOU, Reading, Signal, make_signal
from safeguard.checks.self_harm._referent import asks_referent, opens_vague
from safeguard.checks.self_harm._rejoined import bereft, rejoined
from safeguard.checks.self_harm._resolve import bare_decisions
from safeguard.checks.self_harm._rope_use import rope_facts
from safeguard.checks.self_harm._streak import names_self_harm, streaks
from safeguard.checks.self_harm._subject import asked_away, everyday_you, subject_of
from safeguard.checks.self_harm._under_way import under_way
from safeguard.checks.self_harm._unmasked import unmasks
from safeguard.checks.self_harm._unsafe_answer import asks_safety, says_unsafe
from safeguard.checks.self_harm._unwanted_turns import NO_FACTS, thought_facts
from safeguard.checks.self_harm._use_denied import use_denied
from safeguard.checks.self_harm._wanted_now import wanted
from safeguard.checks.self_harm._whole_dose import whole_dose

_WELL = Reading(recovered=True)


def _signal(ctx: _Context, hit: Hit) -> Signal:
    """One core hit read in its context (built once: a message's signals are few but many
    messages are read)."""
    cue = ctx.cues.cues[hit.payload]
    level, subject, method, frame, by_you = _base(ctx, hit, cue)
    negated = _negated(ctx, hit) or _echoed(ctx, hit)
    level, method, subject, frame = _modify(ctx, hit, cue.kind, (level, subject, method, negated, frame))
    if by_you and subject == "other" and not frame and everyday_you(cue, level):
        subject, frame = "self", GENERIC
    if asked_away(ctx, hit, cue, subject, frame, by_you):
        method, frame = True, frame or YOU
    start, end = ctx.span(hit)
    return make_signal((cue, start, end, level, subject, method, negated, frame))


def _base(ctx: _Context, hit: Hit, cue: Cue) -> tuple[RiskLevel, str, bool, str, bool]:
    """``(level, subject, method_seeking, frame, by_you)`` from the cue, its subject and
    frame; ``by_you``: the subject was a generic "you", read as someone else."""
    subject, explicit = subject_of(ctx, hit, cue)
    by_you = False
    # A plan_ref's or means cue's own level is what it reaches beside distress or a time of
    # now (see _combine.combine); alone it is none.
    level = RiskLevel.NONE if cue.kind in ("plan_ref", "means") else cue.level
    method = cue.method_seeking or cue.kind in ("method", "location")
    if subject == "generic":
        # "how do you <act>" asks for a method; "how do you cope with being made redundant"
        # asks how to bear a blow (a distress cue), no method.
        howto = cue.level > RiskLevel.DISTRESS and ctx.before("howto", hit)
        subject, method = "self", method or howto or cue.kind == "method"
        if not method:
            subject, by_you = "other", True
    frame = ""
    own_words = explicit and subject == "self" and cue.kind != "method"
    if not own_words and (level >= RiskLevel.IDEATION or method):
        frame = _frame(ctx, hit, subject == "self" and not explicit and cue.kind == "risk")
    return level, subject, method, frame, by_you


def _frame(ctx: _Context, hit: Hit, dropped: bool) -> str:
    """``fiction`` for a story/school/friend frame, ``info`` for a factual question that
    reaches ``hit`` (what precedes it, and what follows up to the writer's own words: see
    ``_info_scope``; ``dropped``: the hit is the writer's with the subject left out).

    The message's frame, worked out once: asked per hit, it walked every info hit each
    time (quadratic on "suicide statistics? " repeated: 2 s for 6,000 words).
    """
    if ctx.frame is None:
        ctx.frame = _message_frame(ctx)
    if ctx.info is None:
        return ctx.frame
    return "info" if ctx.info.covers(hit, dropped) else ""


def _message_frame(ctx: _Context) -> str:
    if ctx.anywhere("fiction"):
        return "fiction"
    frames = [
        h
        for h in ctx.of_kind("info")
        if (_clause_initial(ctx, h) or not _wh_opener(ctx, h)) and not _asks_own_step(ctx, h)
    ]
    if not frames:
        return ""
    ctx.info = InfoScope(ctx, frames)
    return "info"


def _asks_own_step(ctx: _Context, hit: Hit) -> bool:
    """The writer asks "what do i do": a helper's request in an emergency, not a request
    for information about the act ("my brother cut his wrists, what do i do" is
    his emergency, not a topic). Not "what do i say to her" (a helper's question, read as
    information as before)."""
    after, keys = hit.last + 1, ctx.keys
    if after + 1 >= len(keys) or keys[hit.last] != "do" or keys[after + 1] != "do":
        return False  # nearly always: no "what do ... do"
    return ctx.people.is_(after, "self_subj")


def _wh_opener(ctx: _Context, hit: Hit) -> bool:
    """Question openers ("what is", "how did") only frame a question when they open a clause."""
    return ctx.keys[hit.first] in ctx.cues.words("wh_words")


def _clause_initial(ctx: _Context, hit: Hit) -> bool:
    """The hit opens its clause ("What is ...", "Statistics on ...")."""
    return hit.first == 0 or ctx.clauses[hit.first - 1] != ctx.clauses[hit.first]


def _modify(
    ctx: _Context, hit: Hit, kind: str, base: tuple[RiskLevel, str, bool, bool, str]
) -> tuple[RiskLevel, bool, str, str]:
    """Apply how-to, plan, now, history, negation and frame rules to one hit's ``(level,
    subject, method_seeking, negated, frame)``; gives ``(level, method_seeking, subject,
    frame)``."""
    level, subject, method, negated, frame = base
    acts = kind == "risk" and level >= RiskLevel.IDEATION
    if acts and ctx.before("howto", hit, window=MARKER_WINDOW + 2):
        method = True
        level = max(level, RiskLevel.INTENT) if subject == "self" else level
    planned = acts and _planned(ctx, hit)
    if planned:
        level = max(level, RiskLevel.INTENT)
    if acts and not method and ctx.in_clause("now", hit) and not wanted(ctx, hit):
        level = RiskLevel.IMMINENT if planned or level >= RiskLevel.INTENT else RiskLevel.INTENT
    if not ctx.anywhere("recent") and dates_hit(ctx, hit):
        cap = RiskLevel.DISTRESS if ctx.anywhere("recovery") else RiskLevel.PASSIVE
        level = min(level, cap)
        frame = frame or (PAST if kind == "risk" else "")
    if negated:
        level = min(level, RiskLevel.DISTRESS)
    if frame == "fiction" and kind in ("risk", "method"):
        subject = "other"
    if frame == "info" and kind == "risk":
        level = RiskLevel.NONE
    return level, method, subject, frame


def _held(ctx: _Context) -> tuple[Signal, ...]:
    """The writer's own risk phrases a bound cancelled ("i want to disappear for a week"),
    at level none: raised like preparation once the writer's wish has been said (see
    ``_yielding_idiom``, ``_prepared``)."""
    found = []
    for hit in held_hits(ctx):
        sig = _signal(ctx, hit)
        if sig.subject == "self" and not sig.frame and not sig.negated:
            found.append(sig.lifted(RiskLevel.NONE))
    return tuple(found)


def _planned(ctx: _Context, hit: Hit) -> bool:
    """A plan marker shortly before the hit, not one about honesty ("not gonna lie ...")."""
    if not ctx.before("plan", hit):
        return False
    honesty, keys = ctx.cues.words("honesty"), ctx.keys
    low = max(0, hit.first - MARKER_WINDOW)
    # A denied marker is no plan: "i'm not about to do anything i just think about killing
    # myself" is the thought disowned (the denial does not reach past "i just").
    clause = ctx.clauses[hit.first]
    near = [m for m in ctx.of_kind("plan") if low <= m.last < hit.first and ctx.clauses[m.first] == clause]
    if near and all(_negated(ctx, m) for m in near):
        return False
    # A marker word followed by an honesty word is "gonna lie", not "gonna <act>".
    return all(keys[i + 1] not in honesty for i in range(low, hit.first - 1))


def read(text: str, cues: CueSet, tokens: Tokens | None = None, hits: list[Hit] | None = None) -> Reading:
    """Read one message's text with the compiled ``cues`` (``tokens``: its tokens, and
    ``hits``: ``cues.matcher.scan(tokens)``, when the caller has them)."""
    if tokens is None:
        tokens = cues.spelling.apply(tokenize(normalize(text)))
    if hits is None:
        hits = cues.matcher.scan(tokens)
    return _read(_Message(text, cues, tokens, hits, None, False, False))


def read_message(
    text: str, cues: CueSet, tokens: Tokens, hits: list[Hit], keys: Sequence[str] | None, ruled: bool
) -> Reading:
    """``read`` and then the pass of ``_discourse.reread`` over its signals, with the word
    model's fields of ``Reading`` as given (``keys``: ``None`` when the model is off): one
    reading built per message, and the pass reuses the message rules' context."""
    return _read(_Message(text, cues, tokens, hits, keys, ruled, True))


class _Message(NamedTuple):
    """What reading one message starts from: its text, tokens and hits, the word model's
    fields (``keys``: ``None`` when the model is off) and whether the discourse pass runs."""

    text: str
    cues: CueSet
    tokens: Tokens
    hits: list[Hit]
    keys: Sequence[str] | None
    ruled: bool
    rereads: bool


def _read(msg: _Message) -> Reading:
    if not msg.hits:
        return _without_hits(msg)
    return _with_hits(_Context(msg.tokens, msg.hits, msg.cues, msg.text), msg)


class _Facts(NamedTuple):
    """What the conversation rules read of a message beside its signals (fields of
    ``Reading`` of the same names), worked out before its ``Reading`` is built: building it
    once with them, not copying it after (``dataclasses.replace``, ~4 us), is the point."""

    thought: tuple[bool, bool, bool, bool] = (False, False, False, False)  # Reading's own default
    reason: bool = False
    farewells: frozenset[tuple[int, int]] = frozenset()
    denies: bool = False
    denies_naming: bool = False
    asks_referent: bool = False
    vague: bool = False
    names_sh: bool = False
    names_thing: bool = False
    rope_use: bool = False
    ropes: frozenset[tuple[int, int]] = frozenset()
    occasion: bool = False
    edge_use: bool = False
    edges: frozenset[tuple[int, int]] = frozenset()
    unsafe: bool = False
    funeral_reason: bool = False
    funerals: frozenset[tuple[int, int]] = frozenset()


_NO_FACTS = _Facts()


def _facts(msg: _Message, signals: tuple[Signal, ...]) -> _Facts:
    keys, present = msg.tokens.keys, msg.tokens.key_set  # present: set tests walk the smaller set
    thought = thought_facts(keys, present, msg.hits, msg.cues, signals)
    reason, farewells = farewell_facts(msg.text, keys, present, msg.cues, signals)
    denied = denies(keys, msg.cues)  # only the opening tokens: a denial answers a check-in
    naming = denied and names_denied(keys, msg.cues)  # "no! the relationship": see _checkin
    referent, vague = asks_referent(msg.text, msg.cues), opens_vague(keys, msg.cues)
    named = names_self_harm(keys, present, msg.cues)  # for a streak phrase in any turn (see _streak)
    thing = opens_with_a_thing(keys, msg.tokens.clauses, msg.cues)
    rope, ropes = rope_facts(msg.text, keys, present, msg.cues, signals)  # "bought the rope" ... "lead climb"
    occasion = not msg.cues.words("occasion").isdisjoint(present)  # "proposing!!": see _occasion
    edge, edges = edge_facts(msg.text, present, msg.cues, signals)  # "im at the edge" ... "of the canyon"
    said = reason or farewells or denied or referent or vague or named or thing
    unsafe = says_unsafe(msg.tokens, msg.cues)  # "no" to "are you safe?": see _unsafe_answer
    funeral, funerals = funeral_facts(msg.text, keys, present, msg.cues, signals)  # "i'm 71. prepaid"
    said = said or rope or ropes or occasion or edge or edges or unsafe or funeral or funerals
    if thought == NO_FACTS and not said:
        return _NO_FACTS  # most messages: the defaults
    return _Facts(
        thought, reason, farewells, denied, naming, referent, vague, named, thing, rope, ropes, occasion,
        edge, edges, unsafe, funeral, funerals,
    )


def _without_hits(msg: _Message) -> Reading:
    # Most messages match nothing: then only a countdown can say anything, and a lone
    # countdown passes combine unchanged (one vague readiness phrase).
    text, cues, tokens = msg.text, msg.cues, msg.tokens
    counted = countdown(tokens.keys, tokens, cues)
    well = not cues.words("well_now").isdisjoint(tokens.key_set)
    asked = means_question(text, tokens, cues)
    planned = colon_plan(text, tokens, cues)
    if asked is not None:
        signals: tuple[Signal, ...] = (asked,) if counted is None else (asked, counted)
    elif counted is not None:
        signals = (counted,)
    elif msg.keys is None and planned is None:
        facts = _facts(msg, ())
        if facts is _NO_FACTS:
            return _WELL if well else NOTHING
        return _noted(Reading(recovered=well), facts)
    else:
        signals = ()
    if planned is not None:
        signals = (*signals, planned)
    if msg.rereads:
        signals, well = reread_signals(signals, well, text, cues, tokens, msg.hits)
    keys = () if msg.keys is None else msg.keys
    return _noted(Reading(signals=signals, recovered=well, keys=keys, ruled=msg.ruled), _facts(msg, signals))


def _with_hits(ctx: _Context, msg: _Message) -> Reading:
    text, cues, tokens, keys = msg.text, msg.cues, msg.tokens, ctx.keys
    core = core_hits(ctx)
    signals = under_way(ctx, core, [_signal(ctx, h) for h in core])
    signals = engine_on(ctx, signals)
    signals = everyday_scene(ctx, signals)  # "engine running in the garage ... door's open"
    signals = whole_dose(ctx, signals)  # "took the insulin. all of it"
    signals = no_return_trip(ctx, signals)  # "driving to the cliffs. not coming back"
    counted = countdown(keys, tokens, cues)
    if counted is not None:
        signals.append(counted)
    asked = means_question(text, tokens, cues)
    if asked is not None:
        signals.append(asked)
    planned = colon_plan(text, tokens, cues)
    if planned is not None:
        signals.append(planned)
    signals.extend(bare_decisions(ctx))
    signals.extend(followed(ctx))  # another's suicide turned into the writer's option
    signals.extend(rejoined(ctx))  # being with a dead loved one, beside the death told
    signals.extend(use_denied(ctx))  # "bought rope. not for climbing": the writer's means
    signals.extend(own_policy(ctx))  # "does my life insurance pay out if it's suicide"
    clarify = any(not _negated(ctx, h) for h in ctx.of_kind("clarify"))
    if clarify:  # "kms jk": the risk before a joke marker taken back in the same message
        signals = joked(ctx, signals)
        # "end it tonight. the series, i mean": a vague act's object named after it
        signals = named_object(ctx, signals)
    if ctx.anywhere("earnest"):  # "i want to die. not hyperbole": the wish meant
        signals = earnest(ctx, signals)
    asks = asked_level(ctx)
    everyday = everyday_means(ctx, signals)
    # A denied "now" ("the gun's loaded. i'm not doing it right now", "on the roof, can't
    # talk right now") is no time of now; naming the act, it puts it off: the readied
    # means are a plan (_deferred; read in _escalate), not the act at hand.
    now = ctx.anywhere("now") and not all(_negated(ctx, h) for h in ctx.of_kind("now"))
    put_off = not now and defers(ctx)
    # a preparation beside a decision ("wrote the note. doing it now"): only with a plan_ref
    ready = readied(ctx, signals) if any(s.kind == "plan_ref" for s in signals) else RiskLevel.NONE
    combined = tuple(combine(signals, now, everyday, ready))
    # "i keep picturing the rope on the banister": a set-up in a thought, not under way
    combined = tuple(pictured(ctx, combined))
    # After combine: a disowned thought is no one's distress beside means ("i keep the
    # pistol in the nightstand. i think about it. i'm not going to" stays ideation).
    combined += tuple(disowned(ctx, combined))
    # "do people who ... kill themselves? i think about it hourly": the writer's own thought
    combined += tuple(asked_then_own(ctx, combined))
    recovered = ctx.anywhere("recovery") or well_now(ctx, core)
    dated = dates_the_past(ctx, combined)
    if msg.rereads:
        combined, recovered = reread_signals(combined, recovered, text, cues, tokens, msg.hits, ctx)
    facts = _facts(msg, combined)
    return Reading(
        signals=combined,
        clarify=clarify,
        fiction=ctx.anywhere("fiction"),
        asks=asks,
        asks_named=asks > RiskLevel.NONE and names_the_act(ctx),
        affirm=affirm(ctx),
        affirm_level=affirm_level(ctx),
        answer_plan=answer_plan_level(ctx),  # a plan may answer without a yes (_plan_reply)
        recovered=recovered,
        dated=dated,
        present=speaks_of_now(ctx),
        repeats=repeats(ctx) if ctx.anywhere("repeat") else (),
        streaks=streaks(ctx),
        prepares=prepares(ctx, combined) + _held(ctx) if ctx.anywhere("idiom") else prepares(ctx, combined),
        keys=() if msg.keys is None else msg.keys,
        ruled=msg.ruled,
        unmasks=ctx.anywhere("unmask") and unmasks(ctx),
        everyday=everyday,
        defers=put_off,
        means_unset=ctx.anywhere("means") and not ctx.cues.words("means_unset").isdisjoint(ctx.key_set),
        retracts=ctx.anywhere("retract"),
        thought=facts.thought,
        reason=facts.reason,
        farewells=facts.farewells,
        denies=facts.denies,
        denies_naming=facts.denies_naming,
        asks_referent=facts.asks_referent,
        asks_safe=asks_safety(ctx),
        asks_owner=ctx.anywhere("ask_owner"),
        unsafe=facts.unsafe,
        vague=facts.vague,
        names_sh=facts.names_sh,
        names_thing=facts.names_thing,
        rope_use=facts.rope_use,
        ropes=facts.ropes,
        occasion=facts.occasion,
        edge_use=facts.edge_use,
        edges=facts.edges,
        funeral_reason=facts.funeral_reason,
        funerals=facts.funerals,
        death=ctx.anywhere("death"),
        bereft=bereft(ctx),
    )


def _noted(reading: Reading, facts: _Facts) -> Reading:
    """``reading`` with ``facts`` (a message without phrase hits: few have any)."""
    if facts is _NO_FACTS:
        return reading
    return dataclasses.replace(reading, **facts._asdict())
