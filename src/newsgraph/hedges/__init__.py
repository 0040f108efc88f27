"""Hedges and certainty: how sure the text, and the people it quotes, are of each claim.

The ``newsgraph_hedges`` component runs after attribution and before events: it finds hedges
(`find`, with the rules of `rules` and the lexicon of ``data/hedges.yaml``), gives each its
scope, ``in_quote`` and the statements it qualifies (`scope`), and sets the certainty of every
statement (`certainty`). The events component calls `certainty.set_event_certainty` once it
has coded the events.
"""
