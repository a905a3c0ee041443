"""Defaults, in one place. Every number a user may want to change is a keyword argument too."""

from __future__ import annotations

import httpx

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_CONCURRENCY",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INITIAL_RETRY_DELAY",
    "LOG_ENV",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "TOKEN_ENV",
]

DEFAULT_BASE_URL = "https://www.smtpeter.com/v1"
TOKEN_ENV = "SMTPETER_TOKEN"  # noqa: S105 (the variable's name, not a token)
BASE_URL_ENV = "SMTPETER_BASE_URL"
LOG_ENV = "SMTPETER_LOG"

# Sending a message with attachments can take a while to upload; opening a connection cannot.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

# Connections kept open for reuse: as many as may be busy at once, so that many concurrent
# sends (send_many, a worker pool, asyncio tasks) reuse them instead of opening new ones
# (httpx keeps only 20 by default, and churns the rest).
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)

DEFAULT_MAX_RETRIES = 2
DEFAULT_CONCURRENCY = 8  # sends in flight at once in send_many
INITIAL_RETRY_DELAY = 0.5  # seconds, doubled on every retry
MAX_RETRY_DELAY = 8.0  # seconds, the most one backoff step waits
MAX_RETRY_AFTER = 60.0  # seconds, the most a server's Retry-After makes us wait

# The most an answer may hold once decoded (gzip inflated), in bytes. SMTPeter's docs give no
# size for a log file, the largest answer it sends; a day's attempts log takes some 200 bytes
# a message, so this holds about 600,000 messages' worth. Beyond it, client.stream() reads an
# answer a piece at a time; smaller, it bounds what a gzip bomb can cost.
DEFAULT_MAX_RESPONSE_SIZE = 128 * 1024 * 1024
