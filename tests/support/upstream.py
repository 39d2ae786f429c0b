"""A real OpenAI-compatible HTTP server for tests that records exactly what reached it.

Behaviour is chosen by the model name the gateway sends (each allowlist entry in the tests points at
one): echo, tool-echo, fail500, fail400, slow, reset, broken-stream.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Recorded:
    def __init__(self, path: str, headers: dict, body: dict):
        self.path, self.headers, self.body = path, headers, body

    @property
    def text(self) -> str:
        return json.dumps(self.body, ensure_ascii=False)


class UpstreamStandIn:
    def __init__(self, chunk_chars: int = 7, slow_seconds: float = 5.0):
        self.requests: list[Recorded] = []
        self.chunk_chars = chunk_chars
        self.slow_seconds = slow_seconds
        self.reply_override: str | None = None  # when set, the answer text instead of the echo
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("content-length", 0)))
                body = json.loads(raw or b"{}")
                owner.requests.append(Recorded(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                owner._answer(self, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    # --- answers ---
    def _reply_text(self, body: dict) -> str:
        if self.reply_override is not None:
            return self.reply_override
        if "prompt" in body:
            prompt = body["prompt"]
            return prompt if isinstance(prompt, str) else " ".join(prompt)
        users = [m for m in body.get("messages", []) if m.get("role") == "user"]
        content = users[-1].get("content") if users else ""
        if isinstance(content, list):
            content = " ".join(p.get("text", "") for p in content if p.get("type") == "text")
        return content or ""

    def _answer(self, handler, body: dict) -> None:
        model = body.get("model", "")
        if model == "fail500":
            return _send_json(handler, 500, {"error": {"message": "upstream exploded", "type": "server_error"}})
        if model == "fail400":
            return _send_json(handler, 400, {"error": {"message": "bad", "type": "invalid_request_error"}})
        if model == "slow":
            time.sleep(self.slow_seconds)
        if model == "reset":
            # Linger 0 and every reference closed: the kernel answers with a TCP reset.
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.close_connection = True
            handler.rfile.close()
            handler.wfile.close()
            handler.connection.close()
            return
        if handler.path.endswith("/embeddings"):
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            data = [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, float(len(t))]}
                    for i, t in enumerate(inputs)]
            return _send_json(handler, 200, {"object": "list", "data": data, "model": model,
                                             "usage": {"prompt_tokens": 3, "total_tokens": 3}})
        text = self._reply_text(body)
        if body.get("stream"):
            return self._stream(handler, body, text, broken=model == "broken-stream")
        usage = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
        if handler.path.endswith("/completions") and "prompt" in body:
            return _send_json(handler, 200, {"id": "cmpl-1", "object": "text_completion", "created": 1,
                                             "model": model, "usage": usage, "choices": [
                                                 {"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}]})
        message = {"role": "assistant", "content": text}
        if model == "tool-echo":
            message = {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": "record", "arguments": json.dumps({"text": text})}}]}
        _send_json(handler, 200, {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": model,
                                  "usage": usage, "choices": [{"index": 0, "message": message,
                                                               "finish_reason": "stop"}]})

    def _stream(self, handler, body: dict, text: str, broken: bool) -> None:
        handler.send_response(200)
        handler.send_header("content-type", "text/event-stream")
        handler.send_header("connection", "close")
        handler.end_headers()
        n = self.chunk_chars
        if body.get("model") == "tool-echo":
            text = json.dumps({"text": text})
        pieces = [text[i:i + n] for i in range(0, len(text), n)] or [""]
        completions = "prompt" in body
        tool = body.get("model") == "tool-echo"
        for i, piece in enumerate(pieces):
            if completions:
                chunk = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": body["model"],
                         "choices": [{"index": 0, "text": piece, "finish_reason": None, "logprobs": None}]}
            elif tool:
                call = {"index": 0, "function": {"arguments": piece}}
                if i == 0:
                    call |= {"id": "call_1", "type": "function", "function": {"name": "record", "arguments": piece}}
                chunk = _chunk(body, {"tool_calls": [call]} | ({"role": "assistant"} if i == 0 else {}))
            else:
                chunk = _chunk(body, {"content": piece} | ({"role": "assistant"} if i == 0 else {}))
            handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            handler.wfile.flush()
            if broken and i == 1:
                handler.wfile.write(b"data: {\"id\": \"chatcmpl-1\", \"choi")  # cut mid-event
                handler.wfile.flush()
                handler.connection.close()
                return
        final = _chunk(body, {}, finish="tool_calls" if tool else "stop")
        if completions:
            final = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": body["model"],
                     "choices": [{"index": 0, "text": "", "finish_reason": "stop", "logprobs": None}]}
        handler.wfile.write(f"data: {json.dumps(final)}\n\n".encode())
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
                     "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}
            handler.wfile.write(f"data: {json.dumps(usage)}\n\n".encode())
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()
        handler.close_connection = True


def _chunk(body: dict, delta: dict, finish: str | None = None) -> dict:
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": body["model"],
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def _send_json(handler, status: int, payload: dict) -> None:
    data = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("content-type", "application/json")
    handler.send_header("content-length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
