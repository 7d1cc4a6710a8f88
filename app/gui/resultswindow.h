// SPDX-License-Identifier: MIT
#pragma once

#include "resultmodel.h"

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace nestready {

// A plain window that lists the live check results. The setup wizard replaces it; both show the
// same ResultModel.
class ResultsWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ResultsWindow(Session *session, QWidget *parent = nullptr);

private:
    void refresh();

    Session *m_session;
    ResultModel m_model;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace nestready
