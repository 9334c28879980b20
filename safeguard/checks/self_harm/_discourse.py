"""What the sentences around a risk signal say about it: a pass over one message's reading.

The message rules read a cue in its clause. Some context sits in the next sentence
or around the clause, and without it ordinary messages read as risk:

- **history**: "five years ago I attempted suicide. Today I got married" - a past
  act in a sentence beside a history marker (or a year) is capped at passive, and
  at distress when the message also says the writer is well now;
- **screening answered no**: "my therapist asked if I'd had thoughts of ending my
  life and I said no" - a risk phrase inside a reported question, answered with
  a no, is a denial;
- **games**: "kill myself in-game to reset the spawn" - a game word in the
  sentence and no distress in the message: nothing;
- **jokes with a trivial condition**: "if my team loses i'm jumping off a bridge
  lmao" - an "if" before the cue and a laughter marker cap it at distress (a
  grave condition, "if she leaves me", does not);
- **quoting someone else**: "my coworker keeps saying 'i won't be around much
  longer'" - a cue inside quotes after another person's word is theirs, and so is one in
  a "que"-clause of their verb of saying ("mi amiga me dijo que quiere morirse", see
  :mod:`._reported`);
- **decisions without an object**: "i'm going to do it", "vou pular" are marked
  with the frame ``resolve`` (cue families of the class ``resolve_cue``), which the
  conversation rules lift to intent after a wish to be dead;
- **a dose or an accident**: an act just done with a number of three or fewer
  ("took 2 of my allergy pills"), or an accident word in the message ("cut myself
  cooking", "fell off my bike"), is not an attempt;
- **happy plans**: "got my affairs in order for the big trip" - preparation and
  timing phrases in a message about a trip or an event, with no distress and no
  death word, say nothing (unless the event is denied: "i'm not moving");
- **a dangerous place now**: "i'm sitting on the railing of the overpass" (cue families
  of the class ``place_cue``) that no game, joke, quote or happy plan explains is a
  place readied for an act: intent alone, imminent with a time of now.

The pass only looks at a message whose reading has a signal of the writer's own at
passive or above, or a readiness, means or time phrase: most messages cost nothing.
Word lists are the classes named below in the phrase data files. Where a signal sits
among the message's sentences is :mod:`._sentences`; quotes and reported speech are
:mod:`._quoted`, happy plans :mod:`._plans`.
"""

from __future__ import annotations

import dataclasses

from safeguard._levels import RiskLevel
from safeguard._tokens import Tokens
from safeguard.checks.self_harm._asked import asked_by_others
from safeguard.checks.self_harm._bare_act import bare_acts
from safeguard.checks.self_harm._context import MessageContext
from safeguard.checks.self_harm._daily_dose import daily_doses
from safeguard.checks.self_harm._data import Cue, CueSet
from safeguard.checks.self_harm._dated import dated_events
from safeguard.checks.self_harm._exposure import exposure_exercise
from safeguard.checks.self_harm._harm_object import harm_to_others
from safeguard.checks.self_harm._hypothetical import hypothetical_acts
from safeguard.checks.self_harm._matcher import Hit
from safeguard.checks.self_harm._named_topic import named_topics
from safeguard.checks.self_harm._other_act import other_act
from safeguard.checks.self_harm._others_time import others_in_time
from safeguard.checks.self_harm._own_dose import own_routine_dose
from safeguard.checks.self_harm._plans import explained_by_plans, happy_plans, preparation
from safeguard.checks.self_harm._professional import professional_topics
from safeguard.checks.self_harm._quoted import quoted_other, reported_other
from safeguard.checks.self_harm._reading import PAST, Reading, Signal, make_signal
from safeguard.checks.self_harm._reported import reported_clause
from safeguard.checks.self_harm._safety_test import tested_words
from safeguard.checks.self_harm._sentences import Place, Sentences
from safeguard.checks.self_harm._sentences import family as _family
from safeguard.checks.self_harm._shared_subject import shared_with_other
from safeguard.checks.self_harm._story import story_signals
from safeguard.checks.self_harm._survived import survived
from safeguard.checks.self_harm._talked_about import talked_about
from safeguard.checks.self_harm._their_own import their_own
from safeguard.checks.self_harm._threat_if import threat_cap
from safeguard.checks.self_harm._told_past import told_past
from safeguard.checks.self_harm._unwanted import unwanted_thoughts
from safeguard.checks.self_harm._wish_ended import wish_ended

RESOLVE = "resolve"  # the frame of a "do it" decision phrase (read by _state)
_LATER_KINDS = ("plan_ref", "means", "timing")
_ANSWER_WINDOW = 4
# How far past a reported question its "no" answer may come (tokens; "the next sentence").
_ANSWER_REACH = 40
_CONDITION_WINDOW = 14
_SMALL_DOSE = 3  # "took 2 of my pills" is a dose; the number words are the countdown classes
_EXCLAIM_WORDS = 24  # a groan is a short message


