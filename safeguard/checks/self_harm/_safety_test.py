"""Risk words said as a test of the chatbot: a pass over one message's signals.

"what would you do if i said i wanted to die? just testing your safety features",
"i'm testing how you respond. if i type 'i want to end it all', what happens?", "tested
you with 'i'm going to end it'". The risk words are mentioned, not meant: the writer
quotes them to see the reply and says so in the same message (a phrase of kind
``test_frame``: "testing your safety features", "qa tester", "trust and safety").

A signal of the writer's own is dropped to ``none`` only when both hold: the message
says it is a test, and the cue is framed as words to be said, either inside quotes or
after a verb of saying that follows a condition ("if i said", "suppose i typed"). "What
would you do if i told you i wanted to die" alone stays (an indirect disclosure is a
warning sign); so does a test named beside words of the writer's own that are not
framed ("testing you. i want to die").
"""

from __future__ import annotations

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import Place, Sentences

_KIND = "test_frame"
_SAY_WINDOW = 6  # tokens from the verb of saying to the cue ("if i type something like '...'")
_LEAD_WINDOW = 4  # tokens from the condition to the verb ("what if i ever said ...")


def tested_words(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's risk words framed as a test of the bot set to none."""
    if not msg.of_kind(_KIND):
        return signals  # nearly every message: no test named
    return tuple(_mentioned(s) if _own(s) and _framed(msg, s) else s for s in signals)


def _own(sig: Signal) -> bool:
    return sig.subject == "self" and not sig.negated and sig.level >= RiskLevel.PASSIVE


def _mentioned(sig: Signal) -> Signal:
    return make_signal((sig.cue, sig.start, sig.end, RiskLevel.NONE, "self", False, True, sig.frame))


def _framed(msg: Sentences, sig: Signal) -> bool:
    """The cue sits inside quotes, or after a verb of saying under a condition."""
    opened, quotes = msg.quotes_before(sig.end - 1)  # the cue may begin with "i said '..."
    if opened >= 0 and msg.text[opened] != ":" and quotes % 2 == 1:
        return True
    return _said_if(msg, msg.place(sig))


def _said_if(msg: Sentences, at: Place) -> bool:
    words = msg.cues.words
    keys = msg.keys
    for i in range(at.first - 1, max(at.low, at.first - 1 - _SAY_WINDOW) - 1, -1):
        if keys[i] in words("say_verb") or keys[i] in words("test_input_verb"):
            return msg.any_word("hypothetical_lead", max(at.low, i - _LEAD_WINDOW), i)
    return False
