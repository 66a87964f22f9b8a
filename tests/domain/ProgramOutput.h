#pragma once

// Runs a program that reads a written report back (pdftotext, pdfinfo,
// python3 with openpyxl) and returns what it printed; a failing run fails
// the test.

#include <QProcess>
#include <QStringList>
#include <gtest/gtest.h>
#include <string>

namespace tessera::test {

inline std::string programOutput(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput().toStdString();
}

} // namespace tessera::test