def _candidate(sig: Signal) -> bool:
    """A signal of the writer's own this pass might lower."""
    if sig.subject != "self" or sig.negated:
        return False
    return sig.level >= RiskLevel.PASSIVE or sig.cue.kind in _LATER_KINDS


def _others_act(sig: Signal) -> bool:
    """Another real person's act a helper tells of ("my brother cut his wrists"): read
    here only for its time, as the writer's acts are ("my uncle hanged himself in 1998" is
    a loss told, not an emergency now)."""
    return sig.subject == "other" and not sig.negated and not sig.frame and sig.level >= RiskLevel.INTENT


def reread(
    reading: Reading, text: str, cues: CueSet, tokens: Tokens | None = None, hits: list[Hit] | None = None
) -> Reading:
    """``reading`` with history, denial, game, joke, quote and happy-plan context applied
    (``tokens`` and ``hits``, the text's tokens and ``scan`` hits, when the caller has them)."""
    signals, recovered = reread_signals(reading.signals, reading.recovered, text, cues, tokens, hits)
    if signals is reading.signals:
        return reading
    return dataclasses.replace(reading, signals=signals, recovered=recovered)


def reread_signals(
    signals: tuple[Signal, ...],
    recovered: bool,
    text: str,
    cues: CueSet,
    tokens: Tokens | None = None,
    hits: list[Hit] | None = None,
    ctx: MessageContext | None = None,
) -> tuple[tuple[Signal, ...], bool]:
    """A message's ``signals`` and whether it says the writer is ``recovered``, with the
    context of ``reread`` applied (``ctx``: the message rules' context over ``hits``, whose
    hits by kind and person words the pass reuses). Unchanged: ``signals`` itself."""
    if not any(map(_candidate, signals)):
        if not any(map(_others_act, signals)):
            return signals, recovered
        return _others_in_time(signals, text, cues, tokens, hits, ctx), recovered
    if ctx is None:
        msg = Sentences(text, cues, signals, tokens, hits)
    else:
        msg = Sentences(text, cues, signals, tokens, hits, ctx.by_kind, ctx.built_people)
    if not msg.keys:
        return signals, recovered
    own = [s for s in signals if s.subject == "self" and s.cue.kind == "risk" and not s.negated]
    # Distress in the writer's own words (a feeling, not a risk phrase this pass reads).
    distressed = any(s.cue.level == RiskLevel.DISTRESS for s in own)
    grave = any(s.level >= RiskLevel.PASSIVE and not explained_by_plans(s.cue, cues) for s in own)
    happy = not distressed and not grave and happy_plans(msg)
    # A wish or hopelessness beside it keeps "took all my pills as prescribed" an act (the
    # acts a dose explains are not counted: they are what is being read).
    doses = cues.words("dose_cue")
    troubled = distressed or any(s.level >= RiskLevel.PASSIVE and _family(s.cue.id) not in doses for s in own)
    reread = tuple(
        _reread(msg, s, distressed, happy, troubled) if _candidate(s) else _in_time(msg, s) for s in signals
    )
    reread = shared_with_other(reread, msg.text)  # "the caller has already taken an overdose"
    reread = tested_words(msg, bare_acts(msg, hypothetical_acts(msg, reread)))
    reread = exposure_exercise(msg, unwanted_thoughts(msg, reread))  # an ERP exercise: _exposure
    reread = professional_topics(msg, dated_events(msg, reread))
    reread = daily_doses(msg, reread)  # "lethal dose of caffeine? i've had 5 monsters"
    reread = harm_to_others(msg, reread)  # "thoughts about hurting my baby": not self-directed
    reread = named_topics(msg, reread)  # "died by suicide", "suicide rates": a topic named
    # "i wanted to die. not anymore": the past wish taken back is a recovery (_wish_ended)
    ended = wish_ended(msg, reread)
    lived = survived(msg, told_past(msg, reread, ended))
    # A message naming what the writer survived says they are past it (see _survived).
    return story_signals(msg, asked_by_others(msg, lived)), recovered or ended or lived != reread


