"""Load a policy from YAML, reporting every problem as ``file:line: key.path: what — fix``.

Nothing is half-applied: either the whole policy validates and a ``Policy`` comes
back, or ``PolicyError`` lists every problem found.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from safeguard import _registry
from safeguard._errors import PolicyError
from safeguard._policy import Policy

Loc = tuple[str | int, ...]

_TYPE_HINTS = {
    "float_parsing": ("expected a number", "write a number such as 20"),
    "float_type": ("expected a number", "write a number such as 20"),
    "int_parsing": ("expected a whole number", "write a whole number such as 3"),
    "int_type": ("expected a whole number", "write a whole number such as 3"),
    "bool_parsing": ("expected true or false", "write true or false"),
    "bool_type": ("expected true or false", "write true or false"),
    "string_type": ("expected text", "write a quoted string"),
    "list_type": ("expected a list", "write a list of `- item` lines"),
    "dict_type": ("expected a mapping", "write `key: value` lines indented under this key"),
    "model_type": ("expected a mapping", "write `key: value` lines indented under this key"),
    "model_attributes_type": ("expected a mapping", "write `key: value` lines indented under this key"),
}


def line_map(text: str) -> dict[Loc, int]:
    """Map every key path in a YAML document to its 1-based line."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: dict[Loc, int] = {}
    if root is not None:
        _walk(root, (), lines)
    return lines


def _walk(node: yaml.Node, path: Loc, lines: dict[Loc, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, str(key.value))
            lines[child] = key.start_mark.line + 1
            _walk(value, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines)


def _duplicate_keys(node: yaml.Node | None, path: Loc = ()) -> Iterator[tuple[Loc, int]]:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                yield (*path, name), key.start_mark.line + 1
            seen.add(name)
            yield from _duplicate_keys(value, (*path, name))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _duplicate_keys(item, (*path, index))


def _line_for(loc: Loc, lines: Mapping[Loc, int]) -> int:
    for cut in range(len(loc), -1, -1):
        if loc[:cut] in lines:
            return lines[loc[:cut]]
    return 1


def _dotted(loc: Loc) -> str:
    return ".".join(str(part) for part in loc) or "(top)"


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The pydantic model that owns the last key of ``loc`` (for "did you mean")."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        fields: dict[str, Any] = getattr(current, "model_fields", {})
        field = fields.get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
        if current is None:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) is not None:
        for arg in get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _explain(error: Mapping[str, Any], model: type[BaseModel], loc: Loc) -> tuple[str, str]:
    kind = error["type"]
    key = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        owner = _model_at(model, loc)
        allowed = sorted(owner.model_fields) if owner else []
        close = difflib.get_close_matches(key, allowed, n=1)
        fix = f"did you mean `{close[0]}`?" if close else f"allowed keys: {', '.join(allowed)}"
        return f"unknown key `{key}`", fix
    if kind == "missing":
        return f"`{key}` is required", f"add `{key}: ...`"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{error['input']!r} is not allowed", f"write one of {expected}"
    if kind in {"greater_than", "greater_than_equal"}:
        return str(error["msg"]).lower(), "write a positive number"
    if kind in _TYPE_HINTS:
        what, fix = _TYPE_HINTS[kind]
        return f"{what}, got {error['input']!r}", fix
    message = str(error["msg"]).removeprefix("Value error, ")
    what, _, fix = message.partition(" — ")
    return what, fix or "see `safeguard schema` for what this key accepts"


def _pydantic_problems(
    exc: ValidationError, model: type[BaseModel], prefix: Loc = ()
) -> list[tuple[Loc, str, str]]:
    problems = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        what, fix = _explain(error, model, loc)
        problems.append(((*prefix, *loc), what, fix))
    return problems


def _check_problems(policy: Policy) -> list[tuple[Loc, str, str]]:
    """Second stage: check types exist, their options validate, rules name real checks."""
    problems: list[tuple[Loc, str, str]] = []
    for index, entry in enumerate(policy.checks):
        try:
            spec = _registry.resolve(entry.type)
        except KeyError:
            known = _registry.check_types()
            close = difflib.get_close_matches(entry.type, known, n=1)
            fix = f"did you mean `{close[0]}`?" if close else f"use one of {', '.join(known)}"
            problems.append((("checks", index, "type"), f"unknown check type `{entry.type}`", fix))
            continue
        try:
            spec.options_model.model_validate(entry.options)
        except ValidationError as exc:
            prefix: Loc = ("checks", index, "options")
            problems.extend(_pydantic_problems(exc, spec.options_model, prefix))
    names = {entry.name for entry in policy.checks}
    for index, rule in enumerate(policy.rules):
        if rule.when.check not in names:
            fix = f"name one of the policy's checks: {', '.join(sorted(names))}"
            problems.append((("rules", index, "when", "check"), f"no check named `{rule.when.check}`", fix))
    return problems


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """Validate policy YAML text. Raises ``PolicyError`` listing every problem."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or "invalid YAML"
        raise PolicyError(
            [f"{source}:{line}: (yaml): {problem} — fix the YAML syntax (indentation, a colon or a quote)"]
        ) from None
    if not isinstance(data, dict):
        raise PolicyError([f"{source}:1: (top): the policy must be a mapping — start with `name: ...`"])
    lines = line_map(text)
    problems = [(loc, "duplicate key", "keep only one") for loc, _ in _duplicate_keys(root)]
    policy: Policy | None = None
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc, Policy))
    if policy is not None:
        problems.extend(_check_problems(policy))
    if problems:
        raise PolicyError(
            [
                f"{source}:{_line_for(loc, lines)}: {_dotted(loc)}: {what} — {fix}"
                for loc, what, fix in problems
            ]
        )
    assert policy is not None
    return policy


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy file."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError([f"{file}:0: (file): cannot read it ({exc.strerror}) — check the path"]) from None
    return parse_policy(text, str(file))
