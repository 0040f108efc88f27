"""The provenance stage of the store: copies, families, stories and claims, kept up to date.

Runs after each ingest batch, in its own transaction, on the articles the store holds but has
not yet matched (``prov_articles`` lacks them), so a kill at any point loses nothing: the next
ingest (or ``newsgraph provenance``) picks the unmatched articles up. New articles are matched
against the store, never all pairs, in bounded chunks:

1. their signals (band keys, term counts) go into the band and term tables;
2. DuckDB proposes candidates out of core (``provenance_sql``): copies from shared band keys,
   story mates from shared rare terms within the time window, with their cosine;
3. each new article is compared (``newsgraph.provenance``) with its closest band candidates —
   at most two per copy family — and with story mates from other families; a copy is kept
   once per family, with the member it is closest to (so a chain A → B → C stays a chain);
4. families and stories are joined in a union-find over the ids the chunk touched and written
   back as one bulk update of the roots that moved; claims are matched; stories relabelled.

Comparing reads only the article columns (text, body, skipped spans), never Reading JSON.
Articles are taken in stored order, one stored batch at a time, so a rebuild gives the same
tables as the ingests did.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from newsgraph.corpus import provenance_sql as sql
from newsgraph.corpus.store import PROV_TABLES
from newsgraph.provenance import claims as claim_rules
from newsgraph.provenance import originals, stories
from newsgraph.provenance.align import grams
from newsgraph.provenance.groups import Groups
from newsgraph.provenance.relations import Comparison, compare
from newsgraph.provenance.retelling import tokens
from newsgraph.provenance.signals import Signals, article_signals, body_words

MEMORY_LIMIT = "512MB"  # DuckDB's share while the stage runs
CLOSE_BANDS = 1  # a family's second member is compared only when it shares as many bands (±1)
CLAIM_CANDIDATES = 200  # stored mentions with the same key a new mention is compared with
_RELATION_RANK = {"verbatim": 3, "near-verbatim": 2, "rewrite": 1}


@dataclass
class _Side:
    """One article as comparing sees it; words, n-gram keys and tokens made when first needed
    and kept for the next chunks too (``_KEPT``: an original is compared with copy after copy)."""

    row: sql.SideRow

    @property
    def id(self) -> str:
        return self.row.id

    @cached_property
    def _made(self) -> dict:
        r = self.row
        key = (r.id, r.body, tuple(sorted(r.skip)))
        made = _KEPT.pop(key, None) or {}
        _KEPT[key] = made
        while len(_KEPT) > KEEP_SIDES:
            _KEPT.popitem(last=False)
        return made

    @property
    def words(self):
        made = self._made
        if "words" not in made:
            r = self.row
            made["words"] = body_words(
                {
                    "text": r.text,
                    "body": {"start": r.body[0], "end": r.body[1]},
                    "boilerplate": [{"start": s, "end": e} for s, e in r.skip],
                }
            )
        return made["words"]

    @property
    def keys(self):
        made = self._made
        if "keys" not in made:
            made["keys"] = grams(self.words)
        return made["keys"]

    @property
    def tokens(self):
        made = self._made
        if "tokens" not in made:
            made["tokens"] = tokens(self.row.text, self.words)
        return made["tokens"]

    def originals_side(self) -> originals.Side:
        r = self.row
        return originals.Side(r.id, r.text, _day(r.published), r.outlet, r.url, r.cited_outlet)


KEEP_SIDES = 1000  # articles whose words are kept between chunks (least recently used go)
_KEPT: OrderedDict[tuple, dict] = OrderedDict()


@dataclass
class _Link:
    """A copy pair found in this chunk, before it is written."""

    new: _Side
    old: _Side
    cmp: Comparison
    rows: list[tuple] = field(default_factory=list)


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def pending_batches(con) -> list[list[str]]:
    """Stored but unmatched articles, grouped by the batch that stored them, in order."""
    rows = con.execute(
        """SELECT a.id, a.ingested_at FROM articles a ANTI JOIN prov_articles p ON p.article_id = a.id
           ORDER BY a.ingested_at, a.id"""
    ).fetchall()
    batches: list[list[str]] = []
    last = object()
    for article_id, at in rows:
        if at != last:
            batches.append([])
            last = at
        batches[-1].append(article_id)
    return batches


def update(store, signals: dict[str, Signals] | None = None, *, max_batch: int = 2000) -> int:
    """Match every unmatched article of the store; one transaction per chunk of a stored batch.

    DuckDB's memory is held to ``MEMORY_LIMIT`` meanwhile (its joins spill to disk beyond
    it), so the stage's footprint does not grow with the store; then reset to DuckDB's default
    (the store sets none)."""
    con = store.con
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    done = 0
    try:
        for batch in pending_batches(con):
            for i in range(0, len(batch), max_batch):
                part = batch[i : i + max_batch]
                store._begin()
                try:
                    match_batch(con, part, signals or {})
                    con.execute("COMMIT")
                except BaseException:
                    store._rollback()
                    raise
                done += len(part)
    finally:
        con.execute("RESET memory_limit")
    return done


def rebuild(store) -> int:
    """Forget every provenance result and match the whole store again, in stored order."""
    store._begin()
    try:
        for table in PROV_TABLES:
            store.con.execute(f"DELETE FROM {table}")
        store.con.execute("COMMIT")
    except BaseException:
        store._rollback()
        raise
    return update(store)


# --------------------------------------------------------------------------- one chunk


def match_batch(con, ids: Sequence[str], signals: dict[str, Signals]) -> None:
    """Match the articles `ids` (in order) against the store and each other."""
    ids = list(ids)
    new = {aid: _Side(row) for aid, row in sql.sides(con, ids).items()}
    sigs = {aid: signals.get(aid) or _signals_of(new[aid]) for aid in ids}
    for aid in ids:  # the words the signals were made from, when they came along
        if sigs[aid].words is not None:
            new[aid]._made.setdefault("words", sigs[aid].words)
    seqs = _store_articles(con, ids, new, sigs)
    families, story_groups = Groups(), Groups()
    for aid in ids:
        families.add(aid, aid, seqs[aid])
        story_groups.add(aid, aid, seqs[aid])
    copies = sql.copy_candidates(con, ids)
    sides = {**_load_sides(con, copies, new, families, story_groups), **new}
    links: list[_Link] = []
    tried: dict[str, dict[str, int]] = {}
    for aid in ids:
        found, tried[aid] = _match_copies(sides[aid], copies.get(aid, []), sides, families)
        _join(found, families, story_groups)
        links.extend(found)
    copied = {link.new.id for link in links}
    telling = [aid for aid in ids if aid not in copied]  # these carry their story's terms
    n = _store_terms(con, telling, copied, sigs)
    mates = sql.story_candidates(con, telling, n)
    sides.update(_load_sides(con, mates, sides, families, story_groups, stories.SAME_STORY))
    for aid in telling:
        found = _match_mates(sides[aid], mates.get(aid, []), sides, families, tried[aid])
        _join(found, families, story_groups)
        links.extend(found)
        day = _day(sides[aid].row.published)
        for c in mates.get(aid, []):
            if stories.same_story(c.score, day, _day(c.published)):
                story_groups.union(aid, c.old_id)
    _write_links(con, links)
    _apply_groups(con, families.moved(), story_groups.moved())
    _add_claims(con, ids)
    touched = {story_groups.find(aid) for aid in ids} | set(story_groups.moved().values())
    _relabel(con, touched, n)


def _load_sides(
    con,
    candidates: dict[str, list[sql.Candidate]],
    known: dict[str, _Side],
    families: Groups,
    story_groups: Groups,
    min_score: float | None = None,
) -> dict[str, _Side]:
    """Make the candidates' groups known and load the articles to compare (those not known)."""
    wanted = set()
    for cands in candidates.values():
        for c in cands:
            families.add(c.old_id, c.family, c.family_order)
            story_groups.add(c.old_id, c.story, c.story_order)
            if min_score is None or c.score >= min_score:
                wanted.add(c.old_id)
    return {aid: _Side(row) for aid, row in sql.sides(con, sorted(wanted - known.keys())).items()}


