"""Django settings for tests, configured once per process (other test folders may share them).

Tests change what they need with ``django.test.override_settings``; the URL configuration is
given per test as a module object (``ROOT_URLCONF``).
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

__all__ = ["ensure_django", "urlconf"]


def ensure_django() -> None:
    """Configure minimal settings and set Django up, unless someone already did."""
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="tests-only",
            ALLOWED_HOSTS=["testserver"],
            ROOT_URLCONF=__name__,
            MIDDLEWARE=[
                "django.middleware.common.CommonMiddleware",
                "django.middleware.csrf.CsrfViewMiddleware",
            ],
            INSTALLED_APPS=[],
            USE_TZ=True,
        )
        django.setup()


urlpatterns: list[Any] = []


def urlconf(**views: Callable[..., Any]) -> types.ModuleType:
    """A URL configuration module routing ``/<name>`` to each view."""
    from django.urls import path

    module = types.ModuleType("test_urls")
    module.urlpatterns = [path(name, view) for name, view in views.items()]  # type: ignore[attr-defined]
    return module
