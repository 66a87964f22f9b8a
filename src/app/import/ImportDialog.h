#pragma once

// File > Import: what to import (customers, transactions, interactions or
// survey responses), from which file, and how to read it.

#include "domain/import/ImportReport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tessera::app {

class ImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(QWidget* parent = nullptr);

    // The request the choices describe (without a rejects file: the window adds one).
    domain::ImportRequest request() const;
    void setFile(const QString& path);
    void setKind(domain::ImportKind kind);

    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QCheckBox* cdnowCheck() const { return m_cdnow; }
    QCheckBox* createCustomersCheck() const { return m_createCustomers; }
    QCheckBox* strictCheck() const { return m_strict; }

public slots:
    void accept() override;

private:
    void browse();
    void updateOptions();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QCheckBox* m_cdnow = nullptr;
    QComboBox* m_encoding = nullptr;
    QCheckBox* m_createCustomers = nullptr;
    QCheckBox* m_strict = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tessera::app
