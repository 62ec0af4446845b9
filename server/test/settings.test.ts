// package.json's contributes.configuration is what VS Code shows and validates; settings.ts is what the server
// parses. These tests fail when the two drift apart: a key, a default or an allowed value on one side only.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { defaultSettings, parseSettings, Severity, SettingsSchema } from '../src/core/settings';

interface Contributed {
  type: string;
  default: unknown;
  enum?: string[];
  enumDescriptions?: string[];
  items?: { type: string };
  minimum?: number;
  maximum?: number;
  scope?: string;
  description?: string;
  markdownDescription?: string;
}

const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const contributed: Record<string, Contributed> = packageJson.contributes.configuration.properties;
/** Read by vscode-languageclient itself, never by the server. */
const clientOnly = new Set(['claimlens.trace.server']);

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; enum?: string[]; items?: { type: string }; minimum?: number; maximum?: number };

/** The schema's leaves by dotted key, `claimlens.` included. */
function schemaLeaves(): Map<string, JsonSchema> {
  const leaves = new Map<string, JsonSchema>();
  const walk = (node: JsonSchema, prefix: string) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      if (child.type === 'object' && child.properties) walk(child, `${prefix}.${name}`);
      else leaves.set(`${prefix}.${name}`, child);
    }
  };
  walk(z.toJSONSchema(SettingsSchema, { io: 'input' }) as JsonSchema, 'claimlens');
  return leaves;
}

/** The parsed defaults by dotted key; arrays are values, not objects to descend into. */
function flatDefaults(value: unknown, prefix = 'claimlens', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [name, child] of Object.entries(value)) flatDefaults(child, `${prefix}.${name}`, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** What VS Code hands the server for `getConfiguration('claimlens')` when nothing is set: the contributed defaults, nested. */
function nestedContributedDefaults(): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(contributed)) {
    const parts = key.split('.').slice(1);
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = property.default;
  }
  return root;
}

suite('settings: package.json matches settings.ts', () => {
  const leaves = schemaLeaves();
  const defaults = flatDefaults(defaultSettings);
  const serverKeys = Object.keys(contributed).filter((key) => !clientOnly.has(key));

  test('the same keys', () => {
    assert.deepEqual([...serverKeys].sort(), [...leaves.keys()].sort());
    assert.deepEqual([...defaults.keys()].sort(), [...leaves.keys()].sort());
  });

  test('the same defaults', () => {
    for (const key of serverKeys) assert.deepEqual(contributed[key].default, defaults.get(key), key);
    assert.deepEqual(parseSettings(nestedContributedDefaults()), defaultSettings);
  });

  test('the same types, enums and bounds', () => {
    for (const key of serverKeys) {
      const schema = leaves.get(key)!;
      const property = contributed[key];
      assert.equal(property.type, schema.type, `${key}: type`);
      assert.deepEqual(property.enum, schema.enum, `${key}: enum`);
      assert.deepEqual(property.items, schema.items, `${key}: items`);
      assert.equal(property.minimum, schema.minimum, `${key}: minimum`);
      assert.equal(property.maximum, schema.maximum, `${key}: maximum`);
    }
  });

  test('severities: every level, each described, per resource', () => {
    const severities = serverKeys.filter((key) => key.startsWith('claimlens.severity.'));
    assert.ok(severities.length > 0);
    for (const key of severities) {
      assert.deepEqual(contributed[key].enum, Severity.options, key);
      assert.equal(contributed[key].enumDescriptions?.length, Severity.options.length, `${key}: enumDescriptions`);
      assert.equal(contributed[key].scope, 'resource', `${key}: scope`);
    }
  });

  test('scopes: enabled per language, extra folders per machine, the rest per resource', () => {
    for (const key of serverKeys) {
      const expected = key === 'claimlens.enabled' ? 'language-overridable' : key === 'claimlens.knowledgeBase.extraFolders' ? 'machine-overridable' : 'resource';
      assert.equal(contributed[key].scope, expected, key);
    }
  });

  test('every setting is described', () => {
    for (const [key, property] of Object.entries(contributed)) assert.ok((property.markdownDescription ?? property.description ?? '').length > 20, key);
  });

  test('trace.server is contributed for the language client', () => {
    const trace = contributed['claimlens.trace.server'];
    assert.deepEqual(trace?.enum, ['off', 'messages', 'verbose']);
    assert.equal(trace.default, 'off');
    assert.equal(trace.scope, 'window');
  });
});
