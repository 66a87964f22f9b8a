// The customer editor: validation messages beside the fields, the duplicate
// warning before creating, owners, contacts, and the domain's refusals
// (permission, a concurrent edit) shown in the dialog.

#include "GuiTestSupport.h"
#include "app/customer/CustomerEditorDialog.h"
#include "domain/customers/CustomerService.h"
#include "ui_CustomerEditorDialog.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

class TestCustomerEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() { m_path = test::newGuiDatabase(m_dir); }

    void showsValidationNextToTheFields() {
        auto ws = test::openAs(m_path, "am1");
        app::CustomerEditorDialog editor(*ws);
        editor.form().nameEdit->setText("Echo Media");
        editor.form().emailEdit->setText("not-an-email");
        editor.form().phoneEdit->setText("12ab");
        editor.accept();
        QVERIFY(editor.result() != QDialog::Accepted);
        QCOMPARE(editor.fieldError("code"), QStringLiteral("The customer code is required."));
        QVERIFY(editor.fieldError("email").contains("is not an email address"));
        QVERIFY(editor.fieldError("phone").contains("may only contain digits"));
        QVERIFY(editor.fieldError("name").isEmpty());
        // After the first Save the fields are checked as they change.
        QTest::keyClicks(editor.form().codeEdit, "E-001");
        QVERIFY(editor.fieldError("code").isEmpty());
        editor.form().emailEdit->setText("buyer@echo.example");
        QVERIFY(editor.fieldError("email").isEmpty());
    }

    void warnsAboutDuplicatesBeforeCreating() {
        auto ws = test::openAs(m_path, "am1");
        app::CustomerEditorDialog editor(*ws);
        editor.form().codeEdit->setText("A-200");
        editor.form().nameEdit->setText("Acme Trading");
        editor.accept();
        QVERIFY(editor.showsDuplicates());
        QVERIFY(editor.result() != QDialog::Accepted);
        QVERIFY(!domain::CustomerService(*ws).idForCode("A-200").ok());
        QCOMPARE(editor.form().duplicatesList->count(), 1);
        QVERIFY(editor.form().duplicatesList->item(0)->text().startsWith("A-001"));
        QCOMPARE(editor.form().buttonBox->button(QDialogButtonBox::Save)->text(),
                 QStringLiteral("Create Anyway"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(test::customerByCode(*ws, "A-200").name, std::string("Acme Trading"));
    }

    void warnsOfANameOrPhoneWrittenDifferently() {
        auto ws = test::openAs(m_path, "am1");
        app::CustomerEditorDialog byName(*ws);
        byName.form().codeEdit->setText("A-201");
        byName.form().nameEdit->setText(QStringLiteral("ＡＣＭＥ TRADING Co., Ltd."));
        byName.accept();
        QVERIFY(byName.showsDuplicates());
        QCOMPARE(byName.form().duplicatesList->count(), 1);
        QVERIFY(byName.form().duplicatesList->item(0)->text().startsWith("A-001"));

        // A-002's phone is "+86 138 0000 0000"; B-002 has it too, but is am2's.
        app::CustomerEditorDialog byPhone(*ws);
        byPhone.form().codeEdit->setText("A-202");
        byPhone.form().nameEdit->setText("Someone Else");
        byPhone.form().phoneEdit->setText("138-0000-0000");
        byPhone.accept();
        QVERIFY(byPhone.showsDuplicates());
        QCOMPARE(byPhone.form().duplicatesList->count(), 1);
        QVERIFY(byPhone.form().duplicatesList->item(0)->text().startsWith("A-002"));

        // A different company of a similar sound is no duplicate.
        app::CustomerEditorDialog other(*ws);
        other.form().codeEdit->setText("A-203");
        other.form().nameEdit->setText("Acme Tradings");
        other.accept();
        QVERIFY(!other.showsDuplicates());
        QCOMPARE(other.result(), int(QDialog::Accepted));
    }

    void accountManagersCreateIntoTheirOwnPortfolio() {
        auto ws = test::openAs(m_path, "am1");
        app::CustomerEditorDialog editor(*ws);
        QVERIFY(editor.form().ownerCombo->isHidden());
        editor.form().codeEdit->setText("A-300");
        editor.form().nameEdit->setText("Foxtrot Hotels");
        editor.form().kindCombo->setCurrentIndex(editor.form().kindCombo->findData("company"));
        editor.form().lifecycleCombo->setCurrentIndex(
            editor.form().lifecycleCombo->findData("growing"));
        editor.form().tagsEdit->setText("hotel, vip");
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const storage::CustomerRecord saved = test::customerByCode(*ws, "A-300");
        QCOMPARE(saved.ownerId, std::optional<std::int64_t>(ws->session().userId));
        QCOMPARE(saved.lifecycle, std::string("growing"));
        QCOMPARE(saved.tags, std::vector<std::string>({"hotel", "vip"}));
    }

    void administratorsChooseTheOwner() {
        auto ws = test::openAs(m_path, "admin");
        app::CustomerEditorDialog editor(*ws);
        QComboBox* owner = editor.form().ownerCombo;
        QVERIFY(!owner->isHidden());
        owner->setCurrentIndex(owner->findText("am3"));
        editor.form().codeEdit->setText("C-100");
        editor.form().nameEdit->setText("Golf Supplies");
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        auto am3 = test::openAs(m_path, "am3");
        QCOMPARE(test::customerByCode(*am3, "C-100").name, std::string("Golf Supplies"));
    }

    void savesContacts() {
        auto ws = test::openAs(m_path, "am1");
        app::CustomerEditorDialog editor(*ws);
        editor.setRecord(test::customerByCode(*ws, "A-003"));
        editor.form().addContactButton->click();
        QTableWidget* contacts = editor.form().contactsTable;
        QCOMPARE(contacts->rowCount(), 1);
        contacts->item(0, 0)->setText("Wang Fang");
        contacts->item(0, 1)->setText("Buyer");
        contacts->item(0, 3)->setText("wang.fang@bright.example");
        contacts->item(0, 4)->setCheckState(Qt::Checked);
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const storage::CustomerRecord saved = test::customerByCode(*ws, "A-003");
        QCOMPARE(saved.contacts.size(), std::size_t(1));
        QCOMPARE(saved.contacts[0].name, std::string("Wang Fang"));
        QVERIFY(saved.contacts[0].isPrimary);
        QCOMPARE(saved.contacts[0].email, std::optional<std::string>("wang.fang@bright.example"));
    }

    void reportsAConcurrentEdit() {
        auto ws = test::openAs(m_path, "am1");
        app::CustomerEditorDialog editor(*ws);
        editor.setRecord(test::customerByCode(*ws, "A-003"));
        auto other = test::openAs(m_path, "admin");
        storage::CustomerRecord theirs = test::customerByCode(*other, "A-003");
        theirs.region = "West";
        QVERIFY(domain::CustomerService(*other).update(theirs).ok());

        editor.form().regionEdit->setText("North");
        editor.accept();
        QVERIFY(editor.result() != QDialog::Accepted);
        QVERIFY2(editor.errorText().contains("changed"), qPrintable(editor.errorText()));
        QCOMPARE(test::customerByCode(*other, "A-003").region, std::string("West"));
    }

    void showsPermissionRefusals() {
        auto ws = test::openAs(m_path, "sup");
        app::CustomerEditorDialog editor(*ws);
        editor.form().codeEdit->setText("S-001");
        editor.form().nameEdit->setText("Hotel India");
        editor.accept();
        QVERIFY(editor.result() != QDialog::Accepted);
        QVERIFY2(editor.errorText().contains("may not"), qPrintable(editor.errorText()));
    }

private:
    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestCustomerEditor)
#include "TestCustomerEditor.moc"
