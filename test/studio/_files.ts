// Template files for studio tests: a type's shipped templates and sample,
// with the sample's seller name carrying an email address, so that a
// finding comes from the sample data.
import type { StudioFile } from "../../src/studio/types.ts";

const TEMPLATES = new URL("../../templates/", import.meta.url);

/** The seller name of the sample: an email address inside it. */
export const SELLER_NAME = "Northwind, write to shop@example.com";

/** The shipped `unexpectedProblem` templates and a sample with an email. */
export async function studioFiles(): Promise<StudioFile[]> {
  const files: StudioFile[] = [];
  for await (
    const entry of Deno.readDir(new URL("unexpectedProblem/", TEMPLATES))
  ) {
    const source = await Deno.readTextFile(
      new URL(`unexpectedProblem/${entry.name}`, TEMPLATES),
    );
    files.push({
      path: `unexpectedProblem/${entry.name}`,
      source: entry.name === "sample.json"
        ? JSON.stringify(
          { ...JSON.parse(source), sellerName: SELLER_NAME },
          null,
          2,
        )
        : source,
    });
  }
  return files.sort((a, b) => a.path < b.path ? -1 : 1);
}
