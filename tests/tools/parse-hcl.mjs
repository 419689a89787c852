#!/usr/bin/env node
// Parses Terraform files with a real HCL parser (@cdktf/hcl2json, HashiCorp's HCL compiled to WebAssembly).
//
// Usage: node parse-hcl.mjs <file.tf>...
// Prints a JSON array, one entry per file: { file, ok, error, json }: the parser's message (with file,
// line and column) when ok is false, else the configuration as JSON (blocks keyed by type and labels).
// Exit code 0 when the check ran, 2 when it could not (the reason is on stderr).

import fs from 'node:fs';
import path from 'node:path';
import hcl from '@cdktf/hcl2json';
import { ToolError, messageOf, runCheck } from './lib/cli.mjs';

const usage = 'node parse-hcl.mjs <file.tf>...';

await runCheck(usage, async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    throw new ToolError('No Terraform file given.');
  }
  const report = [];
  for (const file of files) {
    if (!fs.existsSync(file)) {
      throw new ToolError(`Terraform file not found: ${file}`);
    }
    try {
      const json = await hcl.parse(path.basename(file), fs.readFileSync(file, 'utf8'));
      report.push({ file, ok: true, error: null, json });
    } catch (error) {
      report.push({ file, ok: false, error: messageOf(error), json: null });
    }
  }
  return report;
});
