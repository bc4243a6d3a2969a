import { describe, expect, it } from 'vitest';
import { isJoinCode, newJoinCode } from '../../../electron/services/room/joinCode';
import { DEFAULT_JOIN_LIMITS, JoinGuard } from '../../../electron/services/room/joinGuard';
import { offerableInterfaces } from '../../../electron/services/room/networkInterfaces';

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

  it('makes guessing the code impractical even from many addresses: weeks at the fastest allowed rate', () => {
    const time = clock();
    const guard = new JoinGuard(DEFAULT_JOIN_LIMITS, time.now);
    let guesses = 0;
    // An attacker with a fresh address for every guess, trying as fast as the guard allows for a day.
    for (let minute = 0; minute < 24 * 60; minute++) {
      for (let i = 0; i < 1000; i++) {
        const address = `10.1.${minute % 250}.${i % 250}-${minute}-${i}`;
        if (!guard.check(address).allowed) break;
        guard.failed(address);
        guesses++;
      }
      time.advance(60_000);
    }
    expect(guesses).toBeLessThanOrEqual(30 * 24 * 60);
    // Half the million codes, on average, to find the right one.
    const daysToGuess = 500_000 / guesses;
    expect(daysToGuess).toBeGreaterThan(10);
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
