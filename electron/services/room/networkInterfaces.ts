import os from 'node:os';

export interface OfferableInterface {
  /** The system's name for it, e.g. "wlan0" or "Wi-Fi". */
  name: string;
  address: string;
}

/**
 * The IPv4 addresses a room could be offered on: the machine's own network interfaces,
 * without loopback and without self-assigned link-local addresses (169.254.x.x), which
 * phones on a hotspot could not reach. The facilitator picks one; none is chosen for them.
 */
export function offerableInterfaces(
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): OfferableInterface[] {
  const found: OfferableInterface[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || info.address.startsWith('169.254.')) continue;
      found.push({ name, address: info.address });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name) || a.address.localeCompare(b.address));
}
