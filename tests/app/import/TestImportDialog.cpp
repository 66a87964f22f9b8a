// File > Import: the choices become the ImportRequest the domain runs, and a
// missing file is caught before anything starts.

#include "GuiTestSupport.h"
#include "app/import/ImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using namespace tessera;

class TestImportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void describesTheRequest() {
        const std::string file = m_dir.path("purchases.txt");
        test::writeFile(file, "00001 19970101 1 11.77\n");
        app::ImportDialog dialog;
        dialog.setKind(domain::ImportKind::Transactions);
        dialog.setFile(QString::fromStdString(file));
        QVERIFY(!dialog.cdnowCheck()->isHidden());
        dialog.cdnowCheck()->setChecked(true);
        dialog.createCustomersCheck()->setChecked(true);
        dialog.strictCheck()->setChecked(true);
        dialog.encodingCombo()->setCurrentIndex(
            dialog.encodingCombo()->findData(static_cast<int>(domain::TextEncoding::Gbk)));
        const domain::ImportRequest request = dialog.request();
        QCOMPARE(request.kind, domain::ImportKind::Transactions);
        QCOMPARE(request.path, file);
        QVERIFY(request.cdnowFormat);
        QVERIFY(request.createCustomers);
        QVERIFY(request.strict);
        QCOMPARE(request.dialect.encoding, domain::TextEncoding::Gbk);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void offersOnlyTheOptionsThatApply() {
        app::ImportDialog dialog;
        dialog.setKind(domain::ImportKind::Customers);
        QVERIFY(dialog.cdnowCheck()->isHidden());
        QVERIFY(dialog.createCustomersCheck()->isHidden());
        dialog.cdnowCheck()->setChecked(true);
        QVERIFY(!dialog.request().cdnowFormat);
        dialog.setKind(domain::ImportKind::Interactions);
        QVERIFY(dialog.cdnowCheck()->isHidden());
        QVERIFY(!dialog.createCustomersCheck()->isHidden());
    }

    void everyLabelWithAShortcutNamesItsField() {
        app::ImportDialog dialog;
        QCOMPARE(test::labelsWithoutBuddy(dialog), QStringList());
    }

    void refusesAMissingFile() {
        app::ImportDialog dialog;
        dialog.setFile(QString::fromStdString(m_dir.path("nowhere.csv")));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

private:
    test::TempDir m_dir;
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
