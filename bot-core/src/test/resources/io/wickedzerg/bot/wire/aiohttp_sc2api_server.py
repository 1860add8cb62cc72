"""A websocket server on aiohttp for BlockingWebSocketInteropTest: one connection on /sc2api, then it exits.

Prints `listening PORT` once it listens and `closed CODE` when the client has closed. Each binary message is
answered by its first byte: b'P' pings the client first and answers with what the client's pong carried; b'L'
answers with 3 MiB (one frame, as the real game sends an observation); anything else comes back reversed.
usage: /usr/bin/python3 aiohttp_sc2api_server.py
"""
import asyncio

from aiohttp import WSMsgType, web

BIG = bytes(range(256)) * (3 * 1024 * 1024 // 256)


async def sc2api(request):
    ws = web.WebSocketResponse(autoping=False, max_msg_size=0)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.BINARY:
            if msg.data[:1] == b"P":
                await ws.ping(b"are you there")
            elif msg.data[:1] == b"L":
                await ws.send_bytes(BIG)
            else:
                await ws.send_bytes(msg.data[::-1])
        elif msg.type == WSMsgType.PONG:
            await ws.send_bytes(b"pong:" + msg.data)
        elif msg.type == WSMsgType.TEXT:
            await ws.close(code=1003, message=b"binary only")
    print(f"closed {ws.close_code}", flush=True)
    request.app["done"].set()
    return ws


async def main():
    app = web.Application()
    app["done"] = asyncio.Event()
    app.router.add_get("/sc2api", sc2api)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    print(f"listening {port}", flush=True)
    await app["done"].wait()
    await runner.cleanup()


asyncio.run(main())
