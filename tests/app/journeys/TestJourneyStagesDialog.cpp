// The stage editor: the tree shows every stage with its touchpoints, retired
// ones greyed and marked; adding, renaming, moving, retiring and restoring go
// through the domain and show at once; a duplicate name is refused with the
// reason in the dialog and changes nothing.

#include "GuiTestSupport.h"
#include "app/journeys/JourneyStagesDialog.h"
#include "domain/journeys/JourneyEditor.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;

class TestJourneyStagesDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = test::newGuiDatabase(m_dir);
    }

    static QStringList stages(const app::JourneyStagesDialog& dialog) {
        QStringList names;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i)
            names << dialog.tree()->topLevelItem(i)->text(0);
        return names;
    }

    void theTreeShowsTheStagesAndTheirTouchpoints() {
        auto ws = test::openAs(m_path, "sup");
        app::JourneyStagesDialog dialog(*ws);
        QCOMPARE(stages(dialog), QStringList({"Awareness", "Evaluation and purchase", "Use",
                                              "After-sales", "Referral"}));
        QCOMPARE(dialog.tree()->topLevelItem(0)->childCount(), 3);
        QCOMPARE(dialog.tree()->topLevelItem(0)->child(1)->text(0),
                 QStringLiteral("Website visit"));
        QVERIFY(!dialog.changed());
    }

    void editsGoThroughTheDomainAndShowAtOnce() {
        auto ws = test::openAs(m_path, "admin");
        app::JourneyStagesDialog dialog(*ws);
        QVERIFY(dialog.addStage(QStringLiteral("Loyalty")));
        QCOMPARE(stages(dialog).last(), QStringLiteral("Loyalty"));
        QVERIFY(dialog.changed());
        QVERIFY(dialog.addTouchpoint(QStringLiteral("Member club")));
        QCOMPARE(dialog.tree()->topLevelItem(5)->child(0)->text(0), QStringLiteral("Member club"));
        QVERIFY(dialog.select(QStringLiteral("Loyalty")));
        QVERIFY(dialog.moveUp());
        QCOMPARE(stages(dialog).at(4), QStringLiteral("Loyalty"));
        QVERIFY(dialog.rename(QStringLiteral("Retention")));
        QCOMPARE(stages(dialog).at(4), QStringLiteral("Retention"));

        QVERIFY(dialog.select(QStringLiteral("Retention"), QStringLiteral("Member club")));
        QVERIFY(dialog.retire());
        QTreeWidgetItem* club = dialog.tree()->topLevelItem(4)->child(0);
        QCOMPARE(club->text(0), QStringLiteral("Member club (retired)"));
        QVERIFY(club->foreground(0).color() !=
                dialog.tree()->topLevelItem(0)->foreground(0).color());
        QVERIFY(dialog.restore());
        QCOMPARE(dialog.tree()->topLevelItem(4)->child(0)->text(0), QStringLiteral("Member club"));
        auto layout = domain::JourneyEditor(*ws).layout();
        QVERIFY(layout.ok());
        QCOMPARE(layout->stages.at(4).name, std::string("Retention"));
    }

    void aDuplicateNameIsRefusedInTheDialog() {
        auto ws = test::openAs(m_path, "admin");
        app::JourneyStagesDialog dialog(*ws);
        const QStringList before = stages(dialog);
        QVERIFY(!dialog.addStage(QStringLiteral("Awareness")));
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QCOMPARE(stages(dialog), before);
        QVERIFY(!dialog.changed());
    }

    void anAccountManagerIsRefused() {
        auto ws = test::openAs(m_path, "am1");
        app::JourneyStagesDialog dialog(*ws);
        QVERIFY(!dialog.addStage(QStringLiteral("Anything")));
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
    }

private:
    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestJourneyStagesDialog)
#include "TestJourneyStagesDialog.moc"
