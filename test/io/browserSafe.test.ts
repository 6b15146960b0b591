import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const dir = join(import.meta.dirname, "..", "..", "src", "io");

test.each(readdirSync(dir).filter((f) => f.endsWith(".ts")))(
  "src/io/%s imports nothing from Node (the readers take bytes and run in a browser)",
  (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    expect(text).not.toMatch(/from "(node:|fs|path|os|stream)/u);
    expect(text).not.toMatch(/\bprocess\./u);
  },
);
