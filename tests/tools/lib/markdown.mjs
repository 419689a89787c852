// Finds the ```mermaid blocks of a Markdown document the way CommonMark reads fenced code blocks:
// a fence of three or more backticks or tildes, indented at most three spaces, closed by a fence of
// the same character that is at least as long. Fences of other languages are skipped whole, so a
// ```mermaid line inside them is not a block.

/**
 * @typedef {object} MermaidBlock
 * @property {number} line - 1-based line of the opening fence in the Markdown file.
 * @property {string} definition - The block's content, the diagram definition.
 * @property {boolean} closed - Whether a closing fence was found before the end of the document.
 */

/**
 * @param {string} markdown
 * @returns {MermaidBlock[]}
 */
export function findMermaidBlocks(markdown) {
  const lines = markdown.split(/\r\n|\n|\r/);
  const blocks = [];
  let open = null;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index];
    if (open === null) {
      const opening = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(text);
      if (opening === null) {
        continue;
      }
      const [, indent, fence, info] = opening;
      if (fence[0] === '`' && info.includes('`')) {
        continue; // an inline code span, not a fence
      }
      open = {
        character: fence[0],
        length: fence.length,
        indent: indent.length,
        line: index + 1,
        language: info.trim().split(/\s+/)[0].toLowerCase(),
        body: [],
      };
      continue;
    }

    const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text);
    if (closing !== null && closing[1][0] === open.character && closing[1].length >= open.length) {
      if (open.language === 'mermaid') {
        blocks.push({ line: open.line, definition: open.body.join('\n'), closed: true });
      }
      open = null;
      continue;
    }
    open.body.push(removeIndent(text, open.indent));
  }

  if (open !== null && open.language === 'mermaid') {
    blocks.push({ line: open.line, definition: open.body.join('\n'), closed: false });
  }
  return blocks;
}

/**
 * The diagram type a definition declares (`C4Container`, `sequenceDiagram`, ...): its first word after
 * any front matter, blank lines, comments and `%%{init}%%` directives.
 *
 * @param {string} definition
 * @returns {string | null}
 */
export function diagramKind(definition) {
  const lines = definition.split('\n');
  let index = 0;
  while (index < lines.length && lines[index].trim() === '') {
    index++;
  }
  if (lines[index]?.trim() === '---') {
    index++;
    while (index < lines.length && lines[index].trim() !== '---') {
      index++;
    }
    index++;
  }
  for (; index < lines.length; index++) {
    const text = lines[index].trim();
    if (text !== '' && !text.startsWith('%%')) {
      return text.split(/[\s:;{]/)[0];
    }
  }
  return null;
}

function removeIndent(text, indent) {
  let removed = 0;
  while (removed < indent && text[removed] === ' ') {
    removed++;
  }
  return text.slice(removed);
}
