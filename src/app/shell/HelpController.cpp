#include "app/shell/HelpController.h"

#include "app/common/AppResources.h"
#include "app/common/MessageBoxes.h"
#include "app/shell/Translations.h"
#include "domain/workspace/Log.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMenu>
#include <QUrl>

namespace tessera::app {

HelpController::HelpController(QWidget* window, ActionRegistry& actions)
    : QObject(window), m_window(window) {
    QAction* language = actions.add(QStringLiteral("actionLanguage"), tr("&Language"));
    auto* languages = new QMenu(window);
    auto* group = new QActionGroup(this);
    const QString current = Translations::choose({});
    for (const QString& code : Translations::available()) {
        QAction* choice = languages->addAction(Translations::nativeName(code));
        choice->setCheckable(true);
        choice->setChecked(code == current);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    language->setMenu(languages);
    actions.placeInMenu(Menu::View, 1, language);

    QAction* logFolder = actions.add(QStringLiteral("actionShowLogFolder"), tr("Show &Log Folder"));
    connect(logFolder, &QAction::triggered, this, &HelpController::showLogFolder);
    QAction* about = actions.add(QStringLiteral("actionAbout"), tr("&About Tessera"));
    connect(about, &QAction::triggered, this, &HelpController::about);
    QAction* aboutQt = actions.add(QStringLiteral("actionAboutQt"), tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    actions.placeInMenu(Menu::Help, 0, logFolder);
    actions.placeInMenu(Menu::Help, 1, about);
    actions.placeInMenu(Menu::Help, 1, aboutQt);
}

void HelpController::chooseLanguage(const QString& code) {
    Translations::save(code);
    showMessage(
        m_window, QMessageBox::Information, tr("Language"),
        tr("Tessera will use %1 the next time it starts.").arg(Translations::nativeName(code)));
}

// The folder opens in the desktop's file manager; the log holds ids, counts,
// durations and error codes, for a support request.
void HelpController::showLogFolder() {
    const QString folder = domain::log::folder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        showMessage(m_window, QMessageBox::Information, tr("Log Folder"),
                    tr("Tessera's log is in %1.").arg(QDir::toNativeSeparators(folder)));
}

void HelpController::about() {
    QMessageBox* box = showMessage(
        m_window, QMessageBox::NoIcon, tr("About Tessera"),
        tr("<h3>Tessera CRM Workstation %1</h3>"
           "<p>Client portfolios, customer journeys, satisfaction and the return on relationship "
           "spending, in one local database file.</p>")
            .arg(QCoreApplication::applicationVersion()));
    box->setIconPixmap(appIcon(QStringLiteral("tessera")).pixmap(64, 64));
}

} // namespace tessera::app
