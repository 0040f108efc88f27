"""Every route of the web app, in-process, on a real store built from articles read for real."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from newsgraph.web import create_app

BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def app(web_store):
    db, _ = web_store
    app = create_app(str(db))
    yield app
    app.state.db.close()


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app, base_url=BASE)


@pytest.fixture(scope="module")
def readings(web_store):
    return web_store[1]


def statements_of(readings):
    return [(r, s) for r in readings for s in r.statements]


def is_error(response, status: int, code: str) -> dict:
    """The one error shape, in JSON: ok false, the code, a message, never a traceback."""
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False
    assert body["error"]["code"] == code
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    assert "Traceback" not in response.text
    return body["error"]


# --------------------------------------------------------------------------- home


def test_home_counts_match_the_store(client, readings):
    data = client.get("/index.json").json()
    assert data["counts"]["articles"] == len(readings)
    assert data["counts"]["statements"] == sum(len(r.statements) for r in readings)
    assert data["counts"]["events"] == sum(len(r.events) for r in readings)
    assert data["counts"]["input_errors"] == 1
    assert sum(q["events"] for q in data["quads"]) == data["counts"]["events"]
    assert data["top_actors"][0]["articles"] >= data["top_actors"][-1]["articles"]
    stories = client.get("/stories.json").json()["rows"]
    assert [s["id"] for s in data["stories"]] == [s["id"] for s in stories][:8]
    assert [s["articles"] for s in data["stories"]] == [len(s["articles"]) for s in stories][:8]


def test_home_page_has_chart_actors_and_errors(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<svg class="chart"' in page.text
    assert "Top actors" in page.text
    assert "&lt;b&gt;empty.txt&lt;/b&gt;" in page.text  # the input error, escaped
    assert "Latest stories" in page.text and 'href="/stories/' in page.text


def test_accept_header_gives_json(client):
    response = client.get("/", headers={"accept": "application/json"})
    assert response.headers["content-type"] == "application/json"
    assert "counts" in response.json()


# --------------------------------------------------------------------------- statements


def test_statements_lists_every_statement_with_facets(client, readings):
    data = client.get("/statements.json").json()
    assert data["total"] == len(statements_of(readings))
    kinds = {f["value"]: f["count"] for f in data["facets"]["kind"]}
    for kind, n in kinds.items():
        assert n == sum(1 for _, s in statements_of(readings) if s.kind == kind)
    assert {f["value"] for f in data["facets"]["hedged"]} <= {"yes", "no"}


@pytest.mark.parametrize(
    ("params", "keep"),
    [
        ({"speaker_type": "anonymous"}, lambda r, s: s.speaker.type == "anonymous"),
        ({"hedged": "yes"}, lambda r, s: bool(s.hedges)),
        ({"hedged": "no"}, lambda r, s: not s.hedges),
        ({"relayed": "yes"}, lambda r, s: bool(s.relayed_by)),
        ({"kind": "direct"}, lambda r, s: s.kind == "direct"),
        ({"outlet": "Example Wire"}, lambda r, s: r.article.outlet == "Example Wire"),
        (
            {"since": "2025-05-01", "until": "2025-06-30"},
            lambda r, s: (
                r.article.published and "2025-05-01" <= str(r.article.published) <= "2025-06-30"
            ),
        ),
        (
            {"speaker": "RUS"},
            lambda r, s: s.speaker.actor == "RUS" or "rus" in (s.speaker.name or "").lower(),
        ),
        (
            {"q": "patrol boats"},
            lambda r, s: "patrol" in s.content.text.lower() and "boats" in s.content.text.lower(),
        ),
        (
            {"anonymous": "yes"},
            lambda r, s: (
                s.speaker.type == "anonymous" or any(x.type == "anonymous" for x in s.relayed_by)
            ),
        ),
    ],
)
def test_statement_filters(client, readings, params, keep):
    data = client.get("/statements.json", params={**params, "size": 1000}).json()
    expected = {(r.article.id, s.id) for r, s in statements_of(readings) if keep(r, s)}
    assert {(row["article_id"], row["statement_id"]) for row in data["rows"]} == expected
    assert data["total"] == len(expected)
    assert data["filters"] == params


def test_search_escapes_like_wildcards(client, readings):
    for char in ("%", "_", "\\"):
        literal = sum(1 for _, s in statements_of(readings) if char in s.content.text)
        assert client.get("/statements.json", params={"q": char}).json()["total"] == literal


def test_search_words_are_marked_in_the_results(client):
    page = client.get("/statements", params={"q": "PATROL"}).text
    assert "<mark>patrol</mark>" in page
    hostile = client.get("/statements", params={"q": "useful"}).text
    assert "<mark>useful</mark> &lt;img" in hostile  # the text around the mark stays escaped
    assert "<mark><" not in client.get("/statements", params={"q": "<img"}).text


def test_statement_pages(client, readings):
    total = len(statements_of(readings))
    first = client.get("/statements.json", params={"size": 4}).json()
    assert first["next"].startswith("/statements.json?")  # a JSON page links to JSON pages
    second = client.get(first["next"]).json()
    assert first["pages"] == -(-total // 4)
    assert len(first["rows"]) == 4 and second["page"] == 2
    seen = {(r["article_id"], r["statement_id"]) for r in first["rows"] + second["rows"]}
    assert len(seen) == 8
    late = client.get("/statements.json", params={"size": 4, "page": 999})
    is_error(late, 400, "NG601")


def test_statements_csv_page_and_all(client, readings):
    page = client.get("/statements.csv", params={"size": 3})
    assert page.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(page.text)))
    assert len(rows) == 3 and "content" in rows[0]
    every = list(csv.DictReader(io.StringIO(client.get("/statements.csv?all=1").text)))
    assert len(every) == len(statements_of(readings))


def test_statements_page_html(client):
    page = client.get("/statements", params={"speaker_type": "person"})
    assert page.status_code == 200
    assert (
        'href="/statements?speaker_type=person&amp;kind=' in page.text
    )  # facet links keep filters
    assert "speaker type: person" in page.text
    assert 'rel="next"' not in page.text or "page=2" in page.text


def test_bad_parameter_is_one_error(client):
    is_error(client.get("/statements.json", params={"since": "yesterday"}), 400, "NG601")
    is_error(client.get("/statements.json", params={"size": "many"}), 400, "NG601")
    is_error(client.get("/statements.json", params={"kind": "shouted"}), 400, "NG601")


# --------------------------------------------------------------------------- events


def test_events_filters_and_timeline(client, readings):
    events = [(r, e) for r in readings for e in r.events]
    data = client.get("/events.json", params={"size": 1000}).json()
    assert data["total"] == len(events)
    assert sum(sum(c.values()) for c in data["timeline"]["counts"].values()) == len(events)
    root = events[0][1].root
    only = client.get("/events.json", params={"root": root, "size": 1000}).json()
    assert {r["event_id"] + r["article_id"] for r in only["rows"]} == {
        e.id + r.article.id for r, e in events if e.root == root
    }
    rus = client.get("/events.json", params={"source": "RUS"}).json()
    assert rus["total"] == sum(
        1 for _, e in events if e.source and (e.source.code or "").startswith("RUS")
    )
    assert all(r["source_code"].startswith("RUS") for r in rus["rows"])
    for name in ("root", "quad", "plover", "source", "target", "modality", "negated"):
        assert name in data["facets"]


def test_events_page_html_and_csv(client):
    page = client.get("/events", params={"quad": 3})
    assert page.status_code == 200 and '<svg class="chart"' in page.text
    assert "verbal conflict" in page.text
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv?all=1").text)))
    assert rows and "cameo" in rows[0]


# --------------------------------------------------------------------------- article


def test_article_page_marks_every_item(client, readings):
    reading = next(r for r in readings if len(r.statements) >= 3)
    page = client.get(f"/articles/{reading.article.id}")
    assert page.status_code == 200
    for st in reading.statements:
        assert f'id="{st.id}"' in page.text  # each item has its own anchor
        assert f'href="#{st.id}"' in page.text
    for ev in reading.events:
        assert f'id="{ev.id}"' in page.text
    assert 'class="ng-speaker' in page.text or "ng-speaker" in page.text
    assert "ng-cue" in page.text and "ng-content" in page.text and "ng-trigger" in page.text


def test_article_json_is_the_reading(client, readings):
    reading = readings[0]
    data = client.get(f"/articles/{reading.article.id}.json").json()
    assert data == reading.to_dict()


def test_unknown_article_is_404(client):
    is_error(client.get("/articles/nope.json"), 404, "NG602")
    page = client.get("/articles/nope")
    assert page.status_code == 404 and "NG602" in page.text and "<html" in page.text


# --------------------------------------------------------------------------- lists, actor


def test_articles_list(client, readings):
    data = client.get("/articles.json").json()
    assert data["total"] == len(readings)
    assert [r["published"] for r in data["rows"]] == sorted(
        (r["published"] for r in data["rows"]), reverse=True
    )
    wire = client.get("/articles.json", params={"outlet": "Example Wire"}).json()
    assert wire["total"] == sum(1 for r in readings if r.article.outlet == "Example Wire")
    assert client.get("/articles").status_code == 200


def test_actors_list_and_search(client):
    data = client.get("/actors.json", params={"q": "russia"}).json()
    assert data["rows"] and all(
        "russia" in row["name"].lower() or row["code"] == "RUSSIA" for row in data["rows"]
    )
    assert client.get("/actors").status_code == 200
    assert client.get("/actors.csv").text.startswith("code,name,kind")


def test_actor_page(client, readings):
    code = "FINGOV"
    data = client.get(f"/actors/{code}.json").json()
    said = [(r, s) for r, s in statements_of(readings) if s.speaker.actor == code]
    assert data["n_said"] == len(said) > 0
    assert {row["statement_id"] for row in data["said"]} == {s.id for _, s in said}
    sources = [e for r in readings for e in r.events if e.source and e.source.code == code]
    assert data["n_as_source"] == len(sources)
    assert sum(sum(c.values()) for c in data["over_time"]["counts"].values()) >= len(said)
    page = client.get(f"/actors/{code}")
    assert page.status_code == 200 and "What they said" in page.text


def test_actor_said_of_them(client, readings):
    # Finland is mentioned in what Russia said: it shows under "said of them" for FIN.
    data = client.get("/actors/FIN.json").json()
    contents = [row["content"] for row in data["said_of"]]
    assert any("Finland" in c for c in contents)
    assert all(row["speaker_actor"] != "FIN" for row in data["said_of"])


def test_actor_without_code_by_name(client, readings):
    anon = next(s for _, s in statements_of(readings) if s.speaker.type == "anonymous")
    data = client.get("/actors/_.json", params={"name": anon.speaker.name}).json()
    assert data["n_said"] >= 1
    is_error(client.get("/actors/_.json"), 400, "NG601")
    is_error(client.get("/actors/XXXGOV.json"), 404, "NG602")


def test_errors_page(client):
    data = client.get("/errors.json").json()
    assert data["rows"][0]["code"] == "NG104"
    assert "&lt;b&gt;empty.txt" in client.get("/errors").text


# --------------------------------------------------------------------------- provenance


def copy_pair(client, word: str) -> dict:
    pairs = client.get("/copies.json").json()["rows"]
    return next(p for p in pairs if word in p["article"]["title"])


def test_copies_pair_the_copy_with_its_original(client, readings):
    pairs = client.get("/copies.json").json()["rows"]
    by_title = {r.article.title: r.article.id for r in readings}
    pair = copy_pair(client, "Chisinau")
    assert pair["copy_of"]["id"] == by_title["Ukraine and Moldova sign energy deal"]
    assert pair["passages"] and pair["evidence"]
    one = client.get("/copies.json", params={"article": pair["copy_of"]["id"]}).json()["rows"]
    assert one == [
        p for p in pairs if pair["copy_of"]["id"] in (p["article"]["id"], p["copy_of"]["id"])
    ]
    page = client.get("/copies")
    assert f"/compare?a={pair['copy_of']['id']}&amp;b={pair['article']['id']}" in page.text


def test_compare_marks_both_sides(client):
    pair = copy_pair(client, "Chisinau")
    a, b = pair["copy_of"]["id"], pair["article"]["id"]
    data = client.get("/compare.json", params={"a": a, "b": b}).json()
    assert data["a"]["id"] == a and data["b"]["id"] == b and data["relation"] == pair["relation"]
    page = client.get("/compare", params={"a": a, "b": b}).text
    n_shared = len(data["passages"]["shared"])
    assert n_shared and page.count('data-i="p1"') >= 2  # the first passage, on both sides
    changed = [c["b"]["text"] for c in data["passages"]["changed"] if c.get("b")]
    assert any("Kiev" in text for text in changed)
    assert "ng-changed" in page
    is_error(client.get("/compare.json", params={"a": a}), 400, "NG601")
    is_error(client.get("/compare.json", params={"a": a, "b": "ffffffffffff"}), 404, "NG602")


def test_stories_and_one_story(client, readings):
    stories = client.get("/stories.json").json()["rows"]
    assert stories and all(len(s["articles"]) >= 2 for s in stories)
    pair = copy_pair(client, "Chisinau")
    story = next(s for s in stories if pair["article"]["id"] in {a["id"] for a in s["articles"]})
    assert pair["copy_of"]["id"] in {a["id"] for a in story["articles"]}
    one = client.get(f"/stories/{story['id']}.json").json()
    assert one["story"]["id"] == story["id"]
    assert [c["article"]["id"] for c in one["copies"]] == [pair["article"]["id"]]
    page = client.get(f"/stories/{story['id']}")
    assert page.status_code == 200 and "Copies among them" in page.text
    is_error(client.get("/stories/nope.json"), 404, "NG602")


def test_article_page_shows_its_copies_and_story(client):
    pair = copy_pair(client, "Chisinau")
    page = client.get(f"/articles/{pair['article']['id']}").text
    assert "Part of the story" in page and f"/compare?a={pair['copy_of']['id']}" in page


def test_claims_count_independent_outlets(client, app):
    from newsgraph.web.provenance import _call

    claims = client.get("/claims.json").json()["rows"]
    assert claims
    expected = _call(app.state.db, "claims")  # the provenance layer's own counting
    assert [(c["id"], c["n_articles"], c["n_outlets"], c["n_independent"]) for c in claims] == [
        (c["id"], c["n_articles"], c["n_outlets"], c["n_independent"]) for c in expected
    ]
    assert [len(c["mentions"]) for c in claims] == [len(c["mentions"]) for c in expected]
    paged = client.get("/claims.json", params={"size": 1, "page": 2}).json()
    assert paged["total"] == len(claims) and paged["rows"][0]["id"] == claims[1]["id"]
    for claim in claims:
        assert claim["n_independent"] <= claim["n_outlets"] <= claim["n_articles"]
    two = client.get("/claims.json", params={"min_outlets": 2}).json()["rows"]
    assert all(c["n_outlets"] >= 2 for c in two)
    mention = claims[0]["mentions"][0]
    assert f"/articles/{mention['article']}#{mention['item']}" in client.get("/claims").text


def test_markers_per_outlet(client):
    rows = client.get("/markers.json").json()["rows"]
    assert any(r["variant"] == "Kiev" and r["outlet"] == "Daily Aggregator" for r in rows)
    assert "Kiev" in client.get("/markers").text


@pytest.fixture(scope="module")
def old_client(web_store, tmp_path_factory):
    from tests.web_store import build_old_store

    app = create_app(str(build_old_store(web_store[0], tmp_path_factory.mktemp("old"))))
    yield TestClient(app, base_url=BASE)
    app.state.db.close()


@pytest.mark.parametrize(
    "path", ["/stories", "/stories/1", "/copies", "/compare?a=x&b=y", "/claims", "/markers"]
)
def test_provenance_pages_in_a_store_without_it(old_client, path):
    page = old_client.get(path)
    assert page.status_code == 200 and "not yet available in this store" in page.text
    json_path = path.replace("?", ".json?", 1) if "?" in path else path + ".json"
    assert old_client.get(json_path).json()["available"] is False


def test_home_and_article_of_a_store_without_provenance(old_client):
    assert old_client.get("/index.json").json()["stories"] is None
    article = old_client.get("/articles.json").json()["rows"][0]["id"]
    assert "not yet available" in old_client.get(f"/articles/{article}").text


# --------------------------------------------------------------------------- API description


def test_openapi_describes_the_json_routes(client):
    spec = client.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/statements.json"]["get"]["parameters"]}
    assert {"q", "speaker", "speaker_type", "cue_class", "kind", "hedged", "anonymous"} <= params
    assert {"relayed", "outlet", "since", "until", "page", "size"} <= params
    event_params = {p["name"] for p in spec["paths"]["/events.json"]["get"]["parameters"]}
    assert {"source", "target", "root", "quad", "plover", "modality", "negated"} <= event_params
    for path in (
        "/index.json",
        "/articles/{article_id}.json",
        "/actors/{code}.json",
        "/stories.json",
        "/copies.json",
        "/compare.json",
        "/claims.json",
    ):
        assert path in spec["paths"]
    assert all(path.endswith(".json") for path in spec["paths"])
    assert "/statements.json" in client.get("/api").text


def test_static_assets(client):
    js = client.get("/static/app.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    css = client.get("/static/reading.css")
    assert css.status_code == 200 and ".ng-speaker" in css.text


def test_timeline_periods_fill_the_gaps():
    import datetime as dt

    from newsgraph.web.queries import by_period

    d = dt.date
    grain, out = by_period([(d(2025, 1, 1), 1, 2), (d(2025, 1, 4), 3, 1), (None, 1, 5)])
    assert grain == "day" and list(out) == ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04"]
    assert out["2025-01-01"] == {1: 2} and out["2025-01-02"] == {}
    grain, out = by_period([(d(2024, 11, 5), 1, 1), (d(2025, 2, 1), 1, 1)])
    assert grain == "month" and list(out) == ["2024-11", "2024-12", "2025-01", "2025-02"]
    grain, out = by_period([(d(1945, 5, 8), 4, 1), (d(2025, 2, 1), 1, 1)])
    assert grain == "year" and len(out) == 81 and out["1945"] == {4: 1}


def test_certainty_facets_and_filters(client, readings):
    def code(c):
        return c.code if c is not None else None

    data = client.get("/statements.json").json()
    counts = {f["value"]: f["count"] for f in data["facets"]["certainty"]}
    for value, n in counts.items():
        assert n == sum(1 for _, s in statements_of(readings) if code(s.certainty) == value)
    value = next(iter(counts))
    only = client.get("/statements.json", params={"certainty": value, "size": 1000}).json()
    assert only["total"] == counts[value] and all(r["certainty"] == value for r in only["rows"])
    hedged = client.get("/events.json", params={"hedged": "yes", "size": 1000}).json()
    assert hedged["total"] == sum(1 for r in readings for e in r.events if e.hedges)
    assert "certainty" in hedged["facets"]


def test_an_old_store_has_no_certainty_filter(old_client):
    assert "certainty" not in old_client.get("/statements.json").json()["facets"]
    error = old_client.get("/statements.json", params={"certainty": "PR+"})
    assert error.status_code == 400 and error.json()["error"]["code"] == "NG601"
    assert old_client.get("/statements").status_code == 200


def test_every_page_is_in_the_web_readme(app):
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "src/newsgraph/web/README.md").read_text()
    documented = set(re.findall(r"`(/[^`?]*)", readme))
    for path in app.openapi()["paths"]:
        page = path.removesuffix(".json").replace("/index", "/")
        page = re.sub(r"\{code\}", "CODE", re.sub(r"\{\w+_id\}", "ID", page))
        assert page in documented, page
