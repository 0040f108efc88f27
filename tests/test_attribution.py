"""Behaviour of the newsgraph_attribution component, one behaviour per test, own sentences."""

from __future__ import annotations

import pytest

from test_attribution_util import one, pipeline, spans_ok, statements_of


# -- kinds ---------------------------------------------------------------------------------
def test_indirect_statement_with_that_clause():
    s = one("The harbour master said that the ferry would sail at noon.", "said")
    assert s.kind == "indirect"
    assert s.speaker.span.text == "The harbour master"
    assert s.content.text == "that the ferry would sail at noon"


def test_direct_statement_inverted_speaker():
    s = one("“The ferry will sail at noon,” said Ruth Okafor.", "said")
    assert s.kind == "direct"
    assert s.content.text == "The ferry will sail at noon"
    assert s.speaker.name == "Ruth Okafor" and s.speaker.type == "person"
    assert s.quote.text == "“The ferry will sail at noon,”"


def test_partial_quote_inside_paraphrase():
    s = one("Ruth Okafor said the delay was “entirely avoidable” and costly.", "said")
    assert s.kind == "partial"
    assert s.quote.text == "“entirely avoidable”"
    assert s.content.start < s.quote.start


def test_ids_in_text_order():
    text = "Ruth Okafor said the port was shut. The union warned that strikes would follow."
    sts = statements_of(text)
    assert [s.id for s in sts] == ["s1", "s2"]
    assert sts[0].cue.start < sts[1].cue.start


# -- cue classes -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,cue,cls",
    [
        ("The mayor stated that the budget was balanced.", "stated", "assert"),
        ("The lawyer claimed that the evidence had been planted.", "claimed", "claim"),
        ("The firm denied that it had paid the bribe.", "denied", "deny"),
        ("The ministry confirmed that two soldiers were injured.", "confirmed", "confirm"),
        ("The general warned that the rebels would attack again.", "warned", "warn"),
        ("The governor promised to cut fuel taxes.", "promised", "promise"),
        ("The opposition accused the minister of lying to parliament.", "accused", "accuse"),
        ("The agency reported that exports fell in March.", "reported", "report"),
        ("Most farmers believe the drought will last.", "believe", "believe"),
        ("The club declined to comment on the transfer.", "declined", "refuse-comment"),
    ],
)
def test_cue_classes(text, cue, cls):
    assert one(text, cue).cue_class == cls


def test_denial_and_refusal_are_negative():
    assert one("The firm denied that it had paid the bribe.", "denied").polarity == "negative"
    assert one("The club declined to comment on the transfer.", "declined").polarity == "negative"
    assert one("The mayor said the road was open.", "said").polarity == "positive"


def test_cue_phrase_keeps_auxiliaries():
    s = one("The council has repeatedly warned that the dam is unsafe.", "warned")
    assert s.cue_phrase.text == "has repeatedly warned"


def test_non_speech_attribution_hopes_and_fears():
    assert one("Shop owners fear that the new road will hurt trade.", "fear").cue_class == "believe"
    assert one("The coach hopes to sign two new players.", "hopes").content.text.startswith(
        "to sign"
    )


def test_object_cue_phrase():
    s = one("The neighbours expressed their readiness to host the refugees.")
    assert s.cue.text == "expressed their readiness"
    assert s.content.text == "to host the refugees"


# -- speakers ----------------------------------------------------------------------------------
def test_pronoun_resolves_to_last_person_named():
    text = "Marta Silva, the port director, opened the meeting. She said the cranes were broken."
    s = one(text, "said")
    assert s.speaker.span.text == "She"
    assert s.speaker.name == "Marta Silva" and s.speaker.type == "person"


def test_surname_resolves_to_full_name():
    text = "Marta Silva runs the port. Silva said the cranes were broken."
    assert one(text, "said").speaker.name == "Marta Silva"


def test_title_resolves_to_person_with_that_role():
    text = (
        "The city spokesman, Tomas Berger, met the press on Monday. The storm had closed two "
        "schools. Buses were cancelled. The spokesman said the schools would reopen soon."
    )
    s = one(text, "said")
    assert s.speaker.name == "Tomas Berger"


def test_speaker_introduced_several_sentences_earlier():
    text = (
        "Ingrid Holm has led the rescue team for ten years. The team works in the mountains. "
        "Storms are common in winter. Last week two climbers were lost. They were found alive. "
        "She said the rescue had been the hardest of her career."
    )
    assert one(text, "said").speaker.name == "Ingrid Holm"


def test_role_from_title_words():
    s = one("Finance Minister Olaf Brandt said the deficit would shrink.", "said")
    assert s.speaker.name == "Olaf Brandt"
    assert s.speaker.role == "Finance Minister"


def test_anonymous_source_with_count():
    s = one("Two people familiar with the negotiations said a deal was close.", "said")
    assert s.speaker.type == "anonymous" and s.speaker.count == 2


