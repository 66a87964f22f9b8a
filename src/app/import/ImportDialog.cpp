#include "app/import/ImportDialog.h"

#include "app/common/Text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::app {

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Import Data"));
    resize(560, 0);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Customers"), static_cast<int>(domain::ImportKind::Customers));
    m_kind->addItem(tr("Transactions"), static_cast<int>(domain::ImportKind::Transactions));
    m_kind->addItem(tr("Interactions"), static_cast<int>(domain::ImportKind::Interactions));
    m_kind->addItem(tr("Survey responses"), static_cast<int>(domain::ImportKind::Surveys));
    m_kind->addItem(tr("Service tickets"), static_cast<int>(domain::ImportKind::Tickets));
    form->addRow(tr("&Import:"), m_kind);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("A CSV file (UTF-8, UTF-8 with BOM or GBK)"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto* fileLabel = new QLabel(tr("&File:"), this); // a layout row gets no buddy itself
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect automatically"), static_cast<int>(domain::TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(domain::TextEncoding::Utf8));
    m_encoding->addItem(tr("GBK (Simplified Chinese)"),
                        static_cast<int>(domain::TextEncoding::Gbk));
    form->addRow(tr("&Encoding:"), m_encoding);

    m_cdnow = new QCheckBox(tr("CDNOW format (whitespace-separated purchases)"), this);
    m_createCustomers = new QCheckBox(tr("Create customers for unknown customer codes"), this);
    m_strict = new QCheckBox(tr("Strict: import nothing if any row is rejected"), this);
    form->addRow(QString(), m_cdnow);
    form->addRow(QString(), m_createCustomers);
    form->addRow(QString(), m_strict);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ImportDialog::updateOptions);
    updateOptions();
}

void ImportDialog::updateOptions() {
    const auto kind = static_cast<domain::ImportKind>(m_kind->currentData().toInt());
    // CDNOW files hold purchases; customer files create customers by themselves.
    m_cdnow->setVisible(kind == domain::ImportKind::Transactions);
    m_createCustomers->setVisible(kind != domain::ImportKind::Customers);
}

void ImportDialog::setFile(const QString& path) {
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::setKind(domain::ImportKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

domain::ImportRequest ImportDialog::request() const {
    domain::ImportRequest request;
    request.kind = static_cast<domain::ImportKind>(m_kind->currentData().toInt());
    request.path = ss(QDir::fromNativeSeparators(m_file->text().trimmed()));
    request.cdnowFormat = !m_cdnow->isHidden() && m_cdnow->isChecked();
    request.dialect.encoding = static_cast<domain::TextEncoding>(m_encoding->currentData().toInt());
    request.createCustomers = !m_createCustomers->isHidden() && m_createCustomers->isChecked();
    request.strict = m_strict->isChecked();
    return request;
}

void ImportDialog::accept() {
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose the file to import.");
    else if (!QFileInfo(path).isFile())
        problem = tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path));
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

void ImportDialog::browse() {
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Import Data"), m_file->text(),
                                     tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!chosen.isEmpty())
        setFile(chosen);
}

} // namespace tessera::app
