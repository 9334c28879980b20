"""Read one message: which cues matched, and what their context does to them.

Context rules, each general rather than tied to a phrase:

- an idiom overlapping a cue cancels it ("kill the process", "dying to see it");
- a negation shortly before a cue, in the same clause, caps it at distress
  ("i'm not suicidal, just exhausted"), unless the negation belongs to a
  neg-raising verb ("i can't stop thinking about ...");
- the subject is read from the cue itself ("myself", "herself") or else from the
  nearest person word before it in the clause ("my brother wants to die");
- a "how do i" / "best way to" before a self-harm cue makes it method-seeking;
- "going to" / "decided to" before ideation makes it intent, and a time of now
  or tonight in the message makes intent imminent;
- a story, game or school frame, or an informational question, moves cues
  without an explicit first person away from the writer;
- the past ("years ago") caps a cue, lower still when the writer says they are
  doing well now, unless the past is recent ("last week").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from safeguard._levels import RiskLevel
from safeguard._normalize import Token, Tokens, normalize, tokenize
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._people import People, mask

NEGATION_WINDOW = 7
SUBJECT_WINDOW = 5
ANCHOR_AHEAD = 4
SHORT_MESSAGE = 3
MARKER_WINDOW = 6
SMALL = 32  # up to this many hits, pairwise tests beat building an index
CORE_KINDS = ("risk", "method", "location", "means", "timing", "plan_ref")
COUNTDOWN_RUN = 3
COUNTDOWN_TOP = 10
_COUNTDOWN = Cue("context.countdown", "plan_ref", RiskLevel.NONE, "self", False, "und")


class Signal(NamedTuple):
    """A cue in context: what it says about the writer, located in the original text.

    A named tuple rather than a frozen dataclass: several are built per message read and
    per conversation judged, and a frozen dataclass costs about 2 us to build.
    """

    cue: Cue
    start: int
    end: int
    level: RiskLevel
    subject: str
    method_seeking: bool = False
    negated: bool = False
    frame: str = ""

    @property
    def kind(self) -> str:
        """The cue's kind (``risk``, ``method``, ``means`` ...)."""
        return self.cue.kind

    def lifted(
        self, level: RiskLevel, subject: str | None = None, method_seeking: bool | None = None
    ) -> Signal:
        """This signal at ``level`` (and ``subject`` / ``method_seeking`` when given),
        built directly (``_replace`` goes through a generic field walk)."""
        return _SIGNAL(
            (
                self.cue,
                self.start,
                self.end,
                level,
                self.subject if subject is None else subject,
                self.method_seeking if method_seeking is None else method_seeking,
                self.negated,
                self.frame,
            )
        )


