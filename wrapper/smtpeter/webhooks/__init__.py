"""Receive SMTPeter's webhooks: check their signatures and read their typed events.

SMTPeter signs every webhook call (its docs' "webhook security" page): a ``Digest`` of the
body, and a ``Signature`` (draft-cavage-http-signatures-11, RSA-SHA256) over the request
target and the ``Host``, ``Date``, ``X-Copernica-ID`` and ``Digest`` headers, made with a key
published in DNS under copernica.com. :func:`verify` makes every check of that page and
returns the event::

    import smtpeter.webhooks

    event = smtpeter.webhooks.verify(method, target, headers, raw_body, host="hooks.example.com")
    if event.type_ == "bounce":
        ...

Adapters read the raw body and the original request target for you: :mod:`.django` (a view
decorator), :mod:`.starlette` (a Starlette/FastAPI dependency), :mod:`.wsgi` and :mod:`.asgi`.
Needs the ``webhooks`` extra (``pip install 'smtpeter[webhooks]'``: cryptography, dnspython).
"""

from smtpeter_client.models import (
    AbuseEvent,
    BounceEvent,
    ClickEvent,
    DeliveryEvent,
    FailureEvent,
    OpenEvent,
)

from ._errors import PayloadError, SignatureError
from ._events import WebhookEvent, parse_event
from ._keys import DnsKeyResolver, KeyResolver, dkim_record
from ._steps import Step
from ._verify import (
    DEFAULT_MAX_AGE,
    FUTURE_SKEW,
    KEY_DOMAIN,
    WebhookRequest,
    diagnose,
    verify,
    verify_request,
)

__all__ = [
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
