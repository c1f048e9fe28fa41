"""Counting failures per person and address, like django-axes does for logins, in Django's cache.

With a shared cache (Redis, Memcached) configured in CACHES, the count holds across processes
and machines; with the default local-memory cache it holds per process.
"""

from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Throttle:
    """At most `limit` failures per key within `window` seconds; then the key is locked."""

    name: str
    limit: int
    window: int  # seconds

    def _key(self, key: str) -> str:
        return f"throttle:{self.name}:{key}"

    def locked(self, key: str) -> bool:
        return cache.get(self._key(key), 0) >= self.limit

    def fail(self, key: str) -> int:
        """Count one failure; the window starts at the first one."""
        full = self._key(key)
        if cache.add(full, 1, timeout=self.window):
            return 1
        try:
            return cache.incr(full)
        except ValueError:  # expired between add and incr
            cache.add(full, 1, timeout=self.window)
            return 1

    def reset(self, key: str) -> None:
        cache.delete(self._key(key))
