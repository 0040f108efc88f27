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


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Foreign Minister Enrique Mora told his Chinese counterpart that the sanctions "
            "would stay. Mora also criticised the blockade.",
            "CHN",
        ),
        (
            "Defence Minister Luis Arce held talks with Iranian officials. Arce then condemned "
            "the attack on the embassy.",
            "IRN",
        ),
    ],
)
def test_an_official_is_not_of_the_state_he_deals_with(reader, text, wrong):
    found = _coded(reader, text, "11")
    assert found and all(e.source.country != wrong for e in found)


def test_an_official_with_no_country_near_is_of_the_state_the_article_is_about(reader):
    text = (
        "Kenya's parliament passed the budget on Tuesday. Kenya will borrow less next year, "
        "and Kenya's central bank cut rates.\n\n"
        "Interior Minister Joseph Otieno later accused Somalia of harbouring militants."
    )
    found = _coded(reader, text, "11")
    assert found and found[0].source.country == "KEN"


def test_no_country_is_guessed_when_the_article_names_several_alike(reader):
    text = (
        "Kenya and Somalia signed a trade deal. Somalia and Kenya also agreed on a border "
        "commission.\n\nInterior Minister Joseph Otieno later accused rebels of stalling it."
    )
    found = _coded(reader, text, "11")
    assert found and found[0].source.country is None
