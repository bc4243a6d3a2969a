// Runs before the app's own scripts (a classic script in index.html's head, so before the
// bundle is even parsed): asks the services for the session named in the address
// (`?open=<id>`, as the desktop app is launched for a double-clicked file), so the services
// read and send it while this page is still loading and starting its scripts. The app takes
// the answer, and in browser mode the connection with every message it carried, over
// (renderer/src/api/openEarly.ts). Anything that goes wrong here only means the app asks again.
(function () {
  'use strict';
  var sessionId = new URLSearchParams(location.search).get('open');
  if (!sessionId || !/^session:[A-Za-z0-9_-]{1,64}$/.test(sessionId)) return;
  // An id the app's own calls (counted from 0) never reach.
  var CALL_ID = 2147483647;
  var early = { sessionId: sessionId, callId: CALL_ID };
  window.__roundtableOpenEarly = early;
  if (window.roundtable) {
    // Electron: the preload's bridge answers with the same Result the socket would carry.
    early.result = window.roundtable.openSession(sessionId).catch(function () {
      return null;
    });
    return;
  }
  var socket = new WebSocket((location.protocol === 'https:' ? 'wss' : 'ws') + '://' + location.host + '/api');
  var frames = [];
  var buffering = true;
  var settle;
  early.result = new Promise(function (resolve) {
    settle = resolve;
  });
  early.socket = socket;
  // The frames that came before the app listened (events from other windows): it replays them.
  early.takeFrames = function () {
    buffering = false;
    var taken = frames;
    frames = [];
    return taken;
  };
  var ours = '{"kind":"result","id":' + CALL_ID + ',';
  function onFrame(event) {
    if (typeof event.data !== 'string') return;
    if (event.data.lastIndexOf(ours, 0) === 0) {
      try {
        settle(JSON.parse(event.data).result);
      } catch {
        settle(null);
      }
      return;
    }
    if (buffering) frames.push(event.data);
  }
  socket.addEventListener('message', onFrame);
  socket.addEventListener('open', function () {
    socket.send(JSON.stringify({ kind: 'call', id: CALL_ID, method: 'openSession', args: [sessionId] }));
  });
  socket.addEventListener('close', function () {
    settle(null);
  });
})();
