"""Thoughts of harm the writer names as unwanted: a pass over one message's signals.

People with harm OCD or intrusive thoughts describe vivid thoughts of hurting or
killing themselves ("a flash of stabbing myself every time i see the knife block")
and, in the same breath, disown them ("i don't want to hurt myself, the thought
disgusts me"). Read phrase by phrase, those are ideation; they are distress about a
thought. The pass caps such thoughts only when the message both names the condition
(class ``unwanted_thought``: "intrusive", "ocd", "TOC", "Zwangsgedanken") and disowns
the wish, and never beside an urge or a fear of acting ("i'm scared i'll act on
them"), a time or a readiness to act.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._disowning import disowns_thoughts
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import Sentences

_FEAR_WINDOW = 6  # tokens between a word of fear and the act it fears


def _denied(sig: Signal, level: RiskLevel) -> Signal:
    """``sig`` at ``level``, marked negated (the conversation rules do not lift it)."""
    return make_signal((sig.cue, sig.start, sig.end, level, "self", False, True, sig.frame))


def unwanted_thoughts(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """Thoughts of harm the writer names as intrusive and disowns ("harm OCD: a flash of
    stabbing myself. i don't want to hurt myself") are distress, not ideation. Only
    thoughts and feared acts (not an act, a time or an urge), and only when the message
    both names the condition (class ``unwanted_thought``) and disowns the wish."""
    if not msg.mentions("unwanted_thought") or not _disowned(msg, signals):
        return signals
    if msg.of_kind("now") or msg.of_kind("timing") or _urge(msg):
        return signals  # "i don't want to die but i'm going to do it tonight"
    return tuple(_denied(s, RiskLevel.DISTRESS) if _unwanted(msg, s) else s for s in signals)


def _unwanted(msg: Sentences, sig: Signal) -> bool:
    """A thought of the writer's own at passive or ideation, or a feared act ("my fear
    that i'll suddenly kill myself")."""
    if sig.subject != "self" or sig.negated or sig.kind not in ("risk", "method"):
        return False
    if RiskLevel.PASSIVE <= sig.level <= RiskLevel.IDEATION:
        return True
    at = msg.place(sig)
    feared = msg.any_word("fear_word", max(at.low, at.first - _FEAR_WINDOW), at.first)
    return sig.level == RiskLevel.INTENT and feared


def _disowned(msg: Sentences, signals: tuple[Signal, ...]) -> bool:
    """The writer denies the wish: a denied risk phrase of their own ("i don't want to
    die"), "i don't want to" ending its clause, "i would never.", "no|zero
    desire|urge|wish", or a shape of _disowning ("i hate them", "they horrify me")."""
    if any(s.subject == "self" and s.negated and s.cue.level >= RiskLevel.PASSIVE for s in signals):
        return True
    keys, words = msg.keys, msg.cues.words
    for i in msg.positions("wish_word"):
        if i > 0 and keys[i - 1] in words("none_word"):
            return True
    if any(_bare_refusal(msg, i) for i in msg.positions("want")):
        return True
    if any(_never_would(msg, i) for i in msg.positions("never_word")):
        return True
    return disowns_thoughts(keys, msg.cues)  # "i hate them", "they horrify me" (_disowning)


def _never_would(msg: Sentences, i: int) -> bool:
    """The words "i would never" (or "i'd never") ending their sentence."""
    keys = msg.keys
    if i == 0 or keys[i - 1] not in msg.cues.words("refusal_lead"):
        return False
    return i + 1 >= len(keys) or msg.sentence_at(i + 1) != msg.sentence_at(i)


def _bare_refusal(msg: Sentences, i: int) -> bool:
    """The words "i don't want to" with nothing after them in their clause ("i don't want to. it makes
    me sick", "i don't want to, i'm happy")."""
    keys, words = msg.keys, msg.cues.words
    if i == 0 or keys[i - 1] not in words("negation") or i + 1 >= len(keys) or keys[i + 1] != "to":
        return False
    after = i + 2
    if after >= len(keys) or msg.sentence_at(after) != msg.sentence_at(i):
        return True
    return keys[after] in words("clause_subject") or keys[after] in words("contrast")


def _urge(msg: Sentences) -> bool:
    """An urge or a temptation not denied ("the urges are stronger", not "no urge")."""
    keys, words = msg.keys, msg.cues.words
    return any(i == 0 or keys[i - 1] not in words("none_word") for i in msg.positions("urge_word"))
