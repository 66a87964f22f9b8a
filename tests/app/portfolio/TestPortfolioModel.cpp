// The portfolio model: ids from a background query, rows read by page, a
// bounded page cache, newer queries superseding older ones, database sorting.

#include "GuiTestSupport.h"
#include "app/jobs/DatabaseWorker.h"
#include "app/portfolio/PortfolioModel.h"

#include <QSignalSpy>
#include <QTest>
#include <cstdio>

using namespace tessera;

namespace {

constexpr int kCustomers = 7000; // more than the page cache holds

std::string bulkCustomers() {
    std::string csv = "code,name,kind,owner,lifecycle,tags\n";
    for (int i = 1; i <= kCustomers; ++i) {
        char line[128];
        std::snprintf(line, sizeof line, "K%05d,Customer %05d,company,%s,%s,%s\n", i, i,
                      i % 2 ? "am1" : "am2", i % 3 ? "growing" : "mature", i % 7 ? "" : "seven");
        csv += line;
    }
    return csv;
}

} // namespace

class TestPortfolioModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        test::initialiseGuiTest();
        m_path = m_dir.path("model.tessera");
        test::makeGuiDatabase(m_path);
        auto admin = test::openAs(m_path, "admin");
        test::importCsv(*admin, m_dir, domain::ImportKind::Customers, bulkCustomers());
    }

    void init() {
        m_ws = test::openAs(m_path, "admin");
        auto worker = m_ws->openWorker();
        QVERIFY(worker.ok());
        m_model = std::make_unique<app::PortfolioModel>(
            *m_ws, std::make_unique<app::DatabaseWorker>(std::move(*worker)));
    }

    void cleanup() {
        m_model.reset();
        m_ws.reset();
    }

    void loadsTheIdsInTheBackground() {
        QSignalSpy loaded(m_model.get(), &app::PortfolioModel::loaded);
        m_model->setFilter({});
        QVERIFY(m_model->isLoading()); // the query runs on the worker thread
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(test::waitForRows(*m_model));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_model->rowCount(), kCustomers + test::kGuiCustomers);
    }

    void showsTheFirstScreenBeforeTheWholeList() {
        QList<int> shown;
        connect(m_model.get(), &app::PortfolioModel::modelReset, this,
                [&] { shown << m_model->rowCount(); });
        m_model->setFilter({});
        QVERIFY(test::waitForRows(*m_model));
        QCOMPARE(shown, QList<int>({app::PortfolioModel::kFirstScreenRows,
                                    kCustomers + test::kGuiCustomers}));
    }

    void readsRowsInPagesWithABoundedCache() {
        domain::PortfolioFilter byCode;
        byCode.sort = storage::PortfolioSort::Code;
        m_model->setFilter(byCode);
        QVERIFY(test::waitForRows(*m_model));
        QCOMPARE(m_model->cachedPages(), std::size_t(0)); // nothing read before it is shown
        QCOMPARE(cell(6, app::PortfolioModel::CodeColumn), QStringLiteral("K00001"));
        QCOMPARE(m_model->cachedPages(), std::size_t(1));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(!cell(row, app::PortfolioModel::NameColumn).isEmpty());
        QVERIFY(m_model->cachedPages() <= app::PortfolioModel::kMaxCachedPages);
        QCOMPARE(cell(m_model->rowCount() - 1, app::PortfolioModel::CodeColumn),
                 QStringLiteral("K07000"));
        QCOMPARE(cell(6, app::PortfolioModel::CodeColumn), QStringLiteral("K00001"));
    }

    void showsTranslatedVocabulary() {
        domain::PortfolioFilter filter;
        filter.search = "K00003";
        m_model->setFilter(filter);
        QVERIFY(test::waitForRows(*m_model));
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(cell(0, app::PortfolioModel::KindColumn), QStringLiteral("Company"));
        QCOMPARE(cell(0, app::PortfolioModel::LifecycleColumn), QStringLiteral("Mature"));
        QCOMPARE(cell(0, app::PortfolioModel::OwnerColumn), QStringLiteral("am1"));
    }

    void aNewerQuerySupersedesTheRunningOne() {
        QSignalSpy loaded(m_model.get(), &app::PortfolioModel::loaded);
        m_model->setFilter({}); // all 7006 customers
        domain::PortfolioFilter acme;
        acme.search = "Acme";
        m_model->setFilter(acme);
        QVERIFY(test::waitForRows(*m_model));
        QTest::qWait(50); // a late result of the first query would arrive now
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(test::shownNames(*m_model), QStringList({"Acme Trading"}));
    }

    void filtersByTagAndStage() {
        domain::PortfolioFilter filter;
        filter.tag = "seven";
        filter.lifecycle = "mature";
        m_model->setFilter(filter);
        QVERIFY(test::waitForRows(*m_model));
        QCOMPARE(m_model->rowCount(), kCustomers / 21); // multiples of 7 and of 3
    }

    void sortsInTheDatabase() {
        m_model->setFilter({});
        QVERIFY(test::waitForRows(*m_model));
        m_model->sort(app::PortfolioModel::CodeColumn, Qt::DescendingOrder);
        QVERIFY(m_model->isLoading());
        QVERIFY(test::waitForRows(*m_model));
        QCOMPARE(cell(0, app::PortfolioModel::CodeColumn), QStringLiteral("K07000"));
        m_model->sort(app::PortfolioModel::TagsColumn, Qt::AscendingOrder);
        QVERIFY(!m_model->isLoading()); // tags have no order: nothing to run
    }

    void findsRowsOfCustomers() {
        m_model->setFilter({});
        QVERIFY(test::waitForRows(*m_model));
        const std::int64_t id = m_model->customerId(42);
        QVERIFY(id > 0);
        QCOMPARE(m_model->rowOf(id), 42);
        QCOMPARE(m_model->rowOf(-5), -1);
        QCOMPARE(m_model->customerId(m_model->rowCount()), std::int64_t(0));
    }

private:
    QString cell(int row, int column) const {
        return m_model->index(row, column).data().toString();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<domain::Workspace> m_ws;
    std::unique_ptr<app::PortfolioModel> m_model;
};

QTEST_MAIN(TestPortfolioModel)
#include "TestPortfolioModel.moc"
