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

import itertools
from collections.abc import Sequence
from typing import NamedTuple

from safeguard._levels import RiskLevel
from safeguard._normalize import Tokens, normalize, tokenize
from safeguard.checks.self_harm._again import repeats
from safeguard.checks.self_harm._context import MARKER_WINDOW
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._core_hits import core_hits
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._discourse import reread_signals
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._means_question import means_question
from safeguard.checks.self_harm._negation import echoed as _echoed
from safeguard.checks.self_harm._negation import negated as _negated
from safeguard.checks.self_harm._reading import GENERIC, NOTHING, PAST, YOU, Reading, Signal, make_signal
from safeguard.checks.self_harm._subject import asked_away, everyday_you, subject_of

AFFIRM_AFTER = 2  # hedge words a "yes" may follow
WELL_LOOKS = 8  # places of one well-now word looked at
COUNTDOWN_RUN = 3
COUNTDOWN_TOP = 10
_WELL = Reading(recovered=True)
_COUNTDOWN = Cue("context.countdown", "plan_ref", RiskLevel.NONE, "self", False, "und")


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
    # now (see _combine); alone it is none.
    level = RiskLevel.NONE if cue.kind in ("plan_ref", "means") else cue.level
    method = cue.method_seeking or cue.kind in ("method", "location")
    if subject == "generic":
        subject, method = "self", method or ctx.before("howto", hit) or cue.kind == "method"
        if not method:
            subject, by_you = "other", True
    frame = ""
    own_words = explicit and subject == "self" and cue.kind != "method"
    if not own_words and (level >= RiskLevel.IDEATION or method):
        frame = _frame(ctx)
    return level, subject, method, frame, by_you


def _frame(ctx: _Context) -> str:
    """``fiction`` for a story/school/friend frame, ``info`` for a factual question.

    The message's frame, worked out once: asked per hit, it walked every info hit each
    time (quadratic on "suicide statistics? " repeated: 2 s for 6,000 words).
    """
    if ctx.frame is None:
        ctx.frame = _message_frame(ctx)
    return ctx.frame


def _message_frame(ctx: _Context) -> str:
    if ctx.anywhere("fiction"):
        return "fiction"
    asks = any(_clause_initial(ctx, h) or not _wh_opener(ctx, h) for h in ctx.of_kind("info"))
    return "info" if asks else ""


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
    if acts and not method and ctx.in_clause("now", hit):
        level = RiskLevel.IMMINENT if planned or level >= RiskLevel.INTENT else RiskLevel.INTENT
    if ctx.in_clause("history", hit) and not ctx.anywhere("recent"):
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


def _planned(ctx: _Context, hit: Hit) -> bool:
    """A plan marker shortly before the hit, not one about honesty ("not gonna lie ...")."""
    if not ctx.before("plan", hit):
        return False
    honesty, keys = ctx.cues.words("honesty"), ctx.keys
    low = max(0, hit.first - MARKER_WINDOW)
    # A marker word followed by an honesty word is "gonna lie", not "gonna <act>".
    return all(keys[i + 1] not in honesty for i in range(low, hit.first - 1))


def _converges(plan_refs: set[str], has_means: bool, when: bool) -> bool:
    """Two finality phrases, or one with means at hand or a set time, say more than one alone."""
    return len(plan_refs) >= 2 or ((has_means or when) and len(plan_refs) >= 1)


