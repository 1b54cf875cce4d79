"""Headless Chromium harness: open a local page and report what it did.

A small Chrome DevTools Protocol (CDP) client for the browser tests. One
``ChromiumSession`` starts Debian's ``chromium`` headless with a fresh profile,
talks to it over one websocket (``websocket-client``, already in the venv) and
opens each page in its own tab, so nothing leaks from one page to the next.

``ChromiumSession.visit(path, screenshot)`` returns a ``PageVisit``: whether the
page loaded, every request it made, the images that did not decode, alerts and
script errors, the probe global that hostile article text would set, markup
that could run script, the visible text, and a full-page PNG screenshot.
``PageVisit.problems()`` turns that into one readable line per failed check.

Requests that would leave the machine are blocked in the browser (and still
recorded), so a leaking page fails the test without contacting anything.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import websocket

CHROMIUM_NAMES = ("chromium", "chromium-browser")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--remote-debugging-port=0",
)
# Schemes that stay on this machine; a request with any other scheme leaves it.
LOCAL_SCHEMES = ("file", "data", "about", "blob")
# Blocked in the browser so a leaking page never reaches the network.
BLOCKED_URL_PATTERNS = ("http://*", "https://*", "ws://*", "wss://*", "ftp://*")
# The global that the hostile fixture articles' script payloads set.
SCRIPT_PROBE = "__article_script_ran"
PAGE_WIDTH = 1200
MAX_SCREENSHOT_HEIGHT = 16000
START_TIMEOUT = 30.0
LOAD_TIMEOUT = 30.0
SETTLE_SECONDS = 0.5

# Runs in the page after the load event; returns one JSON-able summary.
INSPECT_PAGE_JS = """
(async () => {
  const images = Array.from(document.images);
  const broken = [];
  for (const img of images) {
    let ok = img.complete && img.naturalWidth > 0;
    if (ok) {
      try { await img.decode(); } catch (e) { ok = false; }
    }
    if (!ok) broken.push((img.currentSrc || img.src || '(no src)').slice(0, 120));
  }
  const live = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) live.push(`<${el.localName} ${name}>`);
      if (['href', 'src', 'action', 'formaction', 'data'].includes(name)
          && value.startsWith('javascript:')) live.push(`<${el.localName} ${name}=javascript:>`);
    }
    const tag = el.localName;
    if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag)) live.push(`<${tag}>`);
    if (tag === 'meta' && (el.httpEquiv || '').toLowerCase() === 'refresh') {
      live.push('<meta refresh>');
    }
  }
  return {
    url: location.href,
    title: document.title,
    text: document.body ? document.body.innerText : '',
    imageCount: images.length,
    brokenImages: broken,
    liveMarkup: live,
    probe: typeof window.__PROBE__ === 'undefined' ? null : String(window.__PROBE__),
  };
})()
""".replace("__PROBE__", SCRIPT_PROBE)


class BrowserError(RuntimeError):
    """Chromium could not be started, or stopped answering."""


@dataclass
class PageVisit:
    """What one page did in the browser (see ``ChromiumSession.visit``)."""

    path: Path
    screenshot: Path | None = None
    loaded: bool = False
    load_error: str = ""
    url: str = ""
    title: str = ""
    text: str = ""
    requests: list[str] = field(default_factory=list)
    failed_local: list[str] = field(default_factory=list)
    image_count: int = 0
    broken_images: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    live_markup: list[str] = field(default_factory=list)
    probe: str | None = None

    @property
    def external_requests(self) -> list[str]:
        """Requests whose scheme is not local (file, data, about, blob)."""
        return [url for url in self.requests if not is_local_url(url)]

    def problems(self) -> list[str]:
        """Return one line per failed check; empty when the page is sound."""
        found = []
        if not self.loaded:
            found.append(f"page did not load: {self.load_error or 'no load event'}")
        elif self.url.split("#")[0] != self.path.as_uri():
            found.append(f"page navigated away to {self.url}")
        elif not self.text.strip():
            found.append("page shows no text")
        if self.external_requests:
            found.append(f"requests leave the machine: {self.external_requests}")
        if self.failed_local:
            found.append(f"local files failed to load: {self.failed_local}")
        if self.broken_images:
            found.append(f"images do not decode: {self.broken_images}")
        if self.dialogs:
            found.append(f"script opened dialogs: {self.dialogs}")
        if self.probe is not None:
            found.append(f"article script ran: window.{SCRIPT_PROBE} = {self.probe}")
        if self.live_markup:
            found.append(f"markup that can run script or leave: {sorted(set(self.live_markup))}")
        if self.exceptions:
            found.append(f"script errors: {self.exceptions}")
        return found


def is_local_url(url: str) -> bool:
    """Whether ``url`` stays on this machine.

    >>> is_local_url("file:///tmp/a.html"), is_local_url("data:image/png;base64,AA")
    (True, True)
    >>> is_local_url("https://example.com/"), is_local_url("//cdn.example/x.js")
    (False, False)
    """
    scheme, sep, _ = url.partition(":")
    return bool(sep) and scheme.lower() in LOCAL_SCHEMES


def find_chromium() -> str | None:
    """Return the chromium executable on PATH (or $CHROMIUM), else None."""
    named = os.environ.get("CHROMIUM", "")
    if named:
        return shutil.which(named)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def png_size(data: bytes) -> tuple[int, int]:
    """Return (width, height) from the header of PNG ``data``.

    >>> import struct
    >>> png_size(b"\\x89PNG\\r\\n\\x1a\\n" + struct.pack(">I4sII", 13, b"IHDR", 1200, 3076))
    (1200, 3076)
    """
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


class ChromiumSession:
    """One headless Chromium process and a CDP connection to it.

    Use as a context manager; ``close()`` shuts the browser down and removes
    its profile folder.
    """

    def __init__(self, executable: str | None = None):
        self.executable = executable or find_chromium()
        if not self.executable:
            raise BrowserError("chromium is not on PATH")
        self.profile = Path(tempfile.mkdtemp(prefix="chromium-profile-"))
        self.process: subprocess.Popen | None = None
        self.socket: websocket.WebSocket | None = None
        self._next_id = 0
        self._events: list[dict] = []

    def __enter__(self) -> ChromiumSession:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> None:
        """Start chromium and connect to its browser websocket."""
        log = open(self.profile / "chromium.log", "wb")  # noqa: SIM115 (kept for the process)
        self.process = subprocess.Popen(
            [self.executable, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        log.close()
        port, browser_path = self._read_active_port()
        self.socket = websocket.create_connection(
            f"ws://127.0.0.1:{port}{browser_path}", timeout=LOAD_TIMEOUT, suppress_origin=True
        )

    def close(self) -> None:
        """Ask the browser to close, then make sure its processes are gone."""
        try:
            if self.socket is not None:
                self.socket.send(json.dumps({"id": self._new_id(), "method": "Browser.close"}))
                self.socket.close()
        except (OSError, websocket.WebSocketException):
            pass
        self.socket = None
        if self.process is not None:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
            self.process = None
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_active_port(self) -> tuple[int, str]:
        """Wait for chromium to write ``DevToolsActivePort`` in the profile."""
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrowserError(f"chromium exited with {self.process.returncode}: {self._log()}")
            lines = marker.read_text().split("\n") if marker.exists() else []
            if len(lines) >= 2 and lines[0].strip().isdigit() and lines[1].strip():
                return int(lines[0]), lines[1].strip()
            time.sleep(0.05)
        raise BrowserError(
            f"chromium did not open DevTools in {START_TIMEOUT:.0f} s: {self._log()}"
        )

    def _log(self) -> str:
        path = self.profile / "chromium.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return " | ".join(text.strip().splitlines()[-5:])

    # -- protocol ----------------------------------------------------------

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def send(self, method: str, params: dict | None = None, session: str = "") -> dict:
        """Send one CDP command and return its result (events are kept)."""
        message_id = self._post(method, params, session)
        while True:
            message = self._receive(LOAD_TIMEOUT)
            if message.get("id") == message_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})

    def wait_for(self, method: str, session: str, timeout: float = LOAD_TIMEOUT) -> dict | None:
        """Return the first ``method`` event of ``session`` (None on timeout)."""
        deadline = time.monotonic() + timeout
        while True:
            for event in self._events:
                if event.get("method") == method and event.get("sessionId") == session:
                    return event
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            self._receive(remaining)

    def drain(self, seconds: float) -> None:
        """Collect events for ``seconds`` (late requests, dialogs, errors)."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            self._receive(remaining, quiet_timeout=True)

    def _post(self, method: str, params: dict | None, session: str) -> int:
        message_id = self._new_id()
        message = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        return message_id

    def _receive(self, timeout: float, quiet_timeout: bool = False) -> dict:
        """Read one message; events are stored, dialogs are dismissed."""
        self.socket.settimeout(max(timeout, 0.01))
        try:
            message = json.loads(self.socket.recv())
        except websocket.WebSocketTimeoutException:
            if quiet_timeout:
                return {}
            raise BrowserError(f"no answer from chromium in {timeout:.0f} s") from None
        if "method" in message:
            self._events.append(message)
            if message["method"] == "Page.javascriptDialogOpening":
                # An open alert blocks the page: dismiss it (do not wait for the reply).
                self._post("Page.handleJavaScriptDialog", {"accept": False}, message["sessionId"])
        return message

    # -- pages -------------------------------------------------------------

    def visit(self, path: str | Path, screenshot: str | Path | None = None) -> PageVisit:
        """Open ``path`` in a fresh tab, inspect it, save a screenshot, close it."""
        path = Path(path).resolve()
        visit = PageVisit(path=path, screenshot=Path(screenshot) if screenshot else None)
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        try:
            self._prepare(session)
            self._load(visit, session)
            self.drain(SETTLE_SECONDS)
            if visit.loaded:
                self._inspect(visit, session)
                if visit.screenshot is not None:
                    self._capture(visit.screenshot, session)
            self._collect_events(visit, session)
        finally:
            self.send("Target.closeTarget", {"targetId": target})
            self._events = [e for e in self._events if e.get("sessionId") != session]
        return visit

    def evaluate(self, path: str | Path, expression: str) -> object:
        """Open ``path`` in a fresh tab, run ``expression`` (which may return a
        promise) after the load event and return its JSON value."""
        visit = PageVisit(path=Path(path).resolve())
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        try:
            self._prepare(session)
            self._load(visit, session)
            if not visit.loaded:
                raise BrowserError(f"{path} did not load: {visit.load_error}")
            self.drain(SETTLE_SECONDS)
            answer = self.send(
                "Runtime.evaluate",
                {"expression": expression, "awaitPromise": True, "returnByValue": True},
                session,
            )
        finally:
            self.send("Target.closeTarget", {"targetId": target})
            self._events = [e for e in self._events if e.get("sessionId") != session]
        if "exceptionDetails" in answer:
            raise BrowserError(f"page script failed: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def _prepare(self, session: str) -> None:
        for domain in ("Page", "Network", "Runtime"):
            self.send(f"{domain}.enable", session=session)
        self.send("Network.setBlockedURLs", {"urls": list(BLOCKED_URL_PATTERNS)}, session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": PAGE_WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False},
            session,
        )

    def _load(self, visit: PageVisit, session: str) -> None:
        result = self.send("Page.navigate", {"url": visit.path.as_uri()}, session)
        if result.get("errorText"):
            visit.load_error = result["errorText"]
            return
        if self.wait_for("Page.loadEventFired", session) is None:
            visit.load_error = f"no load event in {LOAD_TIMEOUT:.0f} s"
            return
        visit.loaded = True

    def _inspect(self, visit: PageVisit, session: str) -> None:
        answer = self.send(
            "Runtime.evaluate",
            {"expression": INSPECT_PAGE_JS, "awaitPromise": True, "returnByValue": True},
            session,
        )
        if "exceptionDetails" in answer:
            raise BrowserError(f"page inspection failed: {answer['exceptionDetails']}")
        found = answer["result"]["value"]
        visit.url = found["url"]
        visit.title = found["title"]
        visit.text = found["text"]
        visit.image_count = found["imageCount"]
        visit.broken_images = found["brokenImages"]
        visit.live_markup = found["liveMarkup"]
        visit.probe = found["probe"]

    def _capture(self, screenshot: Path, session: str) -> None:
        """Save a full-page PNG, ``PAGE_WIDTH`` wide (very long pages are cut)."""
        metrics = self.send("Page.getLayoutMetrics", session=session)
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        height = max(1, min(int(size["height"] + 0.5), MAX_SCREENSHOT_HEIGHT))
        clip = {"x": 0, "y": 0, "width": PAGE_WIDTH, "height": height, "scale": 1}
        shot = self.send(
            "Page.captureScreenshot",
            {"format": "png", "clip": clip, "captureBeyondViewport": True},
            session,
        )
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.write_bytes(base64.b64decode(shot["data"]))

    def _collect_events(self, visit: PageVisit, session: str) -> None:
        """Fill requests, failures, dialogs and script errors from the events."""
        urls_by_request: dict[str, str] = {}
        for event in self._events:
            if event.get("sessionId") != session:
                continue
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                urls_by_request[params["requestId"]] = url
                visit.requests.append(url)
            elif method == "Network.webSocketCreated":
                visit.requests.append(params["url"])
            elif method == "Network.loadingFailed":
                url = urls_by_request.get(params["requestId"], "")
                if url.startswith("file:") and not params.get("canceled"):
                    visit.failed_local.append(f"{url} ({params.get('errorText', '')})")
            elif method == "Page.javascriptDialogOpening":
                visit.dialogs.append(f"{params.get('type')}: {params.get('message', '')}"[:120])
            elif method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                text = details.get("exception", {}).get("description") or details.get("text")
                visit.exceptions.append(str(text).splitlines()[0][:160])
