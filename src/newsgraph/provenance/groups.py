"""Groups of articles (copy families, stories) as union-find over the ids a batch touches.

The store keeps, for every article, the id of its group's root: the member that came first.
A batch loads the roots of the articles it meets, joins groups here, and writes back only the
roots that changed (``moved``): merging two large groups costs one bulk update, not one per
member, and memory holds only what the batch touched.
"""

from __future__ import annotations


class Groups:
    """Union-find whose roots are article ids; when two groups join, the earlier root wins."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._order: dict[str, int] = {}  # root id → its place in the store (seq)
        self._stored: dict[str, str] = {}  # member → its root as stored

    def add(self, member: str, root: str, root_order: int) -> None:
        """Make `member` known, with the root the store gives it and that root's order."""
        if member in self._stored:
            return
        self._stored[member] = root
        self._order.setdefault(root, root_order)
        self._parent.setdefault(root, root)
        if member != root:
            self._parent.setdefault(member, root)

    def __contains__(self, member: str) -> bool:
        return member in self._parent

    def find(self, member: str) -> str:
        root = member
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[member] != root:  # path compression
            self._parent[member], member = root, self._parent[member]
        return root

    def union(self, a: str, b: str) -> str:
        """Join the groups of a and b; returns the root of the joined group."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        keep, lose = (ra, rb) if (self._order[ra], ra) <= (self._order[rb], rb) else (rb, ra)
        self._parent[lose] = keep
        return keep

    def moved(self) -> dict[str, str]:
        """Stored roots that are no longer roots → the root of their group now."""
        out = {}
        for root in {r for r in self._stored.values()}:
            now = self.find(root)
            if now != root:
                out[root] = now
        return dict(sorted(out.items()))
