"""``value_names`` and ``shared_walks``: the names of a mapping's dict values, worked out once
per call by whichever check asks first (the validator's fast path, the wrapper's JSON writer),
and never kept past the call."""

from __future__ import annotations

import threading
from typing import Any

from smtpeter_client.validation import shared_walks, value_names


def _recipients() -> dict[str, Any]:
    return {f"u{i}@example.com": {"name": "x", f"k{i % 3}": i} for i in range(10)}


def test_the_names_of_every_value() -> None:
    assert value_names(_recipients()) == frozenset({"name", "k0", "k1", "k2"})
    assert value_names({}) == frozenset()


def test_none_unless_every_value_is_exactly_a_dict() -> None:
    class Sub(dict[str, Any]):
        pass

    for odd in (["name"], "name", None, Sub(name=1)):
        assert value_names({**_recipients(), "odd@example.com": odd}) is None


def test_outside_a_call_each_answer_is_worked_out_anew() -> None:
    recipients = _recipients()
    first = value_names(recipients)
    recipients["new@example.com"] = {"late": 1}
    assert first is not None and "late" not in first
    assert "late" in (value_names(recipients) or ())


def test_within_a_call_it_is_worked_out_once_and_forgotten_after() -> None:
    recipients = _recipients()
    with shared_walks():
        first = value_names(recipients)
        assert value_names(recipients) is first  # the second check reuses the first's work
        assert value_names(_recipients()) is not first  # another mapping: its own
    recipients["new@example.com"] = {"late": 1}
    assert "late" in (value_names(recipients) or ())  # nothing kept past the call


def test_each_thread_has_its_own() -> None:
    recipients = _recipients()
    seen: list[Any] = []
    with shared_walks():
        mine = value_names(recipients)
        thread = threading.Thread(target=lambda: seen.append(value_names(recipients)))
        thread.start()
        thread.join()
    assert seen[0] == mine and seen[0] is not mine


def test_a_block_inside_another_has_its_own_and_gives_the_outer_back() -> None:
    recipients = _recipients()
    with shared_walks():
        outer = value_names(recipients)
        with shared_walks():
            assert value_names(recipients) is not outer
        assert value_names(recipients) is outer
