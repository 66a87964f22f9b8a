// Scoring > Scoring Profile: the versions and every setting of the selected
// one; saving asks for a reason and makes a new version, a save without a
// reason or with invalid settings is refused with the domain's message, old
// versions are read only, and so is everything for roles that may not edit.

#include "GuiTestSupport.h"
#include "app/scoring/ProfileSettingsEditor.h"
#include "app/scoring/ScoringController.h"
#include "app/scoring/ScoringProfileDialog.h"
#include "app/shell/MainWindow.h"
#include "domain/scoring/ProfileService.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

class TestScoringProfileDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
    }

    void cleanup() { m_window.reset(); }

    void showsTheCurrentVersionEditable() {
        app::ScoringProfileDialog* dialog = open("ana");
        QCOMPARE(dialog->versions()->rowCount(), 1);
        QCOMPARE(dialog->shownVersion(), std::int64_t(1));
        QVERIFY(!dialog->editor()->isReadOnly());
        QVERIFY(dialog->saveButton()->isVisible() && dialog->saveButton()->isEnabled());
        QCOMPARE(spin("tiers.lambda").value(), 0.6);
        QCOMPARE(spin("rfms_weights.monetary").value(), 0.3);
        QCOMPARE(spin("social_weights.referral").value(), 3.0);
        QVERIFY(dialog->editor()->field("warnings.churn_inactivity_days"));
        QVERIFY(dialog->editor()->field("kmeans.seed"));
    }

    void savesANewVersionWithAReason() {
        app::ScoringProfileDialog* dialog = open("ana");
        spin("tiers.lambda").setValue(0.5);
        QSignalSpy saved(dialog, &app::ScoringProfileDialog::saved);
        test::whenDialogOpens<QInputDialog>([](QInputDialog& ask) {
            ask.setTextValue("Surveys matter more this year");
            ask.accept();
        });
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toLongLong(), 2LL);
        auto ws = test::openAs(m_path, "admin");
        const domain::ProfileVersion current = domain::ProfileService(*ws).current().value();
        QCOMPARE(current.version, std::int64_t(2));
        QCOMPARE(current.parameters.tiers.lambda, 0.5);
        QCOMPARE(current.reason, std::string("Surveys matter more this year"));
        QCOMPARE(current.author, std::string("ana"));
        QTRY_COMPARE(dialog->versions()->rowCount(), 2);
        QCOMPARE(dialog->shownVersion(), std::int64_t(2));
    }

    void refusesToSaveWithoutAReason() {
        app::ScoringProfileDialog* dialog = open("admin");
        spin("clv.horizon").setValue(26);
        QSignalSpy failed(dialog, &app::ScoringProfileDialog::saveFailed);
        dialog->saveWithReason("   ");
        QVERIFY(failed.wait(10000));
        QVERIFY2(dialog->problemText().contains("reason is required"),
                 qPrintable(dialog->problemText()));
        auto ws = test::openAs(m_path, "admin");
        QCOMPARE(domain::ProfileService(*ws).current().value().version, std::int64_t(1));
    }

    void showsValidationProblemsBeforeAskingForAReason() {
        app::ScoringProfileDialog* dialog = open("admin");
        spin("rfms_weights.recency").setValue(0.5); // the weights no longer sum to 1
        spin("tiers.lambda").setValue(1.0);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // no reason dialog opens
        QVERIFY2(dialog->problemText().contains("must sum to 1"),
                 qPrintable(dialog->problemText()));
        auto* sum = dialog->editor()->findChild<QLabel*>("weightSum");
        QVERIFY2(sum->text().contains("must be 1"), qPrintable(sum->text()));
        spin("rfms_weights.recency").setValue(0.25);
        QVERIFY(dialog->problemText().isEmpty()); // editing clears the message
    }

    void showsOldVersionsReadOnly() {
        {
            auto ws = test::openAs(m_path, "ana");
            domain::ProfileService profiles(*ws);
            for (int i = 1; i <= 5; ++i)
                QVERIFY(profiles
                            .edit({"window.days=" + std::to_string(100 + i)},
                                  "Window trial " + std::to_string(i))
                            .ok());
        }
        app::ScoringProfileDialog* dialog = open("ana");
        QCOMPARE(dialog->versions()->rowCount(), 6);
        QCOMPARE(dialog->versions()->item(0, app::ScoringProfileDialog::ReasonColumn)->text(),
                 QStringLiteral("Window trial 5"));
        for (int version = 1; version <= 5; ++version) {
            dialog->selectVersion(version);
            QCOMPARE(dialog->shownVersion(), std::int64_t(version));
            QVERIFY(dialog->editor()->isReadOnly());
            QVERIFY(!dialog->saveButton()->isEnabled());
            QCOMPARE(spin("window.days").value(), version == 1 ? 365.0 : 99.0 + version);
            QVERIFY(spin("tiers.lambda").isReadOnly());
            QVERIFY2(dialog->titleLabel()->text().contains("read only"),
                     qPrintable(dialog->titleLabel()->text()));
        }
        dialog->selectVersion(6);
        QVERIFY(!dialog->editor()->isReadOnly());
        QVERIFY(dialog->saveButton()->isEnabled());
    }

    void accountManagersMayOnlyRead() {
        app::ScoringProfileDialog* dialog = open("am1");
        QVERIFY(dialog->editor()->isReadOnly());
        QVERIFY(!dialog->saveButton()->isVisible());
        QVERIFY(dialog->titleLabel()->text().contains("your role may not change it"));
        // The domain refuses even if the window were bypassed.
        QSignalSpy failed(dialog, &app::ScoringProfileDialog::saveFailed);
        dialog->saveWithReason("trying anyway");
        QVERIFY(failed.wait(10000));
        QVERIFY2(dialog->problemText().contains("may not"), qPrintable(dialog->problemText()));
    }

private:
    app::ScoringProfileDialog* open(const std::string& user) {
        m_window->setWorkspace(test::openAs(m_path, user));
        app::ScoringProfileDialog* dialog = m_window->scoring()->openScoringProfile();
        if (dialog && dialog->versions()->rowCount() == 0) {
            QSignalSpy loaded(dialog, &app::ScoringProfileDialog::versionsLoaded);
            loaded.wait(10000);
        }
        m_dialog = dialog;
        return dialog;
    }

    // A numeric setting's editor (spin boxes of either kind read as double).
    struct Spin {
        QAbstractSpinBox* box;
        double value() const {
            if (auto* d = qobject_cast<QDoubleSpinBox*>(box))
                return d->value();
            return qobject_cast<QSpinBox*>(box)->value();
        }
        void setValue(double v) const {
            if (auto* d = qobject_cast<QDoubleSpinBox*>(box))
                return d->setValue(v);
            qobject_cast<QSpinBox*>(box)->setValue(static_cast<int>(v));
        }
        bool isReadOnly() const { return box->isReadOnly(); }
    };

    Spin spin(const char* key) const {
        auto* box = qobject_cast<QAbstractSpinBox*>(m_dialog->editor()->field(key));
        if (!box)
            qFatal("no numeric setting %s", key);
        return {box};
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<app::MainWindow> m_window;
    app::ScoringProfileDialog* m_dialog = nullptr;
};

QTEST_MAIN(TestScoringProfileDialog)
#include "TestScoringProfileDialog.moc"
