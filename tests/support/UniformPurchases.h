#pragma once

// The homogeneous population for the unsound-fit tests: uniformly
// random customers, dates (1997-01-01 .. 1998-06-30) and amounts, in the
// CDNOW layout (id yyyymmdd CDs dollars), written as a real file. Nothing in
// it varies between customers, so BG/NBD and Gamma-Gamma fit without
// heterogeneity. A fixed seed of a fixed engine: the same file on every run.
// Header-only: it serves GoogleTest and Qt Test suites alike.

#include "domain/import/ImportService.h"
#include "domain/workspace/Workspace.h"

#include <QDate>
#include <QFile>
#include <random>
#include <stdexcept>
#include <string>

namespace tessera::test {

inline void writeUniformCdnow(const std::string& path, int rows = 20000, int customers = 2000) {
    std::mt19937_64 random(20261207);
    std::uniform_int_distribution<int> customer(1, customers), day(0, 545), cds(1, 5);
    std::uniform_real_distribution<double> dollars(5.0, 100.0);
    const QDate first(1997, 1, 1);
    QByteArray text;
    for (int row = 0; row < rows; ++row)
        text += QStringLiteral(" %1 %2 %3 %4\n")
                    .arg(customer(random), 5, 10, QLatin1Char('0'))
                    .arg(first.addDays(day(random)).toString(QStringLiteral("yyyyMMdd")))
                    .arg(cds(random))
                    .arg(dollars(random), 0, 'f', 2)
                    .toLatin1();
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        throw std::runtime_error("writing " + path);
}

// Writes the file beside nothing else and imports it, creating the customers.
inline void importUniformCdnow(domain::Workspace& ws, const std::string& path) {
    writeUniformCdnow(path);
    domain::ImportRequest request;
    request.kind = domain::ImportKind::Transactions;
    request.path = path;
    request.cdnowFormat = true;
    request.createCustomers = true;
    auto imported = domain::ImportService(ws).run(request);
    if (!imported)
        throw std::runtime_error("importing " + path + ": " + imported.error().message);
}

} // namespace tessera::test