# Builds a Signal from all its fields in C (a NamedTuple's own constructor is a Python function).
_SIGNAL = functools.partial(tuple.__new__, Signal)


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything one message contributes to the conversation state."""

    signals: tuple[Signal, ...] = ()
    clarify: bool = False
    fiction: bool = False
    asks: RiskLevel = RiskLevel.NONE
    affirm: tuple[int, int] | None = None


_NOTHING = Reading()


class _Context:
    """One message's tokens and hits, grouped by kind once; other indexes built when asked.

    Context questions stay O(window) per hit: with up to ``SMALL`` hits of a kind they
    look at each one, beyond that (hostile text with thousands of hits) through an index
    by end position or clause, so time stays linear in the message's length.
    """

    def __init__(self, tokens: Sequence[Token], hits: Sequence[Hit], cues: CueSet, text: str = "") -> None:
        self.tokens = tokens
        # Columns: context rules read keys and clause numbers, rarely whole tokens.
        if isinstance(tokens, Tokens):
            self.keys: list[str] = tokens.keys
            self.clauses: list[int] = tokens.clauses
        else:
            self.keys = [t.key for t in tokens]
            self.clauses = [t.clause for t in tokens]
        self.hits = hits
        self.cues = cues
        self.text = text
        by_kind: dict[str, list[Hit]] = {}
        table = cues.cues
        for hit in hits:
            kind = table[hit.payload].kind
            bucket = by_kind.get(kind)
            if bucket is None:
                by_kind[kind] = [hit]
            else:
                bucket.append(hit)
        self._by_kind = by_kind
        self._ends: dict[str, dict[int, list[Hit]]] = {}
        self._clauses: dict[str, set[int]] = {}
        self._first_person: bool | None = None
        self._people: People | None = None
        self._mentions: dict[str, bool] = {}
        self._stops: frozenset[str] | None = None
        self.frame: str | None = None  # see _frame

    @property
    def people(self) -> People:
        """Person words in the languages whose cues matched (see _people)."""
        if self._people is None:
            languages = {self.cues.cues[hit.payload].language for hit in self.hits}
            self._people = People(self.cues, languages, self.keys, self.tokens, self.text)
        return self._people

    def span(self, hit: Hit) -> tuple[int, int]:
        """``hit``'s offsets in the original text."""
        tokens = self.tokens
        if isinstance(tokens, Tokens):
            return tokens.starts[hit.first], tokens.ends[hit.last]
        return tokens[hit.first].start, tokens[hit.last].end

    def of_kind(self, kind: str) -> list[Hit]:
        return self._by_kind.get(kind, [])

    def clause(self, hit: Hit) -> int:
        return self.clauses[hit.first]

    def before(self, kind: str, hit: Hit, window: int = MARKER_WINDOW) -> bool:
        """A ``kind`` hit ends shortly before ``hit`` in the same clause."""
        markers = self._by_kind.get(kind)
        if not markers:
            return False
        clause, first, clauses = self.clauses[hit.first], hit.first, self.clauses
        if len(markers) <= SMALL:
            lowest = first - window
            return any(lowest <= m.last < first and clauses[m.first] == clause for m in markers)
        ends = self._ends.get(kind)
        if ends is None:
            ends = self._ends[kind] = {}
            for m in markers:
                ends.setdefault(m.last, []).append(m)
        for last in range(max(0, first - window), first):
            if any(clauses[m.first] == clause for m in ends.get(last, ())):
                return True
        return False

    def in_clause(self, kind: str, hit: Hit) -> bool:
        markers = self._by_kind.get(kind)
        if not markers:
            return False
        clause, clauses = self.clauses[hit.first], self.clauses
        if len(markers) <= SMALL:
            return any(clauses[m.first] == clause for m in markers)
        found = self._clauses.get(kind)
        if found is None:
            found = self._clauses[kind] = {clauses[m.first] for m in markers}
        return clause in found

    def anywhere(self, kind: str) -> bool:
        return kind in self._by_kind

    def stops(self) -> frozenset[str]:
        """Words that end a negation's scope (contrast or scope break), joined once."""
        if self._stops is None:
            self._stops = self.cues.words("contrast") | self.cues.words("scope_break")
        return self._stops

    def mentions(self, name: str) -> bool:
        """Some token is a word of class ``name`` (asked per hit, answered once)."""
        found = self._mentions.get(name)
        if found is None:
            # frozenset.isdisjoint(list) walks the keys in C and stops at the first word found.
            found = self._mentions[name] = not self.cues.words(name).isdisjoint(self.keys)
        return found

    def clause_span(self, clause: int) -> tuple[int, int]:
        """Token indexes ``[start, end)`` of clause number ``clause`` (clauses are sorted)."""
        return bisect.bisect_left(self.clauses, clause), bisect.bisect_right(self.clauses, clause)

    def first_person(self) -> bool:
        """The message speaks only of the writer: a first-person word ("i", "my") and no
        other person anywhere ("my friend ... suicide attempt" stays ambiguous)."""
        if self._first_person is None:
            mentions_other = self.people.any_("other_subj", possessive=True)
            self._first_person = not mentions_other and self.people.any_("self_subj")
        return self._first_person


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.first <= b.last and b.first <= a.last


def _core_hits(ctx: _Context) -> list[Hit]:
    """Core cue hits not cancelled by an idiom and not outweighed by an overlapping hit."""
    idioms = ctx.of_kind("idiom")
    core = [h for kind in CORE_KINDS for h in ctx.of_kind(kind)]
    if idioms:
        core = [h for h in core if not any(_cancels(i, h) for i in idioms)]
    core = _widest_per_cue(core)
    if len(core) <= SMALL:
        return [h for h in core if not _outweighed(h, core, ctx)]
    at: dict[int, list[Hit]] = {}
    for hit in core:
        for i in range(hit.first, hit.last + 1):
            at.setdefault(i, []).append(hit)
    return [h for h in core if not any(_contains(o, h, ctx) for o in _neighbours(h, at) if o is not h)]


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
                return True
            # Same level: ``o`` covers ``hit`` and is wider, or is the same span of an earlier cue.
            if (
                o.first <= first
                and last <= o.last
                and (o.first != first or o.last != last or o.payload < payload)
            ):
                return True
    return False


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
    return a.level > b.level or (a.level == b.level and _wider_or_first(outer, inner))


def _wider_or_first(outer: Hit, inner: Hit) -> bool:
    covers = outer.first <= inner.first and inner.last <= outer.last
    same = (outer.first, outer.last) == (inner.first, inner.last)
    return covers and (not same or outer.payload < inner.payload)


