"""serve: the local web page and its HTTP API (``convert serve``).

The page (static/: plain HTML, CSS and JavaScript, no build step, nothing from a CDN)
lets a person drop files, see and correct the structure the reader recovered, preview
the typeset pages and download the outputs. It uses only the HTTP API of ``app.py``,
which runs the command line's own functions (the reader, the transforms, the writers)
in a process pool (``jobs.py``). Starlette and uvicorn are imported only here.
"""

from __future__ import annotations

import sys

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
          max_file: int | None = None, workers: int = 0) -> int:
    """Run the server until Ctrl-C. Prints the URL (and a warning when the address is
    not this machine's loopback). Returns the exit status."""
    import socket

    import uvicorn

    from .app import DEFAULT_MAX_FILE, create_app

    app = create_app(max_file=max_file or DEFAULT_MAX_FILE, workers=workers)
    try:   # bind first, so a port in use is one line, and port 0 gives the port really used
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)      # connections wait in the backlog until the server accepts them
    except OSError as exc:
        print(f"convert: cannot serve on {host}:{port}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    if host not in LOCAL_HOSTS:
        print(f"convert: warning: serving on {host}: anyone who can reach this address may use it "
              f"(upload files, convert on this machine); use the default 127.0.0.1 to keep it to yourself",
              file=sys.stderr)
        if host in ("0.0.0.0", "::"):
            url = f"http://127.0.0.1:{port}/"
    print(f"convert serve: open {url} in a browser (Ctrl-C stops)", flush=True)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(0.5, webbrowser.open, (url,)).start()
    try:   # (a Ctrl-C while uvicorn still configures its logging stops it as cleanly)
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2)
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    print("convert serve: stopped", flush=True)
    return 0
