"""Headless Chromium driven over the DevTools protocol, for tests that use a page as a person does:
type into it, click, wait for what it shows. The websocket client is tornado's (a dependency of
dask's distributed, already installed), so nothing more is needed than Debian's chromium."""
from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,1000"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Page:
    """One Chromium tab. ``evaluate(js)`` returns the value of an expression (promises awaited)."""

    def __init__(self, profile: Path, url: str = "about:blank") -> None:
        from tornado.websocket import websocket_connect

        port = _free_port()
        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--remote-debugging-port={port}", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as answer:
                    targets = [t for t in json.load(answer) if t.get("type") == "page"]
                if targets:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.2)
        async def connect():
            return await websocket_connect(targets[0]["webSocketDebuggerUrl"], max_message_size=64 * 2**20)

        self.loop = asyncio.new_event_loop()
        self.ws = self.loop.run_until_complete(connect())
        self.next_id = 0

    def send(self, method: str, **params) -> dict:
        self.next_id += 1
        message_id = self.next_id

        async def exchange() -> dict:
            await self.ws.write_message(json.dumps({"id": message_id, "method": method, "params": params}))
            while True:  # events come in between; the answer carries our id
                raw = await asyncio.wait_for(self.ws.read_message(), 60)
                if raw is None:
                    raise RuntimeError("chromium closed the DevTools connection")
                answer = json.loads(raw)
                if answer.get("id") == message_id:
                    return answer

        answer = self.loop.run_until_complete(exchange())
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30.0, what: str = ""):
        """The first truthy value of ``expression``, polled; ``TimeoutError`` after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout:.0f} s for {what or expression}")
            time.sleep(0.25)

    def type(self, text: str) -> None:
        """Text typed at the focused element."""
        self.send("Input.insertText", text=text)

    def key(self, key: str, code: str, key_code: int, modifiers: int = 0) -> None:
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=code, modifiers=modifiers,
                      windowsVirtualKeyCode=key_code, nativeVirtualKeyCode=key_code)

    def click(self, selector: str, text: str | None = None) -> None:
        """A real mouse click in the middle of the element ``selector`` names (the first whose
        text is ``text``, when given)."""
        find = (f"[...document.querySelectorAll({json.dumps(selector)})]"
                f".find(e => {json.dumps(text)} === null || e.innerText.trim() === {json.dumps(text)})")
        box = self.wait_for(
            f"(() => {{ const e = {find}; if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return r.width ? {x: r.x + r.width / 2, y: r.y + r.height / 2} : null; })()",
            what=f"{selector} {text or ''}")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"], button="left", clickCount=1)

    def screenshot(self, path: Path) -> None:
        import base64

        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                self.ws.close()
                self.loop.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