def _combine(signals: list[Signal], now: bool, everyday: bool = False) -> list[Signal]:
    """Within one message: means with a time, distress with a place question, finality words.

    ``everyday``: the message names an ordinary use of a means (cooking, carving), so a
    knife "in my hand right now" is not readied for harm unless the writer is distressed.
    """
    own = [s for s in signals if s.subject == "self" and not s.negated]
    if not own:
        return signals
    kinds = {s.cue.kind for s in own}
    plan_refs = {s.cue.id + str(s.start) for s in own if s.cue.kind == "plan_ref"}
    has_means, has_time = "means" in kinds, "timing" in kinds
    distress = any(s.cue.kind == "risk" and s.level >= RiskLevel.DISTRESS for s in own)
    out = []
    for s in signals:
        kind = s.cue.kind
        if s.subject != "self" or s.negated:
            out.append(s)
        elif kind in ("means", "timing") and has_means and has_time:
            out.append(s.lifted(RiskLevel.IMMINENT))
        elif kind == "means" and now and s.cue.level > RiskLevel.NONE and not (everyday and not distress):
            # Means readied for use (a cue with a level: loaded, aimed, bleeding), not merely
            # owned, in a message that says "right now": the pair the scale calls imminent.
            out.append(s.lifted(RiskLevel.IMMINENT))
        elif kind == "location" and distress:
            out.append(s.lifted(RiskLevel.INTENT, method_seeking=True))
        elif kind in ("plan_ref", "means") and _converges(plan_refs, has_means, has_time):
            # An act-done phrase ("already took them") keeps its own level beside a goodbye.
            least = max(RiskLevel.INTENT, s.cue.level)
            out.append(s.lifted(RiskLevel.IMMINENT if now or has_means else least))
        elif kind == "plan_ref" and distress and s.cue.level > RiskLevel.NONE:
            # Specific finality wording (a cue with a level) beside the writer's own distress
            # reads as a decision about their life (Lifeline "intent": preparatory behaviour).
            out.append(s.lifted(RiskLevel.IMMINENT if now else s.cue.level))
        else:
            out.append(s)
    return out


def _countdown(keys: list[str], tokens: Tokens, cues: CueSet) -> Signal | None:
    """Numbers counting down one by one ("five... four... three...") as a readiness phrase.

    Alone a countdown is a rocket launch or New Year; like any vague readiness phrase it
    only counts beside a second one, means or a set time (see _combine).
    """
    values = cues.numbered("countdown_", COUNTDOWN_TOP)
    # dict.keys().isdisjoint(list) walks the list in C without building a set of it; a run
    # of COUNTDOWN_RUN falling numbers needs that many different number words.
    if values.keys().isdisjoint(keys) or len(values.keys() & keys) < COUNTDOWN_RUN:
        return None  # no countdown possible
    if not cues.words("countdown_event").isdisjoint(keys):
        return None  # a launch / new year / race counting down
    numbers = list(map(values.get, keys, itertools.repeat(0)))
    first, run, prev, last = 0, 0, 0, -1
    # Only the number words are visited (in C the others are skipped); a number right
    # after another continues a run when it is one lower.
    for i, value in zip(itertools.compress(itertools.count(), numbers), filter(None, numbers), strict=True):
        run, first = (run + 1, first) if i == last + 1 and value == prev - 1 else (1, i)
        prev, last = value, i
        if run >= COUNTDOWN_RUN:
            start, end = tokens.starts[first], tokens.ends[i]
            return Signal(_COUNTDOWN, start, end, RiskLevel.NONE, "self")
    return None


def _everyday_means(ctx: _Context, signals: Sequence[Signal]) -> bool:
    """The message names an ordinary use of a tool (chopping, cooking, dinner); only asked
    when a means cue matched (the one rule that reads it)."""
    words = ctx.cues.words("means_everyday")
    return bool(words) and any(s.kind == "means" for s in signals) and ctx.mentions("means_everyday")


def _well_now(ctx: _Context, core: Sequence[Hit]) -> bool:
    """A word of being well now ("grateful", "married") outside the risk phrases ("better"
    in "better off dead" is not one)."""
    if not ctx.mentions("well_now"):
        return False
    keys = ctx.keys
    # The few well-now words present, each found by list.index (a C scan), not a loop over
    # every token; a handful of places per word (hostile text repeats one phrase).
    for word in ctx.cues.words("well_now").intersection(keys):
        i = keys.index(word)
        for _ in range(WELL_LOOKS):
            if not any(h.first <= i <= h.last for h in core):
                return True
            try:
                i = keys.index(word, i + 1)
            except ValueError:
                break
    return False


def _affirm(ctx: _Context) -> tuple[int, int] | None:
    hedges = ctx.cues.words("hedge")
    for hit in ctx.of_kind("affirm"):
        # A "yes" opening the answer, or after a hedge or two ("idk. maybe", "honestly yes").
        if hit.first <= AFFIRM_AFTER and all(key in hedges for key in ctx.keys[: hit.first]):
            return ctx.span(hit)
    return None


