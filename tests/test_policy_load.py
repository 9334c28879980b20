"""Policy loading: shipped policies validate; each invalid fixture gives its exact line(s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from safeguard import _builtin
from safeguard._errors import PolicyError
from safeguard._policy_load import load_policy, parse_policy

FIXTURES = Path(__file__).parent / "data" / "policies"

# fixture -> the one error line expected, after the "<file>:" prefix
INVALID = {
    "invalid_yaml.yaml": "5: (yaml): ",
    "unknown_check.yaml": "4: checks.1.type: unknown check type `self_harn` — did you mean `self_harm`?",
    "wrong_type.yaml": "4: checks.0.budget_ms: expected a number, got 'fast' — write a number such as 20",
    "unknown_key.yaml": "4: checks.0.fial: unknown key `fial` — did you mean `fail`?",
    "bad_fail_mode.yaml": "4: checks.0.fail: 'sometimes' is not allowed — write one of 'open' or 'closed'",
    "rule_unknown_check.yaml": "6: rules.0.when.check: no check named `overpromise` — "
    "name one of the policy's checks: self_harm",
    "missing_checks.yaml": "1: checks: `checks` is required — add `checks: ...`",
    "bad_action.yaml": "7: rules.0.action: 'refuse' is not allowed — write one of 'allow', 'augment', "
    "'rewrite', 'redact', 'block' or 'escalate'",
    "bad_level.yaml": "6: rules.0.when.min_level: 'severe' is not allowed — write one of 'none', "
    "'distress', 'passive', 'ideation', 'intent' or 'imminent'",
    "duplicate_key.yaml": "2: name: duplicate key — keep only one",
    "not_a_mapping.yaml": "1: (top): the policy must be a mapping — start with `name: ...`",
    "unknown_option.yaml": "5: checks.0.options.no_such_option: unknown key `no_such_option`",
}


@pytest.mark.parametrize("name", sorted(_builtin.policy_names()))
def test_shipped_policies_validate(name: str) -> None:
    policy = load_policy(_builtin.policy_path(name))
    assert policy.name == name
    assert {c.type for c in policy.checks} >= {"self_harm", "safe_messaging", "overpromise", "pii"}


def test_at_least_general_and_companion_policies_ship() -> None:
    assert {"default", "general", "companion"} <= set(_builtin.policy_names())


@pytest.mark.parametrize(("fixture", "expected"), sorted(INVALID.items()))
def test_invalid_policy_names_file_line_and_key(fixture: str, expected: str) -> None:
    path = FIXTURES / fixture
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    errors = caught.value.errors
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{path}:{expected}"), errors[0]


def test_every_problem_is_reported_not_just_the_first() -> None:
    text = "name: x\nchecks:\n  - type: nope\n  - type: pii\n    fail: maybe\nrules: 3\n"
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, "p.yaml")
    lines = caught.value.errors
    assert any(line.startswith("p.yaml:5: checks.1.fail:") for line in lines)
    assert any(line.startswith("p.yaml:6: rules:") for line in lines)


def test_missing_file_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="cannot read it"):
        load_policy(FIXTURES / "does-not-exist.yaml")


def test_duplicate_check_ids_are_rejected() -> None:
    text = "name: x\nchecks:\n  - type: pii\n  - type: pii\n"
    with pytest.raises(PolicyError, match="two checks are named 'pii'"):
        parse_policy(text, "p.yaml")