def test_anonymous_officials_without_count():
    s = one("Officials who spoke on condition of anonymity said the plan was dropped.", "said")
    assert s.speaker.type == "anonymous"


def test_outlet_as_source():
    s = one("The Riverside Gazette reported that the mill would close.", "reported")
    assert s.speaker.type == "outlet"


def test_document_as_source():
    s = one("A report by the audit office found that spending had doubled.", "found")
    assert s.speaker.type == "document"


def test_organisation_as_source():
    assert one("The company denied that it had misled investors.").speaker.type == "organisation"


def test_actor_layer_fills_speaker_when_present():
    from newsgraph.extensions import ActorMention
    from newsgraph.model import Actor

    nlp = pipeline()
    text = "Marta Silva said the cranes were broken."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "newsgraph_attribution":
            doc = proc(doc)
    doc._.actors = [
        Actor(
            id="a1",
            code="XYZGOV",
            country="XYZ",
            sector="GOV",
            name="Marta Silva",
            kind="person",
            role="port director",
        )
    ]
    doc._.actor_mentions = [ActorMention(0, 2, 0, 11, "a1")]
    doc = nlp.get_pipe("newsgraph_attribution")(doc)
    s = doc._.statements[0]
    assert s.speaker.actor == "XYZGOV" and s.speaker.actor_id == "a1"
    assert s.speaker.role == "port director"


# -- quotes ------------------------------------------------------------------------------------
def test_quote_split_around_cue_is_joined():
    text = "“The budget is balanced,” she said, “and the debt is falling.”"
    s = one(text, "said")
    assert s.kind == "direct"
    assert [p.text for p in s.content_parts] == [
        "The budget is balanced",
        "and the debt is falling",
    ]


def test_multi_paragraph_quote_is_joined():
    text = (
        "Lena Park, a senior economist, spoke on Tuesday.\n\n"
        "“Inflation is sticky,” she said. “We expect two more rate rises.\n\n"
        "“After that, we will wait and see.”\n\nThe bank declined to comment."
    )
    s = one(text, "said")
    assert s.kind == "direct"
    assert s.content.text.endswith("we will wait and see")
    assert "declined" not in s.content.text


def test_straight_quotes():
    s = one('"We will rebuild the bridge," the mayor said.', "said")
    assert s.kind == "direct" and s.content.text == "We will rebuild the bridge"


def test_nested_single_quotes_stay_inside():
    text = "“He told me ‘never again’ and left,” Nora Vik said."
    s = one(text, "said")
    assert s.content.text == "He told me ‘never again’ and left"


def test_unbalanced_quote_is_capped_at_its_paragraph():
    text = (
        "“We will never give up, the captain said after the match.\n\n"
        "The league said the final would be replayed on Sunday."
    )
    sts = statements_of(text)
    spans_ok(text, sts)
    league = [s for s in sts if s.speaker.span and s.speaker.span.text == "The league"]
    assert all("league" not in s.content.text for s in sts if s not in league)
    assert league and league[0].content.text == "the final would be replayed on Sunday"


def test_adding_carries_the_speaker():
    text = "“Prices will fall,” Mayor Ana Ruiz said, adding that rents “must come down too.”"
    s = one(text, "adding")
    assert s.speaker.name == "Ana Ruiz"
    assert s.kind == "partial"


# -- relays ------------------------------------------------------------------------------------
def test_according_to_outlet():
    s = one("The minister has resigned, according to the Northern Herald.", "according to")
    assert s.speaker.type == "outlet"
    assert s.content.text == "The minister has resigned"


def test_relay_chain_outlet_then_anonymous():
    text = (
        "The talks collapsed, according to Reuters, which cited three people familiar with "
        "the matter."
    )
    s = one(text, "cited")
    assert s.speaker.type == "anonymous" and s.speaker.count == 3
    assert [r.name for r in s.relayed_by] == ["Reuters"]
    assert s.relayed_by[0].cue.text == "according to"


def test_relay_citing():
    s = one("The Daily Planet reported, citing two sources, that the mayor would resign.")
    assert s.speaker.type == "anonymous" and s.speaker.count == 2
    assert s.relayed_by[0].type == "outlet"
    assert s.content.text == "that the mayor would resign"


def test_several_outlets_reported():
    s = one("Several news outlets reported that the factory had closed.", "reported")
    assert s.speaker.type == "outlet"


def test_headline_suffix_relays_the_lead_claim():
    text = (
        "Mayor quits over bridge scandal – Reuters\n\n"
        "The mayor of Springfield has reportedly resigned after a bridge contract scandal.\n\n"
        "The council said it would meet on Friday."
    )
    sts = statements_of(text)
    title = sts[0]
    assert title.speaker.name == "Reuters" and title.content.text.startswith("Mayor quits")
    lead = [s for s in sts if s.cue and s.cue.text == "reportedly"][0]
    assert lead.speaker.name == "Reuters"


