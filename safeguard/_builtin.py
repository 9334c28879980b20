"""Where the shipped policies and data live, in a wheel and in a source checkout alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

# A wheel installs the policies inside the package; a source checkout (and an
# editable install) keeps them in the repository's top-level policies/ folder.
_POLICY_DIRS = (_PACKAGE / "policies", _PACKAGE.parent / "policies")

DATA_DIR = _PACKAGE / "data"
DEFAULT_POLICY = "default"


def policy_path(name: str = DEFAULT_POLICY) -> Path:
    """The path of a shipped policy by name (``default``, ``companion``, ``general``)."""
    for folder in _POLICY_DIRS:
        candidate = folder / f"{name}.yaml"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"no shipped policy named {name!r}")


def policy_names() -> list[str]:
    """Names of every shipped policy."""
    names = {p.stem for folder in _POLICY_DIRS if folder.is_dir() for p in folder.glob("*.yaml")}
    return sorted(names)