def _join(links: list[_Link], families: Groups, story_groups: Groups) -> None:
    for link in links:
        families.union(link.new.id, link.old.id)
        story_groups.union(link.new.id, link.old.id)


def _store_articles(con, ids: list[str], new: dict[str, _Side], sigs) -> dict[str, int]:
    """Insert the new articles (each its own family and story) and their band keys.
    Returns each new article's place in the store."""
    base = con.execute("SELECT coalesce(max(seq), 0) FROM prov_articles").fetchall()[0][0]
    articles, bands = [], []
    for k, aid in enumerate(ids, 1):
        r, sig = new[aid].row, sigs[aid]
        articles.append(
            (aid, base + k, ids[0], sig.n_words, _day(r.published), r.outlet, aid, aid, False)
        )
        bands.extend((key, aid) for key in sig.bands)
    _insert(
        con,
        "prov_articles",
        articles,
        "VARCHAR, BIGINT, VARCHAR, INTEGER, DATE, VARCHAR, VARCHAR, VARCHAR, BOOLEAN",
    )
    _insert(con, "prov_bands", bands, "BIGINT, VARCHAR")
    _insert(con, "story_members", [(aid, aid) for aid in ids], "VARCHAR, VARCHAR")
    return {aid: base + k for k, aid in enumerate(ids, 1)}


