/**
 * A minimal client for Firefox's Marionette protocol (no geckodriver exists for Debian): a TCP socket
 * carrying `length:json` frames. Commands are `[0, id, name, params]`, answers `[1, id, error, result]`.
 */
import { connect, type Socket } from 'node:net';

export class MarionetteError extends Error {}

export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; name: string }>();
  private greeted!: () => void;
  private readonly greeting = new Promise<void>((resolve) => (this.greeted = resolve));

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => {
      for (const p of this.pending.values()) p.reject(new MarionetteError(`Marionette connection closed during ${p.name}`));
      this.pending.clear();
    });
    socket.on('error', () => undefined);
  }

  /** Connects once Firefox listens (it opens the port a moment after start-up). */
  static async connect(port: number, timeoutMs = 30_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new Marionette(socket);
        await client.greeting;
        return client;
      } catch (e) {
        if (Date.now() > deadline) throw new MarionetteError(`Marionette did not answer on port ${port}: ${String(e)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /** Sends a command and resolves with its result (most commands wrap it as `{value}`). */
  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const json = JSON.stringify([0, id, name, params]);
    this.socket.write(`${Buffer.byteLength(json)}:${json}`);
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, name }));
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as unknown;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        this.greeted(); // {applicationType, marionetteProtocol}
        continue;
      }
      const [, id, error, result] = message as [1, number, { error: string; message: string } | null, unknown];
      const p = this.pending.get(id);
      if (!p) continue;
      this.pending.delete(id);
      if (error) p.reject(new MarionetteError(`${p.name}: ${error.error}: ${error.message}`));
      else p.resolve(result);
    }
  }
}
