"""A fake Slack Socket Mode server: a minimal WebSocket endpoint on 127.0.0.1 that sends envelopes and
records the acknowledgements the app sends back. Standard library only.

Slack's protocol: on connect the server sends ``{"type": "hello"}``; each event arrives as an envelope
``{"envelope_id", "type", "payload", "accepts_response_payload"}``; the app answers
``{"envelope_id", "payload"}`` (the payload is what an HTTP app would put in its response body).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import socket
import struct
import threading
from typing import Any

__all__ = ["FakeSocketMode"]

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class FakeSocketMode:
    """Accepts one WebSocket client at a time; ``send`` pushes envelopes, ``wait_ack`` returns answers."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self.url = f"ws://127.0.0.1:{self.port}/link"
        self._client: socket.socket | None = None
        self._connected = threading.Event()
        self._acks: dict[str, dict[str, Any]] = {}
        self._acked = threading.Condition()
        self._send_lock = threading.Lock()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-socket-mode", daemon=True)

    def __enter__(self) -> FakeSocketMode:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Close the connection and the listening socket."""
        self._stopped.set()
        for sock in (self._client, self._server):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        self._thread.join(timeout=5)

    def wait_connected(self, timeout: float = 10.0) -> None:
        """Block until the app's client has connected and been greeted."""
        if not self._connected.wait(timeout):
            raise AssertionError("the Socket Mode client never connected")

    def send(self, envelope: dict[str, Any]) -> None:
        """Send one envelope to the connected app."""
        assert self._client is not None, "no client connected"
        self._send_frame(0x1, json.dumps(envelope).encode())

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        """The app's acknowledgement of an envelope (its response payload, if any)."""
        with self._acked:
            if not self._acked.wait_for(lambda: envelope_id in self._acks, timeout):
                raise AssertionError(f"no acknowledgement for envelope {envelope_id}")
            return self._acks[envelope_id]

    # ------------------------------------------------------------------ the WebSocket side

    def _serve(self) -> None:
        try:
            client, _ = self._server.accept()
        except OSError:
            return
        self._client = client
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = client.recv(4096)
            if not chunk:
                return
            request += chunk
        headers = {}
        for line in request.decode("latin-1").split("\r\n")[1:]:
            if ": " in line:
                name, value = line.split(": ", 1)
                headers[name.lower()] = value
        accept = base64.b64encode(
            hashlib.sha1((headers["sec-websocket-key"] + _GUID).encode()).digest()
        ).decode()
        client.sendall(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + f"Sec-WebSocket-Accept: {accept}\r\n\r\n".encode()
        )
        self._send_frame(0x1, json.dumps({"type": "hello", "num_connections": 1}).encode())
        self._connected.set()
        try:
            self._read_frames(client)
        except OSError:
            return

    def _read_exact(self, client: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = client.recv(size - len(data))
            if not chunk:
                raise OSError("connection closed")
            data += chunk
        return data

    def _read_frames(self, client: socket.socket) -> None:
        while not self._stopped.is_set():
            first, second = self._read_exact(client, 2)
            opcode = first & 0x0F
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._read_exact(client, 2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._read_exact(client, 8))[0]
            mask = self._read_exact(client, 4) if second & 0x80 else b"\x00\x00\x00\x00"
            data = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read_exact(client, length)))
            if opcode == 0x8:
                return
            if opcode == 0x9:
                self._send_frame(0xA, data)
                continue
            if opcode == 0x1:
                message = json.loads(data)
                if "envelope_id" in message:
                    with self._acked:
                        self._acks[message["envelope_id"]] = message.get("payload") or {}
                        self._acked.notify_all()

    def _send_frame(self, opcode: int, data: bytes) -> None:
        assert self._client is not None
        header = bytes([0x80 | opcode])
        if len(data) < 126:
            header += bytes([len(data)])
        elif len(data) < 65536:
            header += bytes([126]) + struct.pack("!H", len(data))
        else:
            header += bytes([127]) + struct.pack("!Q", len(data))
        with self._send_lock:
            self._client.sendall(header + data)
