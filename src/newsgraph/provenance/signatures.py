"""Shingles, MinHash signatures and LSH band keys of an article body.

Shingles are runs of ``SHINGLE`` normalised words. The MinHash comes from rensa (a Rust
implementation; `benchmarks/provenance.py` measures it against datasketch on the same pairs:
same quality, several times faster). The signature is cut into ``BANDS`` bands of ``ROWS``
values; two articles sharing any band key are candidate copies, verified by alignment. With
2 rows a band, pairs with a Jaccard similarity of 0.3 share a band 95 % of the time, which is
what truncated and padded copies need (their Jaccard is low while their containment is high).
"""

from __future__ import annotations

import hashlib
import struct

from newsgraph.provenance.words import Words

SHINGLE = 5
NUM_PERM = 64
BANDS = 32
ROWS = 2
SEED = 20240101


def shingles(w: Words, n: int = SHINGLE) -> list[str]:
    """Distinct runs of n normalised words (a short text is one shingle of all its words)."""
    norms = w.norms
    if len(norms) < n:
        return [" ".join(norms)] if norms else []
    return list(dict.fromkeys(" ".join(norms[i : i + n]) for i in range(len(norms) - n + 1)))


def minhash(tokens: list[str], engine: str = "rensa") -> list[int]:
    """The MinHash signature (NUM_PERM values) of a set of shingles."""
    if engine == "datasketch":
        from datasketch import MinHash

        m = MinHash(num_perm=NUM_PERM, seed=SEED)
        m.update_batch([t.encode("utf-8") for t in tokens])
        return [int(v) for v in m.digest()]
    from rensa import RMinHash

    m = RMinHash(num_perm=NUM_PERM, seed=SEED)
    m.update(tokens)
    return [int(v) for v in m.digest()]


def band_keys(signature: list[int]) -> list[int]:
    """One signed 64-bit key per band (band number mixed in), for the band table."""
    keys = []
    for band in range(BANDS):
        values = signature[band * ROWS : (band + 1) * ROWS]
        if len(values) < ROWS:
            break
        raw = struct.pack(f"<H{ROWS}Q", band, *(v & 0xFFFFFFFFFFFFFFFF for v in values))
        keys.append(
            int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little", signed=True)
        )
    return keys


def jaccard(sig_a: list[int], sig_b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not sig_a or not sig_b:
        return 0.0
    return sum(1 for x, y in zip(sig_a, sig_b, strict=False) if x == y) / min(
        len(sig_a), len(sig_b)
    )
