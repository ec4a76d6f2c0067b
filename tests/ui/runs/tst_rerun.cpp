// End to end: Re-run on a real nextdesk-server running the knapsack sample. New Run opens
// filled in from the run (instance, the options it was asked for, its input), the user edits
// it, and the new run reads the same input: a copy of an inline one, or the same managed input.
#include "support/consolefixture.h"
#include "support/httptestclient.h"
#include "support/serverprocess.h"
#include "ui/runs/newrundialog.h"
#include "ui/runs/runstab.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace TestSupport;

namespace {

const QString app = QStringLiteral("knapsack");

QMap<QString, QString> optionsOf(const Ui::NewRunDialog &dialog)
{
    const auto *table = dialog.findChild<QTableWidget *>();
    QMap<QString, QString> options;
    for (int row = 0; table && row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 1))
            options.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    }
    return options;
}

} // namespace

class TestRerun : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpTestClient> m_http;
    std::unique_ptr<ConsoleFixture> m_console;

    Ui::RunsTab *runs() const { return m_console->window.runsTab(); }

    QJsonObject metadata(const QString &runId)
    {
        return m_http->get(QStringLiteral("/v1/applications/knapsack/runs/%1/metadata").arg(runId))
            .object();
    }

    // Re-run as from the context menu; the dialog once it is filled in.
    Ui::NewRunDialog *rerun(const QString &runId)
    {
        runs()->rerun(runId);
        Ui::NewRunDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = runs()->openDialog()) != nullptr; }, 20000))
            return nullptr;
        return dialog;
    }

    // Start Run; the new run's id once the console has started it.
    QString start(Ui::NewRunDialog *dialog)
    {
        QSignalSpy submitted(runs(), &Ui::RunsTab::runSubmitted);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (!submitted.wait(20000))
            return {};
        return submitted.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        failOnStrictRefusals();
        QVERIFY(pushKnapsack(m_server, app, {QStringLiteral("greedy"), QStringLiteral("dp")}));
        QVERIFY(m_server.start({strictMode}));
        m_http = std::make_unique<HttpTestClient>(m_server.baseUrl(), m_server.apiKey());
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(m_console->open(m_server.baseUrl(), m_server.apiKey(), app, runs()));
    }

    void init() { failOnStrictRefusals(); }

    void rerunsWithACopyOfTheInput()
    {
        const QJsonObject input = sampleInput(0);
        const QString original = m_http->createRun(
            app, QStringLiteral("dp"),
            {{QStringLiteral("input"), input},
             {QStringLiteral("name"), QStringLiteral("tuned")},
             {QStringLiteral("options"),
              QJsonObject{{QStringLiteral("solve.duration"), QStringLiteral("5s")}}}});
        QVERIFY(!original.isEmpty());
        m_http->waitForRun(app, original);

        Ui::NewRunDialog *dialog = rerun(original);
        QVERIFY(dialog);
        QCOMPARE(dialog->instanceId(), QStringLiteral("dp"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("runName"))->text(),
                 QStringLiteral("tuned (again)"));
        QCOMPARE(optionsOf(*dialog).value(QStringLiteral("solve.duration")), QStringLiteral("5s"));
        // The user edits it first: another instance.
        auto *instance = dialog->findChild<QComboBox *>(QStringLiteral("instance"));
        QVERIFY(instance);
        instance->setCurrentIndex(instance->findData(QStringLiteral("greedy")));
        const QString again = start(dialog);
        QVERIFY(!again.isEmpty());
        const QJsonObject ended = m_http->waitForRun(app, again);
        QCOMPARE(ended[QStringLiteral("metadata")][QStringLiteral("status_v2")].toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(
            ended[QStringLiteral("metadata")][QStringLiteral("application_instance_id")].toString(),
            QStringLiteral("greedy"));
        const QJsonObject request = ended[QStringLiteral("metadata")][QStringLiteral("options")]
                                         [QStringLiteral("request_options")]
                                             .toObject();
        QCOMPARE(request.value(QStringLiteral("solve.duration")).toString(), QStringLiteral("5s"));
        const QJsonDocument rerunInput = QJsonDocument::fromJson(
            m_http->get(QStringLiteral("/v1/applications/knapsack/runs/%1/input").arg(again)).body);
        QCOMPARE(rerunInput.object(), input);
    }

    void rerunsOnTheSameManagedInput()
    {
        QCOMPARE(m_http->createManagedInput(app, QStringLiteral("weekly"), sampleInput(0)).status,
                 200);
        const QString original =
            m_http->createRun(app, QStringLiteral("greedy"),
                              {{QStringLiteral("input_id"), QStringLiteral("weekly")}});
        QVERIFY(!original.isEmpty());
        m_http->waitForRun(app, original);

        Ui::NewRunDialog *dialog = rerun(original);
        QVERIFY(dialog);
        QCOMPARE(dialog->request().inputId, QStringLiteral("weekly"));
        const QString again = start(dialog);
        QVERIFY(!again.isEmpty());
        const QJsonObject ended = m_http->waitForRun(app, again);
        QCOMPARE(ended[QStringLiteral("metadata")][QStringLiteral("tracking")]
                      [QStringLiteral("input_id")]
                          .toString(),
                 QStringLiteral("weekly"));
    }

    void anUnknownRunSaysSo()
    {
        QSignalSpy messages(runs(), &Ui::RunsTab::statusMessage);
        runs()->rerun(QStringLiteral("no-such-run"));
        QTRY_VERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &m) {
            return m.first().toString().startsWith(QStringLiteral("Cannot run no-such-run"));
        }));
        QVERIFY(!runs()->openDialog());
    }
};

QTEST_MAIN(TestRerun)
#include "tst_rerun.moc"
