#!/usr/bin/env python3
"""Start-up and memory of the Latchkey app against WebKitGTK's own MiniBrowser, side by side.

Measured from outside, under one Xvfb, alternating the two, `--runs` times (default 10):
- first branded paint: from spawning the process until a pixel of the tenant's primary colour
  appears on the X screen (the app: its branded start screen; MiniBrowser: a static page with
  the same colour block), polled with XGetImage every 10 ms;
- memory: PSS (proportional set size, /proc/PID/smaps_rollup) summed over the process and all
  its descendants (the WebKit web and network processes), 2 s after the paint.
Prints a table with the medians and the ratios (also against MiniBrowser with the DMA-BUF
renderer off, as the app runs). Used by `scripts/bench-app.sh`.
"""
import argparse
import ctypes
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

PRIMARY = (0x7A, 0x1F, 0xA2)
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"


class XImage(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_char)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class Screen:
    def __init__(self, display):
        self.x = ctypes.cdll.LoadLibrary("libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XGetImage.restype = ctypes.POINTER(XImage)
        self.x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x.XFree.argtypes = [ctypes.c_void_p]
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            sys.exit(f"cannot open display {display}")
        self.root = self.x.XDefaultRootWindow(self.dpy)
        r, g, b = PRIMARY
        self.needle = bytes([b, g, r])  # ZPixmap, 32 bpp, little endian: B G R X

    def has_primary(self, w, h):
        img = self.x.XGetImage(self.dpy, self.root, 0, 0, w, h, 0xFFFFFFFF, 2)
        if not img:
            return False
        i = img.contents
        data = ctypes.string_at(i.data, i.bytes_per_line * i.height)
        self.x.XFree(i.data)
        self.x.XFree(img)
        return data.find(self.needle) >= 0


def pss_kb(pid):
    """PSS of pid and every descendant, in KiB."""
    children = {}
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open(f"/proc/{p}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(p))
        except OSError:
            pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def measure(cmd, env, screen, size, timeout=30):
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    paint = None
    try:
        while time.monotonic() - started < timeout:
            if screen.has_primary(*size):
                paint = time.monotonic() - started
                break
            time.sleep(0.01)
        if paint is None:
            raise RuntimeError(f"no paint within {timeout}s: {cmd[0]}")
        time.sleep(2)
        mem = pss_kb(proc.pid)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    # Let the screen clear before the next run.
    deadline = time.monotonic() + 5
    while screen.has_primary(*size) and time.monotonic() < deadline:
        time.sleep(0.05)
    return paint, mem


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--app", required=True)
    ap.add_argument("--policy", required=True, help="policy file for the app")
    ap.add_argument("--cache-dir", required=True)
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    display = os.environ.get("DISPLAY")
    if not display:
        sys.exit("run under Xvfb (scripts/bench-app.sh does)")
    size = (1280, 800)
    screen = Screen(display)
    page = os.path.join(tempfile.mkdtemp(prefix="latchkey-bench-"), "static.html")
    with open(page, "w") as f:
        f.write(
            "<!doctype html><meta charset=utf-8><title>Contoso Pharma</title>"
            "<body style='margin:0;font-family:sans-serif;background:#fbf7ff'>"
            "<h1 style='padding:24px'>Contoso Pharma</h1>"
            "<div style='margin:24px;padding:16px;background:#7a1fa2;color:#fff;width:300px'>Reset my password</div>"
        )
    env = {k: v for k, v in os.environ.items() if k != "WEBKIT_DISABLE_DMABUF_RENDERER"}
    env.update(LATCHKEY_POLICY_FILE=args.policy, LATCHKEY_CACHE_DIR=args.cache_dir, LANG="C.UTF-8")
    # The app turns WebKitGTK's DMA-BUF renderer off for itself (src-tauri/src/main.rs); the
    # goal compares with MiniBrowser as shipped, and a third column shows MiniBrowser with the
    # same switch, so the app's own cost stays visible.
    same = dict(env, WEBKIT_DISABLE_DMABUF_RENDERER="1")
    mini_cmd = [MINIBROWSER, "file://" + page]
    # One warm-up each (page cache), not counted.
    measure([args.app], env, screen, size)
    measure(mini_cmd, env, screen, size)
    app, mini, mini_same = [], [], []
    for _ in range(args.runs):
        app.append(measure([args.app], env, screen, size))
        mini.append(measure(mini_cmd, env, screen, size))
        mini_same.append(measure(mini_cmd, same, screen, size))
    med = lambda xs, i: statistics.median(x[i] for x in xs)
    a_paint, m_paint, s_paint = med(app, 0), med(mini, 0), med(mini_same, 0)
    a_mem, m_mem, s_mem = med(app, 1) / 1024, med(mini, 1) / 1024, med(mini_same, 1) / 1024
    print(f"\nfirst branded paint and PSS memory, median of {args.runs} runs each, alternating, one Xvfb 1280x800")
    print("| | Latchkey app | MiniBrowser (static page) | ratio | goal | MiniBrowser, DMA-BUF renderer off like the app | ratio |")
    print("|---|---|---|---|---|---|---|")
    print(f"| first branded paint | {a_paint:.2f} s | {m_paint:.2f} s | {a_paint / m_paint:.2f}x | <= 1.3x "
          f"| {s_paint:.2f} s | {a_paint / s_paint:.2f}x |")
    print(f"| PSS, all processes | {a_mem:.0f} MiB | {m_mem:.0f} MiB | {a_mem / m_mem:.2f}x | <= 1.2x "
          f"| {s_mem:.0f} MiB | {a_mem / s_mem:.2f}x |")
    spread = lambda xs, i, k=1: f"{min(x[i] for x in xs) / k:.2f}..{max(x[i] for x in xs) / k:.2f}"
    print(f"(spread: app paint {spread(app, 0)} s, MiniBrowser paint {spread(mini, 0)} s, "
          f"MiniBrowser same switch {spread(mini_same, 0)} s; app PSS {spread(app, 1, 1024)} MiB, "
          f"MiniBrowser PSS {spread(mini, 1, 1024)} MiB)")


if __name__ == "__main__":
    main()
