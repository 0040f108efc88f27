"""Where a source mention ends, by the convention of news corpora (PolNeAR's majority). Every
sentence was written for these tests."""

from __future__ import annotations

import pytest

from test_attribution_util import one, spans_ok, statements_of


# -- a restrictive relative clause says who the source is; a clause set off by commas does not --
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Voters who backed the president in 2020 said they were disappointed.",
            "said",
            "Voters who backed the president in 2020",
        ),
        (
            "A majority of those who voted on Sunday said the economy was their main worry.",
            "said",
            "A majority of those who voted on Sunday",
        ),
        (
            '"We are tired," said one farmer who declined to give his name.',
            "said",
            "one farmer who declined to give his name",
        ),
        (
            "Lena Ortiz, an economist who advised the last government, said inflation would fall.",
            "said",
            "Lena Ortiz, an economist who advised the last government",
        ),
        (
            "Residents who fled the fighting told reporters the town was empty.",
            "told",
            "Residents who fled the fighting",
        ),
    ],
)
def test_a_restrictive_relative_clause_stays_in_the_source(text, cue, source):
    s = one(text, cue)
    assert s.speaker.span.text == source
    spans_ok(text, statements_of(text))


def test_a_relative_clause_after_a_comma_with_its_own_cue_ends_the_source():
    text = "Mark Hale, who warned last year that the dam was weak, said the town must move."
    s = one(text, "said")
    assert s.speaker.span.text == "Mark Hale"
    assert s.speaker.name == "Mark Hale"
