import type { JsonSchema } from './json-schema';
import type { OpenApiDocument } from './openapi-document';

const escape = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

// Backticks in our descriptions mark code; nothing else of Markdown is used.
const prose = (text: string): string => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const record = (value: unknown): JsonSchema => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : {});

function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) return variants.map((v) => typeOf(record(v))).join(' | ');
  if (schema.type === 'array') return `${typeOf(record(schema.items))}[]`;
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : '';
  return `${typeof schema.type === 'string' ? schema.type : 'any'}${format}`;
}

/** A table of an object schema's own fields; a `<pre>` of the whole schema stays one click away. */
function schemaBlock(title: string, schema: JsonSchema): string {
  const properties = record(schema.properties);
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const rows = Object.entries(properties).map(([name, value]) => {
    const field = record(value);
    const note = typeof field.description === 'string' ? prose(field.description) : '';
    return `<tr><td><code>${escape(name)}</code>${required.has(name) ? '' : ' <span class="opt">optional</span>'}</td><td><code>${escape(typeOf(field))}</code></td><td>${note}</td></tr>`;
  });
  const table = rows.length ? `<table><thead><tr><th>Field</th><th>Type</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : `<p><code>${escape(typeOf(schema))}</code></p>`;
  return `<h4>${escape(title)}</h4>${table}<details><summary>JSON Schema</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function contentSchema(holder: unknown): { type: string; schema: JsonSchema } | undefined {
  const [entry] = Object.entries(record(record(holder).content));
  return entry ? { type: entry[0], schema: record(record(entry[1]).schema) } : undefined;
}

function operationSection(path: string, method: string, operation: JsonSchema): string {
  const id = escape(String(operation.operationId));
  const parts = [`<section id="${id}"><h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>`];
  parts.push(`<p>${prose(String(operation.description))}</p>`);
  const [parameter] = Array.isArray(operation.parameters) ? operation.parameters : [];
  const query = contentSchema(parameter);
  if (query) parts.push(schemaBlock(`?input= (${record(parameter).required ? 'required' : 'optional'})`, query.schema));
  const body = contentSchema(operation.requestBody);
  if (body) parts.push(schemaBlock(`Body (${body.type})`, body.schema));
  const ok = contentSchema(record(operation.responses)['200']);
  if (ok) {
    const data = record(record(record(ok.schema.properties).result).properties).data;
    parts.push(schemaBlock(ok.type === 'text/event-stream' ? 'Events (text/event-stream data)' : 'Response result.data', data === undefined ? ok.schema : record(data)));
  }
  return `${parts.join('')}</section>`;
}

/** The reference page of `document`: static HTML with a same-origin stylesheet, no script. */
export function renderDocsPage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const nav = operations.map(({ op }) => `<li><a href="#${escape(String(op.operationId))}">${escape(String(op.operationId))}</a></li>`).join('');
  const info = record(document.info);
  const errors = record(record(document.components).schemas).ErrorEnvelope;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(String(info.title))} reference</title><link rel="stylesheet" href="/docs/docs.css"><link rel="icon" href="data:,"></head>
<body><nav><p><a href="/openapi.json">openapi.json</a></p><ul>${nav}</ul></nav>
<main><h1>${escape(String(info.title))}</h1>${String(info.description).split('\n\n').map((p) => `<p>${prose(p)}</p>`).join('')}
<section id="errors"><h2>Errors</h2>${schemaBlock('error', record(record(record(errors).properties).error))}</section>
<h2>Procedures</h2>${operations.map(({ path, method, op }) => operationSection(path, method, op)).join('\n')}</main></body></html>`;
}