def _store_terms(con, telling: list[str], copied: set[str], sigs) -> int:
    """Mark the copies; insert the terms of the others and count them in the document
    frequencies (a copy is the same document again: its terms would only blur rare terms).
    Returns the number of articles that carry terms."""
    if copied:
        con.execute(
            "UPDATE prov_articles SET is_copy = true WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [sorted(copied)],
        )
    terms = []
    counts: dict[str, int] = {}
    for aid in telling:
        for t, c in sigs[aid].terms.items():
            terms.append((aid, t, c))
            counts[t] = counts.get(t, 0) + 1
    _insert(con, "prov_terms", terms, "VARCHAR, VARCHAR, INTEGER")
    if counts:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _batch_df AS SELECT unnest(?::VARCHAR[]) AS term, unnest(?::INTEGER[]) AS n",
            [list(counts), list(counts.values())],
        )
        con.execute(
            "UPDATE prov_df SET df = prov_df.df + b.n FROM _batch_df b WHERE prov_df.term = b.term"
        )
        con.execute(
            "INSERT INTO prov_df SELECT term, n FROM _batch_df ANTI JOIN prov_df USING (term)"
        )
    return con.execute("SELECT count(*) FROM prov_articles WHERE NOT is_copy").fetchall()[0][0]


def _signals_of(side: _Side) -> Signals:
    r = side.row
    return article_signals(
        {
            "text": r.text,
            "body": {"start": r.body[0], "end": r.body[1]},
            "boilerplate": [{"start": s, "end": e} for s, e in r.skip],
        }
    )


_NUMPY = {"BIGINT": np.int64, "INTEGER": np.int64, "DOUBLE": np.float64}


def _insert(con, table: str, rows: list[tuple], types: str) -> None:
    """Insert rows column-wise through NumPy arrays (much faster than Python lists)."""
    if not rows:
        return
    kinds = [t.strip() for t in types.split(",")]
    columns = {}
    for k, (kind, values) in enumerate(zip(kinds, zip(*rows, strict=True), strict=True)):
        if kind == "DATE":
            values = [v.isoformat() if v is not None else None for v in values]
        columns[f"c{k}"] = np.array(values, dtype=_NUMPY.get(kind, object))
    select = ", ".join(f"CAST(c{k} AS {kind})" for k, kind in enumerate(kinds))
    con.register("_prov_rows", columns)
    try:
        con.execute(f"INSERT INTO {table} SELECT {select} FROM _prov_rows")
    finally:
        con.unregister("_prov_rows")


# --------------------------------------------------------------------------- copies


