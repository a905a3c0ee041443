"""The exceptions smtpeter raises.

::

    SMTPeterError
     ├── ValidationError (also a ValueError)   input refused before anything was sent
     └── APIError
          ├── APIStatusError                   the server answered with an error status
          │    ├── BadRequestError             400
          │    ├── AuthenticationError         401
          │    ├── PermissionDeniedError       403
          │    ├── NotFoundError               404
          │    ├── UnprocessableEntityError    422
          │    ├── RateLimitError              429
          │    └── InternalServerError         500 and above
          ├── APIResponseValidationError       a success status, but an answer that cannot be
          │                                    used (malformed JSON, an HTML page, a body that
          │                                    cannot be decoded, a status not documented)
          ├── ResponseTooLargeError            an answer larger than max_response_size
          └── APIConnectionError               no usable answer (connection, TLS, protocol)
               └── APITimeoutError             a timeout

    smtpeter.webhooks adds two (with the ``webhooks`` extra):
    SMTPeterError
     ├── webhooks.SignatureError               a webhook call failed a check: not from SMTPeter
     └── webhooks.PayloadError (a ValueError)  a signed webhook body that is no known event

``APIError.may_have_been_sent`` tells whether a send that failed may still have been
accepted by SMTPeter (so repeating it could mail the recipient twice).

Every exception can be copied and pickled (error trackers and multiprocessing do both).
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "SMTPeterError",
    "UnprocessableEntityError",
    "ValidationError",
]

MAY_HAVE_BEEN_SENT = " The message may have been sent: check its events before sending it again."
"""Ends the message of every error after which the message may have gone out."""


def _rebuild(cls: type[SMTPeterError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class SMTPeterError(Exception):
    """Base class of every exception this SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default calls cls(*args), which keyword-only and two-part constructors refuse.
        return (_rebuild, (type(self), self.args, self.__dict__))


class ValidationError(SMTPeterError, ValueError):
    """Input refused before anything was sent; names the field and the rule it broke."""

    def __init__(self, field: str, rule: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {rule}")


class APIError(SMTPeterError):
    """A call to SMTPeter failed."""

    may_have_been_sent: bool = False

    def __init__(self, message: str, *, may_have_been_sent: bool = False) -> None:
        self.message = message
        self.may_have_been_sent = may_have_been_sent
        super().__init__(message)


class APIStatusError(APIError):
    """SMTPeter answered with an error status; ``message`` holds its explanation."""

    def __init__(
        self, message: str, *, response: httpx.Response, may_have_been_sent: bool = False
    ) -> None:
        super().__init__(message, may_have_been_sent=may_have_been_sent)
        self.response = response
        self.status_code = response.status_code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request was malformed or refused."""


class AuthenticationError(APIStatusError):
    """401: the access token is missing, unknown or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the token may not do this."""


class NotFoundError(APIStatusError):
    """404: no such message or item."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many calls; nothing was processed."""


class InternalServerError(APIStatusError):
    """500 and above: SMTPeter failed."""


class APIResponseValidationError(APIError):
    """SMTPeter answered with a success status, but not with what the API documents: JSON
    that does not parse or has the wrong shape, another content type (an HTML page from a
    proxy), a body whose ``Content-Encoding`` is broken, or a 2xx status it does not list.

    ``response`` is the answer (its request without the token) when it could be read, else
    None. For a send, ``may_have_been_sent`` is True: SMTPeter may have accepted the message.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        may_have_been_sent: bool = False,
    ) -> None:
        super().__init__(message, may_have_been_sent=may_have_been_sent)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class ResponseTooLargeError(APIError):
    """An answer (gzip inflated) grew past the client's ``max_response_size``; reading it
    stopped there and it was not used. ``limit`` is that size in bytes, ``status_code`` the
    answer's status. For a send, ``may_have_been_sent`` is True.
    """

    def __init__(
        self,
        message: str,
        *,
        limit: int,
        status_code: int | None = None,
        may_have_been_sent: bool = False,
    ) -> None:
        super().__init__(message, may_have_been_sent=may_have_been_sent)
        self.limit = limit
        self.status_code = status_code


class APIConnectionError(APIError):
    """No usable answer came back: the connection failed, broke, or spoke nonsense."""


class APITimeoutError(APIConnectionError):
    """The call took longer than its timeout."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)
