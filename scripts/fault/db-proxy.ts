// A TCP proxy between the app and PostgreSQL that the fault test can cut: every open
// connection is destroyed mid-conversation (as when a database fails over or a network blips)
// and new ones are refused for a while, then accepted again.
import net from "node:net";

export type DbProxy = {
  port: number;
  /** Destroys every proxied connection and refuses new ones for `refuseMs`. */
  drop: (refuseMs: number) => number;
  close: () => Promise<void>;
  stats: { accepted: number; refused: number; dropped: number };
};

export async function startDbProxy(upstreamHost: string, upstreamPort: number): Promise<DbProxy> {
  const open = new Set<net.Socket>();
  const stats = { accepted: 0, refused: 0, dropped: 0 };
  let refuseUntil = 0;
  const server = net.createServer((client) => {
    if (Date.now() < refuseUntil) {
      stats.refused++;
      client.destroy();
      return;
    }
    stats.accepted++;
    const upstream = net.connect(upstreamPort, upstreamHost);
    open.add(client);
    open.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    stats,
    drop(refuseMs) {
      refuseUntil = Date.now() + refuseMs;
      const count = Math.ceil(open.size / 2);
      stats.dropped += count;
      for (const socket of [...open]) socket.destroy();
      open.clear();
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
