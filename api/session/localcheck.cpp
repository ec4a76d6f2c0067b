// The Local connection, checked end to end from the console's own lookups.
#include "localcheck.h"

#include "api/client/nextmvservice.h"
#include "connectionmanager.h"
#include "localserver.h"
#include "sampleseeder.h"

#include <algorithm>

namespace Api {

LocalCheck::LocalCheck(ConnectionManager &connections, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { finish(false, tr("Failed: no answer within %1 s.").arg(timeoutMs / 1000)); });
    // Runs of the sample app take well under a second each; polling the list is enough.
    m_nextPoll.setSingleShot(true);
    m_nextPoll.setInterval(200);
    connect(&m_nextPoll, &QTimer::timeout, this, &LocalCheck::checkRuns);
}

void LocalCheck::start()
{
    connect(&m_connections, &ConnectionManager::stateChanged, this,
            [this](ConnectionManager::State state, const QString &text) {
                if (state == ConnectionManager::State::Failed)
                    finish(false, tr("Failed: %1").arg(text));
            });
    connect(&m_connections, &ConnectionManager::serviceChanged, this,
            [this](NextmvService *service) {
                connect(service, &NextmvService::requestFailed, this, [this](const Error &error) {
                    finish(false, tr("Failed: %1").arg(error.message));
                });
            });
    connect(&m_connections, &ConnectionManager::sampleAppReady, this,
            [this](const QString &appExecutable) { onSampleAppReady(appExecutable); });
    m_deadline.start();
    m_connections.connectTo(ConnectionProfile::local());
}

void LocalCheck::onSampleAppReady(const QString &appExecutable)
{
    m_report << tr("Server: %1").arg(m_connections.localExecutable())
             << tr("Sample app: %1").arg(appExecutable)
             << tr("Data: %1").arg(m_connections.localServer()->dataDir())
             << tr("URL: %1").arg(m_connections.service()->baseUrl().toString());
    checkRuns();
}

void LocalCheck::checkRuns()
{
    NextmvService *service = m_connections.service();
    service->listRuns(SampleSeeder::sampleAppId(), QString(), this,
                      [this](const Result<RunPage> &page) {
                          if (!page)
                              return; // requestFailed says why
                          const QList<RunSummary> &runs = page->runs;
                          if (runs.isEmpty()) {
                              finish(false, tr("Failed: the sample app has no runs."));
                              return;
                          }
                          const auto ended = [](const RunSummary &run) {
                              return isTerminal(run.status);
                          };
                          if (!std::all_of(runs.cbegin(), runs.cend(), ended)) {
                              m_nextPoll.start();
                              return;
                          }
                          const auto succeeded =
                              std::count_if(runs.cbegin(), runs.cend(), [](const RunSummary &run) {
                                  return run.status == RunStatus::Succeeded;
                              });
                          const QString line =
                              tr("Sample runs: %1 of %2 succeeded").arg(succeeded).arg(runs.size());
                          finish(succeeded == runs.size(), line);
                      });
}

void LocalCheck::finish(bool passed, const QString &lastLine)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_nextPoll.stop();
    m_report << lastLine;
    Q_EMIT finished(passed, m_report.join(QLatin1Char('\n')));
}

} // namespace Api
