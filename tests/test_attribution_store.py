"""Store migration v5: which sieve attributed a statement, and why a speaker is unknown."""

from __future__ import annotations

from newsgraph.corpus import store as store_mod

TEXT = (
    "It seems the talks have failed.\n\n“We will not sign,” the minister, Ana Ruiz, said on Monday."
)


def _rows(store):
    return store.con.execute(
        "SELECT speaker_name, speaker_by, speaker_reason FROM statements ORDER BY statement_id"
    ).fetchall()


def test_speaker_by_and_reason_are_stored(reader, tmp_path):
    reading = reader.read(TEXT)
    with store_mod.Store(tmp_path / "s.duckdb") as store:
        store.add_readings([reading])
        rows = _rows(store)
    assert ("unknown", "no-source", "a verb of seeming names no source") in rows
    assert all(by for _, by, _ in rows)
    assert [reason for name, _, reason in rows if name != "unknown"] == [None]


def test_v5_backfills_rows_stored_before_it(reader, tmp_path):
    path = tmp_path / "old.duckdb"
    with store_mod.Store(path) as store:
        store.add_readings([reader.read(TEXT)])
        expected = _rows(store)
        # make the file what an older newsgraph left: no v5 columns, at version 1
        store.con.execute("ALTER TABLE statements DROP COLUMN speaker_by")
        store.con.execute("ALTER TABLE statements DROP COLUMN speaker_reason")
        store.con.execute("DELETE FROM schema_version WHERE version = 5")
    with store_mod.Store(path) as store:
        assert store.version >= 5
        assert _rows(store) == expected
