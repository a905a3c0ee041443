"""Send a mail with the Python client openapi-generator writes, and read its text back.

Run by test_python_client.py with the generated package (``smtpeter_othergen``) on PYTHONPATH
and SMTPETER_BASE_URL, SMTPETER_TOKEN and SMTPETER_CA_FILE set; prints what it got as JSON.
Written as a user of that client would write it: the request body is plain data read into the
generated model, the token is the spec's apiKey scheme (``accessToken``, sent as the
``access_token`` query parameter), the sandbox's CA is trusted through ``ssl_ca_cert``.
"""

from __future__ import annotations

import json
import os
from typing import Any

import smtpeter_othergen as othergen  # type: ignore[import-not-found]


def as_data(value: Any) -> Any:
    """A generated model (a oneOf wrapper too) as plain data; plain data as it is."""
    return value.to_dict() if hasattr(value, "to_dict") else value


def main() -> None:
    configuration = othergen.Configuration(
        host=os.environ["SMTPETER_BASE_URL"],
        api_key={"accessToken": os.environ["SMTPETER_TOKEN"]},
        ssl_ca_cert=os.environ["SMTPETER_CA_FILE"],
    )
    with othergen.ApiClient(configuration) as client:
        # model_validate, not from_dict: from_dict marks every property as given, and the
        # generator writes a given property that is None as null when its type takes any JSON
        # (the unions by JSON type, see Addresses in openapi.yaml): "to": null is refused.
        body = othergen.SendRequest.model_validate(
            {
                "recipient": "py-json@example.com",
                "from": "Python <py@example.com>",
                "subject": "Typed from openapi-generator's Python",
                "text": "Hello from openapi-generator's Python client, as JSON.",
                "tags": ["othergen"],
            }
        )
        sent: dict[str, str] = as_data(othergen.SendingApi(client).send(body))
        messages = othergen.MessagesApi(client)
        texts = {message_id: messages.get_text(message_id) for message_id in sent}
        webhooks = [as_data(hook) for hook in othergen.WebhooksApi(client).list_webhooks()]
        try:
            messages.get_text("no-such-message")
            missing: dict[str, Any] = {"status": None}
        except othergen.ApiException as exc:
            missing = {"status": exc.status, "error": exc.body}
    print(json.dumps({"json": sent, "texts": texts, "webhooks": webhooks, "missing": missing}))


if __name__ == "__main__":
    main()
