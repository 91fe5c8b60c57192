// Preloaded into every peer run (`node --require`): refuses any TCP
// connection that is not to the loopback interface, so a peer client that
// falls back to a hard-coded Amazon host fails fast instead of leaving
// this machine.
"use strict";
const net = require("node:net");

const LOOPBACK =
  /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function (...args) {
  const first = args[0];
  let host;
  let path;
  if (Array.isArray(first)) {
    // Internal normalized form: [options, callback].
    host = first[0]?.host;
    path = first[0]?.path;
  } else if (first !== null && typeof first === "object") {
    host = first.host;
    path = first.path;
  } else if (typeof first === "string" && !/^\d+$/.test(first)) {
    path = first;
  } else {
    host = typeof args[1] === "string" ? args[1] : undefined;
  }
  if (path === undefined && host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(
      `loopback_only: refused a connection to "${host}" (the benchmark only talks to 127.0.0.1)`,
    );
  }
  return connect.apply(this, args);
};
