// Help → About NextDesk: the version, the Qt it was built with and runs on, how it was built,
// and the licences of NextDesk and what it ships, with links that open in the browser.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Ui {

class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTextBrowser *text() const { return m_text; }

    // The compiler this console was built with ("GCC 12.2.0").
    static QString compiler();

private:
    QTextBrowser *m_text;
};

} // namespace Ui
