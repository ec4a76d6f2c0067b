// Tints the rows of a diff table by what happened to them (removed red, added green, moved
// blue, changed amber), faintly enough to read on light and dark palettes.
#pragma once

#include <QColor>
#include <QIdentityProxyModel>

#include <functional>
#include <optional>

namespace Ui {

class DiffColours final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffColours)

public:
    enum class Tint { Removed, Added, Moved, Changed };
    // Maps the model's kind (its value of `kindRole`) to a tint, or none.
    using TintOf = std::function<std::optional<Tint>(int kind)>;

    DiffColours(int kindRole, TintOf tintOf, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const int m_kindRole;
    const TintOf m_tintOf;
};

} // namespace Ui
