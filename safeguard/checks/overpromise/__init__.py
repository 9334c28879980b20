"""The overpromise check: promises an AI cannot keep, found in the reply and rewritten.

Kinds: ``availability`` (unbounded or future presence), ``outcome`` (guarantees about
the future), ``capability`` (claims to be human, to have lived it, to feel exactly the
same, or to be a clinician), ``confidentiality`` (secrecy) and ``dependence`` (companion
manipulation such as guilt on goodbye). Hedged hope, true facts, present-tense presence
and honest limits are not findings, nor are scripts and drafts the reply writes for the
person to say or send (their voice, see ``_scripts``). Patterns and replacement wording are YAML data under
``safeguard/data/overpromise/``; a policy can add files or disable pattern ids.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from functools import lru_cache
from typing import ClassVar

from pydantic import Field

from safeguard._conversation import Conversation
from safeguard._findings import CheckResult, Finding
from safeguard.checks._base import BaseCheck, CheckOptions
from safeguard.checks.overpromise._context import flags_for_text, last_user_text
from safeguard.checks.overpromise._data import DEFAULT_PATTERNS, PatternSet, build, read_yaml
from safeguard.checks.overpromise._gates import Flags
from safeguard.checks.overpromise._llm import LLMRewriter
from safeguard.checks.overpromise._patterns import KINDS, Kind
from safeguard.checks.overpromise._rewrite import Replacements, load_replacements, rewrite_reply
from safeguard.checks.overpromise._scan import scan

__all__ = ["KINDS", "LLMRewriter", "OverpromiseCheck", "OverpromiseOptions"]


class OverpromiseOptions(CheckOptions):
    """Options of the overpromise check (policy ``type: overpromise``)."""

    kinds: tuple[Kind, ...] = Field(default=KINDS, description="Kinds to report.")
    extra_patterns_files: tuple[str, ...] = Field(
        default=(), description="More pattern YAML files, merged after the built-in one."
    )
    disabled_patterns: tuple[str, ...] = Field(
        default=(), description="Pattern ids to drop; 'prefix.*' drops a family."
    )
    replacements_file: str | None = Field(
        default=None, description="Replacement wording YAML instead of the built-in one."
    )
    seed: int = Field(default=0, description="Varies which replacement variant is chosen.")
    min_score: float = Field(default=0.0, ge=0, le=1, description="Drop weaker findings.")


@lru_cache(maxsize=16)
def _patterns(extra: tuple[str, ...], disabled: tuple[str, ...]) -> PatternSet:
    files = [read_yaml(None, DEFAULT_PATTERNS), *(read_yaml(p, p) for p in extra)]
    return build(files, disabled)


class OverpromiseCheck(BaseCheck):
    """Find overpromises in the assistant's reply and rewrite them into honest wording."""

    name: ClassVar[str] = "overpromise"
    options_model: ClassVar[type[OverpromiseOptions]] = OverpromiseOptions

    def __init__(
        self, options: OverpromiseOptions | None = None, llm_rewriter: LLMRewriter | None = None
    ) -> None:
        self.options = options or OverpromiseOptions()
        self._data = _patterns(self.options.extra_patterns_files, self.options.disabled_patterns)
        self._kinds = frozenset(self.options.kinds)
        self._replacements: Replacements = load_replacements(
            self.options.replacements_file, self._passes_alone
        )
        self.llm_rewriter = llm_rewriter
        # Streaming checks each sentence of one reply against the same conversation, so
        # the flags of its last user message are read once (thread-safe cache).
        self._flags = functools.lru_cache(maxsize=1024)(self._flags_uncached)

    def check_input(self, conversation: Conversation) -> CheckResult:
        """Nothing: this check judges the assistant, not the person."""
        return CheckResult()

    def check_output(self, conversation: Conversation, reply: str) -> CheckResult:
        """Findings on the reply; the conversation supplies goodbye / "are you human?" cues."""
        text = last_user_text(conversation)
        flags = self._flags(text) if text else Flags()
        return CheckResult(findings=tuple(self.scan(reply, flags)))

    def _flags_uncached(self, text: str) -> Flags:
        return flags_for_text(text, self._data)

    def scan(self, reply: str, flags: Flags | None = None) -> list[Finding]:
        """Findings on ``reply`` alone (``flags`` stand in for the conversation)."""
        found = scan(reply, self._data, flags or Flags(), self._kinds)
        return [f for f in found if f.score >= self.options.min_score]

    def rewrite(self, reply: str, findings: Sequence[Finding]) -> str:
        """Replace each flagged sentence; every other character stays byte-identical."""
        return rewrite_reply(
            reply, findings, self._replacements, self.options.seed,
            self.llm_rewriter, self._passes_alone,
        )

    def _passes_alone(self, text: str) -> bool:
        """True when ``text`` has no finding under any conversation context."""
        contexts = (Flags(), Flags(goodbye=True, asked="human"), Flags(asked="bot"))
        return all(not scan(text, self._data, flags, self._kinds) for flags in contexts)
