/**
 * Send bodies the spec refuses must not compile. tsc fails on a `@ts-expect-error` line that
 * has no error, so this file compiles only while the generated types reject every body below.
 */
import createClient from "openapi-fetch";

import type { components, paths } from "./schema.js";

type SendRequest = components["schemas"]["SendRequest"];
type SendForm = components["schemas"]["SendForm"];

export const accepted: SendRequest[] = [
  { recipient: "a@example.com", text: "Hi" },
  { recipients: ["a@example.com", "b@example.com"], html: "<p>Hi</p>" },
  { recipients: { "a@example.com": { name: "A" } }, template: 12 },
  { recipient: "a@example.com", mime: "Subject: Hi\r\n\r\nHi\r\n" },
];

export const refused: SendRequest[] = [
  // @ts-expect-error no content: mime, template, text or html is required
  { recipient: "a@example.com", subject: "Only a subject" },
  // @ts-expect-error no delivery address: recipient or recipients is required
  { text: "Hi" },
  // @ts-expect-error both recipient and recipients
  { recipient: "a@example.com", recipients: ["b@example.com"], text: "Hi" },
  // @ts-expect-error an empty body
  {},
];

export const refusedForms: SendForm[] = [
  // @ts-expect-error no content
  { recipients: ["a@example.com"], subject: "Only a subject" },
  // @ts-expect-error no delivery address
  { template: "welcome" },
  // @ts-expect-error both recipient and recipients
  { recipient: "a@example.com", recipients: ["b@example.com"], text: "Hi" },
];

const client = createClient<paths>({ baseUrl: "https://127.0.0.1/v1" });

export async function callsThatDoNotCompile(): Promise<void> {
  // @ts-expect-error the client's send takes the same types
  await client.POST("/send", { body: { text: "Hi" } });
  // @ts-expect-error and refuses a body without content
  await client.POST("/send", { body: { recipient: "a@example.com" } });
}
