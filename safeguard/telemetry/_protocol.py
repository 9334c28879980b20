"""The protocol document operators publish (California SB 243, §22602(b)(2)), from a policy.

Everything specific comes from the active policy and the loaded crisis directory:
the checks that run, the rules that turn risk into actions, and every crisis service
with its source and verification date. The fixed prose (what the levels mean, what
each action does, what is logged) lives in ``_protocol_text``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from safeguard._policy import Policy, Rule
from safeguard.resources import CountryResources, Directory, Service
from safeguard.telemetry import _protocol_text as t


def render_protocol(policy: Policy, directory: Directory, today: dt.date | None = None) -> str:
    """The protocol as Markdown."""
    today = today or dt.date.today()
    parts = [
        t.TITLE.format(name=policy.name, version=policy.version, date=today.isoformat()),
        t.INTRO,
        _detection(policy),
        _levels(),
        _rules(policy),
        t.ACTIONS,
        _resources(policy, directory),
        _logging(policy),
        t.EVIDENCE,
        t.LIMITS,
    ]
    return "\n\n".join(part.strip() for part in parts) + "\n"


def _detection(policy: Policy) -> str:
    enabled = [c for c in policy.checks if c.enabled]
    rows = [f"| `{c.name}` | {t.CHECK_PURPOSE.get(c.type, t.CUSTOM_CHECK)} | {c.fail} |" for c in enabled]
    head = [t.DETECTION_HEAD, "| check | what it looks for | if it fails |", "|---|---|---|"]
    return "\n".join([*head, *rows])


def _levels() -> str:
    rows = [f"| {level} | {meaning} | {basis} |" for level, meaning, basis in t.LEVEL_ROWS]
    return "\n".join([t.LEVELS_HEAD, *rows, "", t.LEVELS_NOTE])


def _rules(policy: Policy) -> str:
    rows = [f"| `{r.id}` | {_condition(r)} | {r.action} |" for r in policy.rules]
    if not rows:
        return t.RULES_HEAD + "\n\nThis policy has no rules: findings are logged, nothing is changed."
    return "\n".join([t.RULES_HEAD, "| rule | when | action |", "|---|---|---|", *rows])


def _condition(rule: Rule) -> str:
    when = rule.when
    if when.min_level or when.max_level:
        # Level rules follow the whole conversation's risk, not single findings.
        low, high = when.min_level or "none", when.max_level or "imminent"
        span: str
        if low == high:
            span = low
        elif high == "imminent":
            span = f"{low} or higher"
        else:
            span = f"between {low} and {high}"
        return f"`{when.check}` rates the conversation's risk {span}"
    found = ", ".join(when.categories) if when.categories else "anything"
    where = {"input": " in the user's messages", "output": " in the reply"}.get(when.where or "", "")
    return f"`{when.check}` finds {found}{where}"


def _logging(policy: Policy) -> str:
    settings = policy.telemetry
    if not settings.enabled:
        return t.TELEMETRY_OFF
    text = t.TEXT_ON if settings.include_text else t.TEXT_OFF
    ids = t.IDS_HASHED if settings.hash_conversation_ids else t.IDS_RAW
    return t.LOGGING.format(text=text, ids=ids)


def _resources(policy: Policy, directory: Directory) -> str:
    tier = "verified and secondary" if policy.crisis.include_secondary else "verified"
    lines = [t.RESOURCES_HEAD.format(tier=tier)]
    for country in directory.countries():
        lines.extend(_country(country))
    fallback = directory.fallback
    lines.append(
        t.FALLBACK.format(
            directory=fallback.directory, source=fallback.source_url, verified=fallback.verified.isoformat()
        )
    )
    return "\n".join(lines)


def _country(country: CountryResources) -> Iterator[str]:
    yield f"\n### {country.name} ({country.code})\n"
    for service in country.services:
        yield _service(service)
    if country.emergency:
        numbers = ", ".join(e.number for e in country.emergency)
        yield f"- Emergency services: {numbers}."
    else:
        yield "- Emergency services: the person is told to call their local emergency number."


def _service(service: Service) -> str:
    channels = "; ".join(f"{c.kind} {c.value}" for c in service.shown_channels())
    audience = f" (for {service.audience})" if service.audience else ""
    return (
        f"- **{service.name}**{audience}: {channels}. Hours: {service.hours}. "
        f"Languages: {', '.join(service.languages)}. Source: {service.source_url} "
        f"(checked {service.verified.isoformat()}, tier {service.tier})."
    )
