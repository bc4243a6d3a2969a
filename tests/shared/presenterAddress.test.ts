import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPresenterUrl,
  presenterAddress,
  readPresenterAddress,
  type PresenterPlace,
} from '../../shared/facilitation/presenterAddress';
import type { BoardId, SessionId } from '../../shared/ids';

const idBody = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const place = fc.record({
  sessionId: idBody.map((b) => `session:${b}` as SessionId),
  boardId: idBody.map((b) => `board:${b}` as BoardId),
  from: idBody,
});
const ORIGIN = 'app://roundtable';

describe('the second presenter window’s address', () => {
  it('reads back every place it was made from, as a page address and as the desktop’s full URL', () => {
    fc.assert(
      fc.property(place, (p: PresenterPlace) => {
        const address = presenterAddress(p);
        expect(address.startsWith('present.html?')).toBe(true);
        expect(readPresenterAddress(address.slice(address.indexOf('?')))).toEqual(p);
        expect(isPresenterUrl(`${ORIGIN}/${address}`, ORIGIN)).toBe(true);
        // A browser reads it the same way.
        const url = new URL(address, 'http://127.0.0.1:5000/?token=x');
        expect(url.pathname).toBe('/present.html');
        expect(url.searchParams.get('present')).toBe(p.sessionId);
        expect(url.searchParams.get('board')).toBe(p.boardId);
      }),
    );
  });

  it('names no place when a part is missing or malformed', () => {
    for (const search of [
      '',
      '?present=session:a&board=board:b',
      '?present=session:a&from=w',
      '?present=note:a&board=board:b&from=w',
      '?present=session:a&board=session:b&from=w',
      '?present=session:a&board=board:b&from=w%20x',
      '?present=session:a&board=board:b&from=%E0%A4%A',
    ])
      expect(readPresenterAddress(search), search).toBeNull();
  });

  it('lets a desktop window open only the presenter page of the app itself', () => {
    const good = `${ORIGIN}/${presenterAddress({ sessionId: 'session:a', boardId: 'board:b', from: 'w' })}`;
    expect(isPresenterUrl(good, ORIGIN)).toBe(true);
    for (const url of [
      good.replace('app://roundtable', 'app://roundtable.evil'),
      good.replace('app://roundtable', 'https://roundtable'),
      good.replace('app://', 'app://user@'),
      good.replace('present.html', 'index.html'),
      good.replace('present.html', 'assets/present.html'),
      `${good}#x`,
      `${ORIGIN}/present.html?present=session:a`,
      'https://example.org/',
      'not a url',
    ])
      expect(isPresenterUrl(url, ORIGIN), url).toBe(false);
  });
});
