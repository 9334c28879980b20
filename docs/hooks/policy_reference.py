"""mkdocs hook: the policy reference page, generated at build time from ``policy_schema()``.

The page is never committed, so it cannot drift from the pydantic models: every build
(``mkdocs build --strict`` in CI included) renders it again from the JSON Schema and the
shipped policy files. If the schema cannot be built, the build fails.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

PAGE = "policies.md"
Schema = Mapping[str, Any]


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_of(prop: Schema) -> str:
    """A short, readable type: ``string``, ``list of string``, ``"open" | "closed"``, ``Match``."""
    if "$ref" in prop:
        return f"[{_ref_name(prop['$ref'])}](#{_ref_name(prop['$ref']).lower()})"
    if "const" in prop:
        return json.dumps(prop["const"])
    if "enum" in prop:
        return " \\| ".join(json.dumps(v) for v in prop["enum"])
    for key in ("anyOf", "oneOf"):
        if key in prop:
            return " \\| ".join(type_of(p) for p in prop[key])
    kind = prop.get("type", "any")
    if kind == "array":
        return f"list of {type_of(prop.get('items', {}))}"
    if kind == "object" and isinstance(prop.get("additionalProperties"), Mapping):
        return f"map of string to {type_of(prop['additionalProperties'])}"
    return str(kind)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _default(prop: Schema, required: bool) -> str:
    if required:
        return "**required**"
    if "default" not in prop:
        return "optional"
    return f"`{json.dumps(prop['default'], ensure_ascii=False)}`"


def _limits(prop: Schema) -> str:
    names = {"minimum": ">=", "exclusiveMinimum": ">", "maximum": "<=", "exclusiveMaximum": "<"}
    return ", ".join(f"{sign} {prop[k]}" for k, sign in names.items() if k in prop)


def fields_table(model: Schema) -> list[str]:
    """A Markdown table of one object's properties."""
    required = set(model.get("required", ()))
    rows = ["| key | type | default | description |", "|---|---|---|---|"]
    for name, prop in model.get("properties", {}).items():
        description = _cell(" ".join(x for x in (prop.get("description", ""), _limits(prop)) if x)) or "–"
        rows.append(f"| `{name}` | {type_of(prop)} | {_default(prop, name in required)} | {description} |")
    return rows


def _section(level: int, name: str, model: Schema) -> list[str]:
    lines = ["", f"{'#' * level} {name}", ""]
    if model.get("description"):
        lines += [_cell(model["description"]), ""]
    return lines + (fields_table(model) if model.get("properties") else ["(no keys)"])


def check_variants(schema: Schema) -> list[tuple[str, str]]:
    """``(check type, definition name)`` for every variant of the ``checks`` list."""
    items = schema["properties"]["checks"].get("items", {})
    mapping = items.get("discriminator", {}).get("mapping", {})
    if mapping:
        return [(t, _ref_name(ref)) for t, ref in mapping.items()]
    refs = [_ref_name(v["$ref"]) for v in items.get("oneOf", items.get("anyOf", [])) if "$ref" in v]
    defs = schema.get("$defs", {})
    return [(defs[r]["properties"]["type"].get("const", r), r) for r in refs]


def _options_ref(entry: Schema) -> str | None:
    options = entry.get("properties", {}).get("options", {})
    refs = [options.get("$ref")] + [p.get("$ref") for p in options.get("allOf", [])]
    found = next((r for r in refs if r), None)
    return _ref_name(found) if found else None


def _checks(schema: Schema, done: set[str]) -> Iterator[str]:
    defs = schema.get("$defs", {})
    yield from [
        "",
        "## Checks",
        "",
        "Each entry of `checks:` picks its kind with `type:`; "
        "`options:` are validated by that check's own model (unknown keys are errors).",
    ]
    for type_name, entry_name in check_variants(schema):
        entry = defs[entry_name]
        done.add(entry_name)
        # the anchor the schema's $ref links point at (e.g. #selfharmentry)
        yield from ["", f'<a id="{entry_name.lower()}"></a>']
        yield from _section(3, f"`type: {type_name}`", entry)
        options = _options_ref(entry)
        if options and options in defs:
            done.add(options)
            yield from ["", f'<a id="{options.lower()}"></a>']
            yield from _section(4, f"`{type_name}` options ({options})", defs[options])


def render(schema: Schema, policies: Sequence[Path] = ()) -> str:
    """The whole reference page as Markdown."""
    lines = [
        "# Policy reference",
        "",
        "<!-- generated at build time by docs/hooks/policy_reference.py; do not edit -->",
        "",
        "Generated from `safeguard.policy_schema()` (the pydantic models) every time the docs are "
        "built, so it always matches the code. `safeguard schema` prints the same JSON Schema for "
        "editor completion; `safeguard validate FILE` checks a policy and names the file, line and "
        "key of every problem. Every object forbids unknown keys.",
        *_section(2, "Top level", schema),
    ]
    done: set[str] = set()
    lines += list(_checks(schema, done))
    rest = {n: d for n, d in schema.get("$defs", {}).items() if n not in done}
    if rest:
        lines += ["", "## Shared definitions"]
        for name, model in sorted(rest.items()):
            lines += _section(3, name, model)
    lines += list(_examples(policies))
    return "\n".join(lines) + "\n"


def _examples(policies: Sequence[Path]) -> Iterator[str]:
    if not policies:
        return
    yield from [
        "",
        "## Shipped policies",
        "",
        "These files ship with the package (`safeguard.Guard()` "
        "uses `default`); they are included here as they are in the repository.",
    ]
    for path in policies:
        yield from ["", f"### `{path.name}`", "", "```yaml", path.read_text(encoding="utf-8").rstrip(), "```"]


def build_page() -> str:
    """Render from the installed package and the repository's ``policies/``."""
    from safeguard._schema import policy_schema

    root = Path(__file__).resolve().parents[2]
    return render(policy_schema(), sorted((root / "policies").glob("*.yaml")))


def on_files(files: Any, config: Any) -> Any:
    """mkdocs event: add the generated page to the site's files."""
    from mkdocs.structure.files import File

    files.append(File.generated(config, PAGE, content=build_page()))
    return files
