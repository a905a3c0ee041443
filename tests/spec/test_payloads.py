"""openapi.yaml against the payloads SMTPeter's docs show, and against payloads it must refuse.

The schemas are checked with jsonschema's Draft 2020-12 validator (OpenAPI 3.1's dialect) and
a format checker, with the whole document in a `referencing` registry so that every
`$ref: '#/components/schemas/X'` resolves inside it. The documented payloads live in
payloads/documented.json, each with the doc page it comes from and what was changed to make
it valid JSON.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from openapi_spec_validator import validate as validate_openapi
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.support.forms import derived

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
PAYLOADS_PATH = Path(__file__).resolve().parent / "payloads" / "documented.json"

# As make generate reads it: each form body with its own derived schema (SendForm...).
SPEC: dict[str, Any] = derived(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
SPEC_URI = SPEC_PATH.as_uri()
REGISTRY: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(SPEC))
DOCUMENTED: dict[str, Any] = json.loads(PAYLOADS_PATH.read_text(encoding="utf-8"))

Where = tuple[str | int, ...]


def pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def validator_at(pointer: str) -> Any:
    """A validator for the schema at `pointer` (a JSON Pointer) inside openapi.yaml."""
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=REGISTRY,
        format_checker=FormatChecker(),
    )


def schema(name: str) -> Any:
    return validator_at(f"/components/schemas/{pointer_escape(name)}")


def problems(name: str, instance: object) -> list[str]:
    """Every reason the named component schema refuses `instance`, readable in a failure."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in schema(name).iter_errors(instance)
    ]


def refusals(name: str, instance: object) -> set[tuple[Where, str]]:
    """Where the named schema refuses `instance`, and by which keyword (a keyword under
    `propertyNames` is named `propertyNames/<keyword>`)."""
    return {
        (
            tuple(e.absolute_path),
            f"propertyNames/{e.validator}" if "propertyNames" in e.schema_path else e.validator,
        )
        for e in schema(name).iter_errors(instance)
    }


def case_id(case: Mapping[str, Any]) -> str:
    return f"{case['doc']}:{case['name']}"


JSON_CASES: list[dict[str, Any]] = DOCUMENTED["json"]
FORM_CASES: list[dict[str, Any]] = DOCUMENTED["form"]


# --- the document itself ----------------------------------------------------------------


def test_openapi_document_is_valid() -> None:
    validate_openapi(SPEC)


def test_openapi_validator_is_not_vacuous() -> None:
    broken = copy.deepcopy(SPEC)
    broken["components"]["securitySchemes"]["accessToken"]["in"] = "body"
    with pytest.raises(OpenAPIValidationError):
        validate_openapi(broken)


def test_token_is_an_access_token_query_parameter() -> None:
    scheme = SPEC["components"]["securitySchemes"]["accessToken"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "query", "access_token")
    assert SPEC["security"] == [{"accessToken": []}]


@pytest.mark.parametrize("name", sorted(SPEC["components"]["schemas"]))
def test_component_schema_is_valid_2020_12(name: str) -> None:
    Draft202012Validator.check_schema(SPEC["components"]["schemas"][name])


