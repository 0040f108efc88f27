"""What a copy changed: passages added, dropped and changed; headline; claims, hedges, naming.

Works on two Readings given as dicts (as stored) and the passages their bodies share. Side
"a" is the original (or the first article named), side "b" the copy.
"""

from __future__ import annotations

from rapidfuzz.distance import Indel

from newsgraph.provenance.align import Passage
from newsgraph.provenance.claims import content_set
from newsgraph.provenance.words import Words

MIN_STRETCH = 6  # words: shorter unmatched stretches are edits inside a passage, not passages
SAME_STATEMENT = 0.5


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def _gaps(covered: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    gaps, at = [], 0
    for s, e in sorted(covered):
        if s - at >= MIN_STRETCH:
            gaps.append((at, s))
        at = max(at, e)
    if length - at >= MIN_STRETCH:
        gaps.append((at, length))
    return gaps


def passage_changes(text_a: str, a: Words, text_b: str, b: Words, passages: list[Passage]) -> dict:
    """Shared passages, stretches only in A (dropped) or only in B (added), edits inside."""
    shared, changed = [], []
    for p in passages:
        shared.append(
            {"a": _span(text_a, *a.span(p.a0, p.a1)), "b": _span(text_b, *b.span(p.b0, p.b1))}
        )
        ops = Indel.opcodes(list(a.norms[p.a0 : p.a1]), list(b.norms[p.b0 : p.b1]))
        for i0, i1, j0, j1 in _edits(ops):
            i0, i1, j0, j1 = p.a0 + i0, p.a0 + i1, p.b0 + j0, p.b0 + j1
            changed.append(
                {
                    "a": _span(text_a, *a.span(i0, i1)) if i1 > i0 else None,
                    "b": _span(text_b, *b.span(j0, j1)) if j1 > j0 else None,
                }
            )
    dropped = [
        _span(text_a, *a.span(s, e)) for s, e in _gaps([(p.a0, p.a1) for p in passages], len(a))
    ]
    added = [
        _span(text_b, *b.span(s, e)) for s, e in _gaps([(p.b0, p.b1) for p in passages], len(b))
    ]
    return {
        "shared": shared,
        "changed": changed,
        "dropped": dropped,
        "added": added,
    }


def _edits(ops) -> list[tuple[int, int, int, int]]:
    """Word ranges (i0, i1, j0, j1) that differ. A deletion and an insertion at the same
    place (the deleted words of A stand where B's inserted words stand) are one replacement
    ("Kyiv" → "Kiev"); a deletion here and an insertion further on stay two changes."""
    out: list[list[int]] = []
    for op in ops:
        if op.tag == "equal":
            continue
        last = out[-1] if out else None
        if last is not None and last[1] == op.src_start and last[3] == op.dest_start:
            last[1], last[3] = op.src_end, op.dest_end  # touches the previous edit: one change
            continue
        out.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [tuple(e) for e in out]


def _statement_key(st: dict) -> frozenset[str]:
    return content_set(st["content"]["text"])


def _pair_statements(sa: list[dict], sb: list[dict]) -> list[tuple[dict | None, dict | None]]:
    pairs, used = [], set()
    for x in sa:
        kx = _statement_key(x)
        best, best_score = None, SAME_STATEMENT
        for j, y in enumerate(sb):
            if j in used:
                continue
            ky = _statement_key(y)
            small = min(len(kx), len(ky))
            score = len(kx & ky) / small if small else 0.0
            if score >= best_score:
                best, best_score = j, score
        if best is None:
            pairs.append((x, None))
        else:
            used.add(best)
            pairs.append((x, sb[best]))
    pairs.extend((None, y) for j, y in enumerate(sb) if j not in used)
    return pairs


def _speaker(st: dict) -> str | None:
    return (st.get("speaker") or {}).get("name")


def _brief(st: dict) -> dict:
    return {"id": st["id"], "speaker": _speaker(st), "kind": st["kind"], "content": st["content"]}


def statement_changes(a: dict, b: dict) -> dict:
    """Statements only in A or only in B; for shared ones, speaker, kind, hedge, relay changes."""
    only_a, only_b, changed = [], [], []
    text_b = b["article"]["text"].lower()
    for x, y in _pair_statements(a.get("statements", []), b.get("statements", [])):
        if y is None:
            item = _brief(x)
            words = _statement_key(x)
            kept = sum(1 for w in words if w in text_b) / len(words) if words else 0.0
            item["content_kept_as_narration"] = kept >= 0.8
            only_a.append(item)
        elif x is None:
            only_b.append(_brief(y))
        else:
            notes = []
            if (_speaker(x) or "").lower() != (_speaker(y) or "").lower():
                notes.append(f"speaker {_speaker(x)!r} → {_speaker(y)!r}")
            if x["kind"] != y["kind"]:
                notes.append(f"{x['kind']} → {y['kind']}")
            ha = {h["span"]["text"].lower() for h in x.get("hedges", [])}
            hb = {h["span"]["text"].lower() for h in y.get("hedges", [])}
            notes += [f"hedge dropped: {h}" for h in sorted(ha - hb)]
            notes += [f"hedge added: {h}" for h in sorted(hb - ha)]
            ra = [r.get("name") for r in x.get("relayed_by", [])]
            rb = [r.get("name") for r in y.get("relayed_by", [])]
            if ra != rb:
                notes.append(f"relayed by {ra or 'no one'} → {rb or 'no one'}")
            if notes:
                changed.append({"a": _brief(x), "b": _brief(y), "changes": notes})
    return {"only_a": only_a, "only_b": only_b, "changed": changed}


def naming_changes(a: dict, b: dict) -> list[dict]:
    """Term groups whose variant differs between the two ("Kyiv" in A, "Kiev" in B)."""

    def variants(r: dict) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for m in r.get("markers", []):
            out.setdefault(m["term_group"], set()).add(m["variant"])
        return out

    va, vb = variants(a), variants(b)
    out = []
    for group in sorted(set(va) | set(vb)):
        if va.get(group, set()) != vb.get(group, set()):
            out.append(
                {
                    "term_group": group,
                    "a": sorted(va.get(group, ())),
                    "b": sorted(vb.get(group, ())),
                }
            )
    return out


def headline_change(a: dict, b: dict) -> dict | None:
    ta, tb = a["article"].get("title"), b["article"].get("title")
    return None if (ta or "") == (tb or "") else {"a": ta, "b": tb}
