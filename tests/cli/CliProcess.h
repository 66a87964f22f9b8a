#pragma once

// Runs the real tessera-cli binary and captures what it printed.

#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <algorithm>
#include <map>
#include <string>

namespace tessera::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
    QJsonDocument json() const { return QJsonDocument::fromJson(QByteArray::fromStdString(out)); }
};

// The environment that signs in the standard users (TestSupport.h).
inline const std::map<QString, QString> kAdminEnv = {{"TESSERA_PASSWORD", kAdminPassword}};
inline const std::map<QString, QString> kUserEnv = {{"TESSERA_PASSWORD", kUserPassword}};

inline int lineCount(const std::string& text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

// `env` adds variables (TESSERA_PASSWORD etc.); `asNobody` runs it as the
// unprivileged user when the tests run as root.
inline CliRun runCli(const QStringList& args, const std::map<QString, QString>& env = {},
                     bool asNobody = false) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TESSERA_PASSWORD"));
    environment.remove(QStringLiteral("TESSERA_USER"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const auto& [key, value] : env)
        environment.insert(key, value);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    QString program = QStringLiteral(TESSERA_CLI_PATH);
    QStringList arguments = args;
    if (asNobody && ::geteuid() == 0) {
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), program} +
                    args;
        program = QStringLiteral("setpriv");
    }
    process.start(program, arguments);
    process.waitForFinished(600000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput().toStdString();
    run.err = process.readAllStandardError().toStdString();
    return run;
}

} // namespace tessera::test
