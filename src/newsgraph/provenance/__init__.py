"""Who copied whom: pure functions over texts and Readings, knowing nothing of storage.

* ``words`` — normalised body words with offsets (what every comparison reads);
* ``signatures`` — shingles, MinHash (rensa), LSH band keys;
* ``signals`` — the per-article signals computed with each batch of Readings;
* ``align`` — shared passages as character spans on both sides (seed, chain, extend);
* ``relations`` — verbatim / near-verbatim / rewrite / none, from containment and order;
* ``originals`` — which side is the original, with the evidence;
* ``stories`` — term vectors, similarity and the time window of one story;
* ``claims`` — statements and events that are one claim across articles;
* ``diffs`` — what a copy added, dropped and changed.

``newsgraph.corpus.provenance`` runs them at ingest and keeps the results in the store.
"""
