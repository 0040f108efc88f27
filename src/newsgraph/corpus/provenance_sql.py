"""The joins of the provenance stage, done by DuckDB out of core; Python gets short lists back.

* ``copy_candidates`` — stored articles that share LSH band keys with a new one: at most
  ``PER_FAMILY`` from one copy family (the closest), ``COPY_CANDIDATES`` in all;
* ``story_candidates`` — stored articles within the time window (for an undated article: stored
  not long before, ``UNDATED_REACH``) that share the new article's
  heaviest rare terms, at most ``PER_FAMILY`` per family, with the TF-IDF cosine of the pair computed in SQL;
* ``sides`` — what comparing needs of an article (text, body, skipped spans, date, outlet …),
  from the article columns and the boilerplate table, never from the whole Reading JSON;
* ``claim_inputs`` — statements (with their speaker's actor) and events of the new articles.

Every query takes the new articles' ids as one list parameter; a candidate always came into
the store before the new article (``seq``), so matching in stored order repeats exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsgraph.provenance import stories

COPY_CANDIDATES = 6  # band candidates kept per new article
PER_FAMILY = 2  # … of which at most this many from one copy family
STORY_CANDIDATES = 8  # story mates compared per new article
TOP_TERMS = 16  # the new article's heaviest terms that propose story mates
RARE_SHARE = 0.02  # … each found in at most this share of the corpus (and at least …)
RARE_FLOOR = 200  # … this many articles, so that small corpora are not starved
UNDATED_REACH = 5000  # an undated article meets story mates stored at most this many places away


@dataclass
class Candidate:
    new_id: str
    old_id: str
    score: float  # shared bands (copies) or cosine (stories)
    family: str
    family_order: int
    story: str
    story_order: int
    published: dt.date | None = None


@dataclass
class SideRow:
    id: str
    text: str
    published: dt.date | None
    outlet: str | None
    url: str | None
    cited_outlet: str | None
    body: tuple[int, int]
    skip: list[tuple[int, int]] = field(default_factory=list)


_GROUPS = """
    JOIN prov_articles op ON op.article_id = h.old_id
    JOIN prov_articles f ON f.article_id = op.family_id
    JOIN prov_articles s ON s.article_id = op.story_id
"""
_GROUP_COLUMNS = "op.family_id, f.seq, op.story_id, s.seq, op.published"


def _candidates(rows) -> dict[str, list[Candidate]]:
    out: dict[str, list[Candidate]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(Candidate(*row))
    return out


def copy_candidates(con, ids: list[str]) -> dict[str, list[Candidate]]:
    """Stored articles sharing band keys with each new one, most shared bands first."""
    rows = con.execute(
        f"""
        WITH nb AS (SELECT b.band_key, b.article_id, p.seq FROM prov_bands b
                    JOIN prov_articles p USING (article_id)
                    WHERE b.article_id IN (SELECT unnest($1::VARCHAR[]))),
        h AS (SELECT nb.article_id AS new_id, o.article_id AS old_id, count(*) AS shared
              FROM nb JOIN prov_bands o ON o.band_key = nb.band_key
              JOIN prov_articles q ON q.article_id = o.article_id
              WHERE q.seq < nb.seq GROUP BY ALL),
        per_family AS (
            SELECT h.new_id, h.old_id, h.shared, {_GROUP_COLUMNS}, op.seq AS old_seq FROM h {_GROUPS}
            QUALIFY row_number() OVER (PARTITION BY h.new_id, op.family_id
                                       ORDER BY h.shared DESC, op.seq) <= {PER_FAMILY})
        SELECT * EXCLUDE (old_seq) FROM per_family
        QUALIFY row_number() OVER (PARTITION BY new_id ORDER BY shared DESC, old_seq)
                <= {COPY_CANDIDATES}
        ORDER BY new_id, shared DESC, old_seq
        """,
        [ids],
    ).fetchall()
    return _candidates(rows)


def _weights(n: int) -> str:
    """SQL for the TF-IDF weight of a term row `t` joined with its `d.df` (see stories.vector)."""
    return (
        f"(1 + ln(t.tf)) * ln(({n} + 1) / (d.df + 0.5))"
        f" * (CASE WHEN starts_with(t.term, '{stories.NAME_PREFIX}') THEN {stories.NAME_WEIGHT}"
        " ELSE 1.0 END)"
    )


def story_candidates(con, ids: list[str], n: int) -> dict[str, list[Candidate]]:
    """Stored articles that may tell the same story as each new one (at most PER_FAMILY per
    family), found by
    the new article's heaviest rare terms within the time window; score = cosine."""
    rare_cap = max(RARE_FLOOR, int(RARE_SHARE * n))
    weight = _weights(n)
    rows = con.execute(
        f"""
        WITH new AS (SELECT article_id, seq, published FROM prov_articles
                     WHERE article_id IN (SELECT unnest($1::VARCHAR[]))),
        top AS (SELECT t.article_id, t.term FROM prov_terms t JOIN new USING (article_id)
                JOIN prov_df d USING (term) WHERE d.df BETWEEN 2 AND {rare_cap}
                QUALIFY row_number() OVER (PARTITION BY t.article_id
                                           ORDER BY {weight} DESC, t.term) <= {TOP_TERMS}),
        h AS (SELECT top.article_id AS new_id, o.article_id AS old_id, count(*) AS shared
              FROM top JOIN prov_terms o ON o.term = top.term
              JOIN new ON new.article_id = top.article_id
              JOIN prov_articles q ON q.article_id = o.article_id
              WHERE q.seq < new.seq
                AND CASE WHEN q.published IS NULL OR new.published IS NULL
                         THEN new.seq - q.seq <= {UNDATED_REACH}
                         ELSE abs(date_diff('day', q.published, new.published)) <= {stories.WINDOW_DAYS}
                    END
              GROUP BY ALL HAVING count(*) >= 2),
        picked AS (
            SELECT h.new_id, h.old_id, {_GROUP_COLUMNS} FROM h {_GROUPS}
            QUALIFY row_number() OVER (PARTITION BY h.new_id, op.family_id
                                       ORDER BY h.shared DESC, h.old_id) <= {PER_FAMILY}
                AND row_number() OVER (PARTITION BY h.new_id
                                       ORDER BY h.shared DESC, h.old_id) <= 2 * {STORY_CANDIDATES}),
        both_ AS (SELECT new_id AS id FROM picked UNION SELECT old_id FROM picked),
        w AS MATERIALIZED (
            SELECT t.article_id, t.term, {weight} AS w FROM prov_terms t
            JOIN both_ ON both_.id = t.article_id JOIN prov_df d USING (term)
            WHERE d.df > 1 AND {weight} > 0),
        norms AS (SELECT article_id, sqrt(sum(w * w)) AS norm FROM w GROUP BY 1),
        pa AS MATERIALIZED (SELECT p.new_id, p.old_id, a.term, a.w FROM picked p
                            JOIN w a ON a.article_id = p.new_id),
        dots AS (SELECT pa.new_id, pa.old_id, sum(pa.w * b.w) AS dot, count(*) AS shared
                 FROM pa JOIN w b ON b.article_id = pa.old_id AND b.term = pa.term GROUP BY ALL)
        SELECT p.new_id, p.old_id,
               CASE WHEN d.shared >= {stories.MIN_SHARED_TERMS}
                    THEN d.dot / (na.norm * nb.norm) ELSE 0 END AS cosine,
               p.* EXCLUDE (new_id, old_id)
        FROM picked p JOIN dots d USING (new_id, old_id)
        JOIN norms na ON na.article_id = p.new_id JOIN norms nb ON nb.article_id = p.old_id
        QUALIFY row_number() OVER (PARTITION BY p.new_id ORDER BY cosine DESC, p.old_id)
                <= {STORY_CANDIDATES}
        ORDER BY p.new_id, cosine DESC, p.old_id
        """,
        [ids],
    ).fetchall()
    return _candidates(rows)


