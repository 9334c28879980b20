"""No network, ever: a socket audit hook watches every recognizer at work."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from typing import Any

import pytest

from safeguard.checks.pii import PiiCheck, PiiOptions

# One text per recognizer family, each of which must fire.
TRIGGERS = {
    "EMAIL_ADDRESS": "mail maria@example.co.uk",
    "PHONE_NUMBER": "call +1 (415) 555-0132",
    "CREDIT_CARD": "card 4111 1111 1111 1111",
    "US_SSN": "my ssn 125-17-4954",
    "IP_ADDRESS": "ip 10.0.0.1",
    "IBAN_CODE": "IBAN GB82WEST12345698765432",
    "URL": "see https://example.com and www.example.org",
    "CRYPTO": "btc 1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
    "DATE_TIME": "born 7/30/1964",
    "PERSON": "my name is Maria Garcia",
    "LOCATION": "I live in Manchester",
}
ALL = list(TRIGGERS)
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname"})
_attempts: list[tuple[str, Any]] = []
_installed = False


def _audit(event: str, args: Any) -> None:
    if event in _NETWORK_EVENTS:
        _attempts.append((event, args))


@pytest.fixture
def network_audit() -> list[tuple[str, Any]]:
    """Records network attempts (audit hooks cannot be removed, so install once)."""
    global _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True
    _attempts.clear()
    return _attempts


def test_every_recognizer_fires_without_touching_the_network(network_audit: list[tuple[str, Any]]) -> None:
    check = PiiCheck(PiiOptions(entities=ALL, thresholds={"DATE_TIME": 0.5}))
    for entity, text in TRIGGERS.items():
        found = {f.category for f in check.find(text, "input", 0)}
        assert entity in found, (entity, found)
    assert network_audit == []


def test_the_audit_hook_would_see_a_connection(network_audit: list[tuple[str, Any]]) -> None:
    import socket

    with socket.socket() as sock:
        sock.settimeout(0.01)
        # Nothing listens there; the attempt is what the hook must see.
        with contextlib.suppress(OSError):
            sock.connect(("127.0.0.1", 9))
    assert any(event == "socket.connect" for event, _ in network_audit)


def test_import_safeguard_does_not_import_presidio() -> None:
    code = (
        "import sys, safeguard, safeguard.checks.pii as p; p.PiiCheck(); "
        "print('presidio_analyzer' in sys.modules, 'tldextract' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_clean_text_never_loads_presidio() -> None:
    code = (
        "import sys; from safeguard.checks.pii import PiiCheck; "
        "PiiCheck().find('I feel tired and my friend Maria is away', 'input', 0); "
        "print('presidio_analyzer' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cold_start_in_a_fresh_process_makes_no_network_attempt() -> None:
    """The hook is installed before Presidio, tldextract and the engine are loaded."""
    code = f"""
import sys
attempts = []
sys.addaudithook(lambda e, a: attempts.append(e) if e in ("socket.connect", "socket.getaddrinfo") else None)
from safeguard.checks.pii import PiiCheck, PiiOptions
check = PiiCheck(PiiOptions(entities={ALL!r}, thresholds={{"DATE_TIME": 0.5}}))
for text in {list(TRIGGERS.values())!r}:
    assert check.find(text, "input", 0), text
print(len(attempts))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