def _negated(ctx: _Context, hit: Hit) -> bool:
    """A negation shortly before the hit, in its clause and scope, not a neg-raising phrase."""
    negations = ctx.cues.words("negation")
    first, keys = hit.first, ctx.keys
    lowest = max(-1, first - 1 - NEGATION_WINDOW)
    if negations.isdisjoint(keys[lowest + 1 : first]):
        return False  # most hits: no negation word in the window at all (one C call)
    blockers = ctx.cues.words("neg_blocker")
    stops = ctx.stops()
    clauses = ctx.clauses
    clause = clauses[first]
    for i in range(first - 1, lowest, -1):
        key = keys[i]
        if clauses[i] != clause or key in stops:
            return False
        if key in negations:
            following = keys[i + 1] if i + 1 < first else ""
            return following not in blockers
    return False


def _echoed(ctx: _Context, hit: Hit) -> bool:
    """The hit sits in a question the writer answers "no" straight after.

    "Am I thinking about hurting myself? No." and "you asked if i want to die. no, i
    don't" repeat the words in order to deny them.
    """
    words = ctx.cues.words
    if not ctx.mentions("answer_no"):
        return False
    first, end = ctx.clause_span(ctx.clause(hit))
    if end >= len(ctx.keys) or ctx.keys[end] not in words("answer_no"):
        return False
    _, answer_end = ctx.clause_span(ctx.clauses[end])
    if answer_end - end > 1 and ctx.keys[end + 1] not in words("answer_follow"):
        return False  # "no one cares" is not an answer; "no i'm not" is
    asked = ctx.keys[first : hit.first]
    return ctx.keys[first] in words("question_open") or not words("echo_verb").isdisjoint(asked)


def _subject(ctx: _Context, hit: Hit, cue: Cue) -> tuple[str, bool]:
    """``(subject, explicit)``: whose state the hit describes, and whether words say so.

    A cue's own words decide first ("kill herself", "my friend's attempt"); then the
    nearest person word before it in the clause. A bare topic word ("suicide") with no
    person word near it is a topic, not the writer's state.
    """
    if cue.subject in ("self", "other"):
        return cue.subject, True
    own = _subject_in(ctx, range(hit.first, hit.last + 1))
    if own is not None:
        return own, True
    clause = ctx.clause(hit)
    lowest = max(-1, hit.first - 1 - SUBJECT_WINDOW)
    back = [i for i in range(hit.first - 1, lowest, -1) if ctx.clauses[i] == clause]
    found = _nearest(ctx, back)
    if found is None and cue.subject == "anchored":
        ahead = range(hit.last + 1, min(len(ctx.keys), hit.last + 1 + ANCHOR_AHEAD))
        found = _nearest(ctx, [i for i in ahead if ctx.clauses[i] == clause])
        # "suicidal" alone, or a topic word in a message that speaks only of the writer
        # ("hello, insomnia and suicidal thoughts. i give up"), is about the writer.
        writer = len(ctx.keys) <= SHORT_MESSAGE or ctx.first_person()
        return found or ("self" if writer else "topic"), found is not None
    if found is None and cue.subject == "topic":
        return ("topic" if _asks_about_a_topic(ctx) else "self"), False
    return found or "self", found is not None


def _asks_about_a_topic(ctx: _Context) -> bool:
    """No first person, and a question, an information request or a story/film frame."""
    if ctx.people.any_("self_subj"):
        return False
    opener = ctx.keys[0] if ctx.keys else ""
    asks = opener in ctx.cues.words("wh_words") or opener in ctx.cues.words("question_open")
    return asks or ctx.anywhere("info") or ctx.anywhere("fiction")


_OTHER_OWN = mask("other_subj", possessive=True)
_SELF_OWN = mask("self_subj", possessive=True)
_GENERIC_OWN = mask("generic_subj", possessive=True)
_SELF = mask("self_subj")
_GENERIC = mask("generic_subj")


def _subject_in(ctx: _Context, indexes: range) -> str | None:
    """Inside a hit, a person word beats "my" ("my friend's attempt" is the friend's)."""
    tags = 0
    for i in indexes:
        tags |= ctx.people.tag(i)
    if tags & _OTHER_OWN:
        return "other"
    if tags & _SELF_OWN:
        return "self"
    return "generic" if tags & _GENERIC_OWN else None


def _nearest(ctx: _Context, indexes: Sequence[int]) -> str | None:
    """The person word nearest the hit, in the order given."""
    tag = ctx.people.tag
    for i in indexes:
        bits = tag(i)
        if bits & _SELF:
            return "self"
        if bits & _OTHER_OWN:
            return "other"
        if bits & _GENERIC:
            return "generic"
    return None


