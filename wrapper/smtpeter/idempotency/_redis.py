"""Keys in Redis, for many machines (the ``smtpeter[redis]`` extra: the ``redis`` package)."""

from __future__ import annotations

import math
import time
from typing import Any

from ._records import Record

__all__ = ["RedisStore"]

# KEYS[1] the key; ARGV: record, ttl in ms, token expected (or "").
_CLAIM = """
local current = redis.call('GET', KEYS[1])
if current then
  if ARGV[3] == '' then return current end
  local token = cjson.decode(current)['token']
  if token ~= ARGV[3] then return current end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
"""
_RELEASE = """
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current)['token'] == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisStore:
    """Keys in Redis, shared by every machine that talks to the same server.

    A claim is a ``SET NX`` (or, to take over a record, a Lua script that compares its claim
    token): atomic on the server. Records expire with Redis's own TTL. ``client`` is a
    ``redis.Redis``; or give ``url`` (``redis://host:6379/0``). Keys are stored under
    ``prefix``. How durable a record is depends on the server's persistence (``appendonly
    yes`` with ``appendfsync always`` loses nothing).
    """

    def __init__(
        self, client: Any = None, *, url: str | None = None, prefix: str = "smtpeter:idem:"
    ) -> None:
        if client is None:
            try:
                import redis
            except ImportError as exc:  # pragma: no cover - the extra is installed in tests
                raise ImportError("RedisStore needs 'pip install smtpeter[redis]'") from exc
            if url is None:
                raise ValueError("RedisStore needs a redis.Redis client or url=")
            client = redis.Redis.from_url(url)
        self._redis = client
        self._prefix = prefix
        self._claim = client.register_script(_CLAIM)
        self._release = client.register_script(_RELEASE)

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self._prefix!r})"

    def _name(self, key: str) -> str:
        return self._prefix + key

    @staticmethod
    def _ttl_ms(record: Record) -> int:
        return max(1, math.ceil((record.expires - time.time()) * 1000))

    def claim(self, record: Record, *, replacing: Record | None = None) -> Record | None:
        if replacing is None:
            if self._redis.set(
                self._name(record.key), record.dumps(), nx=True, px=self._ttl_ms(record)
            ):
                return None
            current = self._redis.get(self._name(record.key))
            # Gone between the two calls (expired): claim again.
            return self.claim(record) if current is None else Record.loads(current)
        current = self._claim(
            keys=[self._name(record.key)],
            args=[record.dumps(), self._ttl_ms(record), replacing.token],
        )
        return None if current is None else Record.loads(current)

    def complete(self, record: Record) -> None:
        self._redis.set(self._name(record.key), record.dumps(), px=self._ttl_ms(record))

    def get(self, key: str) -> Record | None:
        current = self._redis.get(self._name(key))
        return None if current is None else Record.loads(current)

    def release(self, record: Record) -> None:
        self._release(keys=[self._name(record.key)], args=[record.token])
