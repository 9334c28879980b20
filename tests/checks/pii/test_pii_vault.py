"""Reversible redaction: round trip, stable placeholders, TTL, isolation, thread safety."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from safeguard import Finding
from safeguard.checks.pii import PiiCheck, Vault, VaultStore, pii_token

CHECK = PiiCheck()


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def redact(vault: Vault, text: str) -> str:
    return vault.redact(text, CHECK.find(text, "input", 0))


def test_round_trip_restores_the_original() -> None:
    vault = Vault()
    text = "I'm Maria Garcia, maria@example.com, call +1 (415) 555-0132."
    redacted = redact(vault, text)
    assert "maria@example.com" not in redacted
    assert "Maria Garcia" not in redacted
    assert "<EMAIL_ADDRESS_1>" in redacted
    assert vault.restore(redacted) == text


def test_same_value_same_placeholder_within_a_conversation() -> None:
    vault = Vault()
    first = redact(vault, "mail a@example.com or b@example.com")
    second = redact(vault, "again: b@example.com, then a@example.com")
    assert first == "mail <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>"
    assert second == "again: <EMAIL_ADDRESS_2>, then <EMAIL_ADDRESS_1>"


def test_restore_leaves_unknown_placeholders_and_plain_text_alone() -> None:
    vault = Vault()
    redact(vault, "mail a@example.com")
    assert vault.restore("hi <EMAIL_ADDRESS_9> and <PERSON_1>, 3 < 4") == (
        "hi <EMAIL_ADDRESS_9> and <PERSON_1>, 3 < 4"
    )
    assert vault.restore("write to <EMAIL_ADDRESS_1>") == "write to a@example.com"


def test_overlapping_and_out_of_range_findings_are_ignored() -> None:
    text = "abc def"
    findings = [
        Finding("pii", "PERSON", "input", 0, 0, 3),
        Finding("pii", "PERSON", "input", 0, 2, 5),
        Finding("pii", "PERSON", "input", 0, 5, 99),
    ]
    assert Vault().redact(text, findings) == "<PERSON_1> def"


def test_ttl_forgets_the_mapping() -> None:
    clock = FakeClock()
    vault = Vault(ttl_seconds=10, clock=clock)
    redacted = redact(vault, "mail a@example.com")
    clock.now = 5
    assert vault.restore(redacted) == "mail a@example.com"
    clock.now = 16
    assert vault.expired()
    assert vault.restore(redacted) == redacted


def test_store_gives_each_conversation_its_own_vault() -> None:
    store = VaultStore()
    a, b = store.get("A"), store.get("B")
    assert store.get("A") is a
    red_a = redact(a, "I'm Maria Garcia, mail maria@example.com")
    red_b = redact(b, "I'm Ivan Petrov, mail ivan@example.com")
    assert red_a.count("<EMAIL_ADDRESS_1>") == red_b.count("<EMAIL_ADDRESS_1>") == 1
    assert a.restore(red_a) == "I'm Maria Garcia, mail maria@example.com"
    assert b.restore(red_b) == "I'm Ivan Petrov, mail ivan@example.com"
    assert "maria" not in b.restore(red_a)


def test_none_conversation_gets_a_throwaway_vault() -> None:
    store = VaultStore()
    first = store.get(None)
    redact(first, "mail a@example.com")
    assert store.get(None) is not first
    assert store.get(None).restore("<EMAIL_ADDRESS_1>") == "<EMAIL_ADDRESS_1>"
    assert len(store) == 0


def test_store_expires_and_caps_conversations() -> None:
    clock = FakeClock()
    store = VaultStore(ttl_seconds=10, max_conversations=2, clock=clock)
    old = store.get("old")
    redact(old, "mail a@example.com")
    clock.now = 11
    fresh = store.get("old")
    assert fresh is not old and len(fresh) == 0
    store.get("x")
    store.get("y")
    assert len(store) == 2
    assert store.get("old") is not fresh  # evicted as least recently used


def test_concurrent_threads_share_one_consistent_mapping() -> None:
    vault = Vault()
    values = [f"user{i}@example.com" for i in range(40)]
    barrier = threading.Barrier(8)

    def work(worker: int) -> list[str]:
        barrier.wait()
        out = []
        for value in values[worker::2] + values:
            text = f"mail {value}"
            out.append(vault.restore(redact(vault, text)) == text)
        return [str(ok) for ok in out]

    with ThreadPoolExecutor(8) as pool:
        results = [r for batch in pool.map(work, range(8)) for r in batch]
    assert set(results) == {"True"}
    assert len(vault) == len(values)
    placeholders = {redact(vault, f"mail {v}") for v in values}
    assert len(placeholders) == len(values)


async def test_concurrent_tasks_in_separate_conversations_stay_apart() -> None:
    store = VaultStore()

    async def conversation(cid: str) -> tuple[str, str]:
        vault = store.get(cid)
        text = f"mail {cid}@example.com"
        redacted = redact(vault, text)
        await asyncio.sleep(0)
        return redacted, vault.restore(redacted)

    results = await asyncio.gather(*(conversation(f"c{i}") for i in range(20)))
    assert all(redacted == "mail <EMAIL_ADDRESS_1>" for redacted, _ in results)
    assert [restored for _, restored in results] == [f"mail c{i}@example.com" for i in range(20)]


def test_pii_token_is_keyed_and_stable() -> None:
    salt = b"0123456789abcdef"
    token = pii_token("maria@example.com", salt)
    assert token == pii_token("maria@example.com", salt)
    assert token != pii_token("maria@example.com", b"fedcba9876543210")
    assert "maria" not in token and len(token) == 32
    with pytest.raises(ValueError, match="salt"):
        pii_token("x", b"short")
