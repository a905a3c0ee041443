/**
 * Send bodies the spec refuses must not compile. tsc fails on a `@ts-expect-error` line that
 * has no error, so this file compiles only while the generated types reject every body below.
 */
import createClient from "openapi-fetch";

import type { components, paths } from "./schema.js";

type SendRequest = components["schemas"]["SendRequest"];

export const accepted: SendRequest[] = [
  { recipient: "a@example.com", text: "Hi" },
  { recipients: ["a@example.com", "b@example.com"], html: "<p>Hi</p>" },
  { recipients: { "a@example.com": { name: "A" } }, template: 12 },
  { recipient: "a@example.com", mime: "Subject: Hi\r\n\r\nHi\r\n" },
];

// Which of `recipient`/`recipients`, and that some content is given, are rules of the schema
// (its if/then/else and not) that validators apply and openapi-typescript does not type: the
// spec chose them because openapi-generator misreads the oneOf/anyOf that would type them
// (see SendRequest in openapi.yaml). Every property's own type is still checked:
export const refused: SendRequest[] = [
  // @ts-expect-error a recipient is an address, not a number
  { recipient: 12, text: "Hi" },
  // @ts-expect-error tags are a list
  { recipient: "a@example.com", text: "Hi", tags: "summer" },
  // @ts-expect-error an unknown property (the template page's replyTo; JSON spells it replyto)
  { recipient: "a@example.com", text: "Hi", replyTo: "b@example.com" },
  // @ts-expect-error tracking switches are booleans
  { recipient: "a@example.com", text: "Hi", trackopens: "no" },
];

const client = createClient<paths>({ baseUrl: "https://127.0.0.1/v1" });

export async function callsThatDoNotCompile(): Promise<void> {
  // @ts-expect-error the client's send takes the same types
  await client.POST("/send", { body: { recipient: 12, text: "Hi" } });
  // @ts-expect-error and refuses a tag list that is not a list
  await client.POST("/send", { body: { recipient: "a@example.com", html: "<p>Hi</p>", tags: 1 } });
}
