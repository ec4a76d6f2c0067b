#!/usr/bin/env python3
# A decision app that starts a grandchild ("sleep 600") and waits for it. It writes both process
# IDs to the file the input names ("pid_file"), so tests can check that neither outlives its
# run or the server. With "ignore_sigterm" both ignore SIGTERM, as a stubborn app would.
import json
import os
import signal
import subprocess
import sys

request = json.load(sys.stdin)
if request.get("ignore_sigterm"):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # inherited by the grandchild
child = subprocess.Popen(["sleep", "600"])
path = request["pid_file"]
with open(path + ".tmp", "w") as pids:
    pids.write(f"{os.getpid()} {child.pid}\n")
os.replace(path + ".tmp", path)  # the test never reads half a file
print("started", file=sys.stderr, flush=True)
child.wait()
print(json.dumps({"slept": True}))
