// SPDX-License-Identifier: MIT
// Amazon EC2 instance types and which families offer nested virtualization on virtual (non-metal) instances.
#pragma once

#include "coreexport.h"
#include <QList>
#include <QString>

#include <optional>

namespace nestready::aws {

// An instance type taken apart at its dot: "m8i-flex.large" is family "m8i-flex", size "large";
// "m5.metal" and "m7i.metal-24xl" are bare metal.
struct InstanceType {
    QString name;   // as given, trimmed
    QString family; // lower case: "m8i", "m8i-flex", "c8id"
    QString size;   // lower case: "large", "2xlarge", "metal", "metal-24xl"
    bool isMetal() const { return size.startsWith(QLatin1String("metal")); }
};

// Parses an instance type; nullopt when it is not "family.size" (empty, no dot, spaces, garbage).
NESTREADY_CORE_EXPORT std::optional<InstanceType> parseInstanceType(const QString &name);

// A family the documentation lists as offering nested virtualization (the launch or CPU option
// NestedVirtualization=enabled).
struct NestedFamily {
    QString family;           // "m8i-flex"
    bool englishPage = false; // listed on the English user guide or API reference; false: only on AWS's
                              // Chinese edition of the user guide, which lists more families
    QString sourceUrl;
    QString readOn; // ISO date the page was read
};

// The table row for a family, or nullopt when no page lists it.
NESTREADY_CORE_EXPORT std::optional<NestedFamily> nestedFamily(const QString &family);
// Every row, in table order (for tests and docs).
NESTREADY_CORE_EXPORT QList<NestedFamily> nestedFamilies();

} // namespace nestready::aws