def _examples(node: object, pointer: str = "") -> Iterator[tuple[str, str, object]]:
    """(pointer of the schema, pointer of the example, example) for every media type or
    parameter example in the document, and every `examples` entry of a schema."""
    if isinstance(node, dict):
        if "schema" in node:
            if "example" in node:
                yield f"{pointer}/schema", f"{pointer}/example", node["example"]
            for key, example in node.get("examples", {}).items():
                yield f"{pointer}/schema", f"{pointer}/examples/{key}", example["value"]
        if "type" in node and isinstance(node.get("examples"), list):
            for i, example in enumerate(node["examples"]):
                yield pointer, f"{pointer}/examples/{i}", example
        for key, value in node.items():
            yield from _examples(value, f"{pointer}/{pointer_escape(str(key))}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _examples(value, f"{pointer}/{i}")


EXAMPLES = list(_examples(SPEC))


def test_examples_are_found() -> None:
    found = {where for _, where, _ in EXAMPLES}
    send = "/paths/~1send/post/requestBody/content"
    assert {
        f"{send}/application~1json/examples/properties",
        f"{send}/application~1json/examples/mime",
        f"{send}/application~1json/examples/personalized",
        f"{send}/application~1x-www-form-urlencoded/examples/form",
        "/components/responses/SendAccepted/content/application~1json/examples/ids",
        "/components/responses/SendAccepted/content/application~1json/examples/accepted",
        "/components/schemas/MaxDeliverTime/examples/0",
    } <= found


def _operations_by_tag() -> dict[str, list[str]]:
    pointers: dict[str, list[str]] = {}
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            pointer = f"/paths/{pointer_escape(path)}/{method}"
            pointers.setdefault(operation["tags"][0], []).append(pointer)
            for response in operation.get("responses", {}).values():
                if "$ref" in response:
                    pointers[operation["tags"][0]].append(response["$ref"].removeprefix("#"))
    return pointers


def test_every_family_added_from_the_rest_pages_shows_examples() -> None:
    # The docs show a request or an answer for each of these families; the spec carries them
    # as examples, which the next test validates. (The message and event reads have none.)
    found = [where for _, where, _ in EXAMPLES]
    for tag, pointers in _operations_by_tag().items():
        if tag in ("messages", "events"):
            continue
        assert any(where.startswith(p + "/") for where in found for p in pointers), tag


@pytest.mark.parametrize(
    ("schema_at", "example"),
    [(schema_at, example) for schema_at, _, example in EXAMPLES],
    ids=[where for _, where, _ in EXAMPLES],
)
def test_spec_example_matches_its_schema(schema_at: str, example: object) -> None:
    errors = [e.message for e in validator_at(schema_at).iter_errors(example)]
    assert errors == []


# --- documented payloads are accepted ---------------------------------------------------


def test_every_send_page_has_a_case() -> None:
    pages = {
        "rest-send-json.md",
        "rest-mime.md",
        "rest-send-multiple-recipients.md",
        "rest-send-templates.md",
        "rest-send-modified.md",
        "rest-send-personalize.md",
        "rest-send-personalized.md",
        "rest-send-advanced.md",
        "rest-dsn.md",
        "json-vs-post.md",
        "00-rest-api-overview.md",
        "rest-api.md",
    }
    assert {case["doc"] for case in JSON_CASES + FORM_CASES} == pages
    ids = [case_id(c) for c in JSON_CASES] + [case_id(c) for c in FORM_CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", JSON_CASES, ids=case_id)
def test_documented_json_payload_is_accepted(case: dict[str, Any]) -> None:
    assert problems("SendRequest", case["payload"]) == []


def as_form(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    """What a form decoder hands over for a flat JSON payload (repeated keys become lists,
    every value a string or boolean), or None when the payload has nesting a form can't carry."""
    form: dict[str, Any] = {}
    for key, value in payload.items():
        if isinstance(value, dict) or key in {"attachments", "patch"}:
            return None
        if key in {"to", "cc", "replyto"} and isinstance(value, str):
            value = [value]
        if key == "template" and isinstance(value, int):
            value = str(value)
        form[key] = value
    return form


FLAT_CASES: list[tuple[str, dict[str, Any]]] = [
    (case_id(case), form) for case in JSON_CASES if (form := as_form(case["payload"])) is not None
] + [(case_id(case), case["payload"]) for case in FORM_CASES]


def test_flat_cases_cover_lists_booleans_and_templates() -> None:
    keys = {key for _, form in FLAT_CASES for key in form}
    assert {"recipients", "to", "cc", "tags", "template", "trackclicks", "maxdelivertime"} <= keys
    assert {
        "rest-send-json.md:extra-headers",
        "rest-send-personalize.md:recipients-data",
    }.isdisjoint({name for name, _ in FLAT_CASES})


@pytest.mark.parametrize(
    "form", [form for _, form in FLAT_CASES], ids=[name for name, _ in FLAT_CASES]
)
def test_documented_flat_payload_is_accepted_as_form(form: dict[str, Any]) -> None:
    assert problems("SendForm", form) == []


# --- bad payloads are refused, for the right reason -------------------------------------

BASE: dict[str, Any] = {
    "recipient": "john@doe.com",
    "from": "info@example.com",
    "subject": "Hello",
    "text": "Hello John",
}
DATA = {"firstname": "John"}


class Refusal(NamedTuple):
    id: str
    payload: dict[str, Any]
    where: Where
    keyword: str | tuple[str, ...]  # the keyword, or every keyword that refuses it there

    def expected(self) -> set[tuple[Where, str]]:
        keywords = (self.keyword,) if isinstance(self.keyword, str) else self.keyword
        return {(self.where, keyword) for keyword in keywords}


REFUSED = [
    Refusal("recipient-number", {**BASE, "recipient": 42}, ("recipient",), "type"),
    Refusal(
        "recipient-display-name",
        {**BASE, "recipient": "John Doe <john@doe.com>"},
        ("recipient",),
        "pattern",
    ),
    Refusal("trackclicks-yes", {**BASE, "trackclicks": "yes"}, ("trackclicks",), "type"),
    Refusal("tags-string", {**BASE, "tags": "tag1"}, ("tags",), "type"),
    Refusal("tag-with-space", {**BASE, "tags": ["summer sale"]}, ("tags", 0), "pattern"),
    Refusal("tag-with-semicolon", {**BASE, "tags": ["ok", "a;b"]}, ("tags", 1), "pattern"),
    Refusal("images-remote", {**BASE, "images": "remote"}, ("images",), "enum"),
    Refusal(
        "dsn-ret-partial",
        {**BASE, "envelope": "me@example.com", "dsn": {"notify": "FAILURE", "ret": "PARTIAL"}},
        ("dsn", "ret"),
        "enum",
    ),
    Refusal(
        "dsn-notify-sometimes",
        {**BASE, "envelope": "me@example.com", "dsn": {"notify": "SOMETIMES"}},
        ("dsn", "notify"),
        "pattern",
    ),
    Refusal(
        "dsn-notify-trailing-comma",
        {**BASE, "envelope": "me@example.com", "dsn": {"notify": "SUCCESS,"}},
        ("dsn", "notify"),
        "pattern",
    ),
    Refusal(
        "patch-op-merge",
        {"recipient": "john@doe.com", "template": 12, "patch": [{"op": "merge", "path": "/x"}]},
        ("patch", 0, "op"),
        "enum",
    ),
    Refusal(
        "patch-without-path",
        {"recipient": "john@doe.com", "template": 12, "patch": [{"op": "remove"}]},
        ("patch", 0),
        "required",
    ),
    Refusal(
        "extra-header-without-x",
        {**BASE, "extra": {"my-header": "1"}},
        ("extra",),
        "propertyNames/pattern",
    ),
    Refusal(
        "extra-header-reply-to",
        {**BASE, "extra": {"Reply-To": "a@b.c"}},
        ("extra",),
        "propertyNames/pattern",
    ),
    Refusal(
        "extra-header-value-crlf",
        {**BASE, "extra": {"X-Id": "1\r\nBcc: victim@example.com"}},
        ("extra", "X-Id"),
        "pattern",
    ),
    Refusal("subject-crlf", {**BASE, "subject": "Hi\r\nBcc: x@y.z"}, ("subject",), "pattern"),
    Refusal(
        "maxdelivertime-short",
        {**BASE, "maxdelivertime": "2026-1-5 10:00"},
        ("maxdelivertime",),
        "pattern",
    ),
    Refusal(
        "maxdelivertime-iso",
        {**BASE, "maxdelivertime": "2026-01-05T10:00:00Z"},
        ("maxdelivertime",),
        "pattern",
    ),
    Refusal(
        "maxdelivertime-month-13",
        {**BASE, "maxdelivertime": "2026-13-05 10:00:00"},
        ("maxdelivertime",),
        "pattern",
    ),
    Refusal("unknown-replyTo", {**BASE, "replyTo": "a@example.com"}, (), "additionalProperties"),
    Refusal("unknown-headers", {**BASE, "headers": {"X-A": "1"}}, (), "additionalProperties"),
    Refusal(
        "attachment-without-url-or-data",
        {**BASE, "attachments": [{"name": "a.pdf", "type": "application/pdf"}]},
        ("attachments", 0),
        "oneOf",
    ),
    Refusal(
        "attachment-with-url-and-data",
        {**BASE, "attachments": [{"url": "https://example.com/a.pdf", "data": "QQ=="}]},
        ("attachments", 0),
        "oneOf",
    ),
    Refusal(
        "attachment-url-typo-from-rest-send-modified",
        {**BASE, "attachments": [{"url": "http:://example.com/path/to/document.pdf"}]},
        ("attachments", 0),
        "oneOf",
    ),
    Refusal("data-key-digit", {**BASE, "data": {"1st": "x"}}, ("data",), "propertyNames/pattern"),
    Refusal(
        "data-key-underscore", {**BASE, "data": {"_name": "x"}}, ("data",), "propertyNames/pattern"
    ),
    Refusal("data-key-dash", {**BASE, "data": {"-name": "x"}}, ("data",), "propertyNames/pattern"),
    Refusal(
        "recipients-key-not-an-address",
        {"recipients": {"Jane Doe": DATA}, "text": "Hello"},
        ("recipients",),
        ("propertyNames/format", "propertyNames/pattern"),
    ),
    Refusal(
        "recipients-key-with-display-name",
        {"recipients": {"Jane <jane@doe.com>": DATA}, "text": "Hello"},
        ("recipients",),
        "propertyNames/pattern",
    ),
    Refusal(
        "recipients-data-key-digit",
        {"recipients": {"jane@doe.com": {"2nd": "x"}}, "text": "Hello"},
        ("recipients", "jane@doe.com"),
        "propertyNames/pattern",
    ),
    Refusal(
        "recipients-empty-list", {"recipients": [], "text": "Hello"}, ("recipients",), "minItems"
    ),
    Refusal(
        "template-zero", {"recipient": "john@doe.com", "template": 0}, ("template",), "minimum"
    ),
    Refusal("unsubscribe-empty", {**BASE, "unsubscribe": {}}, ("unsubscribe",), "minProperties"),
    Refusal("no-recipient", {"text": "Hello"}, (), "not"),  # else: not not recipients
    Refusal("no-content", {"recipient": "john@doe.com", "subject": "Hi"}, (), "not"),
    Refusal(
        "recipient-and-recipients",
        {**BASE, "recipients": ["jane@doe.com"]},
        (),
        "not",  # then: not recipients
    ),
]


def test_refusal_base_is_accepted() -> None:
    assert problems("SendRequest", BASE) == []
    assert problems("SendRequest", {**BASE, "envelope": "me@example.com", "dsn": {}}) == []


@pytest.mark.parametrize("case", REFUSED, ids=[c.id for c in REFUSED])
def test_bad_payload_is_refused(case: Refusal) -> None:
    assert refusals("SendRequest", case.payload) == case.expected()


BASE_FORM: dict[str, Any] = {
    "recipients": ["alice@example.com", "bob@example.com"],
    "from": "info@example.com",
    "subject": "Hello",
    "text": "Hello",
}

FORM_REFUSED = [
    Refusal(
        "unsubscribe",
        {**BASE_FORM, "unsubscribe": {"url": "https://example.com/u"}},
        (),
        "additionalProperties",
    ),
    Refusal("extra", {**BASE_FORM, "extra": {"x-id": "1"}}, (), "additionalProperties"),
    Refusal("data", {**BASE_FORM, "data": DATA}, (), "additionalProperties"),
    Refusal("dsn", {**BASE_FORM, "dsn": {"notify": "FAILURE"}}, (), "additionalProperties"),
    Refusal(
        "attachments",
        {**BASE_FORM, "attachments": [{"url": "https://example.com/a.pdf"}]},
        (),
        "additionalProperties",
    ),
    Refusal(
        "patch",
        {**BASE_FORM, "patch": [{"op": "remove", "path": "/x"}]},
        (),
        "additionalProperties",
    ),
    Refusal("inline-template", {**BASE_FORM, "template": {"subject": "x"}}, ("template",), "type"),
    Refusal(
        "recipients-data",
        {**BASE_FORM, "recipients": {"alice@example.com": DATA}},
        ("recipients",),
        "type",
    ),
    Refusal(
        "recipient-nested-list", {**BASE_FORM, "recipients": [["a@b.c"]]}, ("recipients", 0), "type"
    ),
    Refusal("recipients-empty", {**BASE_FORM, "recipients": []}, ("recipients",), "minItems"),
    Refusal("no-recipient", {"text": "Hello"}, (), "not"),  # else: not not recipients
    Refusal("no-content", {"recipient": "john@doe.com"}, (), "not"),
]


def test_form_refusal_base_is_accepted() -> None:
    assert problems("SendForm", BASE_FORM) == []


@pytest.mark.parametrize("case", FORM_REFUSED, ids=[c.id for c in FORM_REFUSED])
def test_form_refuses_nesting(case: Refusal) -> None:
    assert refusals("SendForm", case.payload) == case.expected()


# --- the answer to send -----------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [{"id": "a@example.com"}, {"id1": "a@example.com", "id2": "b@example.com"}, 1],
    ids=["one-id", "two-ids", "bare-1"],
)
def test_send_response_accepts(answer: object) -> None:
    assert problems("SendResponse", answer) == []


@pytest.mark.parametrize(
    "answer",
    [2, "1", 0, True, None, [1], {"id": 5}, {"id": ["a@example.com"]}],
    ids=["2", "string-1", "0", "true", "null", "list", "id-to-number", "id-to-list"],
)
def test_send_response_refuses(answer: object) -> None:
    assert not schema("SendResponse").is_valid(answer)
