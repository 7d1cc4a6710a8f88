// SPDX-License-Identifier: MIT
#include "resultswindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nestready {

ResultsWindow::ResultsWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tree(new QTreeWidget)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("nestready — can iEchor Desktop run here?"));
    m_model.setSession(session);

    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Status"), tr("Requirement"), tr("Finding")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Requirement results"));

    auto *again = new QPushButton(tr("Check &again"));
    connect(again, &QPushButton::clicked, m_session, &Session::start);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(again, 0, Qt::AlignRight);
    setCentralWidget(central);
    resize(900, 560);

    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ResultsWindow::refresh);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ResultsWindow::refresh);
    connect(m_session, &Session::finished, this, &ResultsWindow::refresh);
    refresh();
}

void ResultsWindow::refresh()
{
    m_tree->clear();
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex i = m_model.index(row);
        const bool pending = i.data(ResultModel::PendingRole).toBool();
        const auto status = Status(i.data(ResultModel::StatusRole).toInt());
        auto *item = new QTreeWidgetItem(m_tree, {pending ? tr("Checking…") : statusDisplayName(status),
                                                  i.data(Qt::DisplayRole).toString(),
                                                  i.data(ResultModel::SummaryRole).toString()});
        item->setToolTip(1, i.data(ResultModel::WhyRole).toString());
        const auto addChild = [&](const QString &label, const QString &text) {
            if (!text.isEmpty())
                new QTreeWidgetItem(item, {QString(), label, text});
        };
        addChild(tr("Why it matters"), i.data(ResultModel::WhyRole).toString());
        addChild(tr("Details"), i.data(ResultModel::DetailsRole).toString());
        addChild(tr("What to do"), i.data(ResultModel::RemedyRole).toString());
    }
    if (m_session->hasFinished())
        m_summary->setText(tr("%1 Passed: %2, warnings: %3, failed: %4.")
                               .arg(verdictSentence(m_session->results()))
                               .arg(m_model.count(Status::Pass))
                               .arg(m_model.count(Status::Warn))
                               .arg(m_model.count(Status::Fail)));
    else
        m_summary->setText(tr("Checking this machine…"));
}

} // namespace nestready
