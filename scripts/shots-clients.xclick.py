"""Moves the pointer to X,Y on $DISPLAY and clicks the left button there (XTest), as a reader
would: Thunderbird opens its List-ID menu on a click on the row's value. ctypes on libX11 and
libXtst avoids a dependency (xdotool)."""
import ctypes
import sys
import time

x, y = int(sys.argv[1]), int(sys.argv[2])
xlib = ctypes.cdll.LoadLibrary("libX11.so.6")
xtst = ctypes.cdll.LoadLibrary("libXtst.so.6")
xlib.XOpenDisplay.restype = ctypes.c_void_p
xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
display = xlib.XOpenDisplay(None)
if not display:
    sys.exit("cannot open $DISPLAY")
xtst.XTestFakeMotionEvent(display, -1, x, y, 0)
xlib.XSync(display, 0)
time.sleep(0.3)
xtst.XTestFakeButtonEvent(display, 1, 1, 0)
xlib.XSync(display, 0)
time.sleep(0.1)
xtst.XTestFakeButtonEvent(display, 1, 0, 0)
xlib.XSync(display, 0)