def _reread(msg: Sentences, sig: Signal, distressed: bool, happy: bool, troubled: bool) -> Signal:
    at = msg.place(sig)
    if quoted_other(msg, sig) or reported_other(msg, sig.cue, at) or their_own(msg, sig, at):
        return sig.lifted(sig.level, subject="other")
    if other_act(msg, sig, at):
        # someone else's act told with a past time ("my cousin took all her pills last
        # year") is a loss told, not an emergency now: read for its time as _in_time does
        return _in_time(msg, sig.lifted(sig.level, subject="other"))
    if reported_clause(msg, sig, at) or talked_about(msg, sig, at):
        return sig.lifted(sig.level, subject="other")
    if _denied_answer(msg, at):
        return _denied(sig, min(sig.level, RiskLevel.DISTRESS))
    if not distressed and _in_game(msg, at):
        return sig.lifted(RiskLevel.NONE, method_seeking=False)
    if _explained_act(msg, sig.cue, at) or (not troubled and own_routine_dose(msg, sig.cue, at)):
        return _denied(sig, RiskLevel.NONE)  # "took 2 of my allergy pills", "... as prescribed"
    if _joke(msg, sig.cue, at) or (not distressed and _trivial_joke(msg, sig, at)):
        return sig.lifted(min(sig.level, RiskLevel.DISTRESS))
    cap = None if distressed else threat_cap(msg, sig, at)  # "ima kms if this bus doesn't come"
    if cap is not None:
        return sig.lifted(min(sig.level, cap))
    if _historical(msg, sig, at):
        return sig.lifted(min(sig.level, _history_cap(msg)))._replace(frame=PAST)
    if happy and preparation(msg, sig, at):
        return _denied(sig, RiskLevel.NONE)
    if sig.cue.kind == "plan_ref" and not sig.frame and _family(sig.cue.id) in msg.cues.words("resolve_cue"):
        return sig._replace(frame=RESOLVE)
    if sig.cue.kind == "means" and _at_the_edge(msg, at):
        return sig.lifted(max(sig.level, RiskLevel.INTENT))
    return sig


def _others_in_time(
    signals: tuple[Signal, ...],
    text: str,
    cues: CueSet,
    tokens: Tokens | None,
    hits: list[Hit] | None,
    ctx: MessageContext | None,
) -> tuple[Signal, ...]:
    """A message with only other people's acts: each read for its time (``_in_time``) and
    for a condition ("if he took them all": see _hypothetical)."""
    if ctx is None:
        msg = Sentences(text, cues, signals, tokens, hits)
    else:
        msg = Sentences(text, cues, signals, tokens, hits, ctx.by_kind, ctx.built_people)
    if not msg.keys:
        return signals
    return hypothetical_acts(msg, tuple(_in_time(msg, s) for s in signals))


def _in_time(msg: Sentences, sig: Signal) -> Signal:
    """Another person's act told as the past (a history marker or a year in its sentence,
    nothing recent) or as a routine dose: a loss or a story told, still theirs (subject
    other), not an emergency now (see _others_time)."""
    if not _others_act(sig):
        return sig
    return others_in_time(msg, sig, _historical(msg, sig, msg.place(sig)))


def _at_the_edge(msg: Sentences, at: Place) -> bool:
    """A phrase of a dangerous place now ("sitting on the railing") inside the means
    phrase (a wider one, "... on the railing of the bridge", may have outweighed it)."""
    ends = msg.place_phrases()
    return any(ends.get(i, at.last + 1) <= at.last for i in range(at.first, at.last + 1))


def _denied(sig: Signal, level: RiskLevel) -> Signal:
    """``sig`` at ``level``, marked negated (the conversation rules do not lift it)."""
    return make_signal((sig.cue, sig.start, sig.end, level, "self", False, True, sig.frame))


# ---------------------------------------------------------------- history and denial


# Kinds whose signals a past told at its distance settles: risk phrases, and being with the
# dead ("i spent months wishing i'd died with him. that was years ago": see _rejoined).
_TOLD_KINDS = frozenset({"risk", "rejoin"})


def _historical(msg: Sentences, sig: Signal, at: Place) -> bool:
    """A past act or state: its sentence is in the past, and it or a neighbouring
    sentence has a history marker or a year, and nothing says it is recent. An act
    (imminent wording: "i overdosed") needs the marker in its own sentence ("i overdosed
    in 2009", "when i was 19 i took an overdose"): beside it, it may be a new act."""
    if sig.cue.kind not in _TOLD_KINDS:
        return False
    if not msg.any_word("past_word", at.low, at.last + 1):
        return False
    if msg.any_word("present_word", at.low, at.high) and not _well_after(msg, at):
        return False  # "used to think ... but now it seems" (not "... but now i'm fine")
    # The second phrase match, only for a past sentence (cheap tests first).
    here = at.sentence
    if msg.recent_near(here):
        return False
    near = {here} if sig.level >= RiskLevel.IMMINENT else {here - 1, here, here + 1}
    return msg.in_sentences("history", near) or msg.any_year(at.low, at.high)


