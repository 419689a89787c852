#!/usr/bin/env node
// Validates Kubernetes manifests (multi-document YAML) against the Kubernetes object schemas of the
// kubernetes-models package: each document's apiVersion and kind pick the model class, whose validate()
// checks it. A document of a kind with no model is a failure, and so is a field the object's schema does
// not know (as `kubectl apply --validate=strict` refuses it), and a file that holds no object at all.
//
// Usage: node validate-k8s.mjs <file.yaml>...
// Prints a JSON array, one entry per document: { file, document, apiVersion, kind, name, ok, errors }.
// `document` is the 1-based position of the document in its file. A file that is not valid YAML, or
// that holds no document, gives one entry with document null and the reason.
// Exit code 0 when the check ran, 2 when it could not (the reason is on stderr).

import fs from 'node:fs';
import { loadAll } from 'js-yaml';
import { ToolError, messageOf, runCheck } from './lib/cli.mjs';

const usage = 'node validate-k8s.mjs <file.yaml>...';

await runCheck(usage, async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    throw new ToolError('No manifest file given.');
  }
  const report = [];
  for (const file of files) {
    if (!fs.existsSync(file)) {
      throw new ToolError(`Manifest file not found: ${file}`);
    }
    report.push(...(await validateFile(file)));
  }
  return report;
});

async function validateFile(file) {
  let documents;
  try {
    documents = loadAll(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ file, document: null, apiVersion: null, kind: null, name: null, ok: false, errors: [`Not valid YAML: ${messageOf(error)}`] }];
  }
  const report = [];
  for (const [index, document] of documents.entries()) {
    if (document === null || document === undefined) {
      continue; // an empty document, e.g. after a trailing ---
    }
    report.push({ file, document: index + 1, ...(await validateDocument(document)) });
  }
  if (report.length === 0) {
    return [{ file, document: null, apiVersion: null, kind: null, name: null, ok: false, errors: ['The file holds no Kubernetes object.'] }];
  }
  return report;
}

async function validateDocument(document) {
  if (typeof document !== 'object' || Array.isArray(document)) {
    return { apiVersion: null, kind: null, name: null, ok: false, errors: ['The document is not a mapping (a Kubernetes object).'] };
  }
  const { apiVersion, kind } = document;
  const name = typeof document.metadata?.name === 'string' ? document.metadata.name : null;
  const identity = { apiVersion: apiVersion ?? null, kind: kind ?? null, name };
  const Model = await modelFor(apiVersion, kind);
  if (typeof Model === 'string') {
    return { ...identity, ok: false, errors: [Model] };
  }
  const model = new Model(document);
  const objects = [];
  try {
    model.validate.call(watched(model.toJSON(), '', objects));
  } catch (error) {
    const errors = Array.isArray(error?.errors) ? error.errors.map(describe) : [messageOf(error)];
    return { ...identity, ok: false, errors };
  }
  const unknown = objects.flatMap(({ path, value, read }) =>
    Object.keys(value).filter((key) => !read.has(key)).map((key) => `${path === '' ? '(object)' : path} has a field its schema does not know: '${key}'`));
  return { ...identity, ok: unknown.length === 0, errors: unknown };
}

/**
 * The models' compiled validators allow any extra field. They do look up every field their schema
 * declares (and every key of a map), so a field of an object that the validator never read is unknown.
 */
function watched(value, path, objects) {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const read = new Set();
  if (!Array.isArray(value)) {
    objects.push({ path, value, read });
  }
  const children = new Map();
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !Object.hasOwn(target, key)) {
        return child;
      }
      read.add(key);
      if (!children.has(key)) {
        children.set(key, watched(child, `${path}/${key}`, objects));
      }
      return children.get(key);
    },
  });
}

/**
 * The kubernetes-models class of an apiVersion and kind ("apps/v1" + "Deployment" → the export
 * Deployment of kubernetes-models/apps/v1), or the reason there is none.
 */
async function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return 'The document has no apiVersion or kind.';
  }
  const unknown = `No Kubernetes model for apiVersion "${apiVersion}", kind "${kind}".`;
  if (!/^([a-z0-9.-]+\/)?v[0-9]+((alpha|beta)[0-9]+)?$/.test(apiVersion) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    return unknown;
  }
  let module;
  try {
    module = await import(`kubernetes-models/${apiVersion}`);
  } catch (error) {
    if (error?.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED' || error?.code === 'ERR_MODULE_NOT_FOUND') {
      return unknown;
    }
    throw error;
  }
  const Model = module[kind];
  // Only top-level objects carry their own apiVersion and kind; nested types (DeploymentSpec, ...) do not.
  return typeof Model === 'function' && Model.apiVersion === apiVersion && Model.kind === kind ? Model : unknown;
}

function describe(error) {
  const where = error.instancePath === '' ? '(object)' : error.instancePath;
  const detail = error.keyword === 'additionalProperties' ? `: '${error.params.additionalProperty}'` : '';
  return `${where} ${error.message}${detail}`;
}
