"""The inbox's JSON endpoints and pages over HTTPS: its limits hold with the UI on (bounded
archive, nothing written or removed outside the store, loopback only), its headers (CSP)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from smtpeter.sandbox import RunningSandbox, create_app, running_sandbox

TOKEN = "inbox-test-token"


@pytest.fixture(scope="module")
def module_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    mail_dir = tmp_path_factory.mktemp("inbox") / "mail"
    with running_sandbox(token=TOKEN, mail_dir=mail_dir, max_messages=3) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(module_sandbox: RunningSandbox) -> RunningSandbox:
    module_sandbox.store.clear()
    return module_sandbox


def ui(sandbox: RunningSandbox, token: str | None = TOKEN) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(
        base_url=sandbox.base_url.removesuffix("/v1"), verify=sandbox.ssl_context(), headers=headers
    )


def send(sandbox: RunningSandbox, subject: str) -> str:
    with httpx.Client(verify=sandbox.ssl_context()) as client:
        answer = client.post(
            f"{sandbox.base_url}/send",
            params={"access_token": TOKEN},
            json={"recipient": "ann@example.com", "subject": subject, "text": "Hi"},
        )
    answer.raise_for_status()
    (message_id,) = answer.json()
    return str(message_id)


def test_the_archive_stays_bounded_as_the_inbox_lists_it(sandbox: RunningSandbox) -> None:
    ids = [send(sandbox, f"mail {n}") for n in range(5)]
    with ui(sandbox) as client:
        listed = client.get("/_sandbox/messages").json()
        assert [m["id"] for m in listed["messages"]] == ids[:1:-1]  # the newest 3, newest first
        assert (listed["total"], listed["max_messages"]) == (3, 3)
        assert client.get(f"/_sandbox/messages/{ids[0]}").status_code == 404  # dropped


def test_delete_goes_through_the_store_and_a_path_like_id_is_refused(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    message_id = send(sandbox, "to delete")
    mail_dir = sandbox.store.mail_dir
    assert mail_dir is not None
    outside = mail_dir.parent / "x.eml"
    outside.write_text("not the sandbox's")
    before = sorted(p.name for p in mail_dir.parent.rglob("*"))
    with ui(sandbox) as client:
        for bad in ["../x", "..%2Fx", "..%2F..%2Fx", "%2E%2E/x.eml"]:
            assert client.delete(f"/_sandbox/messages/{bad}").status_code == 404, bad
            assert client.get(f"/_sandbox/messages/{bad}/raw").status_code == 404, bad
        assert client.delete(f"/_sandbox/messages/{message_id}").json() == {"deleted": 1}
        assert client.get(f"/_sandbox/messages/{message_id}").status_code == 404
    assert outside.read_text() == "not the sandbox's"
    assert (
        sorted(p.name for p in mail_dir.parent.rglob("*")) == before
    )  # no file written or removed


def test_the_token_is_needed_as_a_bearer_header(sandbox: RunningSandbox) -> None:
    with ui(sandbox, token=None) as client:
        assert client.get("/_sandbox/messages").status_code == 401
        assert client.get("/_sandbox/access").json()["token_required"] is True
    with ui(sandbox, token="wrong") as client:
        refused = client.get("/_sandbox/messages")
        assert (refused.status_code, refused.json()) == (401, {"error": "invalid token"})
        assert TOKEN not in refused.text


def test_pages_and_the_frame_policy_forbid_scripts_beyond_the_inbox_own(
    sandbox: RunningSandbox,
) -> None:
    message_id = send(sandbox, "policy")
    with ui(sandbox) as client:
        page = client.get("/inbox/")
        message = client.get(f"/_sandbox/messages/{message_id}").json()
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "<script>" not in page.text  # no inline script: the policy would block it
    assert "script-src 'none'" in message["frame_policy"]
    assert "http:" not in message["frame_policy"]  # remote content blocked by default
    assert "img-src data: http: https:" in message["frame_policy_remote"]


@pytest.mark.parametrize(("allow_remote", "status"), [(False, 403), (True, 200)])
async def test_a_client_beyond_loopback_is_refused_unless_the_host_says_so(
    allow_remote: bool, status: int
) -> None:
    app = create_app(token=TOKEN)
    app.inbox.allow_remote = allow_remote
    transport = httpx.ASGITransport(app=app, client=("192.0.2.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="https://sandbox") as client:
        answer = await client.get(
            "/_sandbox/messages", headers={"Authorization": f"Bearer {TOKEN}"}
        )
        access = await client.get("/_sandbox/access")
    assert answer.status_code == status
    assert access.status_code == status
