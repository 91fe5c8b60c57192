import assert from "node:assert/strict";
import { validateMessageBody } from "../../src/message_types/validate_body.ts";

const attachment = { uploadDestinationId: "abc", fileName: "warranty.pdf" };

Deno.test("validateMessageBody() accepts bodies within the type's limits", () => {
  assert.equal(
    validateMessageBody("unexpectedProblem", { text: "x".repeat(2000) })
      .success,
    true,
  );
  assert.equal(
    validateMessageBody("digitalAccessKey", {
      text: "x",
      attachments: [attachment],
    }).success,
    true,
  );
  assert.equal(
    validateMessageBody("warranty", {
      attachments: [attachment],
      coverageStartDate: "2026-01-01T00:00:00Z",
      coverageEndDate: "2027-01-01T00:00:00.000+01:00",
    }).success,
    true,
  );
  assert.equal(
    validateMessageBody("negativeFeedbackRemoval", undefined).success,
    true,
  );
  assert.equal(validateMessageBody("confirmOrderDetails", {}).success, true);
});

Deno.test("validateMessageBody() counts text length in UTF-16 code units", () => {
  // 400 code units of emoji = 200 code points: still too long at 401.
  const result = validateMessageBody("digitalAccessKey", {
    text: "😀".repeat(200) + "x",
  });
  assert.equal(result.success, false);
  assert.deepEqual(result.issues, [{
    path: "text",
    message: "Text must be at most 400 characters (UTF-16 code units)",
  }]);
});

Deno.test("validateMessageBody() reports every issue with its path", () => {
  const result = validateMessageBody("confirmCustomizationDetails", {
    text: "",
    attachments: [attachment, { fileName: 3 }],
    extra: true,
  });
  assert.equal(result.success, false);
  const paths = result.issues.map((issue) => issue.path);
  assert.ok(paths.includes("text"));
  assert.ok(paths.includes("extra"));
  assert.ok(paths.includes("attachments.1.uploadDestinationId"));
  assert.ok(paths.includes("attachments.1.fileName"));
  const tooMany = validateMessageBody("confirmCustomizationDetails", {
    attachments: Array.from({ length: 6 }, () => attachment),
  });
  assert.deepEqual(tooMany.issues, [{
    path: "attachments",
    message: "At most 5 attachments are allowed",
  }]);
});

Deno.test("validateMessageBody() rejects a body for a type that takes none", () => {
  const result = validateMessageBody("negativeFeedbackRemoval", { text: "hi" });
  assert.deepEqual(result, {
    success: false,
    issues: [{
      path: "",
      message: 'Message type "negativeFeedbackRemoval" takes no body',
    }],
  });
});

Deno.test("validateMessageBody() requires attachments for warranty and invoice", () => {
  for (const type of ["warranty", "invoice"]) {
    const result = validateMessageBody(type, {});
    assert.equal(result.success, false, type);
    assert.equal(result.issues[0]?.path, "attachments", type);
  }
});

Deno.test("validateMessageBody() rejects non-ISO coverage dates", () => {
  const result = validateMessageBody("warranty", {
    attachments: [attachment],
    coverageStartDate: "01/02/2026",
  });
  assert.equal(result.success, false);
  assert.equal(result.issues[0]?.path, "coverageStartDate");
});

Deno.test("validateMessageBody() rejects a body that is not an object", () => {
  for (const body of ["text", 42, [1]]) {
    assert.equal(validateMessageBody("unexpectedProblem", body).success, false);
  }
});

Deno.test("validateMessageBody() says a missing required field is required, not disallowed", () => {
  for (const type of ["warranty", "invoice"]) {
    assert.deepEqual(validateMessageBody(type, {}).issues, [{
      path: "attachments",
      message: `Field "attachments" is required for message type "${type}"`,
    }]);
  }
  assert.deepEqual(
    validateMessageBody("invoice", { attachments: [{ fileName: "a.pdf" }] })
      .issues,
    [{
      path: "attachments.0.uploadDestinationId",
      message:
        'Field "attachments.0.uploadDestinationId" is required for message type "invoice"',
    }],
  );
  assert.match(
    validateMessageBody("warranty", { attachments: [], extra: 1 }).issues
      .map((issue) => issue.message).join("\n"),
    /Field "extra" is not allowed/,
  );
});
