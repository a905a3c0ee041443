"""A local stand-in for SMTPeter's v1 API, for development and tests.

One ASGI application (:func:`create_app`) answers every operation of ``openapi.yaml`` and
checks every request against that document. Messages are built as SMTPeter would build them
(stored templates included), kept in memory and, with a mail folder, written as ``.eml``
files; nothing is ever delivered. Templates, sender domains with their DNS, DKIM and SPF
settings, data requests and webhook settings are kept in memory too, and the log files and
DMARC reports are made from the sandbox's own mail.

- :func:`serve` / :func:`run_sandbox` run it over HTTPS in the foreground
  (``smtpeter sandbox``);
- :func:`running_sandbox` runs it over HTTPS in a background thread for a ``with`` block;
- :func:`smtpeter.testing.outbox` runs it in-process, without sockets, for tests.

With webhook URLs (``app.webhooks.add(url)``, ``smtpeter sandbox --webhook URL``) it posts
a signed ``delivery`` event for every message it accepts, which
:func:`smtpeter.testing.sandbox_key_resolver` lets ``smtpeter.webhooks.verify`` check.

Fault rules (``app.faults.add(operation="send", nth=1, action="reset-after")``, ``smtpeter
sandbox --fault SPEC``, or ``PUT /_sandbox/faults``) make chosen calls fail deterministically;
the sandbox's admin API under ``/_sandbox/`` (described by ``faults.openapi.yaml``) also lists
the webhook calls it made, for ``smtpeter webhooks replay``.

Needs the ``sandbox`` extra (starlette, uvicorn, trustme, pyyaml, cryptography,
jsonpatch).
"""

from ._app import SandboxApp, create_app
from ._server import RunningSandbox, run_sandbox, running_sandbox, serve
from ._store import MessageStore, StoredMessage
from ._tls import default_state_dir
from ._webhooks import SandboxWebhooks, WebhookResult

__all__ = [
    "MessageStore",
    "RunningSandbox",
    "SandboxApp",
    "SandboxWebhooks",
    "StoredMessage",
    "WebhookResult",
    "create_app",
    "default_state_dir",
    "run_sandbox",
    "running_sandbox",
    "serve",
]
