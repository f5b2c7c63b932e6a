// A minimal Marionette client (Firefox's own remote protocol: `length:json` packets over TCP). The
// e2e harness uses it for privileged script in the browser window: WebDriver BiDi reaches chrome
// contexts only from Firefox 148 on, Marionette on every ESR we test (140 and 153). Its session
// also hands out the WebDriver BiDi URL, as geckodriver's does, so both protocols drive one session.
import { existsSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import path from 'node:path';
import { poll } from './browser-process';

/** Asks Firefox for a free Marionette port; it writes the one it took into the profile. */
export const MARIONETTE_ANY_PORT_PREF = 'user_pref("marionette.port", 0);\n';

interface MarionetteError {
  error: string;
  message: string;
}

export class MarionetteConnection {
  private nextId = 0;
  private buffered = '';
  private handshake?: () => void;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('Marionette connection closed'));
      this.pending.clear();
    });
  }

  /** Connects to the Marionette server of the Firefox running on `profileDir` and waits for its greeting. */
  static async open(profileDir: string): Promise<MarionetteConnection> {
    const portFile = path.join(profileDir, 'MarionetteActivePort');
    const port = await poll('Marionette to listen', () => existsSync(portFile) && Number(readFileSync(portFile, 'utf8')), 60_000);
    const socket = connect(port, '127.0.0.1');
    const connection = new MarionetteConnection(socket);
    await new Promise<void>((resolve, reject) => {
      connection.handshake = resolve;
      socket.once('error', reject);
    });
    return connection;
  }

  send<T = unknown>(command: string, params: object): Promise<T> {
    const id = ++this.nextId;
    const packet = JSON.stringify([0, id, command, params]);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.write(`${Buffer.byteLength(packet)}:${packet}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  // Lengths count bytes; a packet may arrive in several chunks or several in one.
  private receive(chunk: string): void {
    this.buffered += chunk;
    for (;;) {
      const colon = this.buffered.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffered.slice(0, colon));
      const rest = Buffer.from(this.buffered.slice(colon + 1));
      if (rest.length < length) return;
      this.buffered = rest.subarray(length).toString();
      this.dispatch(JSON.parse(rest.subarray(0, length).toString()));
    }
  }

  private dispatch(message: unknown): void {
    if (!Array.isArray(message)) {
      this.handshake?.();
      this.handshake = undefined;
      return;
    }
    const [, id, error, result] = message as [number, number, MarionetteError | null, unknown];
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (error) waiting.reject(new Error(`${error.error}: ${error.message}`));
    else waiting.resolve(result);
  }
}
