"""Django: a view decorator that verifies SMTPeter's webhook calls.

.. code-block:: python

    from django.http import HttpResponse
    from smtpeter.webhooks.django import smtpeter_webhook

    @smtpeter_webhook(host="hooks.example.com")
    def smtpeter_events(request, event):
        ...                                # event: a verified, typed webhook event
        return HttpResponse(status=204)

The view only runs for a verified ``POST``; the decorator answers anything else itself: 405
for another method, 403 naming the failed check for a call that fails verification, 400 for
a signed body that is no known event. CSRF protection is off for the view (the signature
replaces it).

Behind a reverse proxy, Django's own settings tell it the original request, and the
decorator uses them: ``SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")`` for
the HTTPS check, ``USE_X_FORWARDED_HOST = True`` (the host then still has to be in
``ALLOWED_HOSTS``) or the decorator's ``host=`` for the host, and ``FORCE_SCRIPT_NAME`` when
the proxy removes a path prefix. The body is read raw (``request.body``): nothing may read
``request.POST`` before the view.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.http.response import HttpResponseBase
from django.views.decorators.csrf import csrf_exempt

from ._errors import PayloadError, SignatureError
from ._events import WebhookEvent
from ._keys import KeyResolver
from ._verify import DEFAULT_MAX_AGE, WebhookRequest, verify_request

__all__ = ["smtpeter_webhook"]

logger = logging.getLogger("smtpeter.webhooks")

View = Callable[..., HttpResponseBase]


def smtpeter_webhook(
    *,
    host: str | None = None,
    key_resolver: KeyResolver | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    require_https: bool = True,
) -> Callable[[View], View]:
    """Decorate a view ``view(request, event, *args, **kwargs)`` to get verified events.

    ``host`` is your host name as SMTPeter calls it (default: ``request.get_host()``, which
    Django checks against ``ALLOWED_HOSTS``); ``key_resolver`` and ``max_age`` are as for
    :func:`smtpeter.webhooks.verify`; ``require_https=False`` accepts plain HTTP (local tests
    only).
    """

    def decorate(view: View) -> View:
        @csrf_exempt
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if request.method != "POST":
                return HttpResponseNotAllowed(["POST"])
            try:
                event = _verify(request, host, key_resolver, max_age, require_https)
            except SignatureError as exc:
                logger.warning("webhook refused (%s): %s", exc.check, exc)
                return HttpResponse(
                    f"webhook refused: {exc}", status=403, content_type="text/plain"
                )
            except PayloadError as exc:
                logger.warning("webhook body refused: %s", exc)
                return HttpResponse(
                    f"webhook body refused: {exc}", status=400, content_type="text/plain"
                )
            return view(request, event, *args, **kwargs)

        return wrapper

    return decorate


def _verify(
    request: HttpRequest,
    host: str | None,
    key_resolver: KeyResolver | None,
    max_age: float,
    require_https: bool,
) -> WebhookEvent:
    call = WebhookRequest(
        method=request.method or "POST",
        target=_target(request),
        headers=request.headers,
        body=request.body,
        scheme="https" if request.is_secure() else "http",
        host=host or request.get_host(),
    )
    return verify_request(
        call, key_resolver=key_resolver, max_age=max_age, require_https=require_https
    )


def _target(request: HttpRequest) -> str:
    """The target as sent: the server's raw request line if it kept one, else Django's.

    With ``FORCE_SCRIPT_NAME`` (a proxy removed a prefix) only Django's version has it.
    """
    if not getattr(settings, "FORCE_SCRIPT_NAME", None):
        for key in ("RAW_URI", "REQUEST_URI"):
            raw = request.META.get(key)
            if isinstance(raw, str) and raw.startswith("/"):
                return raw
    return request.get_full_path()
