"""The writer's work framing the topic: a pass over one message's signals.

Nurses, teachers, students of medicine and others who deal with suicide for a living
name the topic ("how do you tell chronic suicidal ideation from acute risk?", "my
residents keep hoarding sleeping tablets") beside their role ("PGY-2 psych resident",
"community nurse here", "i teach first aid": word classes ``role``, ``role_tail`` ...).
Students name it for a course ("for my pharmacology exam", "my thesis on suicide risk"),
and a request ("explain ...", "looking for key studies") asks as a question mark does (see
_study). In such a message, when it asks, a topic word of the writer's (cue family
``topic``: "suicide", "suicidal", "overdose", "BPD") is the subject of their work, not
their state: nothing. Never when the message holds any other risk or distress phrase of
the writer's own ("i'm a nurse and i've been feeling hopeless"), the topic word said as a
state ("i was suicidal"), "myself", a word of a state ("ideation", "thoughts", "intent": a
clinician may tell their own), or a recent marker ("as a paramedic i see overdoses, lately
i want to take one myself"): then the topic word is read as before. A clinician telling
their own state in clinical words ("I'm a psychologist. Persistent passive ideation, no
plan.") asks nothing: read as before.
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._named_topic import harm_noun
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import Sentences, family
from safeguard.checks.self_harm._study import requests, stated_of_self, studies, studies_only

_TOPIC = family("x.topic")
_HARM = family("x.self_harm")  # "self-harm" as a noun is a topic word too (see _named_topic)
_LEAD = 5  # "i'm a nurse", "as a community nurse", "i'm a 3rd-year pharmacy student"


def professional_topics(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's topic words set to nothing in a message that names
    the writer's work and no risk or distress of their own (see the module)."""
    topics = [s for s in signals if _own(s) and (family(s.cue.id) == _TOPIC or _harm_topic(msg, s))]
    if not topics or not _asks(msg) or not (_at_work(msg) or studies(msg)):
        return signals  # a question about the work, not a report ("active ideation, no plan")
    if any(stated_of_self(msg, msg.place(s)) for s in topics):
        return signals  # "i'm suicidal. help me with my thesis": the writer's state
    if any(_own(s) and s.level >= RiskLevel.DISTRESS and s not in topics for s in signals):
        return signals
    if msg.mentions("myself") or msg.of_kind("recent"):
        return signals  # "lately i want to take one myself"
    if msg.mentions("state_word") and not studies_only(msg):
        return signals  # "passive ideation, no plan"; not a course's terms said with no "i"
    return tuple(_none(s) if s in topics else s for s in signals)


def _asks(msg: Sentences) -> bool:
    """A question, or a request for information said without one ("explain why ...")."""
    return "?" in msg.text or requests(msg)


def _harm_topic(msg: Sentences, sig: Signal) -> bool:
    """Self-harm named by its bare noun as the work's subject ("our self-harm content
    policy", "arguments on detecting self-harm posts"), not a verb the writer does ("i self
    harm", "want to self harm": the word before it is "i" or "to")."""
    if family(sig.cue.id) != _HARM or not harm_noun(msg, sig):
        return False
    first = msg.place(sig).first
    return first == 0 or msg.keys[first - 1] not in msg.cues.words("harm_doer")


def _own(sig: Signal) -> bool:
    return sig.subject == "self" and not sig.negated and sig.kind == "risk"


def _at_work(msg: Sentences) -> bool:
    """The writer names their work: "i'm a nurse", "as a pharmacist", "EMT student",
    "nurse here", "i teach first aid", "my patient", "OSCE practice"."""
    if msg.mentions("work_word"):
        return True
    keys, words = msg.keys, msg.cues.words
    for i in msg.positions("role"):
        lead = keys[max(0, i - _LEAD) : i]
        if not words("role_article").isdisjoint(lead) and not words("role_lead").isdisjoint(lead):
            return True
        if i + 1 < len(keys) and keys[i + 1] in words("role_tail"):
            return True
    if any(i > 0 and keys[i - 1] in words("teach_lead") for i in msg.positions("teach_word")):
        return True
    if any(_works(msg, i) for i in msg.positions("work_verb")):
        return True
    return any(i > 0 and keys[i - 1] == "my" for i in msg.positions("charge_word"))


def _works(msg: Sentences, i: int) -> bool:
    """The writer's line of work: "i work in life insurance claims", "we work at a hospice",
    "i work as a carer" (class ``work_subject`` before "work", ``work_place`` after it).
    "i work on myself" is left to the "myself" test."""
    keys, words = msg.keys, msg.cues.words
    if not 0 < i < len(keys) - 1:
        return False
    return keys[i - 1] in words("work_subject") and keys[i + 1] in words("work_place")


def _none(sig: Signal) -> Signal:
    return make_signal((sig.cue, sig.start, sig.end, RiskLevel.NONE, "self", False, True, sig.frame))
