"""A Django email backend that sends through SMTPeter (``pip install 'smtpeter[django]'``).

In ``settings.py``::

    EMAIL_BACKEND = "smtpeter.django.EmailBackend"
    SMTPETER = {
        "TOKEN": os.environ["SMTPETER_TOKEN"],  # or leave it out: $SMTPETER_TOKEN is read
        "TAGS": ["my-site"],                     # added to every message
        "TRACK_OPENS": False,
    }

Every ``django.core.mail`` call then goes through SMTPeter: ``send_mail``, ``send_mass_mail``,
``EmailMessage.send()``, ``mail_admins``. Attributes set on a message before sending are
honoured (``message.tags``, ``message.template``, ``message.data``, ``message.track_opens``,
... see :data:`MESSAGE_ATTRIBUTES`), and after sending ``message.smtpeter_message_ids`` maps
each new message id to its recipient.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend

from ._client import SMTPeter
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._django_message import MESSAGE_ATTRIBUTES, send_kwargs
from ._exceptions import APIError, SMTPeterError, ValidationError

__all__ = ["MESSAGE_ATTRIBUTES", "SETTINGS", "EmailBackend"]

# The one logger the SDK's redacting filter watches: nothing logged here can show the token.
logger = logging.getLogger("smtpeter")

SETTINGS = {
    "TOKEN": "the access token (default: $SMTPETER_TOKEN)",
    "BASE_URL": "the API's address (default: $SMTPETER_BASE_URL, or SMTPeter's)",
    "TIMEOUT": "seconds, or an httpx.Timeout",
    "MAX_RETRIES": "retries when certainly nothing was sent (default 2)",
    "TAGS": "tags added to every message",
    "TRACK_OPENS": "True or False: SMTPeter's open tracking",
    "TRACK_CLICKS": "True or False: SMTPeter's click tracking",
}
"""The keys of ``settings.SMTPETER``, each with what it sets."""

_SEND_DEFAULTS = {"TRACK_OPENS": "trackopens", "TRACK_CLICKS": "trackclicks"}


class EmailBackend(BaseEmailBackend):
    """Sends Django's ``EmailMessage`` and ``EmailMultiAlternatives`` through SMTPeter.

    Settings come from ``settings.SMTPETER`` (see :data:`SETTINGS`); ``token``, ``base_url``,
    ``timeout`` and ``max_retries`` given to ``get_connection()`` take precedence. One
    client, and so one pool of connections, serves a whole batch, or everything between
    :meth:`open` and :meth:`close` when you use the backend as a context manager.

    ``fail_silently`` as in Django's SMTP backend and django-anymail: with it, a message that
    cannot be sent (input SMTPeter would refuse, such as an invalid address; an API or
    connection failure; a missing token) is logged at WARNING, counts as not sent in the
    return value, and the batch goes on; nothing is raised. Without it, the first failure is
    raised (a ``ValidationError`` for refused input, before anything is sent). A failed send
    is never repeated: when it may have gone out all the same, the exception says so
    (``may_have_been_sent``).
    """

    def __init__(
        self,
        fail_silently: bool = False,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        username: None = None,
        password: None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(fail_silently=fail_silently)
        if kwargs:
            raise TypeError(f"smtpeter.django.EmailBackend got unknown options {sorted(kwargs)}")
        if username is not None or password is not None:
            raise ImproperlyConfigured(
                "smtpeter.django.EmailBackend authenticates with SMTPETER['TOKEN'], "
                "not a user name and password"
            )
        options = _settings()
        self.token: str | None = token if token is not None else options.get("TOKEN")
        self.base_url: str | None = base_url if base_url is not None else options.get("BASE_URL")
        self.timeout = timeout if timeout is not None else options.get("TIMEOUT", DEFAULT_TIMEOUT)
        self.max_retries: int = (
            max_retries
            if max_retries is not None
            else options.get("MAX_RETRIES", DEFAULT_MAX_RETRIES)
        )
        tags = options.get("TAGS", [])
        if isinstance(tags, str) or not isinstance(tags, Sequence):
            raise ImproperlyConfigured("SMTPETER['TAGS'] must be a list of tags")
        self.tags: list[str] = list(tags)
        self.send_defaults: dict[str, Any] = {
            name: options[key] for key, name in _SEND_DEFAULTS.items() if key in options
        }
        self.client: SMTPeter | None = None
        self._lock = threading.RLock()

    def open(self) -> bool:
        """Create the client (and its connection pool); True if this call created it."""
        with self._lock:
            if self.client is not None:
                return False
            try:
                self.client = SMTPeter(
                    self.token,
                    base_url=self.base_url,
                    timeout=self.timeout,
                    max_retries=self.max_retries,
                )
            except SMTPeterError as exc:  # no token, a bad base URL
                if not self.fail_silently:
                    raise
                logger.warning("smtpeter.django: cannot send: %s", exc)
                return False
            return True

    def close(self) -> None:
        """Close the client's connections."""
        with self._lock:
            client, self.client = self.client, None
            if client is not None:
                client.close()

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        """Send each message; returns how many were sent.

        A message without any recipient is skipped, as Django's backends do. Without
        ``fail_silently`` the first failure is raised and the messages after it are not
        attempted; the ones before it carry their ``smtpeter_message_ids``.
        """
        if not email_messages:
            return 0
        with self._lock:
            created = self.open()
            if self.client is None:  # could not open, silently
                return 0
            sent = 0
            try:
                for message in email_messages:
                    if self._send(self.client, message, sent):
                        sent += 1
            finally:
                if created:
                    self.close()
            return sent

    def _send(self, client: SMTPeter, message: EmailMessage, sent_before: int) -> bool:
        try:
            kwargs = send_kwargs(message, self.send_defaults, self.tags)
            if kwargs is None:
                return False
            result = client.send(**kwargs)
        except (ValidationError, APIError) as exc:
            if sent_before:
                exc.add_note(
                    f"smtpeter.django: {sent_before} earlier message(s) of this batch were "
                    "sent; the ones after this were not attempted."
                )
            if not self.fail_silently:
                raise
            logger.warning("smtpeter.django: a message was not sent: %s", exc)
            return False
        message.smtpeter_message_ids = dict(result.message_ids)  # type: ignore[attr-defined]
        return True


def _settings() -> Mapping[str, Any]:
    options = getattr(settings, "SMTPETER", {})
    if not isinstance(options, Mapping):
        raise ImproperlyConfigured("settings.SMTPETER must be a dict")
    unknown = sorted(set(options) - set(SETTINGS))
    if unknown:
        raise ImproperlyConfigured(
            f"settings.SMTPETER has unknown key(s) {unknown}; known: {sorted(SETTINGS)}"
        )
    return options
