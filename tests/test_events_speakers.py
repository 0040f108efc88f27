"""Sources of speech acts told by a pronoun or a description of an office."""

import pytest


def _coded(reader, text, root):
    rd = reader.read(text)
    return [e for e in rd.events if e.root == root]


@pytest.mark.parametrize(
    "text, root, country",
    [
        (
            "Speaking to reporters, the spokesman for the Russian foreign ministry said the "
            "claims were baseless. She accused Britain of spreading lies.",
            "11",
            "RUS",
        ),
        (
            "A spokeswoman for the Chinese foreign ministry said Beijing opposed the visit. "
            "She urged Washington to stop sending the wrong signals.",
            "02",
            "CHN",
        ),
        (
            "The Turkish defence ministry's spokesman said the operation had ended. He warned "
            "the militants against new attacks.",
            "13",
            "TUR",
        ),
    ],
)
def test_a_pronoun_speaker_is_the_office_described_before(reader, text, root, country):
    found = _coded(reader, text, root)
    assert found and all(e.source.country == country for e in found)


@pytest.mark.parametrize(
    "text, root, country",
    [
        (
            "Kenya recalled its envoy on Monday. Its foreign minister accused Ethiopia of "
            "aggression.",
            "11",
            "KEN",
        ),
        (
            "Russia rejected the accusations. Its foreign ministry spokeswoman accused Britain "
            "of spreading lies.",
            "11",
            "RUS",
        ),
    ],
)
def test_an_office_owned_by_its_is_that_states(reader, text, root, country):
    found = _coded(reader, text, root)
    assert found and found[0].source.country == country
