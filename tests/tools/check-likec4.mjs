#!/usr/bin/env node
// Checks a LikeC4 source file with the LikeC4 CLI itself: `likec4 validate` (syntax and semantics),
// `likec4 export json` (the model LikeC4 reads from it: its elements, relationships and views, each view laid out)
// and `likec4 build` (the static site). Graphviz runs as WebAssembly (--no-use-dot): no `dot` binary needed.
//
// Usage: node check-likec4.mjs <file.c4> <site-directory>
// Prints { valid, errors, elements, links, relationships, views, site }: errors as the CLI reports them, the elements'
// titles by id, the links of each element that has any (as { url, title, relative }), each relationship as { source, target, title, kind, tags }, each view as { id, type, title, nodes },
// and whether the site's index.html was built into <site-directory>.
// Exit code 0 when the check ran, 2 when it could not (the reason is on stderr).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ToolError, runCheck } from './lib/cli.mjs';

const usage = 'node check-likec4.mjs <file.c4> <site-directory>';
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules', 'likec4', 'bin', 'likec4.mjs');

await runCheck(usage, async () => {
  const [file, site] = process.argv.slice(2);
  if (file === undefined || site === undefined) {
    throw new ToolError('A LikeC4 file and a site directory are needed.');
  }
  if (!fs.existsSync(file)) {
    throw new ToolError(`LikeC4 file not found: ${file}`);
  }

  // The CLI reads a workspace folder: the file alone goes into one, so nothing beside it is read.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'likec4-'));
  try {
    fs.copyFileSync(file, path.join(workspace, 'model.c4'));
    const validation = JSON.parse(likec4(['validate', workspace, '--json', '--no-layout']));
    if (!validation.valid) {
      return { valid: false, errors: validation.errors, elements: {}, links: {}, relationships: [], views: [], site: false };
    }

    const exported = path.join(workspace, 'model.json');
    likec4(['export', 'json', workspace, '-o', exported, '--no-use-dot']);
    const model = JSON.parse(fs.readFileSync(exported, 'utf8'));
    likec4(['build', workspace, '-o', site, '--no-use-dot']);
    return {
      valid: true,
      errors: [],
      elements: Object.fromEntries(Object.entries(model.elements).map(([id, element]) => [id, element.title])),
      links: Object.fromEntries(Object.entries(model.elements)
        .filter(([, element]) => (element.links ?? []).length > 0)
        .map(([id, element]) => [id, element.links.map((link) => ({ url: link.url, title: link.title ?? null, relative: link.relative ?? null }))])),
      relationships: Object.values(model.relations).map((relation) => ({
        source: relation.source.model,
        target: relation.target.model,
        title: relation.title ?? null,
        kind: relation.kind ?? null,
        tags: relation.tags ?? [],
      })),
      views: Object.values(model.views).map((view) => ({
        id: view.id,
        type: view._type,
        title: view.title ?? null,
        nodes: (view.nodes ?? []).length,
      })),
      site: fs.existsSync(path.join(site, 'index.html')),
    };
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});

function likec4(args) {
  try {
    return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // validate --json exits non-zero on an invalid model and still prints its report.
    if (args[0] === 'validate' && error.stdout) {
      return error.stdout;
    }
    throw new ToolError(`likec4 ${args[0]} failed: ${error.stderr ?? error.message}`);
  }
}
