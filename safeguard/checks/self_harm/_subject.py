"""Whose state a matched phrase describes: the writer's, someone else's, a generic
"you", or a topic asked about.

A cue's own words decide first ("kill herself", "my friend's attempt"); then the nearest
person word before it in the clause. Questions put away from the writer (a topic word,
a generic "you", a story) are no one's risk alone and become method-seeking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._context import MessageContext as _Context
from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._joined import JOIN_CLASS, before_joining
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._people import mask
from safeguard.checks.self_harm._talked_about import teller

SUBJECT_WINDOW = 5
ANCHOR_AHEAD = 4
SHORT_MESSAGE = 3


def subject_of(ctx: _Context, hit: Hit, cue: Cue) -> tuple[str, bool]:
    """``(subject, explicit)``: whose state the hit describes, and whether words say so.

    A cue's own words decide first ("kill herself", "my friend's attempt"); then the
    nearest person word before it in the clause. A bare topic word ("suicide") with no
    person word near it is a topic, not the writer's state.
    """
    if cue.subject in ("self", "other"):
        return cue.subject, True
    tag = ctx.people.tag
    own = _subject_in(tag, _naming(ctx, hit))
    if own is not None:
        return own, True
    # Clause numbers only grow, so the clause's tokens before and after the hit are runs.
    low, high = ctx.clause_span(ctx.clauses[hit.first])
    found = _nearest(tag, range(hit.first - 1, max(low, hit.first - SUBJECT_WINDOW) - 1, -1))
    if found is None and cue.subject == "anchored":
        found = _nearest(tag, range(hit.last + 1, min(high, hit.last + 1 + ANCHOR_AHEAD)))
        # "suicidal" alone, or a topic word in a message that speaks only of the writer
        # ("hello, insomnia and suicidal thoughts. i give up"), is about the writer.
        writer = len(ctx.keys) <= SHORT_MESSAGE or ctx.first_person() or _diary_opener(ctx, hit, low)
        return found or ("self" if writer else "topic"), found is not None
    if found is None and cue.subject == "topic":
        return ("topic" if _asks_about_a_topic(ctx) else "self"), False
    if found is not None and cue.subject == "auto" and cue.language == "en":
        # "i told my mum about wanting to die": the person told stands nearest, the wish is
        # the teller's (and "he told me about wanting to die" is his); a topic word is no
        # one's wish ("how do i talk to my son about suicide")
        told = teller(ctx.keys, ctx.cues, tag, hit.first, low)
        if told is not None:
            return told, True
    return found or "self", found is not None


def nearest_person(ctx: _Context, hit: Hit) -> str | None:
    """The person word nearest before ``hit`` in its clause ("self", "other", "generic"),
    or None: whose wish a phrase naming its own companion is ("she wants to be with him")."""
    low = ctx.clause_span(ctx.clauses[hit.first])[0]
    return _nearest(ctx.people.tag, range(hit.first - 1, max(low, hit.first - SUBJECT_WINDOW) - 1, -1))


DIARY_LEAD = 2


def _diary_opener(ctx: _Context, hit: Hit, low: int) -> bool:
    """The hit's clause opens with a bare verb form of the diary register, the subject left
    out ("been thinking about overdosing", "lately been thinking about suicide", "gonna
    overdose tonight"): the writer's, as "i've been ..." is. A person named before the hit
    was found first ("mum's been thinking about overdosing?"); a question ("been thinking
    about suicide?") may be put to the reader, so it is left as it was. Up to two lead
    words ("lately", "honestly", "and") may come first (class ``diary_lead``)."""
    keys = ctx.keys
    openers = ctx.cues.words("diary_open")
    leads = ctx.cues.words("diary_lead")
    for i in range(low, min(hit.first, low + DIARY_LEAD + 1)):
        if keys[i] in openers:
            return not ctx.asked(hit)
        if keys[i] not in leads:
            return False
    return False


def _naming(ctx: _Context, hit: Hit) -> Iterable[int]:
    """The hit's tokens that may name whose state it is. An article spelled like a pronoun
    after the phrase's first word names no one: Spanish "el" is "the", and "él" ("he") loses
    its accent in normalisation, so "me quemo con el mechero" is the writer's, not his. One
    set test per hit; the class ``hit_article`` is defined by the language files. A person
    joined ("join my grandma in heaven") names no one either (see _joined)."""
    span = before_joining(ctx.keys, hit.first, hit.last, ctx.cues.words(JOIN_CLASS))
    articles = ctx.cues.words("hit_article")
    keys = ctx.keys
    if articles.isdisjoint(keys[hit.first + 1 : hit.last + 1]):
        return span  # almost every hit
    return [i for i in span if i == hit.first or keys[i] not in articles]


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


def _subject_in(tag: Callable[[int], int], indexes: Iterable[int]) -> str | None:
    """Inside a hit, a person word beats "my" ("my friend's attempt" is the friend's)."""
    tags = 0
    for i in indexes:
        tags |= tag(i)
    if tags & _OTHER_OWN:
        return "other"
    if tags & _SELF_OWN:
        return "self"
    return "generic" if tags & _GENERIC_OWN else None


def _nearest(tag: Callable[[int], int], indexes: range) -> str | None:
    """The person word nearest the hit, in the order given."""
    for i in indexes:
        bits = tag(i)
        if not bits:
            continue  # most words are no person word
        if bits & _SELF:
            return "self"
        if bits & _OTHER_OWN:
            return "other"
        if bits & _GENERIC:
            return "generic"
    return None


def asked_away(ctx: _Context, hit: Hit, cue: Cue, subject: str, frame: str, by_you: bool) -> bool:
    """A question about an act put away from the writer: a topic word ("is there a painless
    overdose?"), a generic "you" ("what happens if you take a whole pack"), a story or an
    informational frame. Alone it is no one's risk; marked method-seeking, it becomes the
    writer's own after their distress (see _state), as a method question does."""
    if cue.kind != "risk" or cue.level < RiskLevel.IDEATION or subject == "self":
        return False
    if subject == "other" and not (by_you or frame in ("fiction", "info")):
        return False  # a real other person named ("my friend's overdose")
    return not _topic_word(ctx, hit) and ctx.asked(hit)


def _topic_word(ctx: _Context, hit: Hit) -> bool:
    """The hit holds the word "suicide" or "suicidal": a question about the topic
    (rates, safe messaging, what to say), not about an act."""
    words = ctx.cues.words
    topic = words("suicide") | words("suicidal")
    return not topic.isdisjoint(ctx.keys[hit.first : hit.last + 1])


def everyday_you(cue: Cue, level: RiskLevel) -> bool:
    """Everyday distress said with a generic "you" ("starving yourself for a day", "nothing
    makes you happy anymore") describes the writer: it is theirs, marked ``GENERIC`` so the
    conversation rules can tell it from distress stated in the first person."""
    return (
        level == RiskLevel.DISTRESS
        and cue.level == RiskLevel.DISTRESS
        and cue.kind == "risk"
        and cue.subject in ("auto", "topic")
    )