def _signal(ctx: _Context, hit: Hit) -> Signal:
    """One core hit read in its context (built once: a message's signals are few but many
    messages are read)."""
    cue = ctx.cues.cues[hit.payload]
    level, subject, method, frame = _base(ctx, hit, cue)
    negated = _negated(ctx, hit) or _echoed(ctx, hit)
    level, method, subject = _modify(ctx, hit, cue.kind, (level, subject, method, negated, frame))
    start, end = ctx.span(hit)
    return _SIGNAL((cue, start, end, level, subject, method, negated, frame))


def _base(ctx: _Context, hit: Hit, cue: Cue) -> tuple[RiskLevel, str, bool, str]:
    """``(level, subject, method_seeking, frame)`` from the cue, its subject and frame."""
    subject, explicit = _subject(ctx, hit, cue)
    # A plan_ref's or means cue's own level is what it reaches beside distress or a time of
    # now (see _combine); alone it is none.
    level = RiskLevel.NONE if cue.kind in ("plan_ref", "means") else cue.level
    method = cue.method_seeking or cue.kind in ("method", "location")
    if subject == "generic":
        subject, method = "self", method or ctx.before("howto", hit) or cue.kind == "method"
        if not method:
            subject = "other"
    frame = ""
    own_words = explicit and subject == "self" and cue.kind != "method"
    if not own_words and (level >= RiskLevel.IDEATION or method):
        frame = _frame(ctx)
    return level, subject, method, frame


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
) -> tuple[RiskLevel, bool, str]:
    """Apply how-to, plan, now, history, negation and frame rules to one hit's ``(level,
    subject, method_seeking, negated, frame)``; gives ``(level, method_seeking, subject)``."""
    level, subject, method, negated, frame = base
    acts = kind == "risk" and level >= RiskLevel.IDEATION
    if acts and ctx.before("howto", hit, window=MARKER_WINDOW + 2):
        method = True
        level = max(level, RiskLevel.INTENT) if subject == "self" else level
    planned = acts and ctx.before("plan", hit)
    if planned:
        level = max(level, RiskLevel.INTENT)
    if acts and not method and ctx.in_clause("now", hit):
        level = RiskLevel.IMMINENT if planned or level >= RiskLevel.INTENT else RiskLevel.INTENT
    if ctx.in_clause("history", hit) and not ctx.anywhere("recent"):
        cap = RiskLevel.DISTRESS if ctx.anywhere("recovery") else RiskLevel.PASSIVE
        level = min(level, cap)
    if negated:
        level = min(level, RiskLevel.DISTRESS)
    if frame == "fiction" and kind in ("risk", "method"):
        subject = "other"
    if frame == "info" and kind == "risk":
        level = RiskLevel.NONE
    return level, method, subject


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
            out.append(s.lifted(RiskLevel.IMMINENT if now or has_means else RiskLevel.INTENT))
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


def _affirm(ctx: _Context) -> tuple[int, int] | None:
    for hit in ctx.of_kind("affirm"):
        if hit.first == 0:
            return ctx.span(hit)
    return None


def read(text: str, cues: CueSet, tokens: Tokens | None = None, hits: list[Hit] | None = None) -> Reading:
    """Read one message's text with the compiled ``cues`` (``tokens``: its tokens, and
    ``hits``: ``cues.matcher.scan(tokens)``, when the caller has them)."""
    if tokens is None:
        tokens = tokenize(normalize(text))
    if hits is None:
        hits = cues.matcher.scan(tokens)
    keys = tokens.keys
    if not hits:
        # Most messages match nothing: then only a countdown can say anything, and a lone
        # countdown passes _combine unchanged (one vague readiness phrase).
        countdown = _countdown(keys, tokens, cues)
        return _NOTHING if countdown is None else Reading(signals=(countdown,))
    ctx = _Context(tokens, hits, cues, text)
    signals = [_signal(ctx, h) for h in _core_hits(ctx)]
    countdown = _countdown(keys, tokens, cues)
    if countdown is not None:
        signals.append(countdown)
    clarify = any(not _negated(ctx, h) for h in ctx.of_kind("clarify"))
    asks = max((cues.cues[h.payload].level for h in ctx.of_kind("ask")), default=RiskLevel.NONE)
    return Reading(
        signals=tuple(_combine(signals, ctx.anywhere("now"), _everyday_means(ctx, signals))),
        clarify=clarify,
        fiction=ctx.anywhere("fiction"),
        asks=asks,
        affirm=_affirm(ctx),
    )
