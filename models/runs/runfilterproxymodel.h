// Sorting and filtering of the runs table: by status, instance, version, text (name, ID,
// description) and creation date range. Sorts on raw values, not display text.
#pragma once

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Models {

class RunFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunFilterProxyModel)

public:
    explicit RunFilterProxyModel(QObject *parent = nullptr);

    // Empty sets and strings mean "any".
    void setStatuses(const QSet<int> &statuses);
    void setInstance(const QString &instanceId);
    void setVersion(const QString &versionId);
    void setText(const QString &text);
    // Invalid bounds are open.
    void setCreatedRange(const QDateTime &from, const QDateTime &to);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<int> m_statuses;
    QString m_instance;
    QString m_version;
    QString m_text;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace Models
