// SPDX-License-Identifier: MIT
#pragma once

#include "session.h"

#include <QAbstractListModel>
#include <QPointer>

namespace nestready {

// The check results of a session as a list model, updated row by row as evidence arrives.
// The wizard's requirements page and the plain results window both show this model.
class ResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,     // Status as int; meaningless while PendingRole is true
        StatusNameRole, // machine word
        PendingRole,
        SummaryRole,
        WhyRole,
        DetailsRole,
        RemedyRole,
        GuideRole,
        EvidenceKeysRole,
    };
    Q_ENUM(Role)

    explicit ResultModel(QObject *parent = nullptr);
    void setSession(Session *session);
    Session *session() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Counts of finished rows by status, for the summary line.
    int count(Status s) const;
    int pendingCount() const;

private:
    QPointer<Session> m_session;
};

} // namespace nestready
