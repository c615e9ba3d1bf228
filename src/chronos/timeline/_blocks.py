"""Sorted blocks: the dynamic structures behind the window queries of a solved timeline.

Items are numbered ``0, 1, 2, …`` (an event's index) and carry one key (:class:`Sorted`) or
two (:class:`Dominance`), integers within ``±INF``. Each structure keeps its items in a list
of *blocks*: short sorted lists (from ``load // 2`` to ``2 * load`` items, ``load`` = 512
unless asked otherwise), in order of the first key, with the largest key of each block in a
list of its own to find a block by bisection. An item is coded as one integer, its key
shifted left past its number and its number below (ties between equal keys fall to the
number), so a block is a plain list of integers: no object per item, and bisection and
insertion run at C speed. Inserting or removing an item costs a bisection over the blocks,
one in the block and a shift of at most ``2 * load`` pointers; a block that grows past
``2 * load`` is split in two, and one that shrinks under ``load // 2`` is merged with a
neighbour (and split again if the two make too many). Many items move in one call
(``set_many``), in one loop with no call per item.

A :class:`Dominance` block also keeps the codes of the second key of its items, sorted: the
items with ``a ≤ p`` and ``b ≥ q`` are found by visiting the blocks whose items all have
``a ≤ p``, each answering with a suffix of its second list (found by bisection; a block
whose largest ``b`` is under ``q`` gives nothing), and, in the one block where ``a`` crosses
``p``, by testing on ``b`` its items with ``a ≤ p`` or on ``a`` those with ``b ≥ q``,
whichever are fewer. A query costs O(n / load · log load + load + k) for ``k`` answers;
with ``load`` = 512 and 100,000 items that is some 200 bisections.

(The blocks of one key are the layout of ``sortedcontainers.SortedList``, which is no
dependency of chronos at run time and keeps no second list per block for the dominance
query.)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Final

from chronos.errors import InvalidArgumentError

__all__ = ["INF", "LOAD", "Dominance", "Sorted"]

#: The keys' open ends: every key lies within ``[-INF, INF]``.
INF: Final = 2**62
#: Items per block, as built (blocks then hold from ``LOAD // 2`` to ``2 * LOAD`` items).
LOAD: Final = 512
_SHIFT: Final = 32  # item numbers below 2**32
_MASK: Final = (1 << _SHIFT) - 1
_OFFSET: Final = INF + 1  # every key + _OFFSET is positive
_ABSENT: Final = -1
#: A block that loses more than one item in this many at once is filtered afresh (in C)
#: rather than having them bisected out one by one; one that gains more than one in
#: ``_SORT_SHARE`` is sorted afresh. (Bisecting an item out or in costs about what filtering
#: five items, or sorting ten, does.)
_FILTER_SHARE: Final = 5
_SORT_SHARE: Final = 10


def _codes(items: Iterable[int], keys: Sequence[int], argument: str) -> list[int]:
    """The codes of ``keys``, item ``items[j]`` having ``keys[j]``."""
    if keys and (min(keys) < -INF or max(keys) > INF):
        raise InvalidArgumentError(argument, f"<{len(keys)} keys>", f"must lie within ±{INF}")
    return [((key + _OFFSET) << _SHIFT) | i for i, key in zip(items, keys, strict=True)]


def _floor(key: int) -> int:
    """The smallest code of any item with this key (or a larger one)."""
    return (max(key, -INF) + _OFFSET) << _SHIFT


def _ceiling(key: int) -> int:
    """The largest code of any item with this key (or a smaller one)."""
    return ((min(key, INF) + _OFFSET) << _SHIFT) | _MASK


class _Blocks:
    """Items in sorted blocks by a first key, with (if ``seconds`` is given) each block's
    codes of a second key, sorted."""

    __slots__ = ("_blocks", "_by_b", "_codes", "_count", "_load", "_maxes", "_seconds", "_two")

    def __init__(self, keys: Sequence[int], seconds: Sequence[int] | None, load: int) -> None:
        if load < 2:
            raise InvalidArgumentError("load", load, "must be at least 2")
        if len(keys) > _MASK:
            raise InvalidArgumentError("keys", f"<{len(keys)} keys>", f"at most {_MASK} items")
        self._load = load
        self._two = seconds is not None
        self._codes = _codes(range(len(keys)), keys, "keys")
        self._seconds = _codes(range(len(keys)), seconds, "b") if seconds is not None else []
        ordered = sorted(self._codes)
        blocks = [ordered[k : k + load] for k in range(0, len(ordered), load)]
        if len(blocks) > 1 and len(blocks[-1]) < load // 2:
            blocks[-2:] = [blocks[-2] + blocks[-1]]
        self._blocks = blocks
        self._maxes = [block[-1] for block in blocks]
        self._by_b = list(map(self._second_list, blocks)) if self._two else []
        self._count = len(ordered)

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: {self._count} items in {len(self._blocks)} blocks>"

    @property
    def block_sizes(self) -> tuple[int, ...]:
        """The number of items in each block, in order."""
        return tuple(map(len, self._blocks))

    def remove(self, item: int) -> None:
        """Take item ``item`` out (nothing happens if it is not there)."""
        if 0 <= item < len(self._codes) and self._codes[item] != _ABSENT:
            self._update((item,), (_ABSENT,), (_ABSENT,))

    def _second_list(self, block: Iterable[int]) -> list[int]:
        seconds = self._seconds
        return sorted([seconds[code & _MASK] for code in block])

    def _update(self, items: Sequence[int], codes: Sequence[int], seconds: Sequence[int]) -> None:
        """Item ``items[j]`` now has codes ``codes[j]`` and ``seconds[j]`` (the second one
        ignored if no second key is kept; ``_ABSENT``: taken out); the last one counts for an
        item named twice.

        In three passes, each over the blocks in order: the items that move are taken out of
        their blocks, put into the blocks where their new codes belong, and the blocks left
        too long or too short are split or merged. A block that loses or gains many items is
        filtered or sorted afresh (in C), one that loses or gains a few has them bisected."""
        known, two, old_b = self._codes, self._two, self._seconds
        top = max(items, default=-1)
        if top >= len(known):
            if top > _MASK:
                raise InvalidArgumentError("item", top, f"must be below {_MASK + 1}")
            known.extend([_ABSENT] * (top + 1 - len(known)))
            if two:
                old_b.extend([_ABSENT] * (top + 1 - len(old_b)))
        if len(set(items)) < len(items):  # the last codes given for an item count
            last = sorted(dict(zip(items, range(len(items)), strict=True)).values())
            items = [items[j] for j in last]
            codes = [codes[j] for j in last]
            seconds = [seconds[j] for j in last]
        if two:
            moving = [
                (i, c, b)
                for i, c, b in zip(items, codes, seconds, strict=True)
                if known[i] != c or old_b[i] != b
            ]
        else:
            moving = [
                (i, c, b) for i, c, b in zip(items, codes, seconds, strict=True) if known[i] != c
            ]
        if not moving:
            return
        self._take_out(sorted(known[i] for i, _, _ in moving if known[i] != _ABSENT))
        for i, c, b in moving:
            known[i] = c
            if two:
                old_b[i] = b
        self._put_in(sorted(c for _, c, _ in moving if c != _ABSENT))
        self._settle()

    def _take_out(self, codes: list[int]) -> None:
        """Take the items of ``codes`` (sorted) out of their blocks; drop emptied blocks."""
        blocks, maxes, by_b, seconds, two = (
            self._blocks,
            self._maxes,
            self._by_b,
            self._seconds,
            self._two,
        )
        touched: list[int] = []
        j = k = 0
        while j < len(codes):
            k = bisect_left(maxes, codes[j], k)
            end = bisect_right(codes, maxes[k], j)
            group = codes[j:end]
            j = end
            touched.append(k)
            block = blocks[k]
            many = len(group) * _FILTER_SHARE > len(block)
            _remove(block, group, many=many)
            if two:
                _remove(by_b[k], [seconds[code & _MASK] for code in group], many=many)
        self._count -= len(codes)
        for k in reversed(touched):
            if blocks[k]:
                maxes[k] = blocks[k][-1]
            else:
                del blocks[k], maxes[k]
                if two:
                    del by_b[k]

    def _put_in(self, codes: list[int]) -> None:
        """Put the items of ``codes`` (sorted, their codes recorded) into their blocks."""
        blocks, maxes, by_b, seconds, two = (
            self._blocks,
            self._maxes,
            self._by_b,
            self._seconds,
            self._two,
        )
        self._count += len(codes)
        if not blocks and codes:
            blocks.append([])
            maxes.append(codes[-1])
            if two:
                by_b.append([])
        j = k = 0
        last = len(blocks) - 1
        while j < len(codes):
            k = min(bisect_left(maxes, codes[j], k), last)
            end = bisect_right(codes, maxes[k], j) if k < last else len(codes)
            group = codes[j:end]
            j = end
            block = blocks[k]
            many = len(group) * _SORT_SHARE > len(block)
            _add(block, group, many=many)
            maxes[k] = block[-1]
            if two:
                _add(by_b[k], [seconds[code & _MASK] for code in group], many=many)

    def _settle(self) -> None:
        """Split the blocks grown too long and merge those shrunk too short."""
        blocks, load = self._blocks, self._load
        k = 0
        while k < len(blocks):
            size = len(blocks[k])
            if size > 2 * load:
                self._split(k)
            elif size < load // 2 and len(blocks) > 1:
                self._merge(k if k + 1 < len(blocks) else k - 1)
                k = max(k - 1, 0)
            else:
                k += 1

    def _split(self, k: int) -> None:
        """Cut block ``k`` into blocks of ``load`` items (the last one up to half more)."""
        block, load = self._blocks[k], self._load
        pieces = [block[i : i + load] for i in range(0, len(block), load)]
        if len(pieces[-1]) < load // 2:
            pieces[-2:] = [pieces[-2] + pieces[-1]]
        self._blocks[k : k + 1] = pieces
        self._maxes[k : k + 1] = [piece[-1] for piece in pieces]
        if self._two:
            self._by_b[k : k + 1] = list(map(self._second_list, pieces))

    def _merge(self, k: int) -> None:
        """Join blocks ``k`` and ``k + 1`` (split again by :meth:`_settle` if too long)."""
        joined = self._blocks[k] + self._blocks[k + 1]
        self._blocks[k : k + 2] = [joined]
        self._maxes[k : k + 2] = [joined[-1]]
        if self._two:
            self._by_b[k : k + 2] = [sorted(self._by_b[k] + self._by_b[k + 1])]


class Sorted(_Blocks):
    """The items with ``key ≤ p`` (or ``≥ p``), kept in sorted blocks as keys change."""

    __slots__ = ()

    def __init__(self, keys: Sequence[int], *, load: int = LOAD) -> None:
        super().__init__(keys, None, load)

    def set(self, item: int, key: int) -> None:
        """Item ``item`` now has key ``key`` (added if it was not there)."""
        self.set_many((item,), (key,))

    def set_many(self, items: Sequence[int], keys: Sequence[int]) -> None:
        """Item ``items[j]`` now has key ``keys[j]``, for each ``j`` in turn."""
        self._update(items, _codes(items, keys, "keys"), [_ABSENT] * len(items))

    def at_most(self, p: int) -> list[int]:
        """The items whose key is ``≤ p``, by key (ties by number)."""
        top = _ceiling(p)
        blocks = self._blocks
        k = bisect_right(self._maxes, top)
        found = [code & _MASK for block in islice(blocks, k) for code in block]
        if k < len(blocks):
            block = blocks[k]
            found += [code & _MASK for code in islice(block, bisect_right(block, top))]
        return found

    def at_least(self, p: int) -> list[int]:
        """The items whose key is ``≥ p``, by key (ties by number)."""
        low = _floor(p)
        blocks = self._blocks
        k = bisect_left(self._maxes, low)
        if k == len(blocks):
            return []
        block = blocks[k]
        found = [code & _MASK for code in islice(block, bisect_left(block, low), None)]
        found += [code & _MASK for block in islice(blocks, k + 1, None) for code in block]
        return found


class Dominance(_Blocks):
    """The items with ``a ≤ p`` and ``b ≥ q``: sorted blocks by ``a``, each also holding its
    items' ``b`` in order."""

    __slots__ = ()

    def __init__(self, a: Sequence[int], b: Sequence[int], *, load: int = LOAD) -> None:
        if len(a) != len(b):
            raise InvalidArgumentError("b", f"<{len(b)} keys>", f"must pair with a ({len(a)} keys)")
        super().__init__(a, b, load)

    def set(self, item: int, a: int, b: int) -> None:
        """Item ``item`` now has keys ``a`` and ``b`` (added if it was not there)."""
        self.set_many((item,), (a,), (b,))

    def set_many(self, items: Sequence[int], a: Sequence[int], b: Sequence[int]) -> None:
        """Item ``items[j]`` now has keys ``a[j]`` and ``b[j]``, for each ``j`` in turn."""
        self._update(items, _codes(items, a, "a"), _codes(items, b, "b"))

    def query(self, p: int, q: int) -> list[int]:
        """The items with ``a ≤ p`` and ``b ≥ q``, in no set order."""
        top, low = _ceiling(p), _floor(q)
        blocks, by_b, seconds = self._blocks, self._by_b, self._seconds
        k = bisect_right(self._maxes, top)
        found: list[int] = []
        for in_b in islice(by_b, k):
            if in_b[-1] >= low:
                found += [code & _MASK for code in islice(in_b, bisect_left(in_b, low), None)]
        if k < len(blocks):
            # The block where a crosses p: its items with a ≤ p tested on b, or those with
            # b ≥ q tested on a, whichever are fewer.
            block, in_b = blocks[k], by_b[k]
            up_to, start = bisect_right(block, top), bisect_left(in_b, low)
            if up_to <= len(in_b) - start:
                for code in islice(block, up_to):
                    item = code & _MASK
                    if seconds[item] >= low:
                        found.append(item)
            else:
                firsts = self._codes
                for code in islice(in_b, start, None):
                    item = code & _MASK
                    if firsts[item] <= top:
                        found.append(item)
        return found


def _add(items: list[int], new: list[int], *, many: bool) -> None:
    """Put the codes ``new`` into the sorted ``items``: by sorting afresh when they are
    ``many`` (a share of the list), else each by bisection."""
    if many:
        items += new
        items.sort()
    else:
        for code in new:
            insort(items, code)


def _remove(items: list[int], gone: list[int], *, many: bool) -> None:
    """Take the codes ``gone`` out of the sorted ``items``: by one filtering pass when they
    are ``many`` (a share of the list), else each by bisection."""
    if many:
        drop = set(gone)
        items[:] = [code for code in items if code not in drop]
    else:
        for code in gone:
            del items[bisect_left(items, code)]
