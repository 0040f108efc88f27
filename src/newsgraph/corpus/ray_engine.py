"""The Ray engine: the same per-batch function as the process pool, on Ray Data actors.

Articles are loaded, hashed and deduplicated on the driver exactly as for the local engine;
the new ones go out in chunks as a Ray Dataset. Actors each hold one loaded pipeline
(`newsgraph.reader.read_batch`) and turn batches of Articles into Readings. Each chunk's
results are written as Parquet shards (one JSON Reading or one error per row) and loaded back
on the driver, which writes them into the store batch by batch, so a kill still loses at most
one batch and a rerun resumes.

With no address a local Ray is started (and stopped afterwards). On a cluster pass its address
(``ray://head:10001`` or ``auto``) and a `shards` location every node can write and the driver
can read (``s3://bucket/prefix``, an NFS path …).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice

from newsgraph.errors import NewsgraphError
from newsgraph.model import Article, Reading


class RayUnavailable(NewsgraphError):
    code = "NG410"


class RemoteError(NewsgraphError):
    """An input error raised on a Ray worker, carried back with its original code."""

    def __init__(self, message: str, *, input: str | None, code: str, **where):
        self.code = code
        super().__init__(message, input=input, **where)


class ReaderActor:
    """A Ray Data actor: loads the pipeline once, then reads batches of Articles."""

    def __init__(self, model: str | None = None, batch_size: int = 16):
        from newsgraph import reader

        reader._init_worker(reader.pipeline.model_name(model))
        self.batch_size = batch_size

    def __call__(self, batch: dict) -> dict:
        from newsgraph.reader import read_batch

        articles = [Article.model_validate_json(str(a)) for a in batch["article"]]
        out: dict[str, list] = {k: [] for k in _COLUMNS}
        for item in read_batch(articles, self.batch_size):
            if isinstance(item, NewsgraphError):
                row = {
                    "reading": "",
                    "input": item.input or "",
                    "reason": item.message,
                    "code": item.code,
                    "path": item.path or "",
                    "record": -1 if item.record is None else item.record,
                    "content_hash": item.content_hash or "",
                    "signals": "",
                }
            else:
                signals = {k: v for k, v in (item._signals or {}).items() if k != "words"}
                row = dict.fromkeys(_COLUMNS, "") | {
                    "reading": item.to_json(),
                    "record": -1,
                    "signals": json.dumps(signals) if signals else "",
                }
            for key in _COLUMNS:
                out[key].append(row[key])
        return out


_COLUMNS = ("reading", "input", "reason", "code", "path", "record", "content_hash", "signals")


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise RayUnavailable(
            "the Ray engine needs Ray Data", hint="pip install 'ray[data]'"
        ) from None
    return ray


def read_with_ray(
    articles: Iterable[Article | NewsgraphError],
    *,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 32,
    address: str | None = None,
    shards: str | None = None,
    chunk: int | None = None,
) -> Iterator[Reading | NewsgraphError]:
    """Readings (or input errors) for `articles`, read by `workers` Ray actors."""
    ray = _ray()
    started_here = False
    if not ray.is_initialized():
        options = {
            "include_dashboard": False,
            "log_to_driver": False,
            "logging_level": logging.WARNING,
        }
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=max(1, workers), **options)
        started_here = True
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    chunk = chunk or max(batch_size * max(1, workers) * 4, batch_size)
    local_tmp = None
    if shards is None:
        local_tmp = tempfile.mkdtemp(prefix="newsgraph-ray-")
        root = local_tmp
    else:
        root = shards.rstrip("/") + "/" + uuid.uuid4().hex[:12]
    try:
        for number, group in enumerate(_chunks(articles, chunk)):
            good = []
            for item in group:
                if isinstance(item, NewsgraphError):
                    yield item
                else:
                    good.append({"article": item.model_dump_json()})
            if not good:
                continue
            shard = f"{root}/chunk-{number:06d}"
            (
                ray.data.from_items(good)
                .map_batches(
                    ReaderActor,
                    fn_constructor_kwargs={"model": model, "batch_size": min(batch_size, 16)},
                    batch_size=batch_size,
                    compute=ray.data.ActorPoolStrategy(size=max(1, workers)),
                    num_cpus=1,
                )
                .write_parquet(shard)
            )
            yield from _load_shard(shard)
            if local_tmp is not None:
                shutil.rmtree(shard, ignore_errors=True)
    finally:
        if local_tmp is not None:
            shutil.rmtree(local_tmp, ignore_errors=True)
        if started_here:
            ray.shutdown()


def _load_shard(shard: str) -> Iterator[Reading | NewsgraphError]:
    import pyarrow.dataset as pads

    if "://" not in shard and not os.path.isdir(shard):
        return
    for batch in pads.dataset(shard, format="parquet").to_batches():
        for row in batch.to_pylist():
            if row["reading"]:
                reading = Reading.model_validate_json(row["reading"])
                if row.get("signals"):
                    reading._signals = json.loads(row["signals"])
                yield reading
            else:
                yield RemoteError(
                    row["reason"],
                    input=row["input"] or None,
                    code=row["code"],
                    path=row.get("path") or None,
                    record=None if row.get("record", -1) == -1 else row["record"],
                    content_hash=row.get("content_hash") or None,
                )
