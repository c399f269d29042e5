/**
 * The only way out of the browsers under test: a logging HTTP proxy on 127.0.0.1. Plain-http requests
 * for a fixture page's exact URL (query string included) get the fixture; everything else is logged as
 * a violation and refused: other URLs, `CONNECT host:port` tunnels (https, wss), WebSocket upgrades and
 * requests that bypassed the proxy. Nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface FixturePage {
  /** The board URL the fixture stands for; an https URL is served over http. */
  url: string;
  file: string;
}

export interface LoggingProxy {
  port: number;
  /** Every request seen, in order: a full URL, `CONNECT host:port` or `UPGRADE url`. */
  requests: string[];
  /** The requests that were not a fixture page (live: the proxy keeps appending). */
  violations: string[];
  close(): Promise<void>;
}

/** The form a fixture URL takes on the wire: http, normalised by the URL parser. */
export const servedUrl = (url: string): string => new URL(url.replace(/^https:/, 'http:')).href;

/** The browser fetches a page's icon by itself; it carries nothing and gets a 404. */
const isFavicon = (u: URL, hosts: Set<string>): boolean => hosts.has(u.host) && u.pathname === '/favicon.ico' && u.search === '';

export async function startProxy(pages: FixturePage[], violations: string[] = []): Promise<LoggingProxy> {
  const byUrl = new Map(pages.map((p) => [servedUrl(p.url), p.file]));
  const hosts = new Set([...byUrl.keys()].map((u) => new URL(u).host));
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const record = (entry: string, allowed: boolean): void => {
    requests.push(entry);
    if (!allowed) violations.push(`proxy: ${entry}`);
  };
  // A proxied request carries an absolute URL; a relative one reached the port directly (no proxy).
  const fullUrl = (req: IncomingMessage): string => (/^[a-z]+:\/\//i.test(req.url ?? '') ? req.url! : `direct://${req.headers.host ?? '?'}${req.url ?? ''}`);

  const server: Server = createServer((req, res) => {
    const url = fullUrl(req);
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      // Recorded below as it came.
    }
    const file = req.method === 'GET' && parsed ? byUrl.get(parsed.href) : undefined;
    const favicon = !!parsed && req.method === 'GET' && isFavicon(parsed, hosts);
    record(req.method === 'GET' ? url : `${req.method} ${url}`, !!file || favicon);
    if (!file) {
      res.writeHead(404, { connection: 'close' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  const refuse = (socket: Duplex): void => {
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  };
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    record(`CONNECT ${req.url}`, false);
    refuse(socket);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    record(`UPGRADE ${fullUrl(req)}`, false);
    refuse(socket);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    violations,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
