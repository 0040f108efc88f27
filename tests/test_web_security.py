"""The web app is safe by default: a test for each promise of `newsgraph serve`."""

from __future__ import annotations

import duckdb
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsgraph.web import create_app
from newsgraph.web.security import CSP, allowed_hosts, host_name

BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def app(web_store):
    app = create_app(str(web_store[0]))
    yield app
    app.state.db.close()


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app, base_url=BASE, raise_server_exceptions=False)


def error_of(response, status: int, code: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert body == {
        "ok": False,
        "error": {
            "code": code,
            "message": body["error"]["message"],
            "hint": body["error"]["hint"],
            "status": status,
        },
    }
    assert "Traceback" not in response.text and 'File "' not in response.text


# --------------------------------------------------------------------------- binding, hosts


def test_serve_binds_loopback_unless_told(web_store, monkeypatch):
    import uvicorn

    from newsgraph.cli import app as cli

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    db = str(web_store[0])
    assert CliRunner().invoke(cli, ["serve", "--db", db]).exit_code == 0
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8765
    assert (
        CliRunner().invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "9"]).exit_code
        == 0
    )
    assert calls[-1]["host"] == "0.0.0.0" and calls[-1]["port"] == 9


def test_serve_get_answers_one_request(web_store):
    from newsgraph.cli import app as cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(web_store[0]), "--get", "/index.json"])
    assert result.exit_code == 0 and '"counts"' in result.stdout
    missing = CliRunner().invoke(cli, ["serve", "--db", str(web_store[0]), "--get", "/nope.json"])
    assert missing.exit_code == 1 and "NG602" in missing.stdout


def test_serve_without_store_is_one_line(tmp_path):
    from newsgraph.cli import app as cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "[NG400]" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "attacker:8765", ""])
def test_foreign_host_header_is_refused(client, host):
    response = client.get("/index.json", headers={"host": host})
    error_of(response, 400, "NG603")


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "LOCALHOST"])
def test_loopback_host_names_are_served(client, host):
    assert client.get("/index.json", headers={"host": host}).status_code == 200


def test_allowed_hosts_follow_the_bound_address():
    assert "evil.example" not in allowed_hosts("127.0.0.1")
    assert "news.lan" in allowed_hosts("news.lan")
    assert "news.lan" in allowed_hosts("0.0.0.0", ["news.lan"])
    import socket

    assert socket.gethostname().lower() in allowed_hosts("0.0.0.0")
    assert "evil.example" not in allowed_hosts("0.0.0.0")
    assert host_name("[::1]:80") == "::1" and host_name("Example.ORG:1") == "example.org"


# --------------------------------------------------------------------------- methods


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head(client, method):
    response = client.request(method, "/statements.json")
    error_of(response, 405, "NG604")
    assert response.headers["allow"] == "GET, HEAD"


def test_head_has_headers_and_no_body(client):
    response = client.head("/statements")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-type"].startswith("text/html")


# --------------------------------------------------------------------------- headers, errors


@pytest.mark.parametrize(
    "path", ["/", "/statements.json", "/static/app.js", "/nope", "/articles/x"]
)
def test_every_response_has_the_security_headers(client, path):
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_script_or_style(client, web_store):
    import re

    article = web_store[1][0].article.id
    for path in ("/", "/statements", "/events", "/actors/FINGOV", f"/articles/{article}", "/api"):
        text = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", text), path
        assert " style=" not in text and "<style" not in text, path
        assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", text), path  # no handler attribute


def test_internal_error_has_the_error_shape(app, client, monkeypatch):
    from newsgraph.web import queries

    def broken(db):
        raise RuntimeError("secret detail at /root/path")

    monkeypatch.setattr(queries, "home", broken)
    response = client.get("/index.json")
    error_of(response, 500, "NG649")
    assert "secret detail" not in response.text
    page = client.get("/")
    assert page.status_code == 500 and "NG649" in page.text and "secret detail" not in page.text


def test_unknown_route_is_404_in_the_shape_asked_for(client):
    error_of(client.get("/nope", headers={"accept": "application/json"}), 404, "NG602")
    assert "<html" in client.get("/nope").text


