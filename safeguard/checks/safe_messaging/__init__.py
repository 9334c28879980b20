"""The safe-messaging output check: what a reply must not say to a person at risk.

``SafeMessagingCheck.check_output`` matches the reply against
``safeguard/data/safe_messaging/*.yaml`` and judges each hit against the
conversation's self-harm state (from :class:`~safeguard.checks.self_harm.SelfHarmCheck`).
Categories: ``method_detail``, ``location_detail``, ``suicide_as_solution``,
``goodbye_note``, ``harmful_after_resource``, ``abandonment`` and
``missing_resource``. The policy, not this check, decides what to do with them
(replace the reply, augment it with resources).
"""

from __future__ import annotations

import functools
from typing import ClassVar

from pydantic import Field

from safeguard._conversation import Conversation
from safeguard._findings import REPLY, CheckResult, Finding, SelfHarmState
from safeguard._normalize import normalize, tokenize
from safeguard.checks._base import BaseCheck, CheckOptions
from safeguard.checks.safe_messaging._rules import (
    RULES,
    Context,
    Reply,
    Span,
    after_resource,
    engagement_spans,
    harmful_spans,
)
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions
from safeguard.checks.self_harm._data import CueSet, load_files

__all__ = ["SafeMessagingCheck", "SafeMessagingOptions"]

KINDS = frozenset(
    {
        "method",
        "dose",
        "location",
        "height",
        "solution",
        "note",
        "note_weak",
        "note_request",
        "resource",
        "refusal",
        "invitation",
        "selfharm",
    }
)
_SCORES = {"method_detail": 0.9, "location_detail": 0.85, "suicide_as_solution": 0.95}


class SafeMessagingOptions(CheckOptions):
    """Options of the ``safe_messaging`` check (policy YAML ``options:``)."""

    extra_phrases_files: list[str] = Field(
        default_factory=list, description="YAML files in the shipped format, merged in."
    )
    disabled_cues: list[str] = Field(default_factory=list, description="Cue ids to leave out.")
    report_missing_resources: bool = Field(
        default=True, description="Report a reply with no crisis resource after risk."
    )
    self_harm: SelfHarmOptions = Field(
        default_factory=SelfHarmOptions, description="How the conversation's risk is judged."
    )


class SafeMessagingCheck(BaseCheck):
    """Safe-messaging rules SM-1, SM-2, SM-3, SM-7, SM-13 and SM-15 on the model's reply."""

    name = "safe_messaging"
    options_model = SafeMessagingOptions
    # the engine passes the risk state the input side judged (see check_output's `state`)
    uses_risk_state: ClassVar[bool] = True

    def __init__(self, options: SafeMessagingOptions | None = None) -> None:
        self.options = options or SafeMessagingOptions()
        sources = ("data/safe_messaging/en.yaml", *self.options.extra_phrases_files)
        self._cues: CueSet = load_files(sources, frozenset(self.options.disabled_cues), KINDS)
        self._risk = SelfHarmCheck(self.options.self_harm)
        self._note_request = functools.lru_cache(maxsize=1024)(self._note_request_uncached)

    def check_output(
        self, conversation: Conversation, reply: str, state: SelfHarmState | None = None
    ) -> CheckResult:
        """Findings on ``reply``; ``state`` may be passed when the engine already judged it."""
        ctx = Context(
            state=state or self._risk.assess(conversation),
            note_requested=any(self._note_request(m.text) for _, m in conversation.user_turns()),
        )
        parsed = Reply(reply, tokenize(normalize(reply)), self._cues)
        harmful = harmful_spans(parsed, ctx)
        spans = harmful + after_resource(parsed, harmful) + engagement_spans(parsed, ctx, len(reply))
        if not self.options.report_missing_resources:
            spans = [s for s in spans if s.category != "missing_resource"]
        return CheckResult(findings=tuple(_finding(s) for s in _unique(spans) if s.end > s.start))

    def warm(self, conversation: Conversation) -> None:
        """Read the user's turns ahead of the reply (cached by text): nothing is decided here.

        The proxy calls this while it reads a request, so the first sentence of a streamed
        reply does not wait for every user turn to be read for a note request.
        """
        for _, message in conversation.user_turns():
            self._note_request(message.text)

    def _note_request_uncached(self, text: str) -> bool:
        parsed = Reply(text, tokenize(normalize(text)), self._cues)
        return bool(parsed.of("note_request"))


def _unique(spans: list[Span]) -> list[Span]:
    """Overlapping spans of one category merge into one (widest cue id kept)."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.category, s.start, -s.end)):
        last = out[-1] if out else None
        if last is not None and last.category == span.category and span.start < last.end:
            out[-1] = Span(last.category, last.start, max(last.end, span.end), last.cue)
            continue
        out.append(span)
    return sorted(out, key=lambda s: (s.start, s.end, s.category))


def _finding(span: Span) -> Finding:
    return Finding(
        check="safe_messaging",
        category=span.category,
        where="output",
        message=REPLY,
        start=span.start,
        end=span.end,
        score=_SCORES.get(span.category, 0.8),
        detail={"rule": RULES[span.category], "cue": span.cue},
    )
