import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appRequestPath } from '../../../electron/main/appAddress';

describe('the app:// protocol handler serves app://roundtable/ only', () => {
  it('gives the path of a request for the app itself', () => {
    expect(appRequestPath('app://roundtable/index.html')).toBe('/index.html');
    expect(appRequestPath('app://roundtable/assets/index-abc.js?x=1#y')).toBe('/assets/index-abc.js');
    expect(appRequestPath('app://roundtable/')).toBe('/');
  });

  it('refuses any other host, a port, a user name or another scheme', () => {
    for (const url of [
      'app://x/index.html',
      'app://evil.example/index.html',
      'app://roundtable.evil/index.html',
      'app://roundtable:8080/index.html',
      'app://user@roundtable/index.html',
      'app://user:pw@roundtable/index.html',
      'app:///index.html',
      'file:///etc/passwd',
      'http://roundtable/index.html',
      'not a url',
    ])
      expect(appRequestPath(url), url).toBeNull();
  });

  it('refuses every host but roundtable, whatever the path', () => {
    const host = fc.stringMatching(/^[a-z0-9-]{1,20}(\.[a-z0-9-]{1,10}){0,2}$/).filter((h) => h !== 'roundtable');
    const urlPath = fc.stringMatching(/^(\/[A-Za-z0-9_-]{1,12}(\.[a-z]{1,4})?){1,4}$/);
    fc.assert(
      fc.property(host, urlPath, (h, p) => {
        expect(appRequestPath(`app://${h}${p}`)).toBeNull();
        expect(appRequestPath(`app://roundtable${p}`)).toBe(p);
      }),
    );
  });
});
