"""The public names of the integrations and the testing helper."""

from __future__ import annotations

import safeguard.integrations
import safeguard.testing


def test_integrations_api() -> None:
    names = safeguard.integrations.__all__
    assert names == sorted(names)
    assert {"wrap", "guarded", "GuardTransport", "AsyncGuardTransport", "OutputSession"} <= set(names)
    for name in names:
        assert getattr(safeguard.integrations, name).__doc__


def test_testing_api() -> None:
    names = safeguard.testing.__all__
    assert names == sorted(names)
    assert {"ScriptedModel", "openai_client", "anthropic_client"} <= set(names)
