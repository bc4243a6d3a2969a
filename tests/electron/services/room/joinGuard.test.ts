import { describe, expect, it } from 'vitest';
import { isJoinCode, newJoinCode } from '../../../../electron/services/room/joinCode';
import { DEFAULT_JOIN_LIMITS, JoinGuard } from '../../../../electron/services/room/joinGuard';
import { offerableInterfaces } from '../../../../electron/services/room/networkInterfaces';

describe('the join code', () => {
  it('is six digits, leading zeros kept, and varies', () => {
    const codes = new Set(Array.from({ length: 200 }, newJoinCode));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.size).toBeGreaterThan(190);
  });

  it('accepts the code as people type it, and nothing else', () => {
    expect(isJoinCode('048213', '048213')).toBe(true);
    expect(isJoinCode('048213', '048 213')).toBe(true);
    expect(isJoinCode('048213', '48213')).toBe(false);
    expect(isJoinCode('048213', '048214')).toBe(false);
    expect(isJoinCode('048213', '04821３')).toBe(false);
    expect(isJoinCode('048213', '')).toBe(false);
  });
});

describe('the join guard', () => {
  function clock() {
    let t = 1_000_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  }

  it('lets an address that mistypes a few times keep trying, then makes it wait longer each time', () => {
    const time = clock();
    const guard = new JoinGuard(DEFAULT_JOIN_LIMITS, time.now);
    for (let i = 0; i < 5; i++) {
      expect(guard.check('10.0.0.5').allowed).toBe(true);
      guard.failed('10.0.0.5');
    }
    expect(guard.check('10.0.0.5').allowed).toBe(true);
    guard.failed('10.0.0.5');
    expect(guard.check('10.0.0.5')).toEqual({ allowed: false, retryInMs: 60_000 });
    expect(guard.check('10.0.0.6').allowed).toBe(true);
    time.advance(60_000);
    guard.failed('10.0.0.5');
    expect(guard.check('10.0.0.5')).toEqual({ allowed: false, retryInMs: 120_000 });
  });

  it('starts an address afresh once it has the right code', () => {
    const time = clock();
    const guard = new JoinGuard(DEFAULT_JOIN_LIMITS, time.now);
    for (let i = 0; i < 6; i++) guard.failed('10.0.0.5');
    time.advance(60_000);
    guard.succeeded('10.0.0.5');
    guard.failed('10.0.0.5');
    expect(guard.check('10.0.0.5').allowed).toBe(true);
  });

  it('makes guessing impractical from every address of a hotspot for a whole event, and raises the alert', () => {
    const time = clock();
    const guard = new JoinGuard(DEFAULT_JOIN_LIMITS, time.now);
    let guesses = 0;
    let alertedAfter: number | null = null;
    // Every one of a /24 hotspot's 253 other addresses guessing as fast as the guard allows, for 3 hours.
    for (let second = 0; second < 3 * 3600; second++) {
      for (let host = 2; host < 255; host++) {
        const address = `192.168.43.${host}`;
        if (!guard.check(address).allowed) continue;
        guard.failed(address);
        guesses++;
        if (alertedAfter === null && guard.alert()) alertedAfter = guesses;
      }
      time.advance(1_000);
    }
    // The facilitator is told within the first few wrong codes and can give the room a new code.
    expect(alertedAfter).toBe(DEFAULT_JOIN_LIMITS.alertAt);
    // Even unheeded: under 1% of the million codes tried in the whole event.
    expect(guesses / 1_000_000).toBeLessThan(0.01);
  });

  it('never locks out an address that has not guessed, however many others have', () => {
    const time = clock();
    const guard = new JoinGuard(DEFAULT_JOIN_LIMITS, time.now);
    for (let a = 0; a < 10; a++) for (let i = 0; i < 5; i++) guard.failed(`10.0.0.${a}`);
    expect(guard.check('10.0.0.99')).toEqual({ allowed: true });
    expect(guard.alert()).toEqual({ wrongCodes: 50, addresses: 10 });
    guard.codeChanged();
    expect(guard.alert()).toBeNull();
  });
});

describe('the network interfaces a room can be offered on', () => {
  it('lists real IPv4 addresses, not loopback, IPv6 or self-assigned ones', () => {
    const offered = offerableInterfaces({
      lo: [
        {
          address: '127.0.0.1',
          netmask: '255.0.0.0',
          family: 'IPv4',
          mac: '00:00:00:00:00:00',
          internal: true,
          cidr: '127.0.0.1/8',
        },
      ],
      wlan0: [
        {
          address: '192.168.43.20',
          netmask: '255.255.255.0',
          family: 'IPv4',
          mac: 'aa:bb:cc:dd:ee:ff',
          internal: false,
          cidr: '192.168.43.20/24',
        },
        {
          address: 'fe80::1',
          netmask: 'ffff:ffff:ffff:ffff::',
          family: 'IPv6',
          mac: 'aa:bb:cc:dd:ee:ff',
          internal: false,
          cidr: 'fe80::1/64',
          scopeid: 2,
        },
      ],
      eth0: [
        {
          address: '169.254.10.3',
          netmask: '255.255.0.0',
          family: 'IPv4',
          mac: '11:22:33:44:55:66',
          internal: false,
          cidr: '169.254.10.3/16',
        },
      ],
    });
    expect(offered).toEqual([{ name: 'wlan0', address: '192.168.43.20' }]);
  });
});
