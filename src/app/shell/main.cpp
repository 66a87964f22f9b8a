// tessera [--db FILE] [--demo-database] [--lang CODE]: the desktop application.

#include "app/common/AppResources.h"
#include "app/shell/LaunchOptions.h"
#include "app/shell/MainWindow.h"
#include "app/shell/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

int main(int argc, char* argv[]) {
    using namespace tessera::app;
    QApplication application(argc, argv);
    setApplicationIdentity();
    initialiseResources();
    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    Translations::install(Translations::choose(options.language));
    QApplication::setWindowIcon(appIcon(QStringLiteral("tessera")));

    MainWindow window;
    window.show();
    // Open after the window is on screen, so dialogs have a parent to centre on.
    QTimer::singleShot(0, &window, [&window, options] {
        const QString last = MainWindow::lastDatabase();
        if (options.demoDatabase)
            window.openDemoDatabase();
        else if (!options.databasePath.isEmpty())
            window.openDatabase(options.databasePath);
        else if (!last.isEmpty() && QFileInfo::exists(last))
            window.openDatabase(last);
    });
    return QApplication::exec();
}
