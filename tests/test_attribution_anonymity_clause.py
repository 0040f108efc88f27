"""The words that make a source anonymous are part of the source, not a statement of their own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A union official, who asked not to be named, said the port owed the crews money.",
        "A union official who asked not to be named said the port owed the crews money.",
        "Two diplomats, who declined to be identified, said the talks had stalled.",
        "A guard who asked not to be identified told reporters the gate was shut at dawn.",
    ],
)
def test_anonymity_clause_is_no_statement(reader, text):
    statements = reader.read(text).statements
    assert len(statements) == 1
    assert statements[0].cue.text in ("said", "told")


def test_a_real_request_stays_a_statement(reader):
    rd = reader.read("The minister asked the parliament to approve the budget before June.")
    assert [s.cue.text for s in rd.statements] == ["asked"]
