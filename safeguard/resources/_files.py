"""Read the packaged YAML files and validate them into pydantic models with clear errors."""

from __future__ import annotations

from importlib import resources
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from safeguard._errors import PolicyError

_Model = TypeVar("_Model", bound=BaseModel)
_PACKAGE_DIR = ("data", "resources")


def read_packaged(name: str) -> str:
    """The text of ``safeguard/data/resources/<name>``."""
    return resources.files("safeguard").joinpath(*_PACKAGE_DIR, name).read_text(encoding="utf-8")


def load_model(model: type[_Model], text: str, label: str) -> _Model:
    """Parse YAML ``text`` into ``model``; every problem becomes one line naming ``label``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PolicyError([f"{label}: not valid YAML: {exc}"]) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise PolicyError([_describe(label, error) for error in exc.errors()]) from None


def _describe(label: str, error: object) -> str:
    details = error if isinstance(error, dict) else {}
    where = ".".join(str(part) for part in details.get("loc", ())) or "(top level)"
    return f"{label}: {where}: {details.get('msg', 'invalid value')}"
