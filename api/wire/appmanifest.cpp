// Requirements of a pushed app folder, from its manifest or its files.
#include "appmanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Api {

QJsonObject requirementsFromFolder(const QString &folder)
{
    QJsonObject req;
    QFile manifest(QDir(folder).filePath(QStringLiteral("app.yaml")));
    QString type;
    if (manifest.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // Only flat keys are needed here; a full YAML parser is not worth a dependency.
        static const QRegularExpression typeLine(QStringLiteral(R"(^type:\s*["']?(\w+))"),
                                                 QRegularExpression::MultilineOption);
        static const QRegularExpression entryLine(
            QStringLiteral(R"(^\s+entrypoint:\s*["']?([^"'\s]+))"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression cwdLine(QStringLiteral(R"(^\s+cwd:\s*["']?([^"'\s]+))"),
                                                QRegularExpression::MultilineOption);
        const QString text = QString::fromUtf8(manifest.readAll());
        type = typeLine.match(text).captured(1);
        if (const auto m = entryLine.match(text); m.hasMatch())
            req.insert(QStringLiteral("entrypoint"), m.captured(1));
        if (const auto m = cwdLine.match(text); m.hasMatch())
            req.insert(QStringLiteral("working_directory"), m.captured(1));
    }
    if (type.isEmpty()) {
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("main.py"))))
            type = QStringLiteral("python");
        else if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("main.jar"))))
            type = QStringLiteral("java");
        else
            type = QStringLiteral("binary");
    }
    req.insert(QStringLiteral("executable_type"), type);
    req.insert(QStringLiteral("runtime"), QStringLiteral("local"));
    return req;
}

} // namespace Api
