"""The public names are a promise: this list changes only on purpose."""

from __future__ import annotations

import smtpeter

PUBLIC = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMessages",
    "AsyncSMTPeter",
    "AsyncSendManyResults",
    "Attachment",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "Messages",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SMTPeter",
    "SMTPeterError",
    "SendManyResults",
    "SendParams",
    "SendResult",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
]


def test_public_names_are_locked() -> None:
    assert smtpeter.__all__ == PUBLIC
    for name in PUBLIC:
        assert hasattr(smtpeter, name), name


def test_every_public_class_and_function_is_documented() -> None:
    for name in PUBLIC:
        value = getattr(smtpeter, name)
        if callable(value):
            assert value.__doc__ and value.__doc__.strip(), f"{name} has no docstring"


def test_exception_tree_matches_the_documented_statuses() -> None:
    statuses = {
        smtpeter.BadRequestError: 400,
        smtpeter.AuthenticationError: 401,
        smtpeter.PermissionDeniedError: 403,
        smtpeter.NotFoundError: 404,
        smtpeter.UnprocessableEntityError: 422,
        smtpeter.RateLimitError: 429,
        smtpeter.InternalServerError: 500,
    }
    from smtpeter._exceptions import status_error_class

    for cls, status in statuses.items():
        assert issubclass(cls, smtpeter.APIStatusError)
        assert status_error_class(status) is cls
    assert status_error_class(503) is smtpeter.InternalServerError
    assert status_error_class(418) is smtpeter.APIStatusError
    assert issubclass(smtpeter.APITimeoutError, smtpeter.APIConnectionError)
    assert issubclass(smtpeter.ValidationError, ValueError)
    assert issubclass(smtpeter.APIError, smtpeter.SMTPeterError)
