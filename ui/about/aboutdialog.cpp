// The About dialog.
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Ui {

namespace {

struct Component
{
    QString name;
    QString licence;
    QString url;
};

// What the console ships, with its licence. NextDesk's own licence is not stated in the
// repository yet (no LICENSE file): list it here once it is.
QList<Component> components()
{
    return {
        {QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
         AboutDialog::tr("GNU LGPL version 3"), QStringLiteral("https://doc.qt.io/qt-6/lgpl.html")},
        {QStringLiteral("QtKeychain"), AboutDialog::tr("BSD 3-Clause licence"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {AboutDialog::tr("Breeze icons (KDE)"), AboutDialog::tr("GNU LGPL version 3 or later"),
         QStringLiteral("https://invent.kde.org/frameworks/breeze-icons")},
    };
}

QString html()
{
    QString licences;
    for (const Component &component : components())
        licences += QStringLiteral("<li><a href=\"%1\">%2</a>: %3</li>")
                        .arg(component.url, component.name.toHtmlEscaped(),
                             component.licence.toHtmlEscaped());
    return AboutDialog::tr(
               "<h2>NextDesk %1</h2>"
               "<p>A desktop console for <a href=\"https://www.nextmv.io\">Nextmv</a> decision "
               "applications, with a local server that runs them offline.</p>"
               "<h3>Build</h3>"
               "<p>Built with Qt %2, running on Qt %3.<br>Compiled by %4.<br>Qt: %5</p>"
               "<h3>Licences</h3><ul>%6</ul>")
        .arg(QApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), AboutDialog::compiler().toHtmlEscaped(),
             QString::fromLatin1(QLibraryInfo::build()).toHtmlEscaped(), licences);
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About NextDesk"));
    auto *icon = new QLabel(this);
    const QIcon appIcon = parent ? parent->windowIcon() : QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(style()->pixelMetric(QStyle::PM_MessageBoxIconSize) * 2));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("NextDesk icon"));

    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setOpenExternalLinks(true); // through QDesktopServices, in the user's browser
    m_text->setHtml(html());
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setAccessibleName(tr("About NextDesk"));
    // Reads like the dialog's own text (in either theme), yet Tab still reaches its links.
    m_text->viewport()->setAutoFillBackground(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 50, em * 32);
}

QString AboutDialog::compiler()
{
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_FULL_VER);
#else
    return tr("an unknown compiler");
#endif
}

} // namespace Ui
