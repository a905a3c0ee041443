"""The public names are a promise: this list changes only on purpose."""

from __future__ import annotations

import importlib

import pytest

import smtpeter
import smtpeter.testing
import smtpeter.webhooks

PUBLIC = [
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


def test_public_names_are_locked() -> None:
    assert smtpeter.__all__ == PUBLIC
    for name in PUBLIC:
        assert hasattr(smtpeter, name), name


WEBHOOKS_PUBLIC = [
    "DEFAULT_MAX_AGE",
    "FUTURE_SKEW",
    "KEY_DOMAIN",
    "AbuseEvent",
    "BounceEvent",
    "ClickEvent",
    "DeliveryEvent",
    "DnsKeyResolver",
    "FailureEvent",
    "KeyResolver",
    "OpenEvent",
    "PayloadError",
    "SignatureError",
    "Step",
    "WebhookEvent",
    "WebhookRequest",
    "diagnose",
    "dkim_record",
    "parse_event",
    "verify",
    "verify_request",
]
TESTING_PUBLIC = [
    "Outbox",
    "outbox",
    "sandbox_key_resolver",
    "trust_webhook_keys",
    "smtpeter_outbox",
]
ADAPTERS = {
    "smtpeter.webhooks.django": ["smtpeter_webhook"],
    "smtpeter.webhooks.starlette": ["WebhookVerifier"],
    "smtpeter.webhooks.wsgi": ["request_from_environ", "request_target"],
    "smtpeter.webhooks.asgi": ["receive_request", "request_from_scope", "request_target"],
}


def test_webhook_and_testing_names_are_locked() -> None:
    assert smtpeter.webhooks.__all__ == WEBHOOKS_PUBLIC
    assert smtpeter.testing.__all__ == TESTING_PUBLIC
    for module, names in ADAPTERS.items():
        assert importlib.import_module(module).__all__ == names


@pytest.mark.parametrize(
    ("module", "name"),
    [("smtpeter.webhooks", name) for name in WEBHOOKS_PUBLIC]
    + [("smtpeter.testing", name) for name in TESTING_PUBLIC]
    + [(module, name) for module, names in ADAPTERS.items() for name in names],
)
def test_webhook_and_testing_names_are_documented(module: str, name: str) -> None:
    from tests.support.django_setup import ensure_django

    ensure_django()
    value = getattr(importlib.import_module(module), name)
    if callable(value) and not isinstance(value, type(smtpeter.webhooks.KeyResolver)):
        assert value.__doc__ and value.__doc__.strip(), f"{module}.{name} has no docstring"


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
