// Tickets on the real main window: Open Ticket on the selected customer, then
// respond, resolve and close it from the Tickets tab; each step is what the
// domain then reads.

#include "GuiTestSupport.h"
#include "app/portfolio/PortfolioView.h"
#include "app/shell/MainWindow.h"
#include "app/tickets/TicketController.h"
#include "app/tickets/TicketDialog.h"
#include "app/tickets/TicketsView.h"
#include "domain/tickets/TicketService.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tessera;

class TestTicketsView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initialiseGuiTest(); }

    void init() {
        m_path = test::newGuiDatabase(m_dir);
        m_window = std::make_unique<app::MainWindow>();
        m_window->show();
        test::signIn(*m_window, m_path, "am1");
        auto ws = test::openAs(m_path, "am1");
        m_customer = test::customerByCode(*ws, "A-001").id;
        m_window->portfolio()->selectCustomer(m_customer);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->portfolio()->currentCustomerId(), m_customer, 20000);
    }

    void cleanup() { m_window.reset(); }

    void aTicketIsOpenedRespondedToResolvedAndClosed() {
        test::whenDialogOpens<app::TicketDialog>([](app::TicketDialog& d) {
            d.category()->setCurrentIndex(d.category()->findData(QStringLiteral("delivery")));
            d.level()->setCurrentIndex(d.level()->findData(QStringLiteral("24h")));
            d.subject()->setText(QStringLiteral("Goods arrived damaged"));
            d.accept();
        });
        m_window->action(QStringLiteral("actionOpenTicket"))->trigger();
        app::TicketsView* view = m_window->tickets()->view();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isVisible() && view->tickets().size() == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!view->table()->selectedItems().isEmpty(), 20000);
        QCOMPARE(view->table()->item(0, 3)->text(), QStringLiteral("Goods arrived damaged"));
        const std::int64_t id = view->tickets().front().row.record.id;

        step(*view, domain::TicketStep::Respond);
        QCOMPARE(QString::fromStdString(domainTicket(id).statusAsOf), QStringLiteral("responded"));
        QTRY_VERIFY_WITH_TIMEOUT(view->button(domain::TicketStep::Resolve)->isEnabled(), 20000);
        step(*view, domain::TicketStep::Resolve);
        QCOMPARE(QString::fromStdString(domainTicket(id).statusAsOf), QStringLiteral("resolved"));
        // The open list no longer has it; the whole list does, and closes it.
        QTRY_VERIFY_WITH_TIMEOUT(view->tickets().empty(), 20000);
        view->scope()->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(view->tickets().size(), std::size_t(1), 20000);
        view->table()->selectRow(0);
        step(*view, domain::TicketStep::Close);
        QCOMPARE(QString::fromStdString(domainTicket(id).statusAsOf), QStringLiteral("closed"));
        QVERIFY(!domainTicket(id).level.firstResponseLate);
    }

    void anEmptySubjectStaysInTheFormWithItsReason() {
        QString error;
        test::whenDialogOpens<app::TicketDialog>([&error](app::TicketDialog& d) {
            d.accept();
            error = d.errorText();
            d.reject();
        });
        m_window->action(QStringLiteral("actionOpenTicket"))->trigger();
        QVERIFY2(error.contains(QStringLiteral("subject")), qPrintable(error));
        auto ws = test::openAs(m_path, "admin");
        QCOMPARE(ws->db().queryInt64("SELECT count(*) FROM tickets").value(), 0);
    }

private:
    void step(app::TicketsView& view, domain::TicketStep step) {
        QPushButton* button = view.button(step);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    domain::TicketView domainTicket(std::int64_t id) {
        auto ws = test::openAs(m_path, "am1");
        return domain::TicketService(*ws).find(id).value();
    }

    test::TempDir m_dir;
    std::string m_path;
    std::int64_t m_customer = 0;
    std::unique_ptr<app::MainWindow> m_window;
};

QTEST_MAIN(TestTicketsView)
#include "TestTicketsView.moc"
