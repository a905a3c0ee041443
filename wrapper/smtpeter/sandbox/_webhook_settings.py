"""Webhook settings: the URL each type of event is posted to.

The settings live on the app (:attr:`SandboxApp.webhook_settings`) for whatever delivers the
events: :meth:`WebhookSettings.all` lists every configured webhook, :meth:`urls_for` the URLs of
one type. A type has one URL; configuring it again replaces it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from starlette.responses import Response

from ._common import Handler, json_answer
from ._validate import Validated

__all__ = ["WebhookSetting", "WebhookSettings"]


@dataclass(frozen=True)
class WebhookSetting:
    """One configured webhook: the event type and where it goes."""

    type: str
    url: str

    def answer(self) -> dict[str, str]:
        """The webhook as a `Webhook` answer."""
        return {"type": self.type, "url": self.url}


class WebhookSettings:
    """The configured webhooks, in the order their types were first configured (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._settings: dict[str, WebhookSetting] = {}

    def configure(self, type: str, url: str) -> tuple[WebhookSetting, bool]:
        """Set the URL of a type; also says whether the type was new."""
        setting = WebhookSetting(type, url)
        with self._lock:
            new = type not in self._settings
            self._settings[type] = setting
        return setting, new

    def all(self) -> list[WebhookSetting]:
        """Every configured webhook."""
        with self._lock:
            return list(self._settings.values())

    def urls_for(self, type: str) -> list[str]:
        """The URLs events of ``type`` go to (none or one)."""
        with self._lock:
            setting = self._settings.get(type)
            return [] if setting is None else [setting.url]

    def handlers(self) -> dict[str, Handler]:
        """The webhook settings operations, by operationId."""
        return {
            "listWebhooks": lambda call: json_answer([s.answer() for s in self.all()]),
            "configureWebhook": self._configure,
        }

    def _configure(self, call: Validated) -> Response:
        setting, new = self.configure(str(call.body["type"]), str(call.body["url"]))
        return json_answer(setting.answer(), status=201 if new else 200)
