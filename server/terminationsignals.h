// Turns SIGTERM/SIGINT (Ctrl+C, console close on Windows) into a clean QCoreApplication::quit().
#pragma once

namespace Server {

void quitOnTerminationSignals();

} // namespace Server
