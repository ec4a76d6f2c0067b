// RunPage::readCommonShape against the general reading (QJsonDocument and RunSummary::fromJson,
// as the client decodes a page it does not take): on every page it takes, both read the same
// runs and token; everything outside its shape it leaves to the general reading.
#include "api/dto/runpage.h"
#include "api/wire/rfc3339.h"
#include "support/generalrunpage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

Api::RunSummary finishedRun(int i)
{
    Api::RunSummary run;
    run.id = QStringLiteral("main-run%1").arg(i);
    run.name = QStringLiteral("nightly replan %1").arg(i);
    run.description = QStringLiteral("from the plan input");
    run.createdAt = QDateTime(QDate(2026, 11, 28), QTime(14, 12, 12, i % 1000), Qt::UTC);
    run.applicationId = QStringLiteral("test");
    run.instanceId = QStringLiteral("main");
    run.versionId = QStringLiteral("v3");
    run.executionClass = QStringLiteral("local");
    run.runtime = QStringLiteral("local");
    run.status = i % 3 ? Api::RunStatus::Succeeded : Api::RunStatus::Failed;
    run.queuingPriority = 1 + i % 9;
    run.queuingDisabled = i % 2;
    run.statistics = {{QStringLiteral("result.value"), 14531.25 + i},
                      {QStringLiteral("run.duration"), 0.125}};
    run.durationMs = 7313 + i;
    run.inputSize = 1565455 + i;
    if (run.status == Api::RunStatus::Failed)
        run.error = QStringLiteral("the app exited with code 1");
    return run;
}

QByteArray pageOf(const QList<Api::RunSummary> &runs, const QString &token)
{
    QJsonArray items;
    for (const Api::RunSummary &run : runs)
        items.append(run.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("runs"), items},
                                     {QStringLiteral("next_page_token"), token}})
        .toJson(QJsonDocument::Compact);
}

const QByteArray oneRun = "{\"runs\":[{\"id\":\"r1\",\"status_v2\":\"succeeded\",\"created_at\":"
                          "\"2026-11-28T14:12:12.576Z\"}],"
                          "\"next_page_token\":\"t\"}";

} // namespace

class TestRunPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAPageAsTheGeneralReadingDoes()
    {
        QList<Api::RunSummary> runs;
        for (int i = 0; i < 50; ++i)
            runs.append(finishedRun(i));
        runs[1].status = Api::RunStatus::Running;
        runs[1].statistics.clear();
        runs[2].runType = QStringLiteral("ensemble");
        runs[2].runDefinitionId = QStringLiteral("ensemble-1");
        runs[3].experimentId = QStringLiteral("batch-1");
        runs[3].experimentType = QStringLiteral("batch");
        runs[3].inputId = QStringLiteral("input-1");
        runs[4].durationMs.reset();
        runs[4].inputSize.reset();
        runs[5].createdAt = {};
        const QByteArray json = pageOf(runs, QStringLiteral("cnVuczoxNTE"));

        const auto fast = Api::RunPage::readCommonShape(json);
        QVERIFY(fast);
        const auto general = TestSupport::readRunPageGenerally(json);
        QVERIFY(general);
        QCOMPARE(fast->runs.size(), 50);
        QCOMPARE(fast->nextPageToken, QStringLiteral("cnVuczoxNTE"));
        QCOMPARE(fast->nextPageToken, general->nextPageToken);
        for (qsizetype i = 0; i < fast->runs.size(); ++i)
            QVERIFY2(fast->runs.at(i) == general->runs.at(i), qPrintable(QString::number(i)));
        QCOMPARE(fast->runs.at(2).runType, QStringLiteral("ensemble"));
        QCOMPARE(fast->runs.at(0).statistics.size(), 2);
    }

    // Pages in shapes it takes besides its own server's: white space, the legacy status alone,
    // a null token, keys it passes over.
    void takesOtherWellFormedShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("white space") << QByteArray(" {\n \"runs\" : [ { \"id\" : \"r1\" ,\t"
                                                   "\"status\" : \"running\" } ] }\r\n");
        QTest::newRow("no runs, no token") << QByteArray("{\"runs\":[]}");
        QTest::newRow("null token") << QByteArray("{\"runs\":[],\"next_page_token\":null}");
        QTest::newRow("other top-level keys")
            << QByteArray("{\"total\":[1,{\"a\":[true,false,null]}],\"runs\":[]}");
        QTest::newRow("status_v2 beside an old status") << QByteArray(
            "{\"runs\":[{\"id\":\"r\",\"status\":\"failed\",\"status_v2\":\"canceled\"}]}");
        QTest::newRow("unknown status")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"paused\"}]}");
        QTest::newRow("empty run type")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"run_type\":{"
                          "\"type\":\"\",\"extra\":[1]}}]}");
        QTest::newRow("options") << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\","
                                               "\"options\":{\"duration\":\"10s\",\"n\":[1,2]}}]}");
        QTest::newRow("indicator without a value")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"failed\",\"statistics\":{"
                          "\"indicators\":[{\"name\":\"x\"},"
                          "{\"value\":-2.5e3,\"unit\":\"s\"}],\"status\":\"failed\"}}]}");
        QTest::newRow("whole numbers as doubles") << QByteArray(
            "{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"queuing_priority\":3,"
            "\"duration\":1e2,\"input_size\":12.75}]}");
        QTest::newRow("request options of any kind") << QByteArray(
            "{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"request_options\":[]}]}");
        QTest::newRow("other timestamp forms")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"created_at\":\"2026-"
                          "11-28T15:12:12+01:00\"}]}");
    }

    void takesOtherWellFormedShapes()
    {
        QFETCH(QByteArray, json);
        const auto fast = Api::RunPage::readCommonShape(json);
        QVERIFY(fast);
        const auto general = TestSupport::readRunPageGenerally(json);
        QVERIFY(general);
        QCOMPARE(fast->nextPageToken, general->nextPageToken);
        QCOMPARE(fast->runs.size(), general->runs.size());
        for (qsizetype i = 0; i < fast->runs.size(); ++i)
            QVERIFY(fast->runs.at(i) == general->runs.at(i));
    }

    // Everything outside its shape is left to the general reading, which may take it (an
    // unknown key, an escape) or refuse it (a run without an ID).
    void leavesTheRestToTheGeneralReading_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown key")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"color\":\"red\"}]}");
        QTest::newRow("null value")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"name\":null}]}");
        QTest::newRow("escape") << QByteArray(
            "{\"runs\":[{\"id\":\"r\\\"1\",\"status_v2\":\"queued\"}]}");
        QTest::newRow("non-ASCII") << QByteArray("{\"runs\":[{\"id\":\"r\",\"name\":\"M\xc3\xbc"
                                                 "nchen\",\"status_v2\":\"queued\"}]}");
        QTest::newRow("control character")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"name\":\"a\tb\",\"status_v2\":\"queued\"}]}");
        QTest::newRow("duplicate key")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"id\":\"s\",\"status_v2\":\"queued\"}]}");
        QTest::newRow("duplicate runs") << QByteArray("{\"runs\":[],\"runs\":[]}");
        QTest::newRow("no ID") << QByteArray("{\"runs\":[{\"status_v2\":\"queued\"}]}");
        QTest::newRow("no status") << QByteArray("{\"runs\":[{\"id\":\"r\"}]}");
        QTest::newRow("ID a number")
            << QByteArray("{\"runs\":[{\"id\":7,\"status_v2\":\"queued\"}]}");
        QTest::newRow("fractional priority") << QByteArray(
            "{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"queuing_priority\":1.5}]}");
        QTest::newRow("negative zero")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"duration\":-0}]}");
        QTest::newRow("leading zero")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"duration\":012}]}");
        QTest::newRow("too large a number") << QByteArray(
            "{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"duration\":1e999}]}");
        QTest::newRow("bad timestamp") << QByteArray(
            "{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"created_at\":\"today\"}]}");
        QTest::newRow("runs not a list") << QByteArray("{\"runs\":{}}");
        QTest::newRow("a run not an object") << QByteArray("{\"runs\":[1]}");
        QTest::newRow("no runs") << QByteArray("{\"next_page_token\":\"t\"}");
        QTest::newRow("a list") << QByteArray("[]");
        QTest::newRow("text after the page") << oneRun + " {}";
        QTest::newRow("cut short") << oneRun.left(oneRun.size() - 1);
        QTest::newRow("trailing comma")
            << QByteArray("{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",}]}");
        QTest::newRow("too deep") << QByteArray("{\"runs\":[],\"x\":") + QByteArray(100, '[') +
                QByteArray(100, ']') + '}';
        QTest::newRow("misspelt literal") << QByteArray(
            "{\"runs\":[{\"id\":\"r\",\"status_v2\":\"queued\",\"queuing_disabled\":ture}]}");
        QTest::newRow("empty") << QByteArray();
    }

    void leavesTheRestToTheGeneralReading()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!Api::RunPage::readCommonShape(json));
    }

    void readsTheCanonicalTimestamp()
    {
        const auto page = Api::RunPage::readCommonShape(oneRun);
        QVERIFY(page);
        QCOMPARE(page->runs.at(0).createdAt,
                 *Api::Rfc3339::parse(QStringLiteral("2026-11-28T14:12:12.576Z")));
        QCOMPARE(page->nextPageToken, QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestRunPage)
#include "tst_runpage.moc"
