"""Questions about provenance: stories, copies, comparisons, claims, markers.

Mixed into :class:`newsgraph.corpus.Corpus`. Every method returns plain dicts and lists shaped
like the CLI's JSON records, so the web UI and notebooks can use them as they are.
"""

from __future__ import annotations

import datetime as dt
import json

from newsgraph.corpus.store import StoreError

_ARTICLE = "id, url, path, outlet, published, title"


def _article(row: dict, prefix: str = "") -> dict:
    out = {k: row[prefix + k] for k in ("id", "url", "path", "outlet", "published", "title")}
    if out["published"] is not None:
        out["published"] = str(out["published"])
    return out


class ProvenanceQueries:
    """Provenance questions over the store (needs `self._dicts` and `self.con`)."""

    def copies(self, article: str | None = None) -> list[dict]:
        """One record per copy pair (``copy_of`` is the likely original); `article`: an id
        (or id prefix) to keep the pairs it is part of."""
        where, params = "", []
        if article:
            where = "WHERE r.article_id LIKE $1 || '%' OR r.copy_of LIKE $1 || '%'"
            params = [article]
        rows = self._dicts(
            f"""
            SELECT r.*, a.id AS a_id, a.url AS a_url, a.path AS a_path, a.outlet AS a_outlet,
                   a.published AS a_published, a.title AS a_title,
                   o.id AS o_id, o.url AS o_url, o.path AS o_path, o.outlet AS o_outlet,
                   o.published AS o_published, o.title AS o_title
            FROM reuse_pairs r JOIN articles a ON a.id = r.article_id JOIN articles o ON o.id = r.copy_of
            {where} ORDER BY o.published NULLS LAST, r.copy_of, a.published NULLS LAST, r.article_id
            """,
            params,
        )
        passages = self._passages({(r["article_id"], r["copy_of"]) for r in rows})
        return [
            {
                "article": _article(r, "a_"),
                "copy_of": _article(r, "o_"),
                "relation": r["relation"],
                "shared": r["shared"],
                "passages": passages.get((r["article_id"], r["copy_of"]), []),
                "direction": r["direction"],
                "evidence": json.loads(r["evidence"] or "[]"),
            }
            for r in rows
        ]

    def _passages(self, pairs: set[tuple[str, str]]) -> dict:
        if not pairs:
            return {}
        rows = self._dicts(
            """
            SELECT p.*, substr(a.text, p.article_start + 1, p.article_end - p.article_start) AS a_text,
                   substr(o.text, p.copy_of_start + 1, p.copy_of_end - p.copy_of_start) AS o_text
            FROM reuse_passages p JOIN articles a ON a.id = p.article_id JOIN articles o ON o.id = p.copy_of
            WHERE p.article_id IN (SELECT unnest($1::VARCHAR[]))
            ORDER BY p.article_id, p.copy_of, p.article_start
            """,
            [sorted({a for a, _ in pairs})],
        )
        out: dict = {}
        for r in rows:
            out.setdefault((r["article_id"], r["copy_of"]), []).append(
                {
                    "article": {
                        "start": r["article_start"],
                        "end": r["article_end"],
                        "text": r["a_text"],
                    },
                    "copy_of": {
                        "start": r["copy_of_start"],
                        "end": r["copy_of_end"],
                        "text": r["o_text"],
                    },
                }
            )
        return out

    def stories(
        self,
        min_articles: int = 2,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
    ) -> list[dict]:
        """One record per story with at least `min_articles` articles, latest first.

        `since`/`until` (inclusive) keep the stories whose dates meet that stretch: last
        article on or after `since`, first on or before `until`; an undated story is left out
        when either is given."""
        from newsgraph.corpus.query import _date

        since = _date(since, "--since")
        until = _date(until, "--until")
        rows = self._dicts(
            f"""
            SELECT s.id AS story, s.label, a.{_ARTICLE.replace(", ", ", a.")}, p.family_id
            FROM stories s JOIN story_members m ON m.story_id = s.id
            JOIN articles a ON a.id = m.article_id JOIN prov_articles p ON p.article_id = a.id
            ORDER BY s.id, a.published NULLS LAST, a.id
            """
        )
        grouped: dict[str, dict] = {}
        for r in rows:
            story = grouped.setdefault(
                r["story"], {"id": r["story"], "label": r["label"], "articles": [], "_fam": set()}
            )
            story["articles"].append(_article(r))
            story["_fam"].add(r["family_id"])
        out = []
        for story in grouped.values():
            arts = story["articles"]
            if len(arts) < min_articles:
                continue
            dates = sorted(a["published"] for a in arts if a["published"])
            if (since or until) and not dates:
                continue
            if since and dates[-1] < since.isoformat() or until and dates[0] > until.isoformat():
                continue
            out.append(
                {
                    "id": story["id"],
                    "label": story["label"],
                    "articles": arts,
                    "outlets": sorted({a["outlet"] for a in arts if a["outlet"]}),
                    "first": dates[0] if dates else None,
                    "last": dates[-1] if dates else None,
                    "n_independent": len(story.pop("_fam")),
                }
            )
            story.pop("_fam", None)
        return sorted(out, key=lambda s: (s["last"] or "", s["id"]), reverse=True)

    def claims(self, min_outlets: int = 1, min_articles: int = 2) -> list[dict]:
        """Claims met in several articles: articles, outlets and independent outlets (each copy
        family counted once), with every mention."""
        rows = self._dicts(
            """
            SELECT c.id, c.kind, c.key, c.text, m.article_id, m.item_id, m.text AS mention,
                   m.span_start, m.span_end, a.outlet, a.published, p.family_id
            FROM claims c JOIN claim_mentions m ON m.claim_id = c.id
            JOIN articles a ON a.id = m.article_id JOIN prov_articles p ON p.article_id = a.id
            ORDER BY c.id, a.published NULLS LAST, m.article_id
            """
        )
        grouped: dict[str, dict] = {}
        for r in rows:
            claim = grouped.setdefault(
                r["id"],
                {
                    "id": r["id"],
                    "kind": r["kind"],
                    "key": r["key"],
                    "text": r["text"],
                    "mentions": [],
                },
            )
            claim["mentions"].append(
                {
                    "article": r["article_id"],
                    "item": r["item_id"],
                    "outlet": r["outlet"],
                    "published": str(r["published"]) if r["published"] else None,
                    "span": {"start": r["span_start"], "end": r["span_end"], "text": r["mention"]},
                    "_family": r["family_id"],
                }
            )
        out = []
        for claim in grouped.values():
            ms = claim["mentions"]
            articles = {m["article"] for m in ms}
            outlets = {m["outlet"] or m["article"] for m in ms}
            independent = {m.pop("_family") for m in ms}
            claim.update(
                n_articles=len(articles), n_outlets=len(outlets), n_independent=len(independent)
            )
            if len(articles) >= min_articles and len(outlets) >= min_outlets:
                out.append(claim)
        return sorted(out, key=lambda c: (-c["n_independent"], -c["n_articles"], c["id"]))

    def markers(self, by: str | None = None) -> list[dict]:
        """Naming markers: every hit, or (`by="outlet"`) per-outlet counts and rates per
        1,000 words for each term group and variant."""
        if by is None:
            return self._dicts(
                """
                SELECT m.article_id, a.outlet, m.span_start AS start, m.span_end AS "end", m.text,
                       m.term_group, m.variant, m.kind, m.voice, m.speaker, m.statement_id
                FROM markers m JOIN articles a ON a.id = m.article_id
                ORDER BY a.outlet NULLS LAST, m.article_id, m.span_start
                """
            )
        if by != "outlet":
            raise StoreError(f"markers can be grouped by outlet, not {by!r}", hint="--by outlet")
        return self._dicts(
            """
            WITH words AS (SELECT coalesce(a.outlet, '(no outlet)') AS outlet, count(*) AS articles,
                                  sum(p.n_words) AS words
                           FROM articles a JOIN prov_articles p ON p.article_id = a.id GROUP BY 1)
            SELECT coalesce(a.outlet, '(no outlet)') AS outlet, m.term_group, m.variant,
                   count(*) AS hits, count(*) FILTER (WHERE m.voice = 'narration') AS in_narration,
                   any_value(w.articles) AS articles,
                   round(1000.0 * count(*) / nullif(any_value(w.words), 0), 3) AS per_1000_words
            FROM markers m JOIN articles a ON a.id = m.article_id
            JOIN words w ON w.outlet = coalesce(a.outlet, '(no outlet)')
            GROUP BY 1, 2, 3 ORDER BY 1, hits DESC, 2, 3
            """
        )

    def compare(self, a: str, b: str) -> dict:
        """Side by side: shared passages, what each adds or drops, claim, hedge, naming changes."""
        from newsgraph.provenance import diffs
        from newsgraph.provenance.relations import compare as relate
        from newsgraph.provenance.signals import body_words

        ra, rb = self._reading(a), self._reading(b)
        ta, tb = ra["article"]["text"], rb["article"]["text"]
        wa, wb = body_words(ra["article"]), body_words(rb["article"])
        cmp = relate(ta, wa, tb, wb)
        brief = {
            k: ra["article"].get(k) for k in ("id", "url", "path", "outlet", "published", "title")
        }
        brief_b = {
            k: rb["article"].get(k) for k in ("id", "url", "path", "outlet", "published", "title")
        }
        return {
            "a": brief,
            "b": brief_b,
            "relation": cmp.relation,
            "containment": round(cmp.containment, 4),
            "shared_a": round(cmp.cover_a, 4),
            "shared_b": round(cmp.cover_b, 4),
            "passages": diffs.passage_changes(ta, wa, tb, wb, cmp.passages),
            "headline": diffs.headline_change(ra, rb),
            "statements": diffs.statement_changes(ra, rb),
            "naming": diffs.naming_changes(ra, rb),
        }

    def _reading(self, article: str) -> dict:
        rows = self.con.execute(
            "SELECT reading FROM articles WHERE id LIKE ? || '%' OR path = ? ORDER BY id LIMIT 2",
            [article, article],
        ).fetchall()
        if not rows:
            raise StoreError(
                f"no article {article!r} in the store",
                hint="give an id (or its first digits) or a path",
            )
        if len(rows) > 1:
            raise StoreError(
                f"{article!r} names more than one article", hint="give more digits of the id"
            )
        return json.loads(rows[0][0])
