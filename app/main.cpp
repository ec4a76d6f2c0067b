// nextdesk: the desktop console for Nextmv decision apps. Parses the command line, picks the
// connection, and shows the main window (all in App::ConsoleStartup, which the start-up bench
// runs too).
#include "consolestartup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    App::ConsoleStartup console(QApplication::arguments());
    if (console.checkLocalRequested())
        return console.checkLocal();
    console.openWindow();
    return console.exec();
}
