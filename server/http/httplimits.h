// What one HTTP front tolerates from its clients: time-outs, sizes and connection count.
#pragma once

#include "httprequestparser.h"

#include <QString>

namespace Server {

struct HttpLimits
{
    // From a connection's first byte (or from accepting it) until its headers are complete:
    // slow headers (slowloris) are cut off with 408.
    int headerTimeoutMs = 10 * 1000;
    // The longest pause while a body arrives or a response is being taken.
    int bodyTimeoutMs = 30 * 1000;
    // How long a keep-alive connection may wait for its next request.
    int idleTimeoutMs = 60 * 1000;
    int maxConnections = 256;
    HttpHeaderLimits parser;
    qint64 maxSmallBody = 16LL * 1024 * 1024; // JSON routes, kept in memory
    qint64 maxLargeBody = 500LL * 1024 * 1024; // routes that take files (uploads)
    qint64 spoolThreshold = 1024 * 1024; // larger bodies of such routes go to a temporary file
    QString spoolDirectory; // empty: the system's temporary folder
};

} // namespace Server