def test_meta_cited_outlet_is_used():
    nlp = pipeline()
    text = "Ship sinks off coast – Politico\n\nThe council said the ship had sunk in a storm.\n"
    doc = nlp.make_doc(text)
    doc._.article_meta = {
        "title": (0, 30),
        "cited_outlet": "Politico",
        "cited_outlet_span": (24, 32),
        "body": (32, len(text)),
    }
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    said = [s for s in doc._.statements if s.cue and s.cue.text == "said"][0]
    assert said.relayed_by and said.relayed_by[0].name == "Politico"


# -- hedges ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,hedge,kind",
    [
        ("The mayor has reportedly resigned.", "reportedly", "evidential"),
        ("The suspect allegedly stole the car, the police said.", "allegedly", "evidential"),
        (
            "The ministry has not officially confirmed or denied the report.",
            "has not officially confirmed or denied",
            "non-committal",
        ),
        ("The army has all but confirmed the withdrawal.", "all but confirmed", "non-committal"),
        (
            "The chief said some firms broke the rules but did not specify which.",
            "did not specify",
            "non-committal",
        ),
        ("The lawyer claimed that the files were forged.", "claimed", "distancing"),
        (
            "It is unclear whether the talks will resume, the envoy said.",
            "It is unclear",
            "epistemic",
        ),
    ],
)
def test_hedges_tied_to_their_statement(text, hedge, kind):
    tied = [(s, h) for s in statements_of(text) for h in s.hedges if h.span.text == hedge]
    assert tied, [
        (s.cue.text if s.cue else None, [h.span.text for h in s.hedges])
        for s in statements_of(text)
    ]
    assert tied[0][1].kind == kind


def test_hedge_goes_to_the_claim_it_qualifies():
    text = "The mayor said the road was open. The governor claimed that the bridge had collapsed."
    sts = statements_of(text)
    mayor = [s for s in sts if s.cue.text == "said"][0]
    governor = [s for s in sts if s.cue.text == "claimed"][0]
    assert not mayor.hedges and governor.hedges[0].span.text == "claimed"


# -- robustness --------------------------------------------------------------------------------
def test_empty_and_blank_documents():
    assert statements_of("") == []
    assert statements_of("   \n\n  ") == []


def test_spans_match_text_on_messy_input():
    text = '“ "" ” « »\n\n"Open, he said.\n\n“Closed” ” said she, "and ’ never'
    spans_ok(text, statements_of(text))


def test_statements_serialise():
    s = one("The harbour master said that the ferry would sail at noon.", "said")
    assert '"cue_class":"assert"' in s.model_dump_json()


def test_noun_cue_with_owner():
    s = one("Engineers rejected the minister's claim that the tunnel was safe.", "claim")
    assert s.cue_class == "claim"
    assert s.speaker.span.text == "the minister's"  # PolNeAR keeps the possessive mark
    assert s.content.text == "that the tunnel was safe"


def test_quote_only_cue_needs_a_quote():
    assert not [s for s in statements_of("The rain continued to fall on the city.") if s.cue]
    s = one("“We are not done,” the striker continued.", "continued")
    assert s.kind == "direct"


def test_would_not_comment_is_a_refusal():
    s = one("The coach said he would not comment on the referee.", "comment on")
    assert s.cue_class == "refuse-comment" and s.polarity == "negative"


def test_pronoun_gender_from_titles():
    text = "Mrs. Ada Stone met Mr. Tom Hale on Monday. She said the talks had gone well."
    assert one(text, "said").speaker.name == "Ada Stone"
    text = "Mr. Tom Hale met Mrs. Ada Stone on Monday. He said the talks had gone well."
    assert one(text, "said").speaker.name == "Tom Hale"


def test_according_to_in_mid_sentence_takes_both_sides():
    s = one("Nationally, according to the survey, support for the plan has fallen.", "according to")
    assert [p.text for p in s.content_parts] == ["Nationally", "support for the plan has fallen"]


def test_pipeline_saves_and_loads(tmp_path):
    import spacy

    pipeline().to_disk(tmp_path / "nlp")
    nlp = spacy.load(tmp_path / "nlp")
    assert nlp("Ruth Okafor said the port was shut.")._.statements[0].cue.text == "said"


def test_passive_attribution_without_source():
    s = one("Smith is expected to win the primary.", "expected")
    assert s.speaker.type == "unknown" and s.speaker.span is None
    assert [p.text for p in s.content_parts] == ["Smith", "to win the primary"]


def test_belief_inside_reported_content_is_not_its_own_statement():
    sts = statements_of("The mayor said residents want a new bridge.")
    assert [s.cue.text for s in sts] == ["said"]
    assert sts[0].content.text == "residents want a new bridge"


def test_statement_inside_another_is_relayed_by_it():
    sts = statements_of("Police said the company denied that it had dumped waste in the river.")
    denied = [s for s in sts if s.cue.text == "denied"][0]
    assert [(r.name, r.cue.text) for r in denied.relayed_by] == [("Police", "said")]
