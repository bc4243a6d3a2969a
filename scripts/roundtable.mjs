#!/usr/bin/env node
// `npx roundtable synthesise <files or folders> --out <dir>`: the organisers' command line.
// Builds the app if needed (the command is part of its main-process build), then runs it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded, root } from './build-if-needed.mjs';

buildIfNeeded();
const child = spawn(process.execPath, [path.join(root, 'out', 'main', 'synthesise.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
