// shared/ is compiled without the DOM or Node type libraries so that it cannot lean on
// either. The only platform global it uses is Web Crypto's random source, present in
// browsers, Electron and Node 20 alike.
declare const crypto: {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
};
