import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Messages that send people to a menu item ("File › Export session…") must name one that
// exists: every "Menu › Item" written in the code starts with the title of a real command.

const ROOT = path.join(import.meta.dirname, '..', '..');
const MENUS = ['File', 'Edit', 'View', 'Board', 'Facilitate', 'Vote', 'Help'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const files = ['shared', 'electron', 'renderer/src'].flatMap((d) => sources(path.join(ROOT, d)));
const titles = new Set(
  files
    .filter((f) => /Commands\.ts$/.test(f))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/title: '([^']+)'/g)].map((m) => m[1])),
);

describe('menu items named in messages', () => {
  it('found the commands’ titles', () => {
    expect(titles).toContain('Export session…');
    expect(titles).toContain('Import a table into this session…');
  });

  it('are all real commands', () => {
    const named = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(new RegExp(`\\b(${MENUS.join('|')}) › ([^\`'"]{1,80})`, 'g'))].map((m) => ({
        file: path.relative(ROOT, f),
        text: m[2],
      })),
    );
    expect(named.length).toBeGreaterThan(3);
    const unknown = named.filter(({ text }) => ![...titles].some((t) => text.startsWith(t)));
    expect(unknown).toEqual([]);
  });
});