def _affirm_level(ctx: _Context) -> RiskLevel:
    """The level an answer's opening words carry beyond a "yes" ("yes. tonight.", not
    "yeah. not tonight or anything")."""
    negation = ctx.cues.words("negation")
    early = [h for h in ctx.of_kind("affirm") if h.first <= AFFIRM_AFTER]
    opening = [h for h in early if negation.isdisjoint(ctx.keys[: h.first])]
    return max((ctx.cues.cues[h.payload].level for h in opening), default=RiskLevel.NONE)


def read(text: str, cues: CueSet, tokens: Tokens | None = None, hits: list[Hit] | None = None) -> Reading:
    """Read one message's text with the compiled ``cues`` (``tokens``: its tokens, and
    ``hits``: ``cues.matcher.scan(tokens)``, when the caller has them)."""
    if tokens is None:
        tokens = tokenize(normalize(text))
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
    ctx = _Context(msg.tokens, msg.hits, msg.cues, msg.text)
    return _with_hits(ctx, msg)


def _without_hits(msg: _Message) -> Reading:
    # Most messages match nothing: then only a countdown can say anything, and a lone
    # countdown passes _combine unchanged (one vague readiness phrase).
    text, cues, tokens = msg.text, msg.cues, msg.tokens
    countdown = _countdown(tokens.keys, tokens, cues)
    well = not cues.words("well_now").isdisjoint(tokens.keys)
    asked = means_question(text, tokens, cues)
    if asked is not None:
        signals: tuple[Signal, ...] = (asked,) if countdown is None else (asked, countdown)
    elif countdown is not None:
        signals = (countdown,)
    elif msg.keys is None:
        return _WELL if well else NOTHING
    else:
        signals = ()
    if msg.rereads:
        signals, well = reread_signals(signals, well, text, cues, tokens, msg.hits)
    keys = () if msg.keys is None else msg.keys
    return Reading(signals=signals, recovered=well, keys=keys, ruled=msg.ruled)


def _with_hits(ctx: _Context, msg: _Message) -> Reading:
    text, cues, tokens, keys = msg.text, msg.cues, msg.tokens, ctx.keys
    core = core_hits(ctx)
    signals = [_signal(ctx, h) for h in core]
    countdown = _countdown(keys, tokens, cues)
    if countdown is not None:
        signals.append(countdown)
    asked = means_question(text, tokens, cues)
    if asked is not None:
        signals.append(asked)
    clarify = any(not _negated(ctx, h) for h in ctx.of_kind("clarify"))
    asks = max((cues.cues[h.payload].level for h in ctx.of_kind("ask")), default=RiskLevel.NONE)
    combined = tuple(_combine(signals, ctx.anywhere("now"), _everyday_means(ctx, signals)))
    recovered = ctx.anywhere("recovery") or _well_now(ctx, core)
    dated = _dates_the_past(ctx, combined)
    if msg.rereads:
        combined, recovered = reread_signals(combined, recovered, text, cues, tokens, msg.hits, ctx)
    return Reading(
        signals=combined,
        clarify=clarify,
        fiction=ctx.anywhere("fiction"),
        asks=asks,
        affirm=_affirm(ctx),
        affirm_level=_affirm_level(ctx),
        recovered=recovered,
        dated=dated,
        present=_speaks_of_now(ctx),
        repeats=repeats(ctx) if ctx.anywhere("repeat") else (),
        keys=() if msg.keys is None else msg.keys,
        ruled=msg.ruled,
    )


def _speaks_of_now(ctx: _Context) -> bool:
    """A present word, a wish, a word of a decision or the future ("i'll", "going"), a
    condition ("if it were painless i'd have done it long ago": a wish now), or a recent
    marker anywhere in the message."""
    if ctx.anywhere("recent"):
        return True
    return any(map(ctx.mentions, ("present_word", "want", "going", "conditional")))


def _dates_the_past(ctx: _Context, signals: Sequence[Signal]) -> bool:
    """A history phrase with a number or a word of dating in it, nothing recent and no risk
    of the writer's own: "it was 8 years ago", "way better, that was 3 years ago" (see
    ``Reading.dated``); not "i'm used to it"."""
    if not ctx.anywhere("history") or ctx.anywhere("recent"):
        return False
    if any(s.subject == "self" and s.level >= RiskLevel.PASSIVE for s in signals):
        return False
    dating, keys = ctx.cues.words("dating_word"), ctx.keys
    spans = (keys[h.first : h.last + 1] for h in ctx.of_kind("history"))
    return any(k.isdigit() or k in dating for span in spans for k in span)
