"""Numpy ring buffers: the last N points of each series, readable as contiguous arrays without copying.

Every point is written twice (at ``i`` and ``i + capacity``), so the newest ``capacity`` points are
always one contiguous slice, oldest first, that pyqtgraph can take as it is.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

DEFAULT_CAPACITY = 4096


class RingBuffer:
    __slots__ = ("_i", "_n", "_t", "_v", "capacity")

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._t = np.zeros(2 * capacity, dtype=np.float64)
        self._v = np.zeros(2 * capacity, dtype=np.float64)
        self._i = 0  # next write position in [0, capacity)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def append(self, t: float, v: float) -> None:
        i, cap = self._i, self.capacity
        self._t[i] = self._t[i + cap] = t
        self._v[i] = self._v[i + cap] = v
        self._i = (i + 1) % cap
        if self._n < cap:
            self._n += 1

    def extend(self, t: np.ndarray, v: np.ndarray) -> None:
        t = np.asarray(t, dtype=np.float64)
        v = np.asarray(v, dtype=np.float64)
        if len(t) != len(v):
            raise ValueError("t and v differ in length")
        cap = self.capacity
        if len(t) >= cap:
            t, v = t[-cap:], v[-cap:]
            self._t[:cap] = self._t[cap:] = t
            self._v[:cap] = self._v[cap:] = v
            self._i, self._n = 0, cap
            return
        for start in range(0, len(t), cap):
            chunk_t, chunk_v = t[start : start + cap], v[start : start + cap]
            k = len(chunk_t)
            i = self._i
            first = min(k, cap - i)
            for arr, src in ((self._t, chunk_t), (self._v, chunk_v)):
                arr[i : i + first] = src[:first]
                arr[i + cap : i + cap + first] = src[:first]
                if k > first:
                    rest = k - first
                    arr[:rest] = src[first:]
                    arr[cap : cap + rest] = src[first:]
            self._i = (i + k) % cap
            self._n = min(cap, self._n + k)

    def view(self) -> tuple[np.ndarray, np.ndarray]:
        """(t, v), oldest first; views into the buffer, valid until the next write."""
        if self._n < self.capacity:
            return self._t[: self._n], self._v[: self._n]
        i = self._i
        return self._t[i : i + self.capacity], self._v[i : i + self.capacity]

    def since(self, t0: float) -> tuple[np.ndarray, np.ndarray]:
        t, v = self.view()
        k = int(np.searchsorted(t, t0, side="left"))
        return t[k:], v[k:]

    def last(self) -> tuple[float, float] | None:
        if not self._n:
            return None
        j = (self._i - 1) % self.capacity
        return float(self._t[j]), float(self._v[j])

    def clear(self) -> None:
        self._i = self._n = 0


class SeriesStore:
    """Ring buffers by key (``target|series``), created on first append."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._buffers: dict[str, RingBuffer] = {}

    def buffer(self, key: str) -> RingBuffer:
        buf = self._buffers.get(key)
        if buf is None:
            buf = self._buffers[key] = RingBuffer(self.capacity)
        return buf

    def append(self, key: str, t: float, v: float) -> None:
        self.buffer(key).append(t, v)

    def get(self, key: str) -> RingBuffer | None:
        return self._buffers.get(key)

    def keys(self) -> Iterator[str]:
        return iter(list(self._buffers))

    def __iter__(self) -> Iterator[str]:
        return self.keys()

    def drop_target(self, target: str) -> None:
        prefix = f"{target}|"
        for key in [k for k in self._buffers if k.startswith(prefix)]:
            del self._buffers[key]


def series_key(target: str, name: str) -> str:
    return f"{target}|{name}"
