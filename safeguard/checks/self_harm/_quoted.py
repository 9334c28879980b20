"""Someone else's words in the writer's message: a cue inside a quote of another person
("my coworker keeps saying 'i won't be around much longer'"), or a cue read as the
writer's by its own words that names another person's things ("my brother said he gave
away all his stuff"). Used by the pass of :mod:`._discourse`, which makes such a signal
someone else's.
"""

from __future__ import annotations

import bisect

from safeguard.checks.self_harm._data import Cue
from safeguard.checks.self_harm._people import mask
from safeguard.checks.self_harm._plans import explained_by_plans
from safeguard.checks.self_harm._reading import Signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_OTHER = mask("other_subj", possessive=True)
_QUOTE_OPENER = 2  # words before a quote that opens its sentence ("like", "she goes")
_SAY_WINDOW = 8  # tokens between a verb of saying and its quote, and its subject and it


def quoted_other(msg: Sentences, sig: Signal) -> bool:
    """The cue sits inside quotes (or after a colon) that follow another person's word."""
    opened, quotes = msg.quotes_before(sig.start)
    if opened < 0:
        return False
    if msg.text[opened] != ":" and quotes % 2 == 0:
        return False
    lead = bisect.bisect_left(msg.starts, opened)
    sentence = msg.sentence_at(min(lead, len(msg.keys) - 1))
    start = msg.sentence_range(sentence).start
    if _said_by_other(msg, start, lead):
        return True
    if lead - start > _QUOTE_OPENER or sentence == 0:
        return False
    # A quote opening its sentence ("like 'no one would miss me'") quotes the sentence
    # before: "my friend has been posting dark stuff on her story."
    before = msg.sentence_range(sentence - 1)
    return _said_by_other(msg, before.start, before.stop)


def _said_by_other(msg: Sentences, start: int, lead: int) -> bool:
    """Tokens ``[start, lead)`` (from a sentence start) name another person and a verb
    of saying that is not the writer's own."""
    if not msg.any_word("say_verb", start, lead):
        return False
    if not msg.tags_between(start, lead) & _OTHER:
        return msg.any_word("company_speaker", start, lead) and _company_speaks(msg, start, lead)
    return not _writer_speaks(msg, start, lead)


def _company_speaks(msg: Sentences, start: int, lead: int) -> bool:
    """The verb of saying nearest the quote has the writer's company for its subject: the
    person word nearest before it is "flatmate" or the like, not the writer ("my flatmate
    just said 'i'm going to kill myself'", not "my flatmate asked and i nearly said ...").
    These words are no person words of ``other_subj`` (they keep the writer's own
    disclosures the writer's), so only as the speaker of a quote do they make it theirs."""
    says, speakers = msg.cues.words("say_verb"), msg.cues.words("self_speaker")
    company, keys = msg.cues.words("company_speaker"), msg.keys
    near = range(lead - 1, max(start, lead - _SAY_WINDOW) - 1, -1)
    verb = next((i for i in near if keys[i] in says), -1)
    if verb < 0:
        return False  # no verb near the quote: the writer may be quoting themself
    for i in range(verb - 1, max(start, verb - _SAY_WINDOW) - 1, -1):
        if keys[i] in speakers:
            return False
        if keys[i] in company:
            return True
    return False


def _writer_speaks(msg: Sentences, start: int, lead: int) -> bool:
    """The verb of saying nearest the quote is the writer's own: its subject (the person
    word nearest before it, not an object: "meiner mutter") is a first-person subject ("i
    told my mum", "le dije a mi madre", "ich habe meiner mutter gesagt"), or it has none
    (a dropped subject: "told my mum"). "my friend texted me" and "mi amiga me dijo" name
    someone else first."""
    says, speakers = msg.cues.words("say_verb"), msg.cues.words("self_speaker")
    objects = msg.cues.words("object_marker")  # "meiner mutter gesagt": told to, not by
    keys = msg.keys
    near = range(lead - 1, max(start, lead - _SAY_WINDOW) - 1, -1)
    verb = next((i for i in near if keys[i] in says), -1)
    if verb < 0:
        return False  # the verb is far from the quote: read as before (someone else's)
    for i in range(verb - 1, max(start, verb - _SAY_WINDOW) - 1, -1):
        other = msg.people.tag(i) & _OTHER
        if keys[i] in speakers and not other:  # not "yo" in "my 14yo" (see _aged)
            return True
        if other and (i == 0 or keys[i - 1] not in objects):
            return False
    return True


def reported_other(msg: Sentences, cue: Cue, at: Place) -> bool:
    """A cue read as the writer's by its own words names another person's things instead
    ("my brother said he gave away all his stuff")."""
    if not explained_by_plans(cue, msg.cues):
        return False
    first, stop = at.first, at.last + 1
    said_by = first > 0 and msg.keys[first - 1] in msg.cues.words("other_pronoun")
    if not said_by or not msg.any_word("other_possessive", first, stop):
        return False
    return not msg.any_word("self_subj", first, stop)
