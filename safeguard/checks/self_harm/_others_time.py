"""When another person's act happened: long ago, or a routine dose, not an emergency now.

A helper who tells of someone else's act ("my sister took all her pills", "my dad took
an overdose") gets the emergency-now guidance meant for an act under way. Two ways of
telling say it is not under way:

- a past told with a time in the act's own sentence ("my cousin took an overdose two
  years ago", "my uncle hanged himself in 2019", "... last year"): a loss told, read as
  the writer's own past acts are (capped, frame ``past``). The writer's own feelings in
  that sentence ("and i still miss him") are grief, not a sign that the act is recent, so
  unlike the writer's own history (see ``_discourse._historical``) "still" does not keep
  it recent; "again" and a dated recent marker ("last night", "yesterday") in its
  sentence or the next still do ("she overdosed in 2019 and did it again last night");
- a routine dose ("my grandma took all her tablets at once this morning like she always
  does", "took all his morning meds as prescribed"): the act phrase is an everyday dose
  (context kind ``routine``), nothing of risk. Not under a negation ("not as prescribed",
  "which she never usually does" is no ``routine`` phrase).

Only for acts already read as another person's (subject ``other``); the writer's own acts
keep the stricter rules (a miss of the writer's attempt is the worse error).
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import PAST, Signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_NEGATION_REACH = 2  # "not as prescribed", "not like she usually does"


def routine_dose(msg: Sentences, at: Place) -> bool:
    """The act's sentence calls it an everyday dose, with no negation just before."""
    for hit in msg.of_kind("routine"):
        if at.low <= hit.first < at.high and not msg.any_word(
            "negation", max(at.low, hit.first - _NEGATION_REACH), hit.first
        ):
            return True
    return False


def long_past(msg: Sentences, at: Place) -> bool:
    """The act is told in the past with a time of its own ("two years ago", "in 2019",
    "last year") and no recent marker that is not the writer's lasting feeling."""
    if not msg.any_word("past_word", at.low, at.last + 1):
        return False
    here = {at.sentence}
    dated_here = msg.in_sentences("history", here) or msg.in_sentences("long_ago", here)
    if not (dated_here or msg.any_year(at.low, at.high)):
        return False
    dated = msg.cues.words("recent_date")
    lasting = msg.cues.words("lasting_word")
    for hit in msg.of_kind("recent"):
        keys = msg.keys[hit.first : hit.last + 1]
        if not lasting.isdisjoint(keys):
            continue  # "i still miss him": the writer's grief
        where = msg.sentence_at(hit.first)
        if dated.isdisjoint(keys):
            if where >= at.sentence:
                return False  # "and she did it again"
        elif where in (at.sentence, at.sentence + 1):
            return False  # "... and last night she took them again"
    return True


def others_in_time(msg: Sentences, sig: Signal, historical: bool) -> Signal:
    """``sig``, another person's act, with the time of its telling applied: nothing for a
    routine dose; for one told as the past (``historical``: the writer's own history rules
    say so, or ``long_past``) at most ``distress``, frame ``past``. A past act of someone
    else is a loss or a history told: the helper text for a person at risk now ("ask them
    directly whether they are thinking about suicide", "if they are in danger") does not
    fit it, and the grief is the writer's distress, which the writer's own cues carry."""
    at = msg.place(sig)
    if routine_dose(msg, at):
        return sig.lifted(RiskLevel.NONE)
    if historical or long_past(msg, at):
        return sig.lifted(min(sig.level, RiskLevel.DISTRESS))._replace(frame=PAST)
    return sig
