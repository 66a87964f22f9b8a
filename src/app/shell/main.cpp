// tessera [--db FILE] [--demo-database] [--lang CODE]: the desktop application.

#include "app/common/AppResources.h"
#include "app/session/SessionController.h"
#include "app/shell/LaunchOptions.h"
#include "app/shell/MainWindow.h"
#include "app/shell/Translations.h"
#include "domain/workspace/Log.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

int main(int argc, char* argv[]) {
    using namespace tessera::app;
    QApplication application(argc, argv);
    setApplicationIdentity();
    initialiseResources();
    // A log that cannot be written does not stop the application.
    (void)tessera::domain::log::start({"tessera", false, {}});
    tessera::domain::log::logger().info("application started version={}",
                                        QCoreApplication::applicationVersion().toStdString());
    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    Translations::install(Translations::choose(options.language));
    QApplication::setWindowIcon(appIcon(QStringLiteral("tessera")));

    MainWindow window;
    window.show();
    // Open after the window is on screen, so dialogs have a parent to centre on.
    QTimer::singleShot(0, &window, [&window, options] {
        const QString last = SessionController::lastDatabase();
        if (options.demoDatabase)
            window.session()->openDemoDatabase();
        else if (!options.databasePath.isEmpty())
            window.session()->openDatabase(options.databasePath);
        else if (!last.isEmpty() && QFileInfo::exists(last))
            window.session()->openDatabase(last);
    });
    const int code = QApplication::exec();
    tessera::domain::log::logger().info("application exit={}", code);
    return code;
}
