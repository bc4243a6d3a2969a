// Preloaded into tools run by the tests (node --import): every host name lookup fails at
// once, so a tool that tries to reach the internet gets an error instead of a connection.
import dns from 'node:dns';

const refusal = (hostname) =>
  Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (network disabled for tests)`), {
    code: 'ENOTFOUND',
    hostname,
  });

dns.lookup = (hostname, options, callback) => {
  const done = typeof options === 'function' ? options : callback;
  process.nextTick(() => done(refusal(hostname)));
};
dns.promises.lookup = async (hostname) => {
  throw refusal(hostname);
};
