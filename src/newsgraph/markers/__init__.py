"""Naming and framing markers: contested names and loaded terms, and whose voice each is in.

``newsgraph_markers`` (a spaCy component, after events) finds the terms of
``data/terms.yaml`` and sets ``doc._.markers``; the corpus aggregates them per outlet.
"""
