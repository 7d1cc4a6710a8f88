// SPDX-License-Identifier: MIT
#include "probe.h"

#include "cloud/imdsprobe.h"

namespace nestready {

QList<Probe> ProbeSource::followUps(const EvidenceSet &evidence) const
{
    return cloud::imdsFollowUps(evidence, kind() == QLatin1String("live"), networkAllowed());
}

} // namespace nestready
