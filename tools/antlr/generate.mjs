// Generates the C# parser for grammar/Dml.g4 with antlr-ng, then makes the generated
// top-level types internal so that no ANTLR type is part of DmlNet's public API.
// Usage: node generate.mjs <grammar.g4> <output-dir> <namespace>
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const [grammar, outputDir, namespace] = process.argv.slice(2);
if (!grammar || !outputDir || !namespace) {
  console.error("usage: node generate.mjs <grammar.g4> <output-dir> <namespace>");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const runner = join(here, "node_modules", "antlr-ng", "dist", "cli", "runner.js");
execFileSync(process.execPath, [runner, "-Dlanguage=CSharp", "--generate-visitor", "true",
  "--generate-listener", "false", "--warnings-are-errors", "true", "--package", namespace,
  "-o", outputDir, grammar], { stdio: "inherit" });

if (!existsSync(join(outputDir, "DmlParser.cs"))) {
  console.error("antlr-ng produced no parser; see its messages above");
  process.exit(1);
}
for (const file of readdirSync(outputDir).filter((f) => f.endsWith(".cs"))) {
  const path = join(outputDir, file);
  const text = readFileSync(path, "utf8")
    .replace(/^public (partial class|interface) /gm, "internal $1 ");
  writeFileSync(path, text);
}
