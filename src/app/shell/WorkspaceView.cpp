#include "app/shell/WorkspaceView.h"

#include "app/common/MessageBoxes.h"
#include "app/common/Text.h"
#include "app/customer/CustomerPanel.h"
#include "app/jobs/DatabaseWorker.h"
#include "app/portfolio/PortfolioModel.h"
#include "app/portfolio/PortfolioView.h"
#include "app/warnings/WarningsView.h"

#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace tessera::app {
namespace {

const QString kSplitterKey = QStringLiteral("window/splitter");

} // namespace

WorkspaceView::WorkspaceView(QMainWindow* window, QWidget* welcome)
    : WorkspaceContext(window), m_window(window), m_pages(new QStackedWidget(window)),
      m_welcome(welcome), m_undo(new QUndoStack(this)) {
    m_pages->addWidget(m_welcome);
}

WorkspaceView::~WorkspaceView() = default;

QWidget* WorkspaceView::viewsParent() const {
    return m_splitter;
}

std::int64_t WorkspaceView::currentCustomerId() const {
    return m_portfolio ? m_portfolio->currentCustomerId() : 0;
}

void WorkspaceView::showStatus(const QString& message, int milliseconds) {
    m_window->statusBar()->showMessage(message, milliseconds);
}

std::unique_ptr<domain::Workspace> WorkspaceView::openWorkerOrWarn() {
    auto worker = m_workspace->openWorker();
    if (!worker) {
        showError(m_window, tr("Tessera"), worker.error());
        return nullptr;
    }
    return std::move(*worker);
}

void WorkspaceView::open(std::unique_ptr<domain::Workspace> workspace) {
    if (!workspace)
        return;
    close();
    m_workspace = std::move(workspace);
    if (!createViews()) {
        m_workspace.reset();
        return;
    }
    emit opened();
    emit changed();
    emit statusChanged();
}

void WorkspaceView::close() {
    if (!m_workspace)
        return;
    emit closing();
    m_cover = nullptr;
    m_undo->clear();
    // Views and their connections first, then the workspace's own connection.
    destroyViews();
    delete m_busyPage;
    m_busyPage = nullptr;
    m_workspace.reset();
    m_pages->setCurrentWidget(m_welcome);
    emit closed();
    emit changed();
    emit statusChanged();
}

bool WorkspaceView::createViews() {
    auto queryConnection = openWorkerOrWarn();
    auto detailConnection = queryConnection ? openWorkerOrWarn() : nullptr;
    if (!detailConnection)
        return false;
    buildViews(std::make_unique<DatabaseWorker>(std::move(queryConnection)),
               std::make_unique<DatabaseWorker>(std::move(detailConnection)));
    return true;
}

void WorkspaceView::buildViews(std::unique_ptr<DatabaseWorker> queryWorker,
                               std::unique_ptr<DatabaseWorker> detailWorker) {
    m_detailWorker = std::move(detailWorker);
    m_model = new PortfolioModel(*m_workspace, std::move(queryWorker), this);
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setChildrenCollapsible(false);
    m_portfolio = new PortfolioView(*m_model, *m_detailWorker, m_splitter);
    m_panel = new CustomerPanel(*m_detailWorker, m_workspace->calendar(), m_splitter);
    m_panel->setMinimumWidth(380);
    m_panel->setVisible(m_detailsVisible);
    m_warnings = new WarningsView(*m_workspace, m_splitter);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_portfolio, tr("Portfolio"));
    m_tabs->addTab(m_warnings, tr("Warnings"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({860, 500});
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    m_pages->addWidget(m_splitter);
    showCurrentPage();

    connect(m_portfolio, &PortfolioView::currentCustomerChanged, m_panel,
            &CustomerPanel::showCustomer);
    connect(m_portfolio, &PortfolioView::currentCustomerChanged, this, &WorkspaceContext::changed);
    connect(m_panel, &CustomerPanel::loaded, this, &WorkspaceContext::changed);
    connect(m_portfolio, &PortfolioView::customerActivated, this,
            &WorkspaceContext::customerActivated);
    connect(m_warnings, &WarningsView::customerActivated, this, &WorkspaceView::openCustomer);
    connect(m_warnings, &WarningsView::loaded, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_warnings), tr("Warnings (%L1)").arg(count));
    });
    connect(m_model, &PortfolioModel::loadingChanged, this, &WorkspaceContext::statusChanged);
    connect(m_model, &PortfolioModel::loaded, this, &WorkspaceContext::statusChanged);
    connect(m_model, &PortfolioModel::failed, this,
            [this](const QString& message) { showStatus(message, 10000); });
    emit viewsBuilt();
    m_portfolio->searchEdit()->setFocus();
}

void WorkspaceView::destroyViews() {
    if (!m_splitter)
        return;
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
    // Views first, then the model and the workers they use.
    delete m_splitter;
    m_splitter = nullptr;
    m_tabs = nullptr;
    m_portfolio = nullptr;
    m_warnings = nullptr;
    m_panel = nullptr;
    delete m_model;
    m_model = nullptr;
    m_detailWorker.reset();
}

void WorkspaceView::showCurrentPage() {
    if (m_cover)
        m_pages->setCurrentWidget(m_cover);
    else if (m_splitter)
        m_pages->setCurrentWidget(m_splitter);
    else if (m_busyPage)
        m_pages->setCurrentWidget(m_busyPage);
}

void WorkspaceView::setCover(QWidget* cover) {
    m_cover = cover;
    if (cover && m_pages->indexOf(cover) < 0)
        m_pages->addWidget(cover);
    showCurrentPage();
}

void WorkspaceView::suspend(const QString& reason) {
    destroyViews();
    if (!m_busyPage) {
        m_busyPage = new QLabel(m_pages);
        m_busyPage->setObjectName(QStringLiteral("busyPage"));
        m_busyPage->setAlignment(Qt::AlignCenter);
        m_busyPage->setWordWrap(true);
        m_pages->addWidget(m_busyPage);
    }
    m_busyPage->setText(reason);
    showCurrentPage();
    emit changed();
    emit statusChanged();
}

void WorkspaceView::resume() {
    if (!m_workspace || m_splitter)
        return;
    if (!createViews())
        return close();
    delete m_busyPage;
    m_busyPage = nullptr;
    showCurrentPage();
    emit changed();
    emit statusChanged();
}

void WorkspaceView::customerChanged(std::int64_t customerId) {
    if (!m_model)
        return;
    if (customerId != 0)
        m_portfolio->selectWhenLoaded(customerId);
    m_model->refresh();
    m_portfolio->reloadChoices();
    if (customerId == 0 || customerId == m_panel->customerId())
        m_panel->reload();
    if (m_warnings->hasLoaded())
        m_warnings->reload();
    emit dataChanged(customerId);
}

void WorkspaceView::setDetailsVisible(bool visible) {
    if (m_panel)
        m_panel->setVisible(visible);
    if (visible == m_detailsVisible)
        return;
    m_detailsVisible = visible;
    emit detailsVisibleChanged(visible);
}

// A warning's customer opens in the 360 view beside the list, which stays
// open for the next warning; the portfolio selects it too when it is loaded,
// so the Edit actions work on the customer shown.
void WorkspaceView::openCustomer(std::int64_t customerId) {
    if (!m_portfolio)
        return;
    setDetailsVisible(true);
    m_portfolio->selectCustomer(customerId);
    m_panel->showCustomer(customerId);
}

void WorkspaceView::showWarnings() {
    if (m_tabs)
        m_tabs->setCurrentWidget(m_warnings);
}

} // namespace tessera::app
