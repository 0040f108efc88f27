"""Events: CAMEO/PLOVER-coded records of who did what to whom, from newsgraph's own parse.

- `codebook`: the CAMEO codebook (`data/cameo.csv`) and CAMEO → PLOVER (`data/cameo_plover.csv`);
- `patterns`: verb, noun, light-verb and control-verb patterns (`data/verbs.yaml`);
- `coder`: the coder (one top-down pass per sentence over the dependency parse);
- `dates`, `places`: relative dates against the published date; the offline gazetteer;
- `component`: the spaCy factory `newsgraph_events` (results in `doc._.events`).
"""
