// SPDX-License-Identifier: MIT
// The floor for `nestready check --json --no-network` (tests/bench/bench_cli.sh, docs/benchmarks.md): a bare
// Qt Core program that reads the files a live Linux check reads and prints them as one JSON document, and
// nothing else -- no threads, no deadlines, no facts, no checks, no translations.
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const char *files[] = {"/sys/class/dmi/id/sys_vendor",
                           "/sys/class/dmi/id/product_name",
                           "/sys/class/dmi/id/product_version",
                           "/sys/class/dmi/id/bios_vendor",
                           "/sys/class/dmi/id/board_vendor",
                           "/sys/class/dmi/id/chassis_vendor",
                           "/sys/class/dmi/id/chassis_asset_tag",
                           "/sys/firmware/dmi/entries/0-0/raw",
                           "/proc/cpuinfo",
                           "/proc/meminfo",
                           "/proc/sys/kernel/osrelease",
                           "/proc/sys/kernel/hostname",
                           "/sys/hypervisor/type",
                           "/sys/hypervisor/properties/features",
                           "/sys/module/kvm_intel/parameters/nested",
                           "/sys/module/kvm_amd/parameters/nested",
                           "/sys/module/kvm/parameters/ignore_msrs",
                           "/run/host/container-manager",
                           "/run/systemd/container",
                           "/proc/1/cgroup",
                           "/proc/1/environ",
                           "/etc/os-release"};
    QJsonObject out;
    for (const char *name : files) {
        QFile f(QString::fromLatin1(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(QString::fromLatin1(name), QString::fromUtf8(f.readAll()));
    }
    const QByteArray json = QJsonDocument(out).toJson();
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
