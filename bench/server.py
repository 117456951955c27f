"""A static file server for the benchmark, run in its own process so it never competes with
the measuring process for the GIL.

`python -m bench.server DIR [--gzip]` binds a free port on 127.0.0.1 and prints
`http://127.0.0.1:<port>/` on one line. Like `python -m http.server`, but with the MIME types
Pyodide needs (.mjs, .wasm) and, with --gzip, gzip for text files the way a typical web host
sends them (used for Lighthouse only; byte counts are computed from the files themselves).
"""

import argparse
import functools
import gzip
import http.server
import sys
from pathlib import Path
from typing import ClassVar

MIME_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".css": "text/css",
    ".html": "text/html",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
}
COMPRESSIBLE = {".js", ".mjs", ".json", ".css", ".html", ".xml", ".svg", ".txt", ".wasm"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Quiet static handler; optionally gzips text (and wasm) like a typical host."""

    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **MIME_TYPES,
    }
    use_gzip = False
    _gzip_cache: ClassVar[dict[Path, bytes]] = {}  # one cache for the whole process

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.use_gzip and accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = self._gzip_cache.get(path)
        if body is None:
            body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
            self._gzip_cache[path] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return _Body(body)


class _Body:
    """Just enough of a file object for SimpleHTTPRequestHandler.do_GET/do_HEAD."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        self.data = b""


class Server(http.server.ThreadingHTTPServer):
    """Says nothing when the browser drops a connection (closing a tab mid-download)."""

    def handle_error(self, request: object, client_address: object) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):
            super().handle_error(request, client_address)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--gzip", action="store_true", help="gzip text files")
    args = parser.parse_args(argv)
    handler_class = type("BenchHandler", (Handler,), {"use_gzip": args.gzip})
    handler = functools.partial(handler_class, directory=str(args.directory))
    server = Server(("127.0.0.1", 0), handler)
    print(f"http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
