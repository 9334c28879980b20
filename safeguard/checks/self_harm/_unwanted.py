"""Thoughts of harm the writer names as unwanted: a pass over one message's signals.

People with harm OCD or intrusive thoughts describe vivid thoughts of hurting or
killing themselves ("a flash of stabbing myself every time i see the knife block")
and, in the same breath, disown them ("i don't want to hurt myself, the thought
disgusts me"). Read phrase by phrase, those are ideation; they are distress about a
thought. The pass caps such thoughts only when the message both names the condition
(class ``unwanted_thought``: "intrusive", "ocd", "TOC", "Zwangsgedanken", or a recoil:
"it made me feel sick", see _recoil) and disowns the wish, and never beside an urge or a
fear of acting ("i'm scared i'll act on them"), a time or a readiness to act.

A feared act disowned in a message that does not name the condition ("i keep worrying
i'll strangle myself. i have zero desire to hurt myself") is a thought, not a decision:
it is read at ``ideation`` (still flagged), and ``_unwanted_turns`` lowers it further when
another turn names the condition ("had contamination OCD as a teen").
"""

from __future__ import annotations

from collections.abc import Callable

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._disowning import disowns_thoughts
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._recoil import recoils
from safeguard.checks.self_harm._sentences import Sentences
from safeguard.checks.self_harm._unwanted_turns import denied_wish, plain_wish

_FEAR_WINDOW = 6  # tokens between a word of fear and the act it fears


def _denied(sig: Signal, level: RiskLevel) -> Signal:
    """``sig`` at ``level``, marked negated (the conversation rules do not lift it)."""
    return make_signal((sig.cue, sig.start, sig.end, level, "self", False, True, sig.frame))