def _compare(a: _Side, b: _Side) -> Comparison:
    return compare(
        a.row.text,
        a.words,
        b.row.text,
        b.words,
        tokens_a=lambda: a.tokens,
        tokens_b=lambda: b.tokens,
        keys=(a.keys, b.keys),
    )


def _better(x: _Link, y: _Link | None) -> bool:
    """Whether x explains the copy better than y: closer relation, then more text shared, then
    (a tie: the same text) the earlier-published other side, so that an original that turns
    up late is tied to the first copy of it, not to a copy of that copy."""
    return y is None or _rank(x) > _rank(y)


def _rank(link: _Link) -> tuple:
    cmp = link.cmp
    day = _day(link.old.row.published)
    return (
        _RELATION_RANK[cmp.relation],
        round(min(cmp.cover_a, cmp.cover_b), 2),
        round(cmp.rewrite_score, 2),
        -(day.toordinal() if day else dt.date.max.toordinal()),
    )


def _match_copies(
    item: _Side, candidates: list[sql.Candidate], sides: dict[str, _Side], families: Groups
) -> tuple[list[_Link], dict[str, int]]:
    """Compare a new article with its band candidates, closest first: at most PER_FAMILY per
    family, a second one only when it shares nearly as many bands. Keep the best pair per
    family; return the pairs and how many members of each family were tried."""
    best: dict[str, _Link] = {}
    top_bands: dict[str, float] = {}
    tried: dict[str, int] = {}
    for c in candidates:
        fam = families.find(c.old_id)
        if tried.get(fam, 0) and (
            tried[fam] >= sql.PER_FAMILY or c.score < top_bands[fam] - CLOSE_BANDS
        ):
            continue
        top_bands.setdefault(fam, c.score)
        tried[fam] = tried.get(fam, 0) + 1
        _try(item, sides.get(c.old_id), fam, best)
    return list(best.values()), tried


def _match_mates(
    item: _Side,
    mates: list[sql.Candidate],
    sides: dict[str, _Side],
    families: Groups,
    tried: dict[str, int],
) -> list[_Link]:
    """Compare a new article that copies nothing found by bands with its story mates (at most
    PER_FAMILY per family, families not tried yet): rewrites share no bands."""
    best: dict[str, _Link] = {}
    own = families.find(item.id)
    for c in mates:
        fam = families.find(c.old_id)
        if c.score < stories.SAME_STORY or fam == own or fam in best:
            continue
        if tried.get(fam, 0) >= sql.PER_FAMILY:
            continue
        tried[fam] = tried.get(fam, 0) + 1
        _try(item, sides.get(c.old_id), fam, best)
    return list(best.values())


def _try(item: _Side, other: _Side | None, family: str, best: dict[str, _Link]) -> None:
    if other is None:
        return
    cmp = _compare(item, other)
    if cmp.relation == "none":
        return
    link = _Link(item, other, cmp)
    if _better(link, best.get(family)):
        best[family] = link


def _write_links(con, links: list[_Link]) -> None:
    pairs, passages = [], []
    for link in links:
        item, old, cmp = link.new, link.old, link.cmp
        contained = None
        if cmp.cover_a >= 0.95 and cmp.cover_b < 0.9:
            contained = item.id
        elif cmp.cover_b >= 0.95 and cmp.cover_a < 0.9:
            contained = old.id
        way = originals.direction(
            item.originals_side(),
            old.originals_side(),
            contained=contained,
            verbatim=cmp.relation != "rewrite",
        )
        copy_is_new = way.copy == item.id
        shared = cmp.cover_a if copy_is_new else cmp.cover_b
        if cmp.relation == "rewrite":
            shared = cmp.anchors
        pairs.append(
            (
                way.copy,
                way.original,
                cmp.relation,
                round(shared, 4),
                round(cmp.containment, 4),
                round(cmp.rewrite_score, 4),
                way.direction,
                json.dumps(way.evidence),
                len(cmp.passages),
            )
        )
        for p in cmp.passages:
            (sa, ea), (sb, eb) = item.words.span(p.a0, p.a1), old.words.span(p.b0, p.b1)
            spans = (sa, ea, sb, eb) if copy_is_new else (sb, eb, sa, ea)
            passages.append((way.copy, way.original, *spans, p.length))
    _insert(
        con,
        "reuse_pairs",
        pairs,
        "VARCHAR, VARCHAR, VARCHAR, DOUBLE, DOUBLE, DOUBLE, VARCHAR, JSON, INTEGER",
    )
    _insert(
        con,
        "reuse_passages",
        passages,
        "VARCHAR, VARCHAR, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER",
    )


