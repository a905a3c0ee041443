"""smtpeter: the Python SDK for SMTPeter's transactional-email REST API.

>>> import smtpeter
>>> with smtpeter.SMTPeter() as client:                  # token from SMTPETER_TOKEN
...     result = client.send(
...         recipient="john@example.com",
...         from_="Shop <shop@example.com>",
...         subject="Your order",
...         text="It ships today.",
...     )                                                 # doctest: +SKIP
"""

from typing import TYPE_CHECKING, Any

from ._attachments import Attachment
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    SMTPeterError,
    UnprocessableEntityError,
    ValidationError,
)
from ._types import NOT_GIVEN, NotGiven, SendResult
from ._version import __version__

if TYPE_CHECKING:
    from smtpeter_client.resources import SendParams

    from ._bulk import AsyncSendManyResults, SendManyResults
    from ._client import AsyncMessages, AsyncSMTPeter, Messages, SMTPeter
    from ._download import AsyncDownload, Download

# The clients (and with them the generated package, attrs and asyncio) are imported when
# first used, so that `import smtpeter` costs little more than `import httpx`.
_LAZY = {
    "AsyncDownload": "smtpeter._download",
    "Download": "smtpeter._download",
    "AsyncSendManyResults": "smtpeter._bulk",
    "SendManyResults": "smtpeter._bulk",
    "AsyncMessages": "smtpeter._client",
    "AsyncSMTPeter": "smtpeter._client",
    "Messages": "smtpeter._client",
    "SMTPeter": "smtpeter._client",
    "SendParams": "smtpeter_client.resources",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_SIZE",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncDownload",
    "AsyncMessages",
    "AsyncSMTPeter",
    "AsyncSendManyResults",
    "Attachment",
    "AuthenticationError",
    "BadRequestError",
    "Download",
    "InternalServerError",
    "Messages",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SMTPeter",
    "SMTPeterError",
    "SendManyResults",
    "SendParams",
    "SendResult",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
]
