// The portfolio screen's search box: typing pinyin initials or a
// two-character word shows the Chinese names they stand for (search keys).

#include "GuiTestSupport.h"
#include "app/jobs/DatabaseWorker.h"
#include "app/portfolio/PortfolioModel.h"
#include "app/portfolio/PortfolioView.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>

using namespace tessera;

class TestPortfolioView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = m_dir.path("view.tessera");
        test::makeGuiDatabase(m_path);
        auto admin = test::openAs(m_path, "admin");
        test::importCsv(*admin, m_dir, domain::ImportKind::Customers,
                        "code,name,kind\n"
                        "P1,张伟,person\n"
                        "P2,李娜,person\n"
                        "P3,Zoe Walker,person\n"
                        "K1,北京星辰科技有限公司,company\n"
                        "K2,上海贸易有限公司,company\n");
    }

    void typingPinyinInitialsShowsTheChineseName() {
        QCOMPARE(namesShownFor("zw"), QStringList({QStringLiteral("张伟")}));
        // With the space, also the Latin "Zhang Wei" (makeGuiDatabase), sorted first.
        QCOMPARE(namesShownFor("zhang wei"),
                 QStringList({QStringLiteral("Zhang Wei"), QStringLiteral("张伟")}));
    }

    void typingATwoCharacterWordFindsItInsideNames() {
        QCOMPARE(namesShownFor(QStringLiteral("科技")),
                 QStringList({QStringLiteral("北京星辰科技有限公司")}));
        QCOMPARE(namesShownFor(QStringLiteral("有限")),
                 QStringList(
                     {QStringLiteral("上海贸易有限公司"), QStringLiteral("北京星辰科技有限公司")}));
    }

private:
    // Types `text` into a fresh portfolio screen's search box, as a user
    // would, and returns the names the table then shows.
    QStringList namesShownFor(const QString& text) {
        auto ws = test::openAs(m_path, "admin");
        auto worker = ws->openWorker();
        auto lists = ws->openWorker();
        if (!worker || !lists)
            return {QStringLiteral("no worker")};
        app::PortfolioModel model(*ws, std::make_unique<app::DatabaseWorker>(std::move(*worker)));
        app::DatabaseWorker listsWorker(std::move(*lists));
        app::PortfolioView view(model, listsWorker);
        view.show();
        if (!test::waitForRows(model))
            return {QStringLiteral("not loaded")};
        // Latin letters come as key presses; Chinese text as an input method
        // commits it.
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(view.searchEdit(), text);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QApplication::sendEvent(view.searchEdit(), &commit);
        }
        // The view queries after a typing pause; wait until the rows changed.
        const bool filtered = QTest::qWaitFor([&] { return model.rowCount() < 5; }, 20000);
        if (!filtered || !test::waitForRows(model))
            return {QStringLiteral("not filtered")};
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, app::PortfolioModel::NameColumn).data().toString();
        return names;
    }

    test::TempDir m_dir;
    std::string m_path;
};

QTEST_MAIN(TestPortfolioView)
#include "TestPortfolioView.moc"