def _well_after(msg: Sentences, at: Place) -> bool:
    """The present in the cue's sentence is the writer being well, after the cue: "when i
    was 16 i cut my wrists, now im a nurse", "i had urges every day, but im 3 years clean
    now"."""
    if msg.any_word("well_now", at.last + 1, at.high):
        return True
    # "i used to wish i'd die, but not anymore" (see _wish_ended)
    return any(msg.starts_between(kind, at.last, at.high) for kind in ("recovery", "wish_ended"))


def _history_cap(msg: Sentences) -> RiskLevel:
    """Distress when the writer says they are well now, passive otherwise."""
    well = "recovery" in msg.hits or msg.mentions("well_now") or "age_now" in msg.hits
    return RiskLevel.DISTRESS if well else RiskLevel.PASSIVE


def _denied_answer(msg: Sentences, at: Place) -> bool:
    """Inside a reported question ("asked if i ...") answered no in the same or the next
    sentence ("i said no", "i haven't")."""
    if not msg.any_word("echo_verb", at.low, at.first):
        return False
    # at most _ANSWER_REACH tokens on: a message without full stops is one sentence, and
    # reading to its end from every signal would cost the square of its length
    stop = min(msg.sentence_range(at.sentence + 1).stop, at.last + 1 + _ANSWER_REACH)
    return any(_answers_no(msg, i) for i in range(at.last + 1, max(at.last + 1, stop)))


def _answers_no(msg: Sentences, i: int) -> bool:
    """Token ``i`` starts a "no" answer: "said no", "i haven't", "i don't", "told her no"."""
    keys, words = msg.keys, msg.cues.words
    if keys[i] in words("say_verb"):
        ahead = keys[i + 1 : i + 1 + _ANSWER_WINDOW]
        return not words("answer_no").isdisjoint(ahead) or not words("negation").isdisjoint(ahead)
    if keys[i] in words("self_subj") and i + 1 < len(keys):
        # "i haven't" ending its sentence (not "i haven't slept")
        ends = i + 2 >= len(keys) or msg.sentence_at(i + 2) != msg.sentence_at(i)
        return keys[i + 1] in words("negation") and ends
    return False


def _explained_act(msg: Sentences, cue: Cue, at: Place) -> bool:
    """An act just done that a small dose ("took 2 of my allergy pills") or an accident
    in the message ("fell off my bike") explains."""
    if _family(cue.id) not in msg.cues.words("dose_cue"):
        return False
    if msg.mentions("accident_word"):
        return True
    numbers = msg.cues.numbered("countdown_", _SMALL_DOSE)
    return any(numbers.get(key, _SMALL_DOSE + 1) <= _SMALL_DOSE for key in msg.keys[at.first : at.last + 1])


# ---------------------------------------------------------------- games and jokes


def _in_game(msg: Sentences, at: Place) -> bool:
    """A game named in the cue's sentence ("minecraft", "respawn", "in game")."""
    return msg.any_word("game_word", at.low, at.high) or msg.in_game_between(at.low, at.high)


def _joke(msg: Sentences, cue: Cue, at: Place) -> bool:
    """A trivial "if" before the cue in its sentence and a laughter marker in the message
    (the cue's own level: "tonight" in the condition does not make a joke an act)."""
    if cue.level >= RiskLevel.IMMINENT or not msg.mentions("laughter"):
        return False
    low = max(at.low, at.first - _CONDITION_WINDOW)
    conditional = msg.any_word("conditional", low, at.first)
    return conditional and not msg.any_word("grave_condition", low, at.first)


def _trivial_joke(msg: Sentences, sig: Signal, at: Place) -> bool:
    """A wish or threat blamed on a trivial cause, with laughter: "this homework makes me
    want to kill myself lol", "i could kms, forgot my keys again lmao". Only wishes and
    thoughts (not a plan or an act), and never beside a real loss or a feeling of the
    writer's own (the caller passes only messages without first-person distress)."""
    if sig.cue.kind != "risk" or sig.level > RiskLevel.IDEATION:
        return False
    if explained_by_plans(sig.cue, msg.cues) or not (msg.mentions("laughter") or _exclaimed(msg, sig)):
        return False
    if not msg.mentions("trivial_cause"):
        return False
    # A real loss outside the cue's own words ("die" in "want to die" is not a loss).
    grave = msg.any_word("grave_condition", 0, at.first)
    return not (grave or msg.any_word("grave_condition", at.last + 1, len(msg.keys)))


def _exclaimed(msg: Sentences, sig: Signal) -> bool:
    """An exclamation ("kms", "kill me now": cue families of the class ``exclaim_cue``) in a
    short message: a groan at its cause, laughter or not ("kms the printer is out of toner")."""
    return len(msg.keys) <= _EXCLAIM_WORDS and _family(sig.cue.id) in msg.cues.words("exclaim_cue")
