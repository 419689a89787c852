#!/usr/bin/env node
// Validates Kubernetes manifests (multi-document YAML) against the Kubernetes object schemas of the
// kubernetes-models package: each document's apiVersion and kind pick the model class, whose validate()
// checks it. A document of a kind with no model is a failure.
//
// Usage: node validate-k8s.mjs <file.yaml>...
// Prints a JSON array, one entry per document: { file, document, apiVersion, kind, name, ok, errors }.
// `document` is the 1-based position of the document in its file. A file that is not valid YAML gives
// one entry with document null and the parser's message (with its line).
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
  try {
    new Model(document).validate();
    return { ...identity, ok: true, errors: [] };
  } catch (error) {
    const errors = Array.isArray(error?.errors) ? error.errors.map(describe) : [messageOf(error)];
    return { ...identity, ok: false, errors };
  }
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
