"""The optional LLM rewriter hook: the app supplies a callable through its own client.

``LLMRewriter`` is just ``(sentence, kind) -> str``. Its output is used only when it is a
single non-empty line without any digit (so it cannot introduce a phone number or other
resource) and passes the overpromise check again; otherwise the YAML wording is used.
"""

from __future__ import annotations

from collections.abc import Callable

LLMRewriter = Callable[[str, str], str]
"""``(offending sentence, kind) -> replacement sentence``; off unless the app sets one."""

_MAX_GROWTH = 4
_MAX_EXTRA = 300


def acceptable(candidate: object, original: str, passes: Callable[[str], bool]) -> str | None:
    """The stripped candidate when it is safe to use in place of ``original``, else ``None``."""
    if not isinstance(candidate, str):
        return None
    text = candidate.strip()
    if not text or "\n" in text or any(c.isdigit() for c in text):
        return None
    if len(text) > _MAX_GROWTH * len(original) + _MAX_EXTRA:
        return None
    return text if passes(text) else None


def try_llm(
    rewriter: LLMRewriter, sentence: str, kind: str, passes: Callable[[str], bool]
) -> str | None:
    """Ask the app's rewriter; any failure of the hook means "use the template"."""
    try:
        candidate = rewriter(sentence, kind)
    # The hook is app code behind a network client: whatever it raises, the guard must
    # still return the reviewed YAML wording rather than crash the reply.
    except Exception:
        return None
    return acceptable(candidate, sentence, passes)
