/**
 * A TypeScript client of SMTPeter built only from openapi.yaml: openapi-typescript writes
 * `schema.d.ts` from the spec, openapi-fetch makes the calls. tests/typescript runs it against
 * the sandbox: it sends a JSON mail and a form mail, reads the text of each message back and
 * prints one JSON line with what it saw.
 *
 * Settings come from the environment: SMTPETER_BASE_URL, SMTPETER_TOKEN (never printed), and
 * NODE_EXTRA_CA_CERTS for a CA of one's own.
 */
import createClient, { type Middleware } from "openapi-fetch";

import type { components, paths } from "./schema.js";

type SendRequest = components["schemas"]["SendRequest"];
// The form body has the JSON body's schema: only its flat properties travel as form data.
type SendForm = components["schemas"]["SendRequest"];
type SendResponse = components["schemas"]["SendResponse"];

function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const token = setting("SMTPETER_TOKEN");

// SMTPeter takes the token as the access_token query parameter; openapi-fetch only adds headers.
const accessTokenInQuery: Middleware = {
  onRequest({ request }) {
    const url = new URL(request.url);
    url.searchParams.set("access_token", token);
    return new Request(url, request);
  },
};

// openapi-fetch has no form serializer. Lists go as repeated keys (the spec's `explode: true`).
function formEncoded(body: object): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body) as [string, unknown][]) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) {
        form.append(key, String(item));
      }
    }
  }
  return form;
}

// SendResponse is a union by JSON type (if/then/else in openapi.yaml), which openapi-typescript
// types as unknown: the program tells the id map from the bare 1 itself.
function messageIds(sent: SendResponse): string[] {
  if (typeof sent !== "object" || sent === null) {
    throw new Error("the server accepted the mail without naming its messages");
  }
  return Object.keys(sent);
}

const client = createClient<paths>({ baseUrl: setting("SMTPETER_BASE_URL") });
client.use(accessTokenInQuery);

const jsonMail: SendRequest = {
  recipient: "ts-json@example.com",
  from: "TypeScript <ts@example.com>",
  to: "Reader <ts-json@example.com>",
  subject: "Typed from TypeScript",
  text: "Hello from openapi-fetch, as JSON.",
  tags: ["typescript"],
};
const jsonSent = await client.POST("/send", { body: jsonMail });
if (jsonSent.data === undefined) {
  throw new Error(`JSON send refused (${jsonSent.response.status}): ${String(jsonSent.error)}`);
}

const formMail: SendForm = {
  recipients: ["ts-form-1@example.com", "ts-form-2@example.com"],
  from: "ts@example.com",
  subject: "Typed from TypeScript, form-encoded",
  text: "Hello from openapi-fetch, as a form.",
  tags: ["typescript", "form"],
};
const formSent = await client.POST("/send", {
  body: formMail,
  bodySerializer: formEncoded,
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
});
if (formSent.data === undefined) {
  throw new Error(`form send refused (${formSent.response.status}): ${String(formSent.error)}`);
}

const texts: Record<string, string> = {};
for (const id of [...messageIds(jsonSent.data), ...messageIds(formSent.data)]) {
  // text/plain: without parseAs openapi-fetch would parse the answer as JSON.
  const read = await client.GET("/text/{message_id}", {
    params: { path: { message_id: id } },
    parseAs: "text",
  });
  if (read.data === undefined) {
    throw new Error(`reading ${id} failed (${read.response.status}): ${String(read.error)}`);
  }
  texts[id] = read.data;
}

const missing = await client.GET("/text/{message_id}", {
  params: { path: { message_id: "no-such-message" } },
  parseAs: "text",
});

console.log(
  JSON.stringify({
    json: jsonSent.data,
    form: formSent.data,
    texts,
    missing: { status: missing.response.status, error: missing.error ?? null },
  }),
);
