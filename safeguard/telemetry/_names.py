"""Every span, metric, attribute and event name safeguard emits, in one place.

``docs/telemetry.md`` documents each of them (a test checks that every name here
appears there). Three vocabularies are used:

- OpenInference (``openinference.span.kind`` = ``GUARDRAIL``, ``input.value``,
  ``output.value``): what Arize Phoenix uses to draw the trace.
- The OpenTelemetry GenAI conventions: ``gen_ai.conversation.id``,
  ``gen_ai.provider.name`` and ``gen_ai.request.model`` (published, in development),
  and the **draft** guardrail proposal's ``gen_ai.security.*`` names, which are not
  merged yet and may still change.
- ``safeguard.*`` for everything neither covers.
"""

from __future__ import annotations

from typing import Final

INSTRUMENTATION_NAME: Final = "safeguard"

# -- spans ------------------------------------------------------------------
GUARD_SPAN: Final = "safeguard.guard"
CHECK_SPAN_PREFIX: Final = "safeguard.check"
FAILURE_EVENT: Final = "safeguard.check.failure"

# -- OpenInference ----------------------------------------------------------
OI_SPAN_KIND: Final = "openinference.span.kind"
OI_GUARDRAIL: Final = "GUARDRAIL"
OI_INPUT_VALUE: Final = "input.value"
OI_OUTPUT_VALUE: Final = "output.value"

# -- OpenTelemetry GenAI (published, development stability) -------------------
GENAI_CONVERSATION_ID: Final = "gen_ai.conversation.id"
GENAI_PROVIDER: Final = "gen_ai.provider.name"
GENAI_MODEL: Final = "gen_ai.request.model"

# -- OpenTelemetry GenAI security (draft proposal, not merged) -----------------
SEC_GUARDRAIL_NAME: Final = "gen_ai.security.guardrail.name"
SEC_VERDICT: Final = "gen_ai.security.verdict.type"
SEC_ACTION: Final = "gen_ai.security.action.type"
SEC_POLICY_NAME: Final = "gen_ai.security.policy.name"
SEC_POLICY_VERSION: Final = "gen_ai.security.policy.version"
SEC_RULE_ID: Final = "gen_ai.security.policy.rule.id"
SEC_RISK_SCORE: Final = "gen_ai.security.risk.score"

# -- safeguard ----------------------------------------------------------------
POLICY_NAME: Final = "safeguard.policy.name"
POLICY_VERSION: Final = "safeguard.policy.version"
VENDOR: Final = "safeguard.vendor"
MODEL: Final = "safeguard.model"
STAGE: Final = "safeguard.stage"
STAGES: Final = "safeguard.stages"
RISK_LEVEL: Final = "safeguard.risk.level"
RISK_SUBJECT: Final = "safeguard.risk.subject"
METHOD_SEEKING: Final = "safeguard.risk.method_seeking"
CATEGORIES: Final = "safeguard.finding.categories"
FINDING_COUNT: Final = "safeguard.finding.count"
ACTIONS: Final = "safeguard.action.types"
RULES: Final = "safeguard.rule.ids"
BLOCKED: Final = "safeguard.blocked"
REFERRAL: Final = "safeguard.referral"
FAILURES: Final = "safeguard.failures"
FAIL_OPEN: Final = "safeguard.fail_open"
LATENCY_MS: Final = "safeguard.latency_ms"
CHECK_NAME: Final = "safeguard.check.name"
CATEGORY: Final = "safeguard.finding.category"
ACTION_TYPE: Final = "safeguard.action.type"
FAILURE_KIND: Final = "safeguard.failure.kind"
FAILURE_MODE: Final = "safeguard.failure.mode"
FAILURE_REASON: Final = "safeguard.failure.reason"
ERROR_TYPE: Final = "error.type"

# -- metrics --------------------------------------------------------------------
M_CALLS: Final = "safeguard.calls"
M_CHECKS: Final = "safeguard.checks"
M_FINDINGS: Final = "safeguard.findings"
M_ACTIONS: Final = "safeguard.actions"
M_REFERRALS: Final = "safeguard.crisis_referrals"
M_BLOCKS: Final = "safeguard.blocks"
M_FAILURES: Final = "safeguard.check.failures"
M_FAIL_OPEN: Final = "safeguard.fail_open"
M_ERRORS: Final = "safeguard.errors"
M_DURATION: Final = "safeguard.guard.duration"

# -- audit events ---------------------------------------------------------------
AUDIT_EVENT: Final = "safeguard.decision"
AUDIT_SCHEMA: Final = "safeguard.audit/1"
