"""What a person sees starting kg: a busy port named with the way out, and a build's progress bar
that moves while the build runs (read from a pseudo-terminal, as a person's terminal shows it)."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import socket
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KG = Path(sys.executable).with_name("kg")
SEED = ROOT.parent / "shared" / "seed"
DEV = ROOT.parent / "shared" / "corpus" / "dev"


@pytest.mark.server
def test_busy_port_says_how_to_choose_another() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "KG_PORT": str(port)}
        done = subprocess.run([str(KG), "serve", "--check-port"], env=env, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 2
        assert f"port {port} on 127.0.0.1 is busy" in done.stderr
        assert f"KG_PORT={port + 1} make serve" in done.stderr and f"--port {port + 1}" in done.stderr
        # kg serve itself refuses the same way, before starting any worker
        done = subprocess.run([str(KG), "serve", "--port", str(port), str(ROOT / "tests" / "data" / "sample-graph.trig")],
                              capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 2 and "is busy" in done.stderr and "Traceback" not in done.stderr
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    assert subprocess.run([str(KG), "serve", "--check-port", "--port", str(port)], timeout=60, check=False).returncode == 0


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is absent")
def test_build_progress_bar_moves(tmp_path: Path) -> None:
    pid, fd = pty.fork()
    if pid == 0:  # the child: kg build on a terminal
        os.execv(str(KG), [str(KG), "build", str(DEV), "--store", str(tmp_path / "store")])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    frames: list[tuple[float, str]] = []
    start = time.monotonic()
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        frames += [(time.monotonic() - start, part.decode(errors="replace")) for part in re.split(rb"[\r\n]", chunk)]
    os.waitpid(pid, 0)
    counts = [int(m.group(1)) for _, text in frames if (m := re.search(r"extracting: (\d+) article", text))]
    clocks = {m.group(1) for _, text in frames if (m := re.search(r"\[(\d\d:\d\d)", text))}
    assert counts and counts[-1] == len(list(DEV.glob("*.txt")))
    assert len(set(counts)) >= 4, counts  # the count rises several times, not once at the end
    assert len(clocks) >= 3, clocks  # and the clock ticks between batches
