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

from smtpeter_client.resources import SendParams

from ._attachments import Attachment
from ._client import AsyncMessages, AsyncSMTPeter, Messages, SMTPeter
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
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
    SMTPeterError,
    UnprocessableEntityError,
    ValidationError,
)
from ._types import NOT_GIVEN, NotGiven, SendResult
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMessages",
    "AsyncSMTPeter",
    "Attachment",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "Messages",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "SMTPeter",
    "SMTPeterError",
    "SendParams",
    "SendResult",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
]
