"""What the conversation tells the overpromise check: a goodbye, or "are you human?".

Only the last user message matters: a goodbye makes guilt or "don't go" in the reply a
``dependence`` finding (WA HB 2225, T14), and a question about being human makes a
"yes" without any AI disclosure a ``capability`` finding (T15).
"""

from __future__ import annotations

from safeguard._conversation import Conversation
from safeguard.checks.overpromise._data import PatternSet
from safeguard.checks.overpromise._gates import Flags, has_phrase
from safeguard.checks.overpromise._tokens import Tokens, lowered, tokenize, words_in


def _last_user_text(conversation: Conversation) -> str | None:
    for message in reversed(conversation.messages):
        if message.role == "user":
            return message.text
    return None


def _contains(words: list[str], data: PatternSet, name: str) -> bool:
    return has_phrase(words, 0, len(words), data.phrases.get(name, {}))


def flags_for(conversation: Conversation, data: PatternSet) -> Flags:
    """Read the last user message for a goodbye and for a question about being human."""
    text = _last_user_text(conversation)
    if not text:
        return Flags()
    return flags_for_text(text, data)


def last_user_text(conversation: Conversation) -> str | None:
    """The text of the last user message (what the context flags are read from)."""
    return _last_user_text(conversation)


def flags_for_text(text: str, data: PatternSet) -> Flags:
    """The flags of one user message (``flags_for`` on its text)."""
    text = text[-2000:]
    low = lowered(text)
    prefilter = data.context_filter
    if not prefilter.may_match(prefilter.words(low), 0, len(low)):
        return Flags()  # no key word of any goodbye or "are you human?" phrase
    words = words_in(low)
    asked: str | None = None
    if _contains(words, data, "asked_bot"):
        asked = "bot"
    elif _contains(words, data, "asked_human"):
        asked = "human"
    return Flags(goodbye=_contains(words, data, "goodbye"), asked=asked)  # type: ignore[arg-type]


def affirms_human(first: Tokens, reply: str, data: PatternSet, flags: Flags) -> bool:
    """True when the reply answers "are you human?" with yes (or "are you a bot?" with no)
    and never says what it is."""
    if flags.asked is None:
        return False
    opening = data.phrases.get("affirm" if flags.asked == "human" else "deny", {})
    if not has_phrase(first.words, 0, min(len(first.words), 3), opening):
        return False
    return not _contains(tokenize(reply).words, data, "ai_disclosure")
