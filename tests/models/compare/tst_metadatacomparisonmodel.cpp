// The metadata table of a comparison: instance, version, timing, sizes and every option, rows
// where runs differ marked, "differences only", and the CSV export.
#include "comparisonfixture.h"
#include "models/compare/metadatacomparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Models::ComparedRuns;
using Models::MetadataComparisonModel;
namespace CompareRoles = Models::CompareRoles;
using TestSupport::comparedRun;

class TestMetadataComparisonModel : public QObject
{
    Q_OBJECT

private:
    static ComparedRuns twoRuns()
    {
        Api::RunInformation first = comparedRun(QStringLiteral("r1"), QStringLiteral("a"), "{}",
                                                "{\"solve.duration\":\"10s\",\"limit\":3}");
        Api::RunInformation second = comparedRun(QStringLiteral("r2"), QStringLiteral("b"), "{}",
                                                 "{\"solve.duration\":\"30s\",\"limit\":3,"
                                                 "\"verbose\":true}");
        second.metadata.versionId = QStringLiteral("v2");
        second.metadata.inputSize = 2048;
        return ComparedRuns({first, second});
    }

    static QStringList column(const MetadataComparisonModel &model, int column)
    {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts.append(model.index(row, column).data().toString());
        return texts;
    }

    static int rowOf(const MetadataComparisonModel &model, const QString &field)
    {
        return int(column(model, MetadataComparisonModel::FieldColumn).indexOf(field));
    }

private Q_SLOTS:
    void fieldsAndOptionsSideBySide()
    {
        MetadataComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(twoRuns());
        QCOMPARE(model.columnCount(), 3);
        const QStringList fields = column(model, MetadataComparisonModel::FieldColumn);
        QVERIFY(fields.contains(QStringLiteral("Instance")));
        QCOMPARE(fields.mid(fields.size() - 3),
                 (QStringList{"Option limit", "Option solve.duration", "Option verbose"}));
        const int version = rowOf(model, QStringLiteral("Version"));
        QCOMPARE(model.index(version, 1).data().toString(), QStringLiteral("v1"));
        QCOMPARE(model.index(version, 2).data().toString(), QStringLiteral("v2"));
        QVERIFY(model.index(version, 1).data(CompareRoles::DiffersRole).toBool());
        const int instance = rowOf(model, QStringLiteral("Instance"));
        QVERIFY(!model.index(instance, 2).data(CompareRoles::DiffersRole).toBool());
        // An option one run lacks is empty there, and that is a difference.
        const int verbose = rowOf(model, QStringLiteral("Option verbose"));
        QCOMPARE(model.index(verbose, 1).data().toString(), QString());
        QCOMPARE(model.index(verbose, 2).data().toString(), QStringLiteral("true"));
        QVERIFY(model.index(verbose, 2).data(CompareRoles::DiffersRole).toBool());
        QCOMPARE(model.index(rowOf(model, "Option limit"), 1).data().toString(),
                 QStringLiteral("3"));
    }

    void differencesOnlyAndCsv()
    {
        MetadataComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(twoRuns());
        model.setDifferencesOnly(true);
        QCOMPARE(column(model, MetadataComparisonModel::FieldColumn),
                 (QStringList{"Name", "Version", "Input size", "Option solve.duration",
                              "Option verbose"}));
        QCOMPARE(model.toCsv(),
                 QStringLiteral("field,r1,r2\n"
                                "name,a,b\n"
                                "version,v1,v2\n"
                                "input_size,0,2048\n"
                                "option:solve.duration,10s,30s\n"
                                "option:verbose,,true\n"));
    }
};

QTEST_GUILESS_MAIN(TestMetadataComparisonModel)
#include "tst_metadatacomparisonmodel.moc"
