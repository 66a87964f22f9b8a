// The campaign form: a supervisor records a campaign on an owner's
// portfolio (its customers fixed on saving) and edits it; a bad one is
// refused in the dialog, which stays open, and nothing is written; the
// Dashboards' ROI page offers the form only to those who may use it.

#include "GuiTestSupport.h"
#include "app/campaigns/CampaignDialog.h"
#include "app/dashboards/DashboardController.h"
#include "app/dashboards/DashboardView.h"
#include "app/shell/MainWindow.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace tessera;

class TestCampaignDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
    }

    void aSupervisorRecordsAndEditsACampaign() {
        auto ws = test::openAs(m_path, "sup");
        app::CampaignDialog dialog(*ws, std::nullopt);
        dialog.nameEdit()->setText(QStringLiteral("Spring visits"));
        dialog.costEdit()->setValue(250);
        dialog.targetKindBox()->setCurrentIndex(dialog.targetKindBox()->findData("owner"));
        dialog.ownerBox()->setCurrentIndex(dialog.ownerBox()->findData("am1"));
        dialog.accept();
        QCOMPARE(dialog.result(), static_cast<int>(QDialog::Accepted));
        auto saved = domain::CampaignService(*ws).find(dialog.savedId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->name, std::string("Spring visits"));
        QCOMPARE(saved->costCents, 25000);
        QCOMPARE(saved->customers, 3);
        app::CampaignDialog edit(*ws, *saved);
        QCOMPARE(edit.nameEdit()->text(), QStringLiteral("Spring visits"));
        edit.targetKindBox()->setCurrentIndex(edit.targetKindBox()->findData("customers"));
        edit.codesEdit()->setPlainText(QStringLiteral("A-001, A-002"));
        edit.accept();
        QCOMPARE(edit.result(), static_cast<int>(QDialog::Accepted));
        QCOMPARE(domain::CampaignService(*ws).find(dialog.savedId())->customers, 2);
    }

    void aBadCampaignStaysInTheDialogAndWritesNothing() {
        auto ws = test::openAs(m_path, "sup");
        const std::int64_t before = *ws->db().queryInt64("SELECT count(*) FROM campaigns");
        app::CampaignDialog dialog(*ws, std::nullopt);
        dialog.show();
        dialog.accept(); // no name
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("name")));
        dialog.nameEdit()->setText(QStringLiteral("Foreign"));
        dialog.targetKindBox()->setCurrentIndex(dialog.targetKindBox()->findData("customers"));
        dialog.codesEdit()->setPlainText(QStringLiteral("C-001")); // am3's: another team
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(*ws->db().queryInt64("SELECT count(*) FROM campaigns"), before);
    }

    void theRoiPageOffersTheFormOnlyToThoseWhoMayUseIt() {
        for (const auto& [user, allowed] :
             {std::pair{"sup", true}, std::pair{"am1", false}, std::pair{"ana", false}}) {
            app::MainWindow window;
            window.show();
            window.setWorkspace(test::openAs(m_path, user));
            app::DashboardView* view = window.dashboards()->view();
            QVERIFY(view);
            QCOMPARE(view->findChild<QPushButton*>(QStringLiteral("newCampaignButton")) != nullptr,
                     allowed);
            QCOMPARE(
                view->findChild<QPushButton*>(QStringLiteral("setTargetButton"))->isVisibleTo(view),
                allowed);
        }
    }

private:
    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestCampaignDialog)
#include "TestCampaignDialog.moc"
