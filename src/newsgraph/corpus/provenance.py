"""The provenance stage of the store: copies, families, stories and claims, kept up to date.

Runs after each ingest batch, in its own transaction, on the articles the store holds but has
not yet matched (``prov_articles`` lacks them), so a kill at any point loses nothing: the next
ingest (or ``newsgraph provenance``) picks the unmatched articles up. New articles are matched
against the store, never all pairs: candidate copies come from the LSH band table, candidate
story mates from rare shared terms, both found by DuckDB joins; each candidate pair is then
aligned and judged by ``newsgraph.provenance``. Articles are taken in the order they were
stored, one stored batch at a time, so a rebuild gives the same tables as the ingests did.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsgraph.corpus.store import PROV_TABLES
from newsgraph.provenance import claims as claim_rules
from newsgraph.provenance import originals, stories
from newsgraph.provenance.relations import compare
from newsgraph.provenance.signals import Signals, article_signals, body_words
from newsgraph.provenance.words import Words

COPY_CANDIDATES = 8  # stored articles a new one is aligned with, most shared bands first
STORY_CANDIDATES = 12  # stored articles a new one is compared with for its story
RARE_SHARE = 0.2  # terms in more than this share of the corpus do not propose story mates
CLAIM_CANDIDATES = 200  # mentions with the same key a new mention is compared with


@dataclass
class _New:
    id: str
    seq: int
    reading: dict
    words: Words
    signals: Signals

    @property
    def article(self) -> dict:
        return self.reading["article"]


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
    """Match every unmatched article of the store; one transaction per stored batch."""
    done = 0
    for batch in pending_batches(store.con):
        for i in range(0, len(batch), max_batch):
            part = batch[i : i + max_batch]
            store._begin()
            try:
                match_batch(store.con, part, signals or {})
                store.con.execute("COMMIT")
            except BaseException:
                store._rollback()
                raise
            done += len(part)
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


# --------------------------------------------------------------------------- one batch


def match_batch(con, ids: Sequence[str], signals: dict[str, Signals]) -> None:
    """Match the articles `ids` (in order) against the store and each other."""
    rows = con.execute(
        "SELECT id, reading FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)]
    ).fetchall()
    readings = {aid: json.loads(r) for aid, r in rows}
    base = con.execute("SELECT coalesce(max(seq), 0) FROM prov_articles").fetchall()[0][0]
    new: list[_New] = []
    for k, aid in enumerate(ids, 1):
        reading = readings[aid]
        sig = signals.get(aid) or article_signals(reading["article"])
        new.append(_New(aid, base + k, reading, body_words(reading["article"]), sig))
    _store_signals(con, new, batch=ids[0])
    n = con.execute("SELECT count(*) FROM prov_articles").fetchall()[0][0]
    df = _df(con, {t for item in new for t in item.signals.terms})
    copies = _copy_candidates(con, new)
    mates = _story_candidates(con, new, df, n)
    texts = _texts(
        con, {c for cs in copies.values() for c in cs} | {c for cs in mates.values() for c, _ in cs}
    )
    for item in new:
        linked = _match_copies(con, item, copies.get(item.id, []), texts, mates.get(item.id, []))
        _assign_story(con, item, mates.get(item.id, []), linked)
        _add_claims(con, item)
    _relabel(
        con,
        {
            r[0]
            for r in con.execute(
                "SELECT story_id FROM prov_articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                [list(ids)],
            ).fetchall()
        },
        df,
        n,
    )


def _store_signals(con, new: list[_New], batch: str) -> None:
    articles, bands, terms = [], [], []
    for item in new:
        a = item.article
        articles.append(
            (
                item.id,
                item.seq,
                batch,
                item.signals.n_words,
                _day(a.get("published")),
                a.get("outlet"),
                item.id,
                item.id,
            )
        )
        bands.extend((key, item.id) for key in item.signals.bands)
        terms.extend((item.id, t, c) for t, c in item.signals.terms.items())
    _insert(
        con,
        "prov_articles",
        articles,
        "VARCHAR, BIGINT, VARCHAR, INTEGER, DATE, VARCHAR, VARCHAR, VARCHAR",
    )
    _insert(con, "prov_bands", bands, "BIGINT, VARCHAR")
    _insert(con, "prov_terms", terms, "VARCHAR, VARCHAR, INTEGER")
    _insert(con, "story_members", [(i.id, i.id) for i in new], "VARCHAR, VARCHAR")
    counts: dict[str, int] = {}
    for _, t, _ in terms:
        counts[t] = counts.get(t, 0) + 1
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


def _insert(con, table: str, rows: list[tuple], types: str) -> None:
    if not rows:
        return
    kinds = [t.strip() for t in types.split(",")]
    select = ", ".join(f"unnest(${i}::{k}[])" for i, k in enumerate(kinds, 1))
    con.execute(
        f"INSERT INTO {table} SELECT {select}", [list(col) for col in zip(*rows, strict=True)]
    )


def _df(con, terms: Iterable[str]) -> dict[str, int]:
    terms = list(terms)
    if not terms:
        return {}
    return dict(
        con.execute(
            "SELECT term, df FROM prov_df WHERE term IN (SELECT unnest(?::VARCHAR[]))", [terms]
        ).fetchall()
    )


def _copy_candidates(con, new: list[_New]) -> dict[str, list[str]]:
    """Stored (or earlier in the batch) articles sharing LSH bands, most shared first."""
    rows = con.execute(
        f"""
        WITH nb AS (SELECT b.band_key, b.article_id, p.seq FROM prov_bands b
                    JOIN prov_articles p USING (article_id)
                    WHERE b.article_id IN (SELECT unnest($1::VARCHAR[]))),
        hits AS (SELECT nb.article_id AS new_id, o.article_id AS old_id, count(*) AS shared
                 FROM nb JOIN prov_bands o ON o.band_key = nb.band_key
                 JOIN prov_articles op ON op.article_id = o.article_id
                 WHERE op.seq < nb.seq GROUP BY ALL)
        SELECT new_id, old_id FROM hits
        QUALIFY row_number() OVER (PARTITION BY new_id ORDER BY shared DESC, old_id) <= {COPY_CANDIDATES}
        """,
        [[i.id for i in new]],
    ).fetchall()
    out: dict[str, list[str]] = {}
    for new_id, old_id in rows:
        out.setdefault(new_id, []).append(old_id)
    return out


def _story_candidates(
    con, new: list[_New], df: dict[str, int], n: int
) -> dict[str, list[tuple[str, float]]]:
    """(article, cosine) of stored articles that may tell the same story, best first."""
    rare_cap = max(3, int(RARE_SHARE * n))
    rows = con.execute(
        f"""
        WITH nt AS (SELECT t.article_id, t.term, p.seq FROM prov_terms t JOIN prov_articles p USING (article_id)
                    WHERE t.article_id IN (SELECT unnest($1::VARCHAR[]))),
        rare AS (SELECT term FROM prov_df WHERE df BETWEEN 2 AND {rare_cap}),
        hits AS (SELECT nt.article_id AS new_id, o.article_id AS old_id, count(*) AS shared
                 FROM nt JOIN rare USING (term) JOIN prov_terms o ON o.term = nt.term
                 JOIN prov_articles op ON op.article_id = o.article_id
                 WHERE op.seq < nt.seq GROUP BY ALL HAVING count(*) >= 2)
        SELECT new_id, old_id FROM hits
        QUALIFY row_number() OVER (PARTITION BY new_id ORDER BY shared DESC, old_id) <= {STORY_CANDIDATES}
        """,
        [[i.id for i in new]],
    ).fetchall()
    wanted: dict[str, list[str]] = {}
    for new_id, old_id in rows:
        wanted.setdefault(new_id, []).append(old_id)
    old_ids = sorted({o for os_ in wanted.values() for o in os_})
    old_tf: dict[str, dict[str, int]] = {}
    if old_ids:
        for aid, term, tf in con.execute(
            "SELECT article_id, term, tf FROM prov_terms WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [old_ids],
        ).fetchall():
            old_tf.setdefault(aid, {})[term] = tf
        df = {**df, **_df(con, {t for tfs in old_tf.values() for t in tfs} - set(df))}
    out: dict[str, list[tuple[str, float]]] = {}
    for item in new:
        v = stories.vector(item.signals.terms, df, n)
        scored = []
        for o in wanted.get(item.id, []):
            other = stories.vector(old_tf[o], df, n)
            enough = len(v.keys() & other.keys()) >= stories.MIN_SHARED_TERMS
            scored.append((o, stories.cosine(v, other) if enough else 0.0))
        out[item.id] = sorted(scored, key=lambda s: (-s[1], s[0]))
    return out


def _texts(con, ids: set[str]) -> dict[str, dict]:
    if not ids:
        return {}
    rows = con.execute(
        "SELECT id, reading FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [sorted(ids)]
    ).fetchall()
    out = {}
    for aid, reading in rows:
        data = json.loads(reading)
        out[aid] = {"reading": data, "words": body_words(data["article"])}
    return out


def _side(article: dict) -> originals.Side:
    return originals.Side(
        article["id"],
        article["text"],
        _day(article.get("published")),
        article.get("outlet"),
        article.get("url"),
        article.get("cited_outlet"),
    )


def _match_copies(
    con, item: _New, candidates: list[str], texts: dict, mates: list[tuple[str, float]]
) -> list[str]:
    """Align the new article with its candidates; store copy pairs; return linked ids."""
    linked = []
    near_mates = [o for o, sim in mates if sim >= stories.SAME_STORY]
    for old_id in list(dict.fromkeys(candidates + near_mates)):
        old = texts.get(old_id)
        if old is None:
            continue
        a, b = item.article, old["reading"]["article"]
        cmp = compare(a["text"], item.words, b["text"], old["words"])
        if cmp.relation == "none":
            continue
        contained = None
        if cmp.cover_a >= 0.95 and cmp.cover_b < 0.9:
            contained = item.id
        elif cmp.cover_b >= 0.95 and cmp.cover_a < 0.9:
            contained = old_id
        way = originals.direction(
            _side(a), _side(b), contained=contained, verbatim=cmp.relation != "rewrite"
        )
        copy_is_new = way.copy == item.id
        shared = cmp.cover_a if copy_is_new else cmp.cover_b
        if cmp.relation == "rewrite":
            shared = cmp.order
        con.execute(
            "INSERT INTO reuse_pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                way.copy,
                way.original,
                cmp.relation,
                round(shared, 4),
                round(cmp.containment, 4),
                round(cmp.order, 4),
                way.direction,
                json.dumps(way.evidence),
                len(cmp.passages),
            ],
        )
        rows = []
        for p in cmp.passages:
            (sa, ea), (sb, eb) = item.words.span(p.a0, p.a1), old["words"].span(p.b0, p.b1)
            rows.append(
                (
                    way.copy,
                    way.original,
                    *((sa, ea, sb, eb) if copy_is_new else (sb, eb, sa, ea)),
                    p.length,
                )
            )
        _insert(
            con,
            "reuse_passages",
            rows,
            "VARCHAR, VARCHAR, INTEGER, INTEGER, INTEGER, INTEGER, INTEGER",
        )
        _merge(con, "family_id", item.id, old_id)
        linked.append(old_id)
    return linked


def _merge(con, column: str, a: str, b: str) -> None:
    """Put a and b in one group (family or story): the group whose root came first wins."""
    rows = con.execute(
        f"""SELECT p.{column}, r.seq FROM prov_articles p JOIN prov_articles r ON r.article_id = p.{column}
            WHERE p.article_id IN (?, ?)""",
        [a, b],
    ).fetchall()
    groups = sorted(set(rows), key=lambda g: g[1])
    if len(groups) < 2:
        return
    keep = groups[0][0]
    for other, _ in groups[1:]:
        con.execute(f"UPDATE prov_articles SET {column} = ? WHERE {column} = ?", [keep, other])
        if column == "story_id":
            con.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", [keep, other])
            con.execute("DELETE FROM stories WHERE id = ?", [other])


def _assign_story(con, item: _New, mates: list[tuple[str, float]], linked: list[str]) -> None:
    day = _day(item.article.get("published"))
    if mates:
        dates = dict(
            con.execute(
                "SELECT article_id, published FROM prov_articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                [[o for o, _ in mates]],
            ).fetchall()
        )
        linked = linked + [
            o for o, sim in mates if stories.same_story(sim, day, _day(dates.get(o)))
        ]
    for other in dict.fromkeys(linked):
        _merge(con, "story_id", item.id, other)


def _add_claims(con, item: _New) -> None:
    mentions = claim_rules.mentions(item.reading)
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
        m = claim_rules.Mention(
            aid,
            iid,
            kind,
            key,
            text,
            s,
            e,
            claim_rules.content_set(text) if kind == "statement" else frozenset(),
            day,
        )
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


def _relabel(con, story_ids: set[str], df: dict[str, int], n: int) -> None:
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
