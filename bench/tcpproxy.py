#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback TCP proxy that can cut the line, for bench/fault-recovery.sh.

    bench/tcpproxy.py LISTEN_PORT TARGET_PORT [--mode blackhole|refuse] [--ready FILE]

Forwards 127.0.0.1:LISTEN_PORT to 127.0.0.1:TARGET_PORT. SIGUSR1 cuts the link: every proxied
connection is closed at once (a reset, as when a router drops the session), and new ones are
blackholed (accepted, never answered: the client waits for its own timeout, as behind a dead
cable) or, with --mode refuse, closed as soon as they are accepted. SIGUSR2 restores the link
(and closes the blackholed connections). SIGTERM stops it. Each event is logged on stderr
with the time in ms since the epoch. Standard library only.
"""
import argparse
import asyncio
import signal
import socket
import struct
import sys
import time


def now_ms():
    return int(time.time() * 1000)


def log(*what):
    print(now_ms(), *what, file=sys.stderr, flush=True)


class Proxy:
    def __init__(self, target_port, mode):
        self.target_port = target_port
        self.mode = mode
        self.cut = False
        self.links = set()  # (client writer, server writer) of each proxied connection
        self.held = set()  # blackholed client writers
        self.accepted = 0
        self.while_cut = 0

    @staticmethod
    def abort(writer):
        try:
            # SO_LINGER 0: close with a reset, so the peer learns at once.
            sock = writer.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
        except Exception:
            pass

    async def pipe(self, reader, writer):
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError, asyncio.CancelledError):
            pass
        finally:
            try:
                writer.close()
            except Exception:
                pass

    async def handle(self, client_reader, client_writer):
        self.accepted += 1
        if self.cut:
            self.while_cut += 1
            if self.mode == "refuse":
                self.abort(client_writer)
                return
            self.held.add(client_writer)
            try:
                while await client_reader.read(65536):
                    pass  # swallowed: nothing ever answers
            except (ConnectionError, OSError):
                pass
            self.held.discard(client_writer)
            self.abort(client_writer)
            return
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1",
                                                                         self.target_port)
        except OSError:
            self.abort(client_writer)
            return
        link = (client_writer, server_writer)
        self.links.add(link)
        try:
            await asyncio.gather(self.pipe(client_reader, server_writer),
                                 self.pipe(server_reader, client_writer))
        finally:
            self.links.discard(link)

    def cut_link(self):
        self.cut = True
        n = len(self.links)
        for client, server in list(self.links):
            self.abort(client)
            self.abort(server)
        self.links.clear()
        log("cut", n, "connections closed; new ones", self.mode)

    def restore_link(self):
        self.cut = False
        n = len(self.held)
        for w in list(self.held):
            self.abort(w)
        self.held.clear()
        log("restored;", self.while_cut, "connections came while cut;", n, "blackholed ones closed")


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("listen_port", type=int)
    parser.add_argument("target_port", type=int)
    parser.add_argument("--mode", choices=["blackhole", "refuse"], default="blackhole")
    parser.add_argument("--ready", help="file written once listening")
    args = parser.parse_args()
    proxy = Proxy(args.target_port, args.mode)
    server = await asyncio.start_server(proxy.handle, "127.0.0.1", args.listen_port,
                                        reuse_address=True)
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, proxy.cut_link)
    loop.add_signal_handler(signal.SIGUSR2, proxy.restore_link)
    for s in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(s, lambda: stop.done() or stop.set_result(None))
    log("listening on", args.listen_port, "for", args.target_port)
    if args.ready:
        with open(args.ready, "w") as f:
            f.write("%d\n" % now_ms())
    await stop
    server.close()
    for client, target in list(proxy.links):
        proxy.abort(client)
        proxy.abort(target)
    log("stopped;", proxy.accepted, "connections accepted")


if __name__ == "__main__":
    asyncio.run(main())
