#!/usr/bin/env node
// Parses Markdown documents with markdown-it (CommonMark plus GitHub's tables and strikethrough, inline
// HTML allowed as GitHub allows it) and reports what a reader sees of their structure.
//
// Usage: node check-markdown.mjs <file.md>...
// Prints a JSON array, one entry per file: { file, headings, tables }. A heading is { line, level, text };
// a table is { line, header, rows, columns }: its cells' texts, and how many cells each of its lines (header
// first) holds as written, split at every pipe without a backslash before it as GitHub's tables split them
// (a parser drops the cells past the header's count, and the texts alone would hide that). `text` is what a reader sees: the text and code of
// the inline content, without markup; inline HTML is not text (a browser draws it as markup), so an
// unescaped tag makes a text differ from what was meant. `line` is 1-based.
// Exit code 0 when every file was parsed, 2 when the check could not run (the reason is on stderr).

import fs from 'node:fs';
import MarkdownIt from 'markdown-it';
import { ToolError, runCheck } from './lib/cli.mjs';

const usage = 'node check-markdown.mjs <file.md>...';
const parser = new MarkdownIt('default', { html: true, linkify: false });

await runCheck(usage, async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    throw new ToolError('No Markdown file given.');
  }
  return files.map((file) => {
    if (!fs.existsSync(file)) {
      throw new ToolError(`Markdown file not found: ${file}`);
    }
    const markdown = fs.readFileSync(file, 'utf8');
    return { file, ...structureOf(parser.parse(markdown, {}), markdown.split(/\r\n|\n|\r/)) };
  });
});

/** The headings and tables of a token stream, in document order. */
function structureOf(tokens, lines) {
  const headings = [];
  const tables = [];
  let table = null;
  let row = null;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    switch (token.type) {
      case 'heading_open':
        headings.push({ line: token.map[0] + 1, level: Number(token.tag.substring(1)), text: textOf(tokens[index + 1]) });
        break;
      case 'table_open':
        table = { line: token.map[0] + 1, header: [], rows: [], columns: lines.slice(token.map[0], token.map[1]).filter((_, index) => index !== 1).map(cellCount) };
        tables.push(table);
        break;
      case 'tr_open':
        row = [];
        break;
      case 'th_open':
      case 'td_open':
        row.push(textOf(tokens[index + 1]));
        break;
      case 'tr_close':
        if (table.header.length === 0) {
          table.header = row;
        } else {
          table.rows.push(row);
        }
        break;
      default:
        break;
    }
  }
  return { headings, tables };
}

/** How many cells a table line holds: its pipes without a backslash before them separate cells; a leading or trailing pipe only closes the row. */
function cellCount(line) {
  const text = line.trim();
  const pipes = [...text.matchAll(/(?<!\\)\|/g)].map((match) => match.index);
  const leading = pipes[0] === 0 ? 1 : 0;
  const trailing = pipes.length > leading && pipes[pipes.length - 1] === text.length - 1 ? 1 : 0;
  return pipes.length - leading - trailing + 1;
}

/** What a reader sees of an inline token: its text and code, line breaks as spaces. */
function textOf(inline) {
  if (inline?.type !== 'inline') {
    return '';
  }
  return inline.children
    .map((child) => {
      switch (child.type) {
        case 'text':
        case 'code_inline':
          return child.content;
        case 'softbreak':
        case 'hardbreak':
          return ' ';
        default:
          return '';
      }
    })
    .join('');
}
