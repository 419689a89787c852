#!/usr/bin/env node
// Checks JSON Schemas with a real validator: Ajv 8 with its JSON Schema draft 2020-12 build, ajv-formats,
// strict mode on (union types such as ["string", "null"] allowed; they are how nullable values are written).
//
// Usage:
//   node validate-json-schema.mjs compile [--ref <schema.json>]... <schema.json>...
//     Whether each file is itself a valid JSON Schema that compiles.
//     Prints [{ schema, ok, errors }].
//   node validate-json-schema.mjs validate [--ref <schema.json>]... <schema.json> [<instance.json>...]
//     Validates each instance (standard input when none is given, or for "-") against the schema.
//     Prints [{ schema, instance, valid, errors }]; a schema that does not compile gives one entry with
//     instance null, valid false and the compile errors.
//   --ref adds a schema that the checked schemas may $ref by its $id.
// Exit code 0 when the check ran, 2 when it could not (the reason is on stderr).

import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ToolError, messageOf, readStdin, runCheck } from './lib/cli.mjs';

const usage =
  'node validate-json-schema.mjs compile [--ref <schema.json>]... <schema.json>...\n' +
  '       node validate-json-schema.mjs validate [--ref <schema.json>]... <schema.json> [<instance.json>... | -]';

await runCheck(usage, async () => {
  const [command, ...rest] = process.argv.slice(2);
  const { references, files } = parseArguments(rest);
  switch (command) {
    case 'compile':
      if (files.length === 0) {
        throw new ToolError('No schema file given.');
      }
      return files.map((schema) => ({ schema, ...compileFile(schema, references) }));
    case 'validate': {
      const [schema, ...instances] = files;
      if (schema === undefined) {
        throw new ToolError('No schema file given.');
      }
      return await validateFiles(schema, instances.length === 0 ? ['-'] : instances, references);
    }
    default:
      throw new ToolError(`Unknown command: ${command ?? '(none)'}.`);
  }
});

function parseArguments(args) {
  const references = [];
  const files = [];
  for (let index = 0; index < args.length; index++) {
    if (args[index] === '--ref') {
      const reference = args[++index];
      if (reference === undefined) {
        throw new ToolError('--ref needs a schema file.');
      }
      references.push(reference);
    } else {
      files.push(args[index]);
    }
  }
  return { references, files };
}

function createAjv() {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** Reads a file the caller named; a missing file means the check cannot run. */
function readText(file) {
  if (file === '-') {
    return undefined;
  }
  if (!fs.existsSync(file)) {
    throw new ToolError(`File not found: ${file}`);
  }
  return fs.readFileSync(file, 'utf8');
}

/** Parses JSON text, or returns the parse error's message. */
function parseJson(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `Not valid JSON: ${messageOf(error)}` };
  }
}

/** Compiles the schema in its own Ajv instance, with the reference schemas added first. */
function compile(schemaText, references) {
  const parsed = parseJson(schemaText);
  if (parsed.error !== undefined) {
    return { errors: [parsed.error] };
  }
  const ajv = createAjv();
  try {
    for (const reference of references) {
      const referenced = parseJson(readText(reference));
      if (referenced.error !== undefined) {
        return { errors: [`${reference}: ${referenced.error}`] };
      }
      ajv.addSchema(referenced.value);
    }
    if (!ajv.validateSchema(parsed.value)) {
      return { errors: (ajv.errors ?? []).map((error) => describe(error, 'schema')) };
    }
    return { validate: ajv.compile(parsed.value), errors: [] };
  } catch (error) {
    if (error instanceof ToolError) {
      throw error;
    }
    return { errors: [messageOf(error)] };
  }
}

function compileFile(schema, references) {
  const { errors } = compile(readText(schema), references);
  return { ok: errors.length === 0, errors };
}

async function validateFiles(schema, instances, references) {
  const { validate, errors } = compile(readText(schema), references);
  if (validate === undefined) {
    return [{ schema, instance: null, valid: false, errors: errors.map((error) => `The schema does not compile: ${error}`) }];
  }
  const report = [];
  for (const instance of instances) {
    const text = instance === '-' ? await readStdin() : readText(instance);
    const parsed = parseJson(text);
    if (parsed.error !== undefined) {
      report.push({ schema, instance, valid: false, errors: [parsed.error] });
    } else if (validate(parsed.value)) {
      report.push({ schema, instance, valid: true, errors: [] });
    } else {
      report.push({ schema, instance, valid: false, errors: (validate.errors ?? []).map((error) => describe(error, 'instance')) });
    }
  }
  return report;
}

/** One Ajv error as a line: where, what, and the detail Ajv keeps in its params. */
function describe(error, root) {
  const where = error.instancePath === '' ? `(${root})` : error.instancePath;
  const { params } = error;
  let detail = '';
  if (error.keyword === 'additionalProperties') {
    detail = `: '${params.additionalProperty}'`;
  } else if (error.keyword === 'enum') {
    detail = `: ${JSON.stringify(params.allowedValues)}`;
  } else if (error.keyword === 'unevaluatedProperties') {
    detail = `: '${params.unevaluatedProperty}'`;
  }
  return `${where} ${error.message}${detail}`;
}
