#!/usr/bin/env python3
# A hostile decision app: it writes a byte to every descriptor from 3 to 20, which reaches any
# socket or file of the server it inherited (the server's signal socket stopped it, once).
import json
import os
import sys

sys.stdin.read()
written = []
for fd in range(3, 21):
    try:
        os.write(fd, b"\x01")
        written.append(fd)
    except OSError:
        pass
print(json.dumps({"written": written}))
