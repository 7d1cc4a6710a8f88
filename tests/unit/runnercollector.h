// SPDX-License-Identifier: MIT
// Every evidence item a ProbeRunner's run delivers, by key and in the order it came (tst_proberunner,
// tst_filereader).
#pragma once

#include "probes/proberunner.h"

#include <QMap>
#include <QStringList>

struct RunnerCollector {
    QMap<QString, nestready::Evidence> items;
    QStringList order;
    explicit RunnerCollector(nestready::ProbeRunner &runner) {
        QObject::connect(&runner, &nestready::ProbeRunner::evidenceReady,
                         [this](const QList<nestready::Evidence> &batch) {
                             for (const nestready::Evidence &e : batch) {
                                 items.insert(e.key, e);
                                 order.append(e.key);
                             }
                         });
    }
};
