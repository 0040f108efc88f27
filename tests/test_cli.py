"""The CLI: formats, exit codes and one-line errors (never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tests.conftest import SEED
from typer.testing import CliRunner

from newsgraph.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "good.txt"
    path.write_text(
        "Lithuania backs new sanctions\n\nLithuanian Foreign Minister Kestutis Budrys said "
        "on Monday that Vilnius supported the plan.\n",
        encoding="utf-8",
    )
    return path


def test_json_of_the_seed():
    if not SEED.exists():
        pytest.skip("seed article not present")
    result = runner.invoke(app, ["read", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    (data,) = json.loads(result.stdout)  # a list, whatever the number of inputs
    assert data["schema"] == "newsgraph.reading/1"
    article = data["article"]
    assert article["title"] == "Biden overruled Macron on Ukraine troop deployment"
    assert article["cited_outlet"] == "Politico"
    body = article["text"][article["body"]["start"] : article["body"]["end"]]
    assert body.startswith("The US president reportedly")
    assert {"0", "Comments are closed."} <= {b["text"] for b in article["boilerplate"]}


def test_jsonl_one_line_per_article(good, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Estonia and Latvia held joint exercises, officials said.", encoding="utf-8")
    result = runner.invoke(app, ["read", str(good), str(other), "--format", "jsonl"])
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(x)["schema"] for x in lines)


def test_bad_inputs_are_reported_and_others_still_read(good, tmp_path):
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(
        app, ["read", str(pdf), str(good), str(empty), str(missing), "--format", "jsonl"]
    )
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert all(line.startswith("newsgraph: ") for line in errors)
    assert any("x.pdf" in line and "unsupported" in line for line in errors)
    assert any("missing.txt" in line for line in errors)
    assert "Traceback" not in result.output
    assert len(result.stdout.strip().splitlines()) == 1  # the good article still came out


def test_usage_error_exits_2(good):
    assert runner.invoke(app, ["read", str(good), "--format", "yaml"]).exit_code == 2
    assert runner.invoke(app, ["read"]).exit_code == 2


def test_unknown_model_is_a_usage_error(good):
    result = runner.invoke(app, ["read", str(good), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert "no_such_model_xyz" in result.stderr and "not installed" in result.stderr


def test_statements_only(good):
    result = runner.invoke(app, ["read", str(good), "--format", "json", "--statements-only"])
    (data,) = json.loads(result.stdout)
    assert set(data) == {"article", "statements"}


def test_json_is_a_list_whatever_the_number_of_inputs(good, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Estonia and Latvia held joint exercises, officials said.", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    shapes = {}
    for name, paths in {"one": [good], "two": [good, other], "none": [missing]}.items():
        result = runner.invoke(app, ["read", *map(str, paths), "--format", "json"])
        shapes[name] = json.loads(result.stdout)
    assert [len(shapes[k]) for k in ("one", "two", "none")] == [1, 2, 0]
    assert shapes["one"][0] == shapes["two"][0]


def test_pretty_view_names_the_actors(good):
    result = runner.invoke(app, ["read", str(good), "--format", "pretty"])
    assert result.exit_code == 0
    assert "Lithuania backs new sanctions" in result.stdout
    assert "LTUGOV" in result.stdout


def test_schema_is_json_schema():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert schema["$id"] == "newsgraph.reading/1"
    assert {"article", "actors", "statements", "events"} <= set(schema["properties"])


def test_installed_command_never_prints_a_traceback(tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    proc = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "read", str(binary), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"newsgraph: {binary}")


def test_empty_folder_is_reported(tmp_path):
    result = runner.invoke(app, ["read", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    assert "no article files" in result.stderr
