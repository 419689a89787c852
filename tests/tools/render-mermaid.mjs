#!/usr/bin/env node
// Renders every ```mermaid block of the given Markdown files with the real Mermaid renderer
// (@mermaid-js/mermaid-cli driving Debian's Chromium), all in one browser session.
//
// Usage: node render-mermaid.mjs [--svg-dir <dir>] <file.md>...
// Prints a JSON array, one entry per block: { file, line, kind, ok, error, svg }. `line` is the 1-based
// line of the block's opening fence; `error` is the renderer's message when `ok` is false. With
// --svg-dir, each rendered diagram is written to <dir>/<n>-<file name>.<line>.svg (n: the file's
// position in the arguments) and `svg` is that path
// (a diagram can render and still lack an element: Mermaid's C4 parser skips some malformed lines).
// Exit code 0 when every block was tried, 2 when the check could not run (the reason is on stderr).
// CHROMIUM_PATH overrides the browser (default /usr/bin/chromium).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import { ToolError, messageOf, runCheck } from './lib/cli.mjs';
import { diagramKind, findMermaidBlocks } from './lib/markdown.mjs';

const usage = 'node render-mermaid.mjs [--svg-dir <dir>] <file.md>...';
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const blockTimeoutMs = 60_000;
const pagesAtOnce = Number(process.env.MERMAID_PAGES ?? 2);

await runCheck(usage, async () => {
  const files = process.argv.slice(2);
  let svgDirectory = null;
  if (files[0] === '--svg-dir') {
    svgDirectory = files[1];
    files.splice(0, 2);
    if (svgDirectory === undefined) {
      throw new ToolError('--svg-dir needs a directory.');
    }
    fs.mkdirSync(svgDirectory, { recursive: true });
  }
  if (files.length === 0) {
    throw new ToolError('No Markdown file given.');
  }

  const documents = files.map((file) => {
    if (!fs.existsSync(file)) {
      throw new ToolError(`Markdown file not found: ${file}`);
    }
    return { file, blocks: findMermaidBlocks(fs.readFileSync(file, 'utf8')) };
  });
  if (documents.every((document) => document.blocks.length === 0)) {
    return [];
  }

  if (!fs.existsSync(chromiumPath)) {
    throw new ToolError(`Chromium was not found at ${chromiumPath}. Run eng/install-test-prerequisites.sh.`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'archtemplates-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  try {
    const jobs = documents.flatMap(({ file, blocks }, position) => blocks.map((block) => ({ file, position, block })));
    const report = new Array(jobs.length);
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const index = next++;
        const { file, position, block } = jobs[index];
        const { ok, error, svg } = await check(browser, block);
        let svgPath = null;
        if (svgDirectory !== null && svg !== undefined) {
          svgPath = path.join(svgDirectory, `${position + 1}-${path.basename(file)}.${block.line}.svg`);
          fs.writeFileSync(svgPath, svg);
        }
        report[index] = { file, line: block.line, kind: diagramKind(block.definition), ok, error, svg: svgPath };
      }
    };
    await Promise.all(Array.from({ length: Math.min(pagesAtOnce, jobs.length) }, worker));
    return report;
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

/** Renders one block; a thrown error or Mermaid's own error diagram is a failure. Returns the SVG it drew. */
async function check(browser, block) {
  if (!block.closed) {
    return { ok: false, error: `The \`\`\`mermaid block opened on line ${block.line} is never closed.` };
  }
  let timer;
  try {
    const rendering = renderMermaid(browser, block.definition, 'svg', { fontEmbed: false });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Rendering took longer than ${blockTimeoutMs / 1000} s.`)), blockTimeoutMs);
    });
    const { data } = await Promise.race([rendering, timeout]);
    const svg = new TextDecoder().decode(data);
    if (/aria-roledescription="error"/.test(svg) || svg.includes('Syntax error in text')) {
      return { ok: false, error: `Mermaid drew its error diagram instead: ${errorTextOf(svg)}`, svg };
    }
    return { ok: true, error: null, svg };
  } catch (error) {
    return { ok: false, error: cleanMessage(messageOf(error)) };
  } finally {
    clearTimeout(timer);
  }
}

/** The text of Mermaid's error diagram, e.g. "Syntax error in text mermaid version 12.2.0". */
function errorTextOf(svg) {
  const texts = [...svg.matchAll(/<text[^>]*class="error-text"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1].trim());
  return texts.length > 0 ? texts.join(' ') : 'Syntax error in text';
}

/** Drops the browser-side stack frames that follow the parser's message. */
function cleanMessage(message) {
  return message
    .split('\n')
    .filter((line) => !line.includes('mermaid-cli-intercept.invalid') && !/^\s+at\s/.test(line))
    .join('\n')
    .trim();
}
