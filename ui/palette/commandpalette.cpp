// The command palette.
#include "commandpalette.h"

#include "paletteitemdelegate.h"

#include "models/palette/commandpalettemodel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QVBoxLayout>

namespace Ui {

namespace {

// Rows the list shows at once.
constexpr int visibleRows = 10;
// The palette's width in average characters, at most, and in parts of the window's width.
constexpr int widthInCharacters = 90;
constexpr double widthOfWindow = 0.7;

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window, Qt::Popup)
    , m_model(new Models::CommandPaletteModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_count(new QLabel(this))
{
    setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
    setAccessibleName(tr("Command palette"));
    m_search->setPlaceholderText(tr("Type to search actions, runs, experiments…"));
    m_search->setAccessibleName(tr("Search actions and items"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteItemDelegate(m_list));
    m_list->setAccessibleName(tr("Matching actions and items"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // typing always goes to the search field
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_model, &Models::CommandPaletteModel::setQuery);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectFirst();
        updateCount();
    });
    connect(m_list, &QAbstractItemView::clicked, this, &CommandPalette::activate);
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::addSource(Source source)
{
    m_sources.append(std::move(source));
}

void CommandPalette::popup()
{
    QList<Models::PaletteEntry> entries;
    for (const Source &source : std::as_const(m_sources))
        entries.append(source());
    {
        QSignalBlocker blocker(m_search); // the model is told just below
        m_search->clear();
    }
    m_model->setQuery({});
    m_model->setEntries(std::move(entries));
    place();
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::place()
{
    QWidget *window = parentWidget();
    const QFontMetrics metrics(font());
    const int width = std::min(metrics.averageCharWidth() * widthInCharacters,
                               int(window->width() * widthOfWindow));
    const int rowHeight =
        m_list->itemDelegate()->sizeHint(QStyleOptionViewItem(), QModelIndex()).height();
    m_list->setMinimumHeight(rowHeight * visibleRows + 2 * m_list->frameWidth());
    // Below the menus and toolbars, centred, where a person looks for it.
    const auto *main = qobject_cast<QMainWindow *>(window);
    const QWidget *below = main && main->centralWidget() ? main->centralWidget() : window;
    const QPoint topCentre = below->mapToGlobal(QPoint(below->width() / 2, 0));
    resize(width, sizeHint().height());
    move(topCentre.x() - width / 2, topCentre.y());
}

void CommandPalette::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void CommandPalette::updateCount()
{
    const int listed = m_model->rowCount();
    const int matching = m_model->matchCount();
    if (matching == 0)
        m_count->setText(tr("Nothing matches."));
    else if (listed < matching)
        m_count->setText(tr("The best %1 of %n matches", nullptr, matching).arg(listed));
    else
        m_count->setText(tr("%n match(es)", nullptr, matching));
}

void CommandPalette::activate(const QModelIndex &index)
{
    if (!index.isValid() || !(m_model->flags(index) & Qt::ItemIsEnabled))
        return;
    // Run once the palette is gone, so that what it opens gets the focus and the entries (and
    // this callback's copy) may be replaced meanwhile.
    const std::function<void()> action = m_model->entry(index).activate;
    close();
    if (action)
        QMetaObject::invokeMethod(parentWidget(), action, Qt::QueuedConnection);
}

void CommandPalette::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    // Where the platform made the popup the active window (the offscreen one does), the window
    // it came from would otherwise stay inactive, its shortcuts dead.
    if (QWidget *window = parentWidget(); window && window->isVisible())
        window->activateWindow();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QApplication::sendEvent(m_list, key);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_list->currentIndex());
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace Ui
