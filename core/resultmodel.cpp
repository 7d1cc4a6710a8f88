// SPDX-License-Identifier: MIT
#include "resultmodel.h"

namespace nestready {

ResultModel::ResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ResultModel::setSession(Session *session)
{
    beginResetModel();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::resultUpdated, this, [this](int row) {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i);
        });
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    endResetModel();
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_session ? 0 : int(m_session->results().size());
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !index.isValid() || index.row() >= m_session->results().size())
        return {};
    const CheckResult &r = m_session->results().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::ToolTipRole:
        return r.why;
    case IdRole:
        return r.id;
    case StatusRole:
        return int(r.finding.status);
    case StatusNameRole:
        return r.pending ? QStringLiteral("pending") : statusName(r.finding.status);
    case PendingRole:
        return r.pending;
    case SummaryRole:
        return r.finding.summary;
    case WhyRole:
        return r.why;
    case DetailsRole:
        return r.finding.details;
    case RemedyRole:
        return r.finding.remedy;
    case GuideRole:
        return r.finding.guide;
    case EvidenceKeysRole:
        return r.evidence;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "checkId"},
                  {StatusRole, "status"},
                  {StatusNameRole, "statusName"},
                  {PendingRole, "pending"},
                  {SummaryRole, "summary"},
                  {WhyRole, "why"},
                  {DetailsRole, "details"},
                  {RemedyRole, "remedy"},
                  {GuideRole, "guide"},
                  {EvidenceKeysRole, "evidenceKeys"}});
    return names;
}

int ResultModel::count(Status s) const
{
    int n = 0;
    if (m_session)
        for (const CheckResult &r : m_session->results())
            n += !r.pending && r.finding.status == s;
    return n;
}

int ResultModel::pendingCount() const
{
    int n = 0;
    if (m_session)
        for (const CheckResult &r : m_session->results())
            n += r.pending;
    return n;
}

} // namespace nestready
