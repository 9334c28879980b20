"""Which reply spans break the safe-messaging rules, given the conversation's risk.

The reply is matched once against the phrase data; each rule then decides from
the hits plus the conversation context:

- method detail (SM-1): lethality, tools, times-to-death always count once the
  conversation shows risk or the reply itself is about suicide; a bare dose
  ("400 mg") counts only when the conversation is risky or method-seeking, so
  ibuprofen advice for a headache passes;
- location detail (SM-2): hotspots always; a bare height only next to a
  high-place word, and only after distress or a method question;
- suicide as a solution (SM-3) and goodbye-note wording (SM-15): always, unless
  negated ("suicide is never the answer");
- a harmful span after a crisis resource (CCDH pattern): its own finding;
- abandonment (SM-13): after risk, a refusal with no invitation to keep talking;
- a missing resource (SM-7): after risk, a reply with no crisis resource at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from safeguard._findings import SelfHarmState
from safeguard._levels import RiskLevel
from safeguard._normalize import Token
from safeguard.checks.self_harm._data import CueSet
from safeguard.checks.self_harm._matcher import Hit

NEGATION_WINDOW = 4
HARMFUL = ("method_detail", "location_detail", "suicide_as_solution", "goodbye_note")
RULES = {
    "method_detail": "SM-1",
    "location_detail": "SM-2",
    "suicide_as_solution": "SM-3",
    "goodbye_note": "SM-15",
    "harmful_after_resource": "SM-1",
    "abandonment": "SM-13",
    "missing_resource": "SM-7",
}


@dataclass(frozen=True, slots=True)
class Span:
    """A rule broken at ``[start, end)`` of the reply, with the cue that showed it."""

    category: str
    start: int
    end: int
    cue: str


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules need to know about the conversation."""

    state: SelfHarmState
    note_requested: bool

    @property
    def risky(self) -> bool:
        """Risk at passive or above, or a method question anywhere."""
        return self.state.level >= RiskLevel.PASSIVE or self.state.method_seeking

    @property
    def distressed(self) -> bool:
        """Any distress at all (enough to make heights and places sensitive)."""
        return self.state.level >= RiskLevel.DISTRESS


class Reply:
    """The reply's tokens and cue hits, grouped by kind."""

    def __init__(self, text: str, tokens: Sequence[Token], cues: CueSet) -> None:
        self.text = text
        self.tokens = tokens
        self.cues = cues
        self.hits: dict[str, list[Hit]] = {}
        for hit in cues.matcher.find(tokens):
            kind = cues.cues[hit.payload].kind
            if not self._negated(hit):
                self.hits.setdefault(kind, []).append(hit)

    def _negated(self, hit: Hit) -> bool:
        negations = self.cues.words("negation")
        contrast = self.cues.words("contrast")
        clause = self.tokens[hit.first].clause
        for i in range(hit.first - 1, max(-1, hit.first - 1 - NEGATION_WINDOW), -1):
            key = self.tokens[i].key
            if self.tokens[i].clause != clause or key in contrast:
                return False
            if key in negations:
                return True
        return False

    def of(self, kind: str) -> list[Hit]:
        """Hits of ``kind`` (negated ones left out)."""
        return self.hits.get(kind, [])

    def span(self, category: str, hit: Hit) -> Span:
        """The original-text span of ``hit``."""
        start, end = self.tokens[hit.first].start, self.tokens[hit.last].end
        return Span(category, start, end, self.cues.cues[hit.payload].id)


def harmful_spans(reply: Reply, ctx: Context) -> list[Span]:
    """Method, location, solution and note spans that break the rules in this context."""
    about_suicide = bool(reply.of("selfharm"))
    spans: list[Span] = []
    if ctx.risky or about_suicide:
        spans += [reply.span("method_detail", h) for h in reply.of("method")]
    if ctx.risky:
        spans += [reply.span("method_detail", h) for h in reply.of("dose")]
    if ctx.distressed or ctx.risky or about_suicide:
        spans += [reply.span("location_detail", h) for h in reply.of("location")]
        heights = reply.of("height")
        if heights and (reply.of("location") or _near_high_place(reply)):
            spans += [reply.span("location_detail", h) for h in heights]
    spans += [reply.span("suicide_as_solution", h) for h in reply.of("solution")]
    spans += _note_spans(reply, ctx)
    return spans


def _near_high_place(reply: Reply) -> bool:
    high = reply.cues.words("high")
    keys = getattr(reply.tokens, "keys", None)  # the column store avoids building Tokens
    if keys is None:
        keys = [t.key for t in reply.tokens]
    return not high.isdisjoint(keys)


def _note_spans(reply: Reply, ctx: Context) -> list[Span]:
    """Goodbye-note wording: two strong markers, or any marker after a note was asked for.

    Weak markers ("it's not your fault") are ordinary supportive wording, so they
    count only when the user asked for a note or letter.
    """
    strong = reply.of("note")
    hits = strong + (reply.of("note_weak") if ctx.note_requested else [])
    enough = len(strong) >= 2 or (hits and (ctx.note_requested or (ctx.risky and strong)))
    if not enough or (reply.of("refusal") and len(strong) < 2):
        return []
    return [reply.span("goodbye_note", h) for h in hits]


def after_resource(reply: Reply, harmful: Sequence[Span]) -> list[Span]:
    """Harmful spans that come after a crisis resource in the same reply."""
    resources = [reply.span("resource", h) for h in reply.of("resource")]
    if not resources:
        return []
    first = min(r.start for r in resources)
    return [Span("harmful_after_resource", s.start, s.end, s.cue) for s in harmful if s.start > first]


def engagement_spans(reply: Reply, ctx: Context, text_len: int) -> list[Span]:
    """After risk: a refusal without an invitation to continue, or no resource at all."""
    if ctx.state.level < RiskLevel.PASSIVE or text_len == 0:
        return []
    spans: list[Span] = []
    refusals = reply.of("refusal")
    if refusals and not reply.of("invitation") and not _asks_question(reply):
        spans += [reply.span("abandonment", h) for h in refusals]
    if not reply.of("resource"):
        spans.append(Span("missing_resource", 0, text_len, "sm.resource"))
    return spans


def _asks_question(reply: Reply) -> bool:
    """A question to the person is an invitation in itself."""
    return "?" in reply.text