def unwanted_thoughts(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """Thoughts of harm the writer names as intrusive and disowns ("harm OCD: a flash of
    stabbing myself. i don't want to hurt myself") are distress, not ideation. Only
    thoughts and feared acts (not an act, a time or an urge), and only when the message
    both names the condition (class ``unwanted_thought``) and disowns the wish."""
    named = msg.mentions("unwanted_thought")
    if not named and not recoils(msg.keys, msg.tokens.key_set, msg.cues):
        return _feared_acts(msg, signals)
    # Named by a recoil only: "i don't want to but i can't stop" is no disowning (strict).
    if not _disowned(msg, signals, strict=not named) or _acting(msg):
        return signals  # "i don't want to die but i'm going to do it tonight"
    kept = _wish_kept(msg, signals)
    return tuple(_denied(s, RiskLevel.DISTRESS) if _unwanted(msg, s) and not kept(s) else s for s in signals)


def _wish_kept(msg: Sentences, signals: tuple[Signal, ...]) -> Callable[[Signal], bool]:
    """Which signals keep their level although the message disowns thoughts of harm: a
    plain wish to be dead of the writer's own ("harm ocd. i don't want to hurt myself. i
    just wish i was dead") is no intrusive image of an act, unless the message denies a
    wish of that kind too ("i don't want to die") or disowns the thoughts as such ("they
    horrify me")."""
    if not any(map(plain_wish, signals)):
        return _never  # nearly every message: no plain wish
    if any(map(denied_wish, signals)) or disowns_thoughts(msg.keys, msg.tokens.key_set, msg.cues):
        return _never
    return plain_wish


def _never(sig: Signal) -> bool:
    return False


def disowned(msg: Sentences, signals: tuple[Signal, ...]) -> bool:
    """The writer denies the wish (see ``_disowned``); read by _exposure too."""
    return _disowned(msg, signals)


def urged(msg: Sentences) -> bool:
    """An urge not denied (see ``_urge``); read by _exposure too."""
    return _urge(msg)


def _acting(msg: Sentences) -> bool:
    """The message speaks of acting: a now, a time or an urge not denied."""
    return bool(msg.of_kind("now") or msg.of_kind("timing")) or _urge(msg)


def _feared_acts(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """Feared acts of the writer's own, disowned, the condition not named ("my fear that
    i'll suddenly kill myself. i don't want to die at all"): read at ideation, a thought
    rather than a decision. Not beside an urge, a time or a now ("i'm scared i'll do it
    tonight"), nor without a word of fear or a disowning."""
    if not any(_own_intent(s) for s in signals) or not msg.mentions("fear_word"):
        return signals  # set tests: most messages stop here
    if _acting(msg) or not _disowned(msg, signals):
        return signals
    return tuple(s.lifted(RiskLevel.IDEATION) if _own_intent(s) and _feared(msg, s) else s for s in signals)


def _own_intent(sig: Signal) -> bool:
    kind_ok = sig.kind in ("risk", "method")
    return kind_ok and sig.subject == "self" and not sig.negated and sig.level == RiskLevel.INTENT


def _unwanted(msg: Sentences, sig: Signal) -> bool:
    """A thought of the writer's own at passive or ideation, or a feared act ("my fear
    that i'll suddenly kill myself")."""
    if sig.subject != "self" or sig.negated or sig.kind not in ("risk", "method"):
        return False
    if RiskLevel.PASSIVE <= sig.level <= RiskLevel.IDEATION:
        return True
    return sig.level == RiskLevel.INTENT and _feared(msg, sig)


def _feared(msg: Sentences, sig: Signal) -> bool:
    """A word of fear shortly before the act in its sentence ("my fear that i'll ..."),
    or the act asked as "what if" ("what if i jump in front of the bus")."""
    at = msg.place(sig)
    low = max(at.low, at.first - _FEAR_WINDOW)
    if msg.any_word("fear_word", low, at.first):
        return True
    keys = msg.keys
    return any(keys[i] == "if" and keys[i - 1] == "what" for i in range(max(low, 1), at.first))


def _disowned(msg: Sentences, signals: tuple[Signal, ...], strict: bool = False) -> bool:
    """The writer denies the wish: a denied risk phrase of their own ("i don't want to
    die"), "i don't want to" ending its clause, "i would never.", "no|zero
    desire|urge|wish", or a shape of _disowning ("i hate them", "they horrify me").
    ``strict``: "i don't want to" before a "but" does not count ("i don't want to but i
    can't stop"): for thoughts named only by a recoil, not by the condition."""
    if any(s.subject == "self" and s.negated and s.cue.level >= RiskLevel.PASSIVE for s in signals):
        return True
    keys, words = msg.keys, msg.cues.words
    for i in msg.positions("wish_word"):
        if i > 0 and keys[i - 1] in words("none_word"):
            return True
    if any(_bare_refusal(msg, i, strict) for i in msg.positions("want")):
        return True
    if any(_never_would(msg, i) for i in msg.positions("never_word")):
        return True
    if any(_answered_no(msg, i) for i in msg.positions("negation")):
        return True
    # "i hate them", "they horrify me" (_disowning)
    return disowns_thoughts(keys, msg.tokens.key_set, msg.cues)


def _never_would(msg: Sentences, i: int) -> bool:
    """The words "i would never" (or "i'd never") ending their sentence."""
    keys = msg.keys
    if i == 0 or keys[i - 1] not in msg.cues.words("refusal_lead"):
        return False
    return i + 1 >= len(keys) or msg.sentence_at(i + 1) != msg.sentence_at(i)


def _answered_no(msg: Sentences, i: int) -> bool:
    """The words "I don't." as a sentence of their own right after one ending "want to" ("they'd think
    i want to. i don't", "does that mean i secretly want to? i don't")."""
    keys = msg.keys
    if i < 3 or keys[i] != "dont" or keys[i - 1] != "i" or keys[i - 3 : i - 1] != ["want", "to"]:
        return False
    if msg.sentence_at(i - 1) == msg.sentence_at(i - 2):
        return False  # "i want to i don't know": one run-on sentence
    return i + 1 >= len(keys) or msg.sentence_at(i + 1) != msg.sentence_at(i)


def _bare_refusal(msg: Sentences, i: int, strict: bool = False) -> bool:
    """The words "i don't want to" (or "i don't want to do it", "... at all") with nothing after
    them in their clause ("i don't want to. it makes me sick", "i don't want to, i'm happy")."""
    keys, words = msg.keys, msg.cues.words
    if i == 0 or keys[i - 1] not in words("negation") or i + 1 >= len(keys) or keys[i + 1] != "to":
        return False
    after = _past_do_it(keys, i + 2)
    if after >= len(keys) or msg.sentence_at(after) != msg.sentence_at(i):
        return True
    if keys[after] in words("contrast"):
        return not strict  # "i don't want to but ...": a disowning only where the condition is named
    return keys[after] in words("clause_subject")


def _past_do_it(keys: list[str], after: int) -> int:
    """Past "do it" / "do it at all" after "i don't want to" (the act refused as a whole),
    else ``after`` unchanged: "i don't want to do it at all" ends its clause like "i don't
    want to", "i don't want to do it tonight" does not."""
    if keys[after : after + 2] != ["do", "it"]:
        return after
    after += 2
    return after + 2 if keys[after : after + 2] == ["at", "al"] else after  # keys: "all" -> "al"


def _urge(msg: Sentences) -> bool:
    """An urge or a temptation not denied ("the urges are stronger", not "no urge")."""
    keys, words = msg.keys, msg.cues.words
    return any(i == 0 or keys[i - 1] not in words("none_word") for i in msg.positions("urge_word"))
