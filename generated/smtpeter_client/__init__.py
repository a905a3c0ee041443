"""A client library for accessing SMTPeter REST API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # smtpeter: the clients (and attrs with them) are imported when first asked for, so that
    # the modules the SDK sends with (resources, validation, an operation's request_kwargs)
    # load without them.
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
