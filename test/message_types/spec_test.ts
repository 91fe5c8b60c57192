import assert from "node:assert/strict";
import {
  getMessageType,
  MESSAGE_TYPE_IDS,
  MESSAGE_TYPES,
  ORDER_PATH,
} from "../../src/message_types/mod.ts";

interface SpecSchema {
  $ref?: string;
  type?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  properties?: Record<string, SpecSchema>;
  required?: string[];
}
interface SpecParameter {
  name: string;
  in: string;
  schema?: SpecSchema;
}
interface SpecOperation {
  operationId: string;
  parameters?: SpecParameter[];
}
interface Spec {
  paths: Record<string, Record<string, SpecOperation>>;
  definitions: Record<string, SpecSchema>;
}

const spec: Spec = JSON.parse(
  await Deno.readTextFile(
    new URL("../testdata/messaging-v1.json", import.meta.url),
  ),
);

function resolve(schema: SpecSchema | undefined): SpecSchema | undefined {
  if (schema?.$ref === undefined) return schema;
  return spec.definitions[schema.$ref.replace("#/definitions/", "")];
}

interface SpecSend {
  path: string;
  operationId: string;
  body: SpecSchema | undefined;
}

function specSends(): SpecSend[] {
  const sends: SpecSend[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    const post = methods.post;
    if (post === undefined) continue;
    const body = post.parameters?.find((p) => p.in === "body");
    sends.push({
      path: path.replace("{amazonOrderId}", "{amazonOrderId}"),
      operationId: post.operationId,
      body: resolve(body?.schema),
    });
  }
  return sends;
}

Deno.test("MESSAGE_TYPES covers every send operation of the spec", () => {
  const sends = specSends();
  assert.equal(sends.length, 10);
  for (const send of sends) {
    const id = send.path.split("/").at(-1)!;
    const type = getMessageType(id);
    assert.equal(type.operationId, send.operationId, id);
    assert.equal(type.path, send.path, id);
    assert.equal(type.method, "POST", id);
  }
});

Deno.test("MESSAGE_TYPES matches the spec's text and attachment limits", () => {
  for (const send of specSends()) {
    const type = getMessageType(send.path.split("/").at(-1)!);
    const properties = send.body?.properties ?? {};
    const text = properties.text;
    assert.deepEqual(
      type.text,
      text === undefined ? null : { min: text.minLength, max: text.maxLength },
      `${type.id} text`,
    );
    // The spec writes item counts as minLength/maxLength on arrays.
    const attachments = properties.attachments;
    assert.deepEqual(
      type.attachments,
      attachments === undefined ? null : {
        min: attachments.minLength ?? attachments.minItems ?? 0,
        max: attachments.maxLength ?? attachments.maxItems,
      },
      `${type.id} attachments`,
    );
    const extra = Object.entries(properties)
      .filter(([name]) => name !== "text" && name !== "attachments")
      .map(([name, schema]) => ({
        name,
        format: schema.format,
        required: send.body?.required?.includes(name) ?? false,
      }));
    assert.deepEqual(
      type.extraFields.map((field) => ({ ...field })),
      extra,
      `${type.id} extra fields`,
    );
    assert.equal(type.hasBody, send.body !== undefined, `${type.id} body`);
  }
});

Deno.test("MESSAGE_TYPES matches the spec's read operations", () => {
  const actions = spec.paths[ORDER_PATH]?.get;
  assert.equal(actions?.operationId, "getMessagingActionsForOrder");
  const attributes = spec.paths[`${ORDER_PATH}/attributes`]?.get;
  assert.equal(attributes?.operationId, "GetAttributes");
});

Deno.test("MESSAGE_TYPES adds invoice and flags removed types", () => {
  const inSpec = new Set(specSends().map((s) => s.path.split("/").at(-1)));
  const extra = MESSAGE_TYPE_IDS.filter((id) => !inSpec.has(id));
  assert.deepEqual(extra, ["invoice"]);
  assert.deepEqual(MESSAGE_TYPES.invoice.attachments, { min: 1, max: 5 });
  assert.equal(MESSAGE_TYPES.invoice.operationId, "sendInvoice");
  assert.deepEqual(
    MESSAGE_TYPE_IDS.filter((id) => MESSAGE_TYPES[id].deprecated),
    ["negativeFeedbackRemoval", "amazonMotors"],
  );
  assert.deepEqual(
    MESSAGE_TYPE_IDS.filter((id) => MESSAGE_TYPES[id].critical),
    ["legalDisclosure", "unexpectedProblem"],
  );
});

Deno.test("spec check fails when a limit in the spec changes", () => {
  // Guards the guard: a copy of the spec with a changed limit must disagree.
  const changed = structuredClone(
    spec.definitions.CreateDigitalAccessKeyRequest,
  );
  changed!.properties!.text!.maxLength = 500;
  assert.notDeepEqual(
    MESSAGE_TYPES.digitalAccessKey.text,
    {
      min: changed!.properties!.text!.minLength,
      max: changed!.properties!.text!.maxLength,
    },
  );
});
