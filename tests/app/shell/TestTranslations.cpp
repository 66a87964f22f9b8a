// The Simplified Chinese translation: embedded in the application, loaded for
// zh_CN, covering the window's own text and the domain's vocabulary and messages.

#include "GuiTestSupport.h"
#include "app/common/AppResources.h"
#include "app/shell/MainWindow.h"
#include "app/shell/Translations.h"
#include "domain/workspace/AuditService.h"
#include "domain/records/Vocabulary.h"
#include "domain/workspace/Workspace.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QTest>

using namespace tessera;

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        app::setApplicationIdentity();
        app::initialiseResources();
    }

    void bothLanguagesAreEmbedded() {
        for (const QString& code : app::Translations::available())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/tessera_%1.qm").arg(code)),
                     qPrintable(code));
    }

    void chineseCoversTheWindowAndTheDomain() {
        QVERIFY(app::Translations::install(QStringLiteral("zh_CN")));
        app::MainWindow window;
        QStringList menus;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->isVisible()) // Administration waits for an administrator
                menus << menu->text();
        QCOMPARE(menus, QStringList({"文件(&F)", "编辑(&E)", "视图(&V)", "评分(&S)", "帮助(&H)"}));
        QCOMPARE(window.action("actionScoreNow")->text(), QStringLiteral("立即评分(&N)…"));
        QCOMPARE(window.action("actionNewCustomer")->text(), QStringLiteral("新建客户(&N)…"));
        QCOMPARE(window.action("actionLock")->text(), QStringLiteral("锁定会话(&L)"));
        QCOMPARE(window.action("actionAuditLog")->text(), QStringLiteral("审计日志(&A)…"));
        QCOMPARE(window.action("actionTierReport")->text(), QStringLiteral("等级报告(&T)…"));
        QCOMPARE(
            QCoreApplication::translate("TierReportLayout", "Tier report: scoring run %1 as of %2"),
            QStringLiteral("等级报告：评分批次 %1，基准日 %2"));
        // Domain strings use their own contexts (Vocabulary, Role, Workspace).
        QCOMPARE(domain::vocabulary::labelOf(domain::vocabulary::customerKinds(), "company"),
                 QStringLiteral("企业"));
        QCOMPARE(domain::vocabulary::labelOf(domain::vocabulary::tiers(), "Platinum"),
                 QStringLiteral("铂金"));
        QCOMPARE(QString::fromStdString(domain::roleDisplayName(domain::Role::AccountManager)),
                 QStringLiteral("客户经理"));
        storage::AuditVerification intact;
        intact.rowsChecked = 12;
        QCOMPARE(QString::fromStdString(domain::AuditService::describe(intact)),
                 QStringLiteral("审计日志完好：12 行均与哈希链吻合。"));
        const Error wrong{ErrorCode::NewerSchema, "schema 9"};
        QVERIFY(QString::fromStdString(domain::describeOpenError(wrong, "x.tessera"))
                    .contains(QStringLiteral("更高版本")));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
