// What the main window's command palette lists.
#include "palettesources.h"

#include "commandpalette.h"

#include "models/entitylistmodel.h"
#include "models/experiments/experimentlistmodel.h"
#include "models/runs/runlistmodel.h"
#include "ui/ensembles/ensemblestab.h"
#include "ui/entities/entitytab.h"
#include "ui/entities/inputsetstab.h"
#include "ui/entities/inputstab.h"
#include "ui/entities/instancestab.h"
#include "ui/entities/versionstab.h"
#include "ui/experiments/experimentstab.h"
#include "ui/mainwindow.h"
#include "ui/runs/runstab.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTabWidget>

namespace Ui::PaletteSources {

namespace {

using Models::PaletteEntry;
using Kind = PaletteEntry::Kind;

// Translation context for the texts of these free functions.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ui::PaletteSources)
};

// "&New Run…" → "New Run…"; "&&" stands for one '&'.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                plain.append(text.at(++i));
            continue;
        }
        plain.append(text.at(i));
    }
    return plain;
}

void collectActions(const QList<QAction *> &actions, const QString &path,
                    QList<PaletteEntry> &entries)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || !action->isEnabled())
            continue;
        const QString title = withoutMnemonic(action->text());
        if (const QMenu *menu = QMenu::menuInAction(action)) {
            collectActions(menu->actions(),
                           path.isEmpty() ? title : Text::tr("%1 › %2").arg(path, title), entries);
            continue;
        }
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        entries.append({Kind::Action, title,
                        shortcut.isEmpty() ? path : Text::tr("%1 · %2").arg(path, shortcut),
                        [action = QPointer<QAction>(action)] {
                            if (action && action->isEnabled())
                                action->trigger();
                        },
                        true});
    }
}

QList<PaletteEntry> runs(MainWindow &window)
{
    RunsTab *tab = window.runsTab();
    const Models::RunListModel *model = tab->model();
    QList<PaletteEntry> entries;
    if (!model)
        return entries;
    entries.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const Api::RunSummary &run = model->run(row);
        entries.append({Kind::Run, run.name.isEmpty() ? run.id : run.name, run.id,
                        [&window, tab, id = run.id] {
                            window.goToTab(tab, [tab, id] { tab->selectRun(id); });
                        },
                        true});
    }
    return entries;
}

QList<PaletteEntry> experiments(MainWindow &window)
{
    using ExperimentKind = Models::ExperimentListModel::Kind;
    ExperimentsTab *tab = window.experimentsTab(); // built by install()
    const Models::ExperimentListModel *model = tab->model();
    QList<PaletteEntry> entries;
    entries.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const Models::ExperimentListModel::Row &experiment = *model->row(model->index(row, 0));
        const auto show = [tab, kind = experiment.kind, id = experiment.id] {
            switch (kind) {
            case ExperimentKind::Batch:
                tab->showBatchExperiment(id);
                break;
            case ExperimentKind::Acceptance:
                tab->showAcceptanceTest(id);
                break;
            case ExperimentKind::Shadow:
                tab->showShadowTest(id);
                break;
            case ExperimentKind::Switchback:
                tab->showSwitchbackTest(id);
                break;
            }
        };
        entries.append(
            {Kind::Experiment, experiment.name.isEmpty() ? experiment.id : experiment.name,
             Text::tr("%1 · %2").arg(experiment.id,
                                     Models::ExperimentListModel::kindText(experiment.kind)),
             [&window, tab, show] { window.goToTab(tab, show); }, true});
    }
    return entries;
}

QList<PaletteEntry> entities(MainWindow &window, EntityTab *tab, Kind kind)
{
    const Models::EntityListModelBase *model = tab->model();
    QList<PaletteEntry> entries;
    entries.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString id = index.data(Models::EntityListModelBase::IdRole).toString();
        const QString name = index.data(Models::EntityListModelBase::NameRole).toString();
        entries.append(
            {kind, name.isEmpty() ? id : name, id,
             [&window, tab, id] { window.goToTab(tab, [tab, id] { tab->selectId(id); }); }, true});
    }
    return entries;
}

} // namespace

QList<PaletteEntry> menuActions(const QMenuBar *menuBar)
{
    QList<PaletteEntry> entries;
    collectActions(menuBar->actions(), {}, entries);
    return entries;
}

void install(CommandPalette &palette, MainWindow &window)
{
    // The tabs build when first shown; the palette lists what they hold, so from its first
    // opening on they are built (and load their lists) even while unseen.
    using Tab = MainWindow::Tab;
    window.ensureTab(Tab::Experiments);
    palette.addSource([&window] { return menuActions(window.menuBar()); });
    palette.addSource([&window] { return runs(window); });
    palette.addSource([&window] { return experiments(window); });
    const QList<std::pair<Tab, Kind>> tabs{
        {Tab::Versions, Kind::Version},   {Tab::Instances, Kind::Instance},
        {Tab::Inputs, Kind::Input},       {Tab::InputSets, Kind::InputSet},
        {Tab::Ensembles, Kind::Ensemble},
    };
    for (const auto &[which, kind] : tabs) {
        auto *tab = static_cast<EntityTab *>(window.ensureTab(which));
        palette.addSource([&window, tab, kind] { return entities(window, tab, kind); });
    }
}

} // namespace Ui::PaletteSources