def sides(con, ids: list[str]) -> dict[str, SideRow]:
    """Text, body, skipped spans (title, boilerplate), date, outlet, url of these articles."""
    if not ids:
        return {}
    out = {}
    for aid, text, published, outlet, url, cited, b0, b1, t0, t1 in con.execute(
        """SELECT id, text, published, outlet, url, cited_outlet, body_start, body_end,
                  title_start, title_end
           FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))""",
        [ids],
    ).fetchall():
        body = (b0, b1) if b0 is not None and b1 is not None else (0, len(text))
        skip = [(t0, t1)] if t0 is not None and t1 is not None else []
        out[aid] = SideRow(aid, text, published, outlet, url, cited, body, skip)
    for aid, start, end in con.execute(
        """SELECT article_id, span_start, span_end FROM boilerplate
           WHERE article_id IN (SELECT unnest(?::VARCHAR[]))""",
        [ids],
    ).fetchall():
        out[aid].skip.append((start, end))
    return out


def claim_inputs(con, ids: list[str]) -> dict[str, dict]:
    """The new articles as small Reading-shaped dicts: statements (speaker with actor name and
    kind), events (source, target, root, date, trigger) and the publication date."""
    readings: dict[str, dict] = {
        aid: {"article": {"id": aid, "published": published}, "statements": [], "events": []}
        for aid, published in con.execute(
            "SELECT id, published FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
    }
    for row in con.execute(
        """SELECT s.article_id, s.statement_id, s.speaker_name, s.speaker_type, s.speaker_actor,
                  a.name, a.kind, s.content, s.content_start, s.content_end
           FROM statements s LEFT JOIN actors a
             ON a.article_id = s.article_id AND a.actor_id = s.speaker_actor_id
           WHERE s.article_id IN (SELECT unnest(?::VARCHAR[]))
           ORDER BY s.article_id, s.content_start, s.statement_id""",
        [ids],
    ).fetchall():
        aid, sid, name, kind, code, actor_name, actor_kind, content, start, end = row
        readings[aid]["statements"].append(
            {
                "id": sid,
                "speaker": {
                    "name": name,
                    "type": kind,
                    "actor": code,
                    "actor_name": actor_name,
                    "actor_kind": actor_kind,
                },
                "content": {"text": content, "start": start, "end": end},
            }
        )
    for aid, eid, source, target, root, day, trigger, start, end in con.execute(
        """SELECT article_id, event_id, source_code, target_code, root, date, trigger,
                  trigger_start, trigger_end
           FROM events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
           ORDER BY article_id, trigger_start, event_id""",
        [ids],
    ).fetchall():
        readings[aid]["events"].append(
            {
                "id": eid,
                "source": {"code": source},
                "target": {"code": target},
                "root": root,
                "date": day,
                "trigger": {"text": trigger, "start": start, "end": end},
            }
        )
    return readings
