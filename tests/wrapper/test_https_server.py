"""The scripted HTTPS server the suite runs against does what the tests rely on."""

from __future__ import annotations

import socket
import ssl

import httpx
import pytest
import trustme

from tests.support.https_server import Reply, ScriptedHTTPSServer, refused_port


def test_records_requests_and_answers_in_script_order(
    server: ScriptedHTTPSServer, ssl_context: ssl.SSLContext
) -> None:
    server.script(Reply.json({"a": 1}, status=201), Reply.text("second", status=418))
    with httpx.Client(verify=ssl_context) as http:
        first = http.post(server.base_url + "/send?access_token=t&x=1&x=2", json={"k": "v"})
        second = http.post(server.base_url + "/send", data={"to": ["a", "b"]})
        third = http.get(server.base_url + "/text/a%2Fb")
    assert (first.status_code, first.json()) == (201, {"a": 1})
    assert (second.status_code, second.text) == (418, "second")
    assert third.json() == {"1cb1d9b0a1f4e7a2": "john@example.com"}  # the default answer
    one, two, three = server.requests
    assert (one.method, one.path, one.query) == (
        "POST",
        "/v1/send",
        {"access_token": ["t"], "x": ["1", "2"]},
    )
    assert one.json() == {"k": "v"}
    assert one.headers["content-type"] == "application/json"
    assert two.form() == {"to": ["a", "b"]}
    assert (three.method, three.path, three.body) == ("GET", "/v1/text/a%2Fb", b"")


def test_drop_closes_without_an_answer_and_delay_waits(
    server: ScriptedHTTPSServer, ssl_context: ssl.SSLContext
) -> None:
    server.script(Reply.dropped(), Reply.text("late", delay=0.5))
    with httpx.Client(verify=ssl_context) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            http.post(server.base_url + "/send", content=b"body")
        with pytest.raises(httpx.ReadTimeout):
            http.get(server.base_url + "/x", timeout=httpx.Timeout(5, read=0.1))
    assert [r.body for r in server.requests] == [b"body", b""]


def test_untrusted_client_fails_the_handshake(server: ScriptedHTTPSServer) -> None:
    with httpx.Client() as http, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY"):
        http.get(server.base_url)
    assert server.requests == []


def test_listen_false_refuses_until_listen(ca: trustme.CA, ssl_context: ssl.SSLContext) -> None:
    with ScriptedHTTPSServer(ca, listen=False) as server, httpx.Client(verify=ssl_context) as http:
        with pytest.raises(httpx.ConnectError):
            http.get(server.base_url)
        server.listen()
        assert http.get(server.base_url).status_code == 200


def test_refused_port_refuses() -> None:
    sock = refused_port()
    try:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(sock.getsockname(), timeout=5).close()
    finally:
        sock.close()


def test_close_ends_waiting_answers_and_frees_the_port(
    ca: trustme.CA, ssl_context: ssl.SSLContext
) -> None:
    server = ScriptedHTTPSServer(ca)
    server.script(Reply.text("never", delay=30))
    with httpx.Client(verify=ssl_context) as http:
        with pytest.raises(httpx.ReadTimeout):
            http.get(server.base_url, timeout=httpx.Timeout(5, read=0.1))
        server.close()  # must not wait the 30 s out
        with pytest.raises(httpx.ConnectError):
            http.get(server.base_url)
