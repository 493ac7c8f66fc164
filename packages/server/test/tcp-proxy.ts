import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 for fault tests: it forwards to a target until told to `kill` (every
 * connection reset, the port closed) or `blackhole` (connections accepted and kept, nothing
 * forwarded either way, as a partitioned network does), and `restore` brings it back on the same
 * port.
 */
export type TcpProxy = {
  port: number;
  kill(): Promise<void>;
  blackhole(): void;
  restore(): Promise<void>;
  close(): Promise<void>;
};

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: 'forward' | 'blackhole' = 'forward';
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  };
  const onConnection = (client: Socket) => {
    track(client);
    if (mode === 'blackhole') {
      client.resume(); // read and drop
      return;
    }
    const upstream = connect(target.port, target.host);
    track(upstream);
    // Data is only passed on while forwarding; a blackhole swallows it in both directions.
    client.on('data', (chunk) => {
      if (mode === 'forward') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (mode === 'forward') client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  let server: Server = createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.resetAndDestroy();
      if (server.listening) server.close(() => resolve());
      else resolve();
    });
  const port = await listen(0);
  return {
    port,
    async kill() {
      await stop();
    },
    blackhole() {
      mode = 'blackhole';
    },
    async restore() {
      if (mode === 'blackhole') {
        // Connections opened during the partition hold a half-done handshake: cut them.
        for (const socket of sockets) socket.resetAndDestroy();
      }
      mode = 'forward';
      if (!server.listening) {
        server = createServer(onConnection);
        await listen(port);
      }
    },
    close: stop,
  };
}
