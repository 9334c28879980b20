"""Policy models: what a YAML policy may say, validated with ``extra="forbid"`` everywhere."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from safeguard._levels import RiskLevel

FailMode = Literal["open", "closed"]
ActionName = Literal["allow", "augment", "rewrite", "redact", "block", "escalate"]
LevelName = Literal["none", "distress", "passive", "ideation", "intent", "imminent"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CheckEntry(_Strict):
    """One check to run. ``options`` are validated by the check type's own model."""

    type: str = Field(
        description="Check type: self_harm, safe_messaging, overpromise, pii, or a plugin name."
    )
    id: str | None = Field(default=None, description="Name used in findings and rules; defaults to the type.")
    enabled: bool = True
    fail: FailMode = Field(
        default="open",
        description="open: a crash is reported and the call goes on; closed: a crash raises CheckError.",
    )
    budget_ms: float = Field(
        default=20.0, gt=0, description="Time budget in ms; an overrun is reported, the result kept."
    )
    options: dict[str, Any] = Field(default_factory=dict)

    @property
    def name(self) -> str:
        """The id findings and rules use."""
        return self.id or self.type


class Match(_Strict):
    """Which findings a rule applies to."""

    check: str = Field(description="Check id (usually its type).")
    where: Literal["input", "output"] | None = None
    categories: list[str] | None = Field(default=None, description="Only these categories; all when absent.")
    min_level: LevelName | None = Field(
        default=None, description="For self_harm: the conversation's risk is at least this level."
    )
    max_level: LevelName | None = None

    def level_range(self) -> tuple[RiskLevel, RiskLevel]:
        """The inclusive level range this rule covers."""
        low = RiskLevel.parse(self.min_level or "none")
        high = RiskLevel.parse(self.max_level or "imminent")
        return low, high


class Rule(_Strict):
    """When findings match, take an action."""

    id: str
    when: Match
    action: ActionName


class CrisisSettings(_Strict):
    """Where crisis resources come from and how they are shown."""

    resources_files: list[str] = Field(
        default_factory=list, description="Extra crisis-line YAML files, merged over the shipped data."
    )
    include_secondary: bool = Field(
        default=False, description="Also show lines verified from a single secondary source."
    )


class TelemetrySettings(_Strict):
    """What telemetry may contain. Text is never exported unless ``include_text`` is true."""

    enabled: bool = True
    include_text: bool = Field(default=False, description="Opt in to exporting (redacted) message text.")
    hash_conversation_ids: bool = True


_AMBIGUOUS: tuple[LevelName, ...] = ("distress", "passive", "ideation")


class JudgeSettings(_Strict):
    """An LLM judge as the second opinion (see ``safeguard.openai_judge``), for apps that
    configure the guard by YAML only (the proxy). Off unless the policy has this section."""

    vendor: Literal["openai", "anthropic"] = Field(
        description="openai: any OpenAI-compatible chat completions server; anthropic: the Messages API."
    )
    model: str = Field(min_length=1, description="The judge model's name.")
    base_url: str | None = Field(default=None, description="Server URL; the SDK's default when absent.")
    api_key_env: str | None = Field(
        default=None,
        description="Environment variable holding the key (default OPENAI_API_KEY / ANTHROPIC_API_KEY).",
    )
    levels: list[LevelName] | Literal["all"] = Field(
        default_factory=lambda: list(_AMBIGUOUS),
        description="Rule-based levels that trigger a consultation; all: every turn.",
    )
    timeout_s: float = Field(default=2.0, gt=0, le=30, description="How long the guard waits.")
    fail: FailMode = Field(
        default="open", description="open: keep the rules' level on a timeout or error; closed: raise."
    )
    max_turns: int = Field(default=12, ge=1, le=100, description="Newest turns sent to the judge.")
    redact: bool = Field(default=True, description="Replace PII with [ENTITY] labels before sending.")


class Policy(_Strict):
    """A complete guard policy."""

    name: str
    version: str = "1"
    description: str = ""
    default_locale: str | None = Field(default=None, description="BCP-47 tag used when a request has none.")
    fail: FailMode = Field(
        default="open", description="What an unexpected error inside the guard does to the host call."
    )
    checks: list[CheckEntry]
    rules: list[Rule] = Field(default_factory=list)
    crisis: CrisisSettings = Field(default_factory=CrisisSettings)
    telemetry: TelemetrySettings = Field(default_factory=TelemetrySettings)
    second_opinion: JudgeSettings | None = Field(
        default=None, description="An LLM judge for the self-harm risk (off when absent)."
    )

    @field_validator("checks")
    @classmethod
    def _unique_ids(cls, checks: list[CheckEntry]) -> list[CheckEntry]:
        seen: set[str] = set()
        for entry in checks:
            if entry.name in seen:
                raise ValueError(f"two checks are named {entry.name!r}; give one an `id:`")
            seen.add(entry.name)
        return checks
