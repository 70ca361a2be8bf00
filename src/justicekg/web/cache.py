"""A least-recently-used cache bounded by the bytes it holds, not by its number of entries.

Every cache the web app keeps between requests is filled from what clients send (query texts,
parameters, IRIs), so a count of entries bounds nothing: a thousand entries of a megabyte each
are a gigabyte. :class:`ByteLRU` charges each entry its key's and value's size (``sizeof``;
by default the length of text and bytes plus a fixed overhead) and drops the least recently
used entries while the total is over ``max_bytes``. An entry larger than a quarter of the
budget is not kept at all.

>>> cache = ByteLRU(1000)
>>> cache.put("a", "x" * 10)
>>> cache.get("a")
'xxxxxxxxxx'
>>> cache.put("b", "y" * 1000)  # too large to keep
>>> cache.get("b") is None
True
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

V = TypeVar("V")


def default_size(value: Any) -> int:
    """The bytes an entry's value is charged: its length for text and bytes, else 256."""
    if isinstance(value, (bytes, bytearray, str)):
        return len(value) + 64
    return 256


class ByteLRU(Generic[V]):
    """A thread-safe LRU mapping whose keys and values together stay under ``max_bytes``."""

    def __init__(self, max_bytes: int, *, sizeof: Callable[[Any], int] = default_size) -> None:
        self.max_bytes = max_bytes
        self._sizeof = sizeof
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._lock = threading.Lock()
        self.bytes = 0

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: Hashable, value: V) -> None:
        size = self._sizeof(value) + _key_size(key)
        if size * 4 > self.max_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.bytes -= old[1]
            self._items[key] = (value, size)
            self.bytes += size
            while self.bytes > self.max_bytes and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self.bytes -= dropped

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.bytes = 0

    def __len__(self) -> int:
        return len(self._items)


def _key_size(key: Hashable) -> int:
    if isinstance(key, (bytes, str)):
        return len(key) + 64
    if isinstance(key, tuple):
        return sum(_key_size(k) for k in key) + 64
    return sys.getsizeof(key)
