// Comma-separated values as spreadsheets read them (RFC 4180): fields quoted when they must
// be, numbers written exactly with a dot whatever the locale.
#pragma once

#include <QString>
#include <QStringList>

namespace Models::Csv {

QString field(const QString &text);
QString number(double value);
// One line, fields quoted as needed, without the line break.
QString line(const QStringList &fields);

} // namespace Models::Csv
