#pragma once

// What `tessera [--db FILE] [--demo-database] [--lang CODE]` asks for.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tessera::app {

struct LaunchOptions {
    QString databasePath; // --db FILE
    bool demoDatabase = false;
    QString language; // --lang zh_CN; empty: the saved choice or the system's

    // Parses the application's arguments; exits with a message on --help,
    // --version or a bad argument, as command-line programs do.
    static LaunchOptions parse(const QStringList& arguments);
};

} // namespace tessera::app
