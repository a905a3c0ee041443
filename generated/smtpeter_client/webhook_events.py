"""The webhook events of openapi.yaml (its ``webhooks``), by type.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

from __future__ import annotations

from .models import (
    AbuseEvent,
    BounceEvent,
    ClickEvent,
    DeliveryEvent,
    FailureEvent,
    OpenEvent,
)

WebhookEvent = (
    AbuseEvent | BounceEvent | ClickEvent | DeliveryEvent | FailureEvent | OpenEvent
)
"""Any webhook event; its ``type_`` tells which."""

WEBHOOK_EVENTS: dict[str, type[WebhookEvent]] = {
    "bounce": BounceEvent,
    "failure": FailureEvent,
    "delivery": DeliveryEvent,
    "click": ClickEvent,
    "open": OpenEvent,
    "abuse": AbuseEvent,
}
"""Each webhook event type to the model of its body."""
