"""Resizes every mapped top-level window on $DISPLAY to WIDTHxHEIGHT at 0,0 and raises those whose
title contains TITLE (all of them without it). Exits with 3 when no window has that title yet, so
that a caller can poll for the message window instead of waiting a fixed time.

Xvfb runs without a window manager, so a mail client's window keeps its default size; the
X11 request is all it takes. ctypes on libX11 avoids a dependency (xdotool, python-xlib)."""
import ctypes
import sys

width, height = int(sys.argv[1]), int(sys.argv[2])
title = sys.argv[3].encode() if len(sys.argv) > 3 else b""
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
                         ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)), ctypes.POINTER(ctypes.c_uint)]
x.XMoveResizeWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint]
x.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x.XFlush.argtypes = [ctypes.c_void_p]
x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]


class Attrs(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
                ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(Attrs)]
display = x.XOpenDisplay(None)
if not display:
    sys.exit("cannot open $DISPLAY")
root, parent = ctypes.c_ulong(), ctypes.c_ulong()
children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
found = False
x.XQueryTree(display, x.XDefaultRootWindow(display), ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count))
for i in range(count.value):
    attrs = Attrs()
    x.XGetWindowAttributes(display, children[i], ctypes.byref(attrs))
    if attrs.map_state == 2 and not attrs.override_redirect and attrs.width > 200 and attrs.height > 100:
        x.XMoveResizeWindow(display, children[i], 0, 0, width, height)
        name = ctypes.c_char_p()
        x.XFetchName(display, children[i], ctypes.byref(name))
        if title in (name.value or b""):
            x.XRaiseWindow(display, children[i])
            found = True
x.XFlush(display)
sys.exit(0 if found else 3)
