"""Events: CAMEO/PLOVER-coded records of who did what to whom, from newsgraph's own parse.

- `codebook`: the CAMEO codebook (`data/cameo.csv`) and CAMEO → PLOVER (`data/cameo_plover.csv`);
- `patterns`: verb, noun, light-verb and control-verb patterns (`data/`), indexed by lemma;
- `coder`: the walk over each sentence, calling the stages in order:
  `triggers` / `nominals` → `arguments` / `participants` / `countries` → `modality` →
  `setting` → `assembly`, then
  `speech` (statements that are events of their speaker); `state` holds what they share;
- `dates`, `places`: relative dates against the published date; the offline gazetteer;
- `component`: the spaCy factory `newsgraph_events` (results in `doc._.events`).
"""