# --------------------------------------------------------------------------- groups


def _apply_groups(con, family_moves: dict[str, str], story_moves: dict[str, str]) -> None:
    """Point every member of a group whose root lost to the winning root (one bulk update)."""
    for column, moves in (("family_id", family_moves), ("story_id", story_moves)):
        if not moves:
            continue
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _moves AS SELECT unnest(?::VARCHAR[]) AS old, unnest(?::VARCHAR[]) AS new",
            [list(moves), list(moves.values())],
        )
        con.execute(
            f"UPDATE prov_articles SET {column} = m.new FROM _moves m WHERE prov_articles.{column} = m.old"
        )
        if column == "story_id":
            con.execute(
                "UPDATE story_members SET story_id = m.new FROM _moves m WHERE story_members.story_id = m.old"
            )
            con.execute("DELETE FROM stories WHERE id IN (SELECT old FROM _moves)")


# --------------------------------------------------------------------------- claims


def _add_claims(con, ids: list[str]) -> None:
    """Match the new articles' statements and events with the claims the store holds."""
    mentions = [m for r in sql.claim_inputs(con, ids).values() for m in claim_rules.mentions(r)]
    if not mentions:
        return
    keys = sorted({m.key for m in mentions})
    rows = con.execute(
        f"""SELECT claim_id, article_id, item_id, kind, key, text, span_start, span_end, day FROM claim_mentions
            WHERE key IN (SELECT unnest(?::VARCHAR[]))
            QUALIFY row_number() OVER (PARTITION BY key ORDER BY day DESC NULLS LAST, claim_id) <= {CLAIM_CANDIDATES}""",
        [keys],
    ).fetchall()
    known: dict[str, list[tuple[str, claim_rules.Mention]]] = {}
    for cid, aid, iid, kind, key, text, s, e, day in rows:
        words = claim_rules.content_set(text) if kind == "statement" else frozenset()
        m = claim_rules.Mention(aid, iid, kind, key, text, s, e, words, day)
        known.setdefault(key, []).append((cid, m))
    out, new_claims = [], []
    for m in mentions:
        cid = claim_rules.match(m, known.get(m.key, []))
        if cid is None:
            cid = f"{m.article_id}:{m.item_id}"
            new_claims.append((cid, m.kind, m.key, m.text))
        known.setdefault(m.key, []).append((cid, m))
        out.append((cid, m.article_id, m.item_id, m.kind, m.key, m.text, m.start, m.end, m.day))
    _insert(con, "claims", new_claims, "VARCHAR, VARCHAR, VARCHAR, VARCHAR")
    _insert(
        con,
        "claim_mentions",
        out,
        "VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER, INTEGER, DATE",
    )


# --------------------------------------------------------------------------- labels


def _relabel(con, story_ids: set[str], n: int) -> None:
    if not story_ids:
        return
    ids = sorted(story_ids)
    rows = con.execute(
        """SELECT m.story_id, t.term, sum(t.tf) * ln((? + 1) / (any_value(coalesce(d.df, 1)) + 0.5)) AS w
           FROM story_members m JOIN prov_terms t USING (article_id) LEFT JOIN prov_df d USING (term)
           WHERE m.story_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY m.story_id, t.term""",
        [n, ids],
    ).fetchall()
    weights: dict[str, dict[str, float]] = {}
    for sid, term, w in rows:
        weights.setdefault(sid, {})[term] = w
    con.execute("DELETE FROM stories WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    _insert(
        con,
        "stories",
        [(sid, stories.label(weights.get(sid, {}))) for sid in ids],
        "VARCHAR, VARCHAR",
    )
