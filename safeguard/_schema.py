"""The policy JSON Schema, with each check type's options spelled out (for editors and docs)."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from safeguard import _registry
from safeguard._policy import CheckEntry, Policy


def _entry_model(type_name: str) -> type[BaseModel]:
    spec = _registry.resolve(type_name)
    fields: dict[str, Any] = {
        name: (info.annotation, info) for name, info in CheckEntry.model_fields.items() if name != "options"
    }
    fields["type"] = (Literal[type_name], Field(description=f"The {type_name} check."))
    fields["options"] = (spec.options_model, Field(default_factory=spec.options_model))
    title = "".join(part.title() for part in type_name.split("_")) + "Entry"
    return create_model(title, __config__=ConfigDict(extra="forbid"), **fields)


def policy_schema() -> dict[str, Any]:
    """JSON Schema of a policy file, one variant per known check type."""
    entries = tuple(_entry_model(name) for name in _registry.check_types())
    union = Annotated[Union[entries], Field(discriminator="type")]  # type: ignore[valid-type]  # noqa: UP007
    fields: dict[str, Any] = {
        name: (info.annotation, info) for name, info in Policy.model_fields.items() if name != "checks"
    }
    fields["checks"] = (list[union], Field(description="The checks to run, in order."))
    model = create_model("Policy", __config__=ConfigDict(extra="forbid"), **fields)
    schema: dict[str, Any] = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "safeguard policy"
    return schema
