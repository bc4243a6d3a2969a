import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

/** Lints `code` as if it were the file at `file` in the repo, and returns the messages' text. */
async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layers are enforced by lint', () => {
  it.each([
    [
      'shared/document/bad.ts',
      "import { readFile } from 'node:fs/promises';\nexport const x = readFile;",
      /shared\/ is pure/,
    ],
    ['shared/document/bad.ts', "import { app } from 'electron';\nexport const x = app;", /shared\/ is pure/],
    ['shared/document/bad.ts', "import { useState } from 'react';\nexport const x = useState;", /shared\/ is pure/],
    ['shared/document/bad.ts', 'export const x = document.title;', /no-restricted-globals/],
    [
      'shared/document/bad.ts',
      "import { operation } from '../operations/registry';\nexport const x = operation;",
      /shared\/document\/ is the floor of shared\//,
    ],
    ['renderer/src/bad.ts', "import fs from 'fs';\nexport const x = fs;", /renderer\/ is a web page/],
    [
      'renderer/src/bad.ts',
      "import { createServices } from '../../electron/services/services';\nexport const x = createServices;",
      /renderer\/ is a web page/,
    ],
    [
      'renderer/src/bad.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;",
      /renderer\/ is a web page/,
    ],
    [
      'electron/services/bad.ts',
      "import { App } from '../../renderer/src/App';\nexport const x = App;",
      /electron\/ never imports the renderer/,
    ],
  ])('%s: a forbidden import fails', async (file, code, expected) => {
    const messages = await lintAs(file, code);
    expect(messages.join('\n')).toMatch(expected);
  });

  it.each([
    ['shared/document/ok.ts', "import { z } from 'zod';\nexport const x = z;"],
    [
      'shared/document/ok.ts',
      "import { ok } from '../result';\nimport { createSessionDocument } from './create';\nexport const x = [ok, createSessionDocument];",
    ],
    [
      'renderer/src/ok.ts',
      "import { operation } from '../../shared/operations/registry';\nexport const x = operation;",
    ],
    [
      'electron/services/ok.ts',
      "import { readFile } from 'node:fs/promises';\nimport { ok } from '../../shared/result';\nexport const x = [readFile, ok];",
    ],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await lintAs(file, code)).toEqual([]);
  });
});
