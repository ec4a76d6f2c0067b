// The command palette (Ctrl+K, Ctrl+Shift+P), like Qt Creator's locator: a popup at the top of
// the window with a search field over a list of everything it can do or open, matched fuzzily
// as you type. Up/Down/PageUp/PageDown choose, Enter runs the choice and closes, Escape closes.
// What it lists comes from sources asked each time it opens, so it is never stale.
#pragma once

#include "models/palette/paletteentry.h"

#include <QFrame>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;

namespace Models {
class CommandPaletteModel;
}

namespace Ui {

class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    using Source = std::function<QList<Models::PaletteEntry>()>;

    // Pops up over `window`, which also outlives every activation the palette queues.
    explicit CommandPalette(QWidget *window);
    ~CommandPalette() override;

    void addSource(Source source);
    // Asks the sources for their entries, then shows the palette with an empty search.
    void popup();

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    Models::CommandPaletteModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void selectFirst();
    void updateCount();
    void place();

    QList<Source> m_sources;
    Models::CommandPaletteModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_count;
};

} // namespace Ui
