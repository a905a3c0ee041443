"""smtpeter: the Python SDK for SMTPeter's transactional-email REST API."""

from ._version import __version__

__all__ = ["__version__"]