# --------------------------------------------------------------------------- assets


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../pyproject.toml",
        "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%2f..%2f..%2fpyproject.toml",
        "/static/%2e%2e%2f%2e%2e%2fweb%2fapp.py",
        "/static//etc/passwd",
        "/static/../app.py",
    ],
)
def test_no_path_traversal_in_assets(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "[project]" not in response.text and "root:" not in response.text
    assert "create_app" not in response.text


# --------------------------------------------------------------------------- the store


def test_store_is_read_only_and_closed_to_the_outside(app, tmp_path):
    db = app.state.db
    for statement in (
        "CREATE TABLE x (i INTEGER)",
        "DELETE FROM articles",
        "UPDATE articles SET title = 'x'",
        "SELECT * FROM read_csv('/etc/passwd')",
        f"COPY articles TO '{tmp_path / 'out.csv'}'",
        f"ATTACH '{tmp_path / 'other.duckdb'}' AS other",
        "INSTALL fts",
        "SET enable_external_access = true",
    ):
        with pytest.raises(duckdb.Error):
            db.rows(statement)
    assert not (tmp_path / "out.csv").exists()
    assert db.value("SELECT count(*) FROM articles") > 0


def test_query_time_limit(app):
    from newsgraph.web.db import Db
    from newsgraph.web.errors import QueryTooSlow

    quick = Db.__new__(Db)
    quick.__dict__.update(app.state.db.__dict__)
    quick.timeout = 0.5
    with pytest.raises(QueryTooSlow):
        quick.rows("SELECT count(*) FROM range(100000000) a, range(100000000) b")
    assert quick.value("SELECT 1") == 1


# --------------------------------------------------------------------------- free-form SQL


@pytest.fixture(scope="module")
def sql_client(web_store):
    app = create_app(str(web_store[0]), sql=True)
    yield TestClient(app, base_url=BASE, raise_server_exceptions=False)
    app.state.db.close()


def test_no_sql_unless_asked(client):
    error_of(client.get("/sql.json", params={"q": "SELECT 1"}), 403, "NG605")
    page = client.get("/sql")
    assert page.status_code == 403 and "--sql" in page.text
    assert 'href="/sql"' not in client.get("/").text


def test_one_select(sql_client, web_store):
    data = sql_client.get("/sql.json", params={"q": "SELECT count(*) AS n FROM articles"}).json()
    assert data["columns"] == ["n"] and data["rows"] == [[len(web_store[1])]]
    assert 'href="/sql"' in sql_client.get("/").text
    page = sql_client.get("/sql", params={"q": "SELECT '<b>x</b>' AS html"})
    assert "&lt;b&gt;x&lt;/b&gt;" in page.text and "<b>x</b>" not in page.text
    csv_text = sql_client.get("/sql.csv", params={"q": "SELECT 1 AS a, 'b' AS b"}).text
    assert csv_text.splitlines() == ["a,b", "1,b"]


@pytest.mark.parametrize(
    "query",
    [
        "DELETE FROM articles",
        "CREATE TABLE x AS SELECT 1",
        "SELECT 1; SELECT 2",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "COPY articles TO '/tmp/newsgraph-web-leak.csv'",
        "ATTACH '/tmp/newsgraph-web-other.duckdb'",
        "INSTALL httpfs",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
    ],
)
def test_anything_but_a_select_inside_the_store_is_refused(sql_client, query):
    error_of(sql_client.get("/sql.json", params={"q": query}), 400, "NG403")


def test_runaway_query_is_stopped(sql_client):
    import time

    started = time.monotonic()
    response = sql_client.get(
        "/sql.json",
        params={"q": "SELECT count(*) FROM range(1000000000) a, range(1000000000) b"},
    )
    error_of(response, 504, "NG404")
    assert time.monotonic() - started < 10  # interrupted, not run to the end
    assert sql_client.get("/sql.json", params={"q": "SELECT 1"}).status_code == 200


def test_rows_are_capped(sql_client):
    data = sql_client.get("/sql.json", params={"q": "SELECT * FROM range(5000)"}).json()
    assert len(data["rows"]) == 1000 and data["truncated"] is True
