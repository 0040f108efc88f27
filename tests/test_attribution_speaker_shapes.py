"""Speakers of news shapes: one brought in by an office and named in the next sentence ("A
senior official said … Ana Ruiz also said …"), unless the name has another title; the caller
whose quoted words a spokesperson relays; "his spokesman", who is never him. Every sentence was
written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import (
    full_reader,  # noqa: F401  (an autouse fixture)
    speaker_of,
)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Earlier on Tuesday, a top Philippine senator called for a boycott of imported goods. "
            'Senate President Juan Miguel Zubiri on Tuesday also said Manila "should look for '
            'other partners."',
            "a boycott of imported goods",
            "Juan Miguel Zubiri",
        ),
        (
            "Japan's top government spokesman said the talks had been at the planning stage.\n\n"
            '"Nothing had been decided yet," Yoshihide Suga said.',
            "the talks had been at",
            "Yoshihide Suga",
        ),
        (
            "A senior Ukrainian official said the city was surrounded. Iryna Vereshchuk also said "
            "evacuation corridors had failed.",
            "the city was surrounded",
            "Iryna Vereshchuk",
        ),
        (
            'The Kremlin spokesman said the talks were over. "There is nothing to discuss," '
            "Dmitry Peskov told reporters.",
            "the talks were over",
            "Dmitry Peskov",
        ),
    ],
)
def test_a_described_speaker_is_the_person_named_next(text, words, name):
    sp = speaker_of(text, words)
    assert (sp.name, sp.type) == (name, "person")
    assert sp.span is not None and name not in sp.span.text


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "A police spokesman said the road was closed. Mayor Anna Kowalska said the city "
            "would pay for repairs.",
            "the road was closed",
            "police spokesman",
        ),
        (
            "A government spokesman said the strike was illegal. Opposition leader Raila Odinga "
            "said it would go on.",
            "the strike was illegal",
            "government spokesman",
        ),
        (
            "A federal judge ruled on Monday that the files must be released. The case has run "
            "for two years. Critics say it cost too much.\n\nJudge Maria Ortiz said the public "
            "had a right to know.",
            "the files must be released",
            "federal judge",
        ),
    ],
)
def test_another_office_or_a_name_further_on_is_someone_else(text, words, name):
    assert speaker_of(text, words).name == name


# -- "X was calling for “…”, his spokesman said": the quoted words are X's ---------------------
@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            'UN chief Antonio Guterres was calling for "maximum restraint" and the "safe release '
            'of all", his spokesman Stephane Dujarric said.',
            "maximum restraint",
            "António Guterres",
        ),
        (
            'Chancellor Olaf Scholz urged both sides to "return to the table", a government '
            "spokeswoman said on Friday.",
            "return to the table",
            "Olaf Scholz",
        ),
    ],
)
def test_a_quote_inside_a_relayed_call_is_the_caller_s(text, words, name):
    from test_attribution_util import read_statements

    holders = [s for s in read_statements(text) if words in s.content.text]
    assert name in [s.speaker.name for s in holders]
    assert len(holders) == 2  # the spokesperson's statement holds the call too


@pytest.mark.parametrize(
    "text",
    [
        'Secretary-General Antonio Guterres called for "maximum restraint", his spokesman said.',
        "Senator Ana Ruiz will vote against the bill. Her adviser said she had doubts.",
    ],
)
def test_his_spokesman_is_never_him(text):
    from test_attribution_util import read_statements

    last = read_statements(text)[-1]
    assert last.speaker.name not in ("António Guterres", "Antonio Guterres", "Ana Ruiz")
