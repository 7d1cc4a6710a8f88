<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Pass</source>
        <extracomment>Status word of a requirement that is met</extracomment>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status word of a requirement that is met with a caveat</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>Status word of a requirement that is not met</extracomment>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status word of a requirement that does not apply here</extracomment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Status word of a requirement that could not be checked</extracomment>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop cannot run here yet: %n requirement(s) not met.</source>
        <translation>
            <numerusform>iEchor Desktop kann hier noch nicht laufen: %n Voraussetzung ist nicht erfüllt.</numerusform>
            <numerusform>iEchor Desktop kann hier noch nicht laufen: %n Voraussetzungen sind nicht erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fails, but some requirements could not be checked.</source>
        <translation>Nichts schlägt fehl, aber einige Voraussetzungen ließen sich nicht prüfen.</translation>
    </message>
    <message>
        <source>iEchor Desktop should run here, with the warnings below.</source>
        <translation>iEchor Desktop sollte hier laufen, mit den Warnungen unten.</translation>
    </message>
    <message>
        <source>iEchor Desktop can run here.</source>
        <translation>iEchor Desktop kann hier laufen.</translation>
    </message>
    <message>
        <source>Whether /dev/kvm exists could not be read.</source>
        <translation>Ob /dev/kvm existiert, ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist, because VT-x/AMD-V is not available.</source>
        <translation>/dev/kvm existiert nicht, weil VT-x/AMD-V nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Make hardware virtualization available first (see the check above); the kernel then creates /dev/kvm once the kvm module loads.</source>
        <translation>Machen Sie zuerst die Hardware-Virtualisierung verfügbar (siehe die Prüfung oben); der Kernel legt /dev/kvm dann an, sobald das kvm-Modul geladen ist.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: the KVM module is not loaded.</source>
        <translation>/dev/kvm existiert nicht: Das KVM-Modul ist nicht geladen.</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_amd</source>
        <translation>Laden Sie es mit: sudo modprobe kvm_amd</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_intel</source>
        <translation>Laden Sie es mit: sudo modprobe kvm_intel</translation>
    </message>
    <message>
        <source>/dev/kvm exists and you may use it.</source>
        <translation>/dev/kvm existiert, und Sie dürfen es verwenden.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but your user may not open it.</source>
        <translation>/dev/kvm existiert, aber Ihr Benutzer darf es nicht öffnen.</translation>
    </message>
    <message>
        <source>Add yourself to the kvm group with: sudo usermod -aG kvm $USER — then sign out and back in.</source>
        <translation>Fügen Sie sich der Gruppe kvm hinzu mit: sudo usermod -aG kvm $USER – melden Sie sich danach ab und wieder an.</translation>
    </message>
    <message>
        <source>/dev/kvm exists but cannot be opened.</source>
        <translation>/dev/kvm existiert, lässt sich aber nicht öffnen.</translation>
    </message>
    <message>
        <source>Check that the kvm_intel or kvm_amd module is loaded (lsmod | grep kvm).</source>
        <translation>Prüfen Sie, ob das Modul kvm_intel oder kvm_amd geladen ist (lsmod | grep kvm).</translation>
    </message>
    <message>
        <source>KVM device (/dev/kvm)</source>
        <translation>KVM-Gerät (/dev/kvm)</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM, through /dev/kvm. Your user must be allowed to open it.</source>
        <translation>iEchor Desktop für Linux betreibt seine VM mit KVM über /dev/kvm. Ihr Benutzer muss es öffnen dürfen.</translation>
    </message>
    <message>
        <source>A physical machine: iEchor Desktop runs its Linux VM directly on this hardware.</source>
        <translation>Ein physischer Rechner: iEchor Desktop betreibt seine Linux-VM direkt auf dieser Hardware.</translation>
    </message>
    <message>
        <source>A virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>Eine virtuelle Maschine auf einem Hypervisor, den nestready nicht erkennt.</translation>
    </message>
    <message>
        <source>Find out which hypervisor runs this VM (ask your administrator) and pick it on the &quot;Your machine&quot; page so that nestready can show the right steps.</source>
        <translation>Finden Sie heraus, welcher Hypervisor diese VM betreibt (fragen Sie Ihre Administration), und wählen Sie ihn auf der Seite „Ihr Rechner“, damit nestready die passenden Schritte zeigen kann.</translation>
    </message>
    <message>
        <source>A virtual machine on %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>Eine virtuelle Maschine auf %1: iEchor Desktop braucht hier verschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>Does not apply inside a container.</source>
        <translation>Trifft in einem Container nicht zu.</translation>
    </message>
    <message>
        <source>Running natively on a physical machine is what the vendor recommends.</source>
        <translation>Der Hersteller empfiehlt, es direkt auf einem physischen Rechner zu betreiben.</translation>
    </message>
    <message>
        <source>Support for virtual machines and VDI desktops is for iEchor Business customers only, and covers one instance of iEchor Desktop per machine.</source>
        <translation>Unterstützung für virtuelle Maschinen und VDI-Desktops gibt es nur für iEchor-Business-Kunden, und sie gilt für eine Instanz von iEchor Desktop pro Rechner.</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization.</source>
        <translation>Der Hersteller unterstützt iEchor Desktop für Linux nicht unter verschachtelter Virtualisierung.</translation>
    </message>
    <message>
        <source>It may still work when the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support. The vendor recommends running it natively.</source>
        <translation>Es kann trotzdem funktionieren, wenn die VM VT-x/AMD-V und /dev/kvm bereitstellt, aber Probleme dort liegen außerhalb des Herstellersupports. Der Hersteller empfiehlt den direkten Betrieb auf der Hardware.</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>Verwenden Sie für eine unterstützte Einrichtung einen physischen Linux-Rechner, oder machen Sie im Wissen weiter, dass Sie außerhalb des Herstellersupports sind.</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor supports.</source>
        <translation>VMware ESXi ist eine der zwei Plattformen, die der Hersteller unterstützt.</translation>
    </message>
    <message>
        <source>Only ESXi is covered: VMware Workstation and Fusion are not. From inside the VM nestready cannot tell them apart. VMware itself does not support nested hypervisors (KB 2009916), though they work.</source>
        <translation>Nur ESXi ist abgedeckt, VMware Workstation und Fusion nicht. Innerhalb der VM kann nestready sie nicht unterscheiden. VMware selbst unterstützt verschachtelte Hypervisoren nicht (KB 2009916), obwohl sie funktionieren.</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor supports.</source>
        <translation>Azure-VMs sind eine der zwei Plattformen, die der Hersteller unterstützt.</translation>
    </message>
    <message>
        <source>Microsoft supports nested Hyper-V on Azure on sizes that offer it.</source>
        <translation>Microsoft unterstützt verschachteltes Hyper-V auf Azure bei den VM-Größen, die es anbieten.</translation>
    </message>
    <message>
        <source>The vendor does not support Xen, and Citrix Hypervisor (XenServer) does not offer nested virtualization.</source>
        <translation>Der Hersteller unterstützt Xen nicht, und Citrix Hypervisor (XenServer) bietet keine verschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure.</source>
        <translation>Der Hersteller hat nur VMware ESXi und Azure getestet.</translation>
    </message>
    <message>
        <source>Move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Verlegen Sie diesen Desktop auf VMware ESXi oder eine Azure-VM, oder nutzen Sie statt einer lokalen VM den Cloud-Offload-Dienst des Herstellers.</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not %1.</source>
        <translation>Der Hersteller unterstützt nur VMware ESXi und Azure-VMs, nicht %1.</translation>
    </message>
    <message>
        <source>iEchor Desktop may still work here once nested virtualization is on; problems are then outside the vendor&apos;s support and belong to your hypervisor vendor.</source>
        <translation>iEchor Desktop kann hier trotzdem laufen, sobald verschachtelte Virtualisierung eingeschaltet ist; Probleme liegen dann außerhalb des Herstellersupports und gehören zum Hersteller Ihres Hypervisors.</translation>
    </message>
    <message>
        <source>For a supported setup use VMware ESXi or an Azure VM; otherwise turn on nested virtualization with the guide for your platform.</source>
        <translation>Für eine unterstützte Einrichtung nehmen Sie VMware ESXi oder eine Azure-VM; andernfalls schalten Sie die verschachtelte Virtualisierung mit der Anleitung für Ihre Plattform ein.</translation>
    </message>
    <message>
        <source>Not inside a container.</source>
        <translation>Nicht in einem Container.</translation>
    </message>
    <message>
        <source>This is Windows Subsystem for Linux, not a full Linux machine.</source>
        <translation>Dies ist das Windows-Subsystem für Linux, kein vollständiger Linux-Rechner.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Windows on the Windows side; it uses WSL 2 by itself.</source>
        <translation>Installieren Sie iEchor Desktop für Windows auf der Windows-Seite; es nutzt WSL 2 von selbst.</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own virtual machine, which a container cannot do.</source>
        <translation>iEchor Desktop startet eine eigene virtuelle Maschine, und das kann ein Container nicht.</translation>
    </message>
    <message>
        <source>Run nestready and iEchor Desktop on the machine or VM that hosts this container.</source>
        <translation>Führen Sie nestready und iEchor Desktop auf dem Rechner oder der VM aus, auf der dieser Container läuft.</translation>
    </message>
    <message>
        <source>Nested virtualization is on: VT-x/AMD-V reaches this VM.</source>
        <translation>Verschachtelte Virtualisierung ist eingeschaltet: VT-x/AMD-V erreicht diese VM.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is available to this OS.</source>
        <translation>VT-x/AMD-V steht diesem Betriebssystem zur Verfügung.</translation>
    </message>
    <message>
        <source>Second-level address translation is missing.</source>
        <translation>Die Adressübersetzung zweiter Ebene (SLAT) fehlt.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a CPU with SLAT (Intel EPT or AMD RVI). In a VM, check that the hypervisor passes it through.</source>
        <translation>iEchor Desktop braucht eine CPU mit SLAT (Intel EPT oder AMD RVI). Prüfen Sie in einer VM, ob der Hypervisor sie durchreicht.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available: it is probably switched off in the firmware.</source>
        <translation>VT-x/AMD-V ist nicht verfügbar: Vermutlich ist es in der Firmware ausgeschaltet.</translation>
    </message>
    <message>
        <source>Restart into the BIOS/UEFI settings and turn on Intel Virtualization Technology (VT-x) or AMD SVM, then check again.</source>
        <translation>Starten Sie neu in die BIOS/UEFI-Einstellungen, schalten Sie Intel Virtualization Technology (VT-x) oder AMD SVM ein und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nested virtualization is off: %1 does not pass VT-x/AMD-V to this VM.</source>
        <translation>Verschachtelte Virtualisierung ist ausgeschaltet: %1 reicht VT-x/AMD-V nicht an diese VM durch.</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM on its host (the VM usually has to be powered off), then check again.</source>
        <translation>Schalten Sie auf dem Host dieser VM die verschachtelte Virtualisierung für sie ein (meist muss die VM dazu ausgeschaltet sein) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available to this OS.</source>
        <translation>VT-x/AMD-V steht diesem Betriebssystem nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization where this OS runs, then check again.</source>
        <translation>Schalten Sie die Hardware-Virtualisierung dort ein, wo dieses Betriebssystem läuft, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The CPU features could not be read.</source>
        <translation>Die CPU-Merkmale ließen sich nicht lesen.</translation>
    </message>
    <message>
        <source>A 64-bit CPU.</source>
        <translation>Eine 64-Bit-CPU.</translation>
    </message>
    <message>
        <source>The CPU is not 64-bit.</source>
        <translation>Die CPU ist keine 64-Bit-CPU.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a 64-bit (x86-64 or Arm64) CPU.</source>
        <translation>iEchor Desktop braucht eine 64-Bit-CPU (x86-64 oder Arm64).</translation>
    </message>
    <message>
        <source>The processor count could not be read.</source>
        <translation>Die Anzahl der Prozessoren ließ sich nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s).</source>
        <translation>
            <numerusform>%n logischer Prozessor.</numerusform>
            <numerusform>%n logische Prozessoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested VMs with 4 cores; with fewer, containers and the VM compete for CPU.</source>
        <translation>Der Hersteller hat VMs mit 4 Kernen getestet; mit weniger konkurrieren Container und VM um die CPU.</translation>
    </message>
    <message>
        <source>Give this VM at least 4 virtual processors.</source>
        <translation>Geben Sie dieser VM mindestens 4 virtuelle Prozessoren.</translation>
    </message>
    <message>
        <source>The memory size could not be read.</source>
        <translation>Die Größe des Arbeitsspeichers ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>%1 of memory.</source>
        <translation>%1 Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory.</source>
        <translation>iEchor Desktop braucht mindestens 4 GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Give this VM at least 4 GB of memory; 12 GB or more as tested.</source>
        <translation>Geben Sie dieser VM mindestens 4 GB Arbeitsspeicher, wie getestet 12 GB oder mehr.</translation>
    </message>
    <message>
        <source>Add memory: iEchor Desktop needs at least 4 GB.</source>
        <translation>Bauen Sie Arbeitsspeicher ein: iEchor Desktop braucht mindestens 4 GB.</translation>
    </message>
    <message>
        <source>The minimum is 4 GB, but the vendor tested VMs with 12 GB (and Azure D4s_v5 with 16 GB).</source>
        <translation>Das Minimum sind 4 GB, aber der Hersteller hat VMs mit 12 GB getestet (und Azure D4s_v5 mit 16 GB).</translation>
    </message>
    <message>
        <source>Give this VM 12 GB of memory or more for room to run containers.</source>
        <translation>Geben Sie dieser VM 12 GB Arbeitsspeicher oder mehr, damit Platz für Container bleibt.</translation>
    </message>
    <message>
        <source>The free disk space could not be read.</source>
        <translation>Der freie Speicherplatz ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data.</source>
        <translation>%1 frei auf dem Datenträger, der die Daten von iEchor Desktop aufnehmen wird.</translation>
    </message>
    <message>
        <source>The vendor publishes no minimum; nestready asks for 2 GB to install and warns below 20 GB because images and the VM disk grow quickly.</source>
        <translation>Der Hersteller nennt kein Minimum; nestready verlangt 2 GB für die Installation und warnt unter 20 GB, weil Images und die VM-Festplatte schnell wachsen.</translation>
    </message>
    <message>
        <source>Free up disk space (at least 2 GB, better 20 GB).</source>
        <translation>Geben Sie Speicherplatz frei (mindestens 2 GB, besser 20 GB).</translation>
    </message>
    <message>
        <source>Free up disk space or enlarge the disk to 20 GB or more.</source>
        <translation>Geben Sie Speicherplatz frei oder vergrößern Sie den Datenträger auf 20 GB oder mehr.</translation>
    </message>
    <message>
        <source>Physical machine, VM or container</source>
        <translation>Physischer Rechner, VM oder Container</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine in a Linux VM. On a physical machine that VM runs directly on the hardware; inside a VM it needs nested virtualization; inside a container it cannot run.</source>
        <translation>iEchor Desktop betreibt seine Engine in einer Linux-VM. Auf einem physischen Rechner läuft diese VM direkt auf der Hardware; in einer VM braucht sie verschachtelte Virtualisierung; in einem Container kann sie nicht laufen.</translation>
    </message>
    <message>
        <source>Vendor support for this platform</source>
        <translation>Herstellersupport für diese Plattform</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure, for Business customers. Elsewhere it may work, but you are on your own.</source>
        <translation>Der Hersteller unterstützt iEchor Desktop in einer VM nur auf VMware ESXi und Azure, für Business-Kunden. Anderswo kann es funktionieren, aber Sie sind auf sich gestellt.</translation>
    </message>
    <message>
        <source>Not inside a container</source>
        <translation>Nicht in einem Container</translation>
    </message>
    <message>
        <source>iEchor Desktop must start a virtual machine, which is not possible from inside a container.</source>
        <translation>iEchor Desktop muss eine virtuelle Maschine starten, und das ist in einem Container nicht möglich.</translation>
    </message>
    <message>
        <source>Hardware virtualization (VT-x / AMD-V)</source>
        <translation>Hardware-Virtualisierung (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>The engine&apos;s Linux VM needs the CPU&apos;s virtualization extensions. In a VM the hypervisor must pass them through: that is nested virtualization.</source>
        <translation>Die Linux-VM der Engine braucht die Virtualisierungserweiterungen der CPU. In einer VM muss der Hypervisor sie durchreichen: Das ist verschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>64-bit CPU</source>
        <translation>64-Bit-CPU</translation>
    </message>
    <message>
        <source>iEchor Desktop runs only on 64-bit processors.</source>
        <translation>iEchor Desktop läuft nur auf 64-Bit-Prozessoren.</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Prozessoren</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory; its VM takes part of it.</source>
        <translation>iEchor Desktop braucht mindestens 4 GB Arbeitsspeicher; seine VM belegt einen Teil davon.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <source>Images, containers and the engine&apos;s VM disk are stored on this disk and grow with use.</source>
        <translation>Images, Container und die VM-Festplatte der Engine liegen auf diesem Datenträger und wachsen mit der Nutzung.</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine (%2).</source>
        <translation>Ein Container (%1) in einer virtuellen Maschine (%2).</translation>
    </message>
    <message>
        <source>A container (%1).</source>
        <translation>Ein Container (%1).</translation>
    </message>
    <message>
        <source>Inside a container (%1): iEchor Desktop cannot run here.</source>
        <translation>In einem Container (%1): iEchor Desktop kann hier nicht laufen.</translation>
    </message>
    <message>
        <source>The Windows build number could not be read.</source>
        <translation>Die Windows-Buildnummer konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is 32-bit Windows.</source>
        <translation>%1 ist ein 32-Bit-Windows.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows.</source>
        <translation>iEchor Desktop benötigt ein 64-Bit-Windows.</translation>
    </message>
    <message>
        <source>Install 64-bit Windows 11 23H2 or later (or Windows 10 22H2).</source>
        <translation>Installieren Sie 64-Bit-Windows 11 23H2 oder neuer (oder Windows 10 22H2).</translation>
    </message>
    <message>
        <source>%1: the vendor&apos;s version list covers Windows 10 and 11 only.</source>
        <translation>%1: Die Versionsliste des Herstellers umfasst nur Windows 10 und 11.</translation>
    </message>
    <message>
        <source>See the edition check for Windows Server.</source>
        <translation>Informationen zu Windows Server finden Sie bei der Prüfung der Windows-Edition.</translation>
    </message>
    <message>
        <source>On Arm64 the vendor offers only the WSL 2 backend, as early access.</source>
        <translation>Unter Arm64 bietet der Hersteller nur das WSL 2-Backend an, und zwar als Early Access.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 11 23H2 (build 22631).</source>
        <translation>%1 ist älter als Windows 11 23H2 (Build 22631).</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 11 23H2 or later, or Windows 10 22H2.</source>
        <translation>iEchor Desktop benötigt Windows 11 23H2 oder neuer oder Windows 10 22H2.</translation>
    </message>
    <message>
        <source>Install the latest Windows 11 feature update from Settings &gt; Windows Update, then check again.</source>
        <translation>Installieren Sie unter Einstellungen &gt; Windows Update das neueste Funktionsupdate für Windows 11, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 10 22H2 (build 19045).</source>
        <translation>%1 ist älter als Windows 10 22H2 (Build 19045).</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 10 22H2 or Windows 11 23H2 or later.</source>
        <translation>iEchor Desktop benötigt Windows 10 22H2 oder Windows 11 23H2 oder neuer.</translation>
    </message>
    <message>
        <source>Update to Windows 10 22H2 or, better, Windows 11 from Settings &gt; Windows Update, then check again.</source>
        <translation>Aktualisieren Sie unter Einstellungen &gt; Windows Update auf Windows 10 22H2 oder besser auf Windows 11, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1, 64-bit.</source>
        <translation>%1, 64 Bit.</translation>
    </message>
    <message>
        <source>The Windows edition could not be read.</source>
        <translation>Die Windows-Edition konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session (EditionID %1).</source>
        <translation>Windows Enterprise für mehrere Sitzungen (EditionID %1).</translation>
    </message>
    <message>
        <source>This client edition for Azure Virtual Desktop reports itself as a server (ProductType 3), but it is not Windows Server. Several users share one multi-session host, and the vendor does not support more than one instance of iEchor Desktop per machine.</source>
        <translation>Diese Client-Edition für Azure Virtual Desktop gibt sich als Server aus (ProductType 3), ist aber kein Windows Server. Mehrere Benutzer teilen sich einen Host mit mehreren Sitzungen, und der Hersteller unterstützt nicht mehr als eine Instanz von iEchor Desktop pro Computer.</translation>
    </message>
    <message>
        <source>Use a personal (single-session) desktop for iEchor Desktop, or make sure that only one user of this host runs it.</source>
        <translation>Verwenden Sie für iEchor Desktop einen persönlichen Desktop (mit nur einer Sitzung), oder stellen Sie sicher, dass nur ein Benutzer dieses Hosts es ausführt.</translation>
    </message>
    <message>
        <source>Windows Server (EditionID %1) is not supported by the vendor.</source>
        <translation>Windows Server (EditionID %1) wird vom Hersteller nicht unterstützt.</translation>
    </message>
    <message>
        <source>iEchor Desktop supports Windows 10 and 11 Pro, Enterprise and Education only.</source>
        <translation>iEchor Desktop unterstützt nur Windows 10 und 11 Pro, Enterprise und Education.</translation>
    </message>
    <message>
        <source>Use a Windows 11 Pro, Enterprise or Education machine or VM instead.</source>
        <translation>Verwenden Sie stattdessen einen Computer oder eine VM mit Windows 11 Pro, Enterprise oder Education.</translation>
    </message>
    <message>
        <source>Windows Home (EditionID %1): Linux containers only.</source>
        <translation>Windows Home (EditionID %1): nur Linux-Container.</translation>
    </message>
    <message>
        <source>Home has no Hyper-V, so only the WSL 2 backend and Linux containers are available. The vendor&apos;s current requirements list Pro, Enterprise and Education; whether Home is still supported could not be confirmed.</source>
        <translation>Home enthält kein Hyper-V, daher stehen nur das WSL 2-Backend und Linux-Container zur Verfügung. Die aktuellen Anforderungen des Herstellers nennen Pro, Enterprise und Education; ob Home noch unterstützt wird, konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>For Windows containers or the Hyper-V backend, upgrade to Windows Pro (Settings &gt; System &gt; Activation); otherwise use the WSL 2 backend.</source>
        <translation>Für Windows-Container oder das Hyper-V-Backend führen Sie ein Upgrade auf Windows Pro durch (Einstellungen &gt; System &gt; Aktivierung); andernfalls verwenden Sie das WSL 2-Backend.</translation>
    </message>
    <message>
        <source>Windows edition %1.</source>
        <translation>Windows-Edition %1.</translation>
    </message>
    <message>
        <source>Windows edition &quot;%1&quot; is not one nestready recognizes.</source>
        <translation>Die Windows-Edition „%1“ ist nestready nicht bekannt.</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education.</source>
        <translation>Der Hersteller unterstützt Windows Pro, Enterprise und Education.</translation>
    </message>
    <message>
        <source>Check under Settings &gt; System &gt; About that this is Windows Pro, Enterprise or Education.</source>
        <translation>Prüfen Sie unter Einstellungen &gt; System &gt; Info, ob es sich um Windows Pro, Enterprise oder Education handelt.</translation>
    </message>
    <message>
        <source>The Windows features could not be read.</source>
        <translation>Die Windows-Features konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Virtual Machine Platform</source>
        <translation>Plattform für virtuelle Computer</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Windows-Subsystem für Linux</translation>
    </message>
    <message>
        <source>WSL 2 is ready: both features are on and WSL is version %1.</source>
        <translation>WSL 2 ist bereit: Beide Features sind aktiviert, und WSL hat die Version %1.</translation>
    </message>
    <message>
        <source>The state of the WSL features could not be read.</source>
        <translation>Der Status der WSL-Features konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Windows features not turned on: %1.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>Nicht aktivierte Windows-Features: %1.</translation>
    </message>
    <message>
        <source>WSL prints no version: this is the old WSL built into Windows.</source>
        <translation>WSL gibt keine Version aus: Dies ist das alte, in Windows integrierte WSL.</translation>
    </message>
    <message>
        <source>Run: wsl --update (or install the latest WSL from github.com/microsoft/WSL/releases).</source>
        <translation>Führen Sie Folgendes aus: wsl --update (oder installieren Sie das neueste WSL von github.com/microsoft/WSL/releases).</translation>
    </message>
    <message>
        <source>WSL %1 is older than 2.1.5.</source>
        <translation>WSL %1 ist älter als 2.1.5.</translation>
    </message>
    <message>
        <source>Run: wsl --update</source>
        <translation>Führen Sie Folgendes aus: wsl --update</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform and Windows Subsystem for Linux features and WSL 2.1.5 or later.</source>
        <translation>Das WSL 2-Backend, die Standardeinstellung von iEchor Desktop, benötigt die Features „Plattform für virtuelle Computer“ und „Windows-Subsystem für Linux“ sowie WSL 2.1.5 oder neuer.</translation>
    </message>
    <message>
        <source>The Hyper-V backend is ready and can be used instead.</source>
        <translation>Das Hyper-V-Backend ist bereit und kann stattdessen verwendet werden.</translation>
    </message>
    <message>
        <source>Windows Home has no Hyper-V: the WSL 2 backend is used.</source>
        <translation>Windows Home enthält kein Hyper-V: Es wird das WSL 2-Backend verwendet.</translation>
    </message>
    <message>
        <source>On Arm64 iEchor Desktop offers only the WSL 2 backend.</source>
        <translation>Unter Arm64 bietet iEchor Desktop nur das WSL 2-Backend an.</translation>
    </message>
    <message>
        <source>The Hyper-V and Containers features are on.</source>
        <translation>Die Features „Hyper-V“ und „Container“ sind aktiviert.</translation>
    </message>
    <message>
        <source>Not needed: the WSL 2 backend is ready. Hyper-V and Containers are only needed for the Hyper-V backend.</source>
        <translation>Nicht erforderlich: Das WSL 2-Backend ist bereit. Hyper-V und Container werden nur für das Hyper-V-Backend benötigt.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: bcdedit /set hypervisorlaunchtype auto — then restart Windows.</source>
        <translation>Führen Sie in einem Terminal als Administrator Folgendes aus: bcdedit /set hypervisorlaunchtype auto — und starten Sie Windows anschließend neu.</translation>
    </message>
    <message>
        <source>Windows&apos; hypervisor is running, so it is launched at startup.</source>
        <translation>Der Windows-Hypervisor läuft, wird also beim Start geladen.</translation>
    </message>
    <message>
        <source>Needs administrator rights to read.</source>
        <translation>Zum Auslesen sind Administratorrechte erforderlich.</translation>
    </message>
    <message>
        <source>The boot setting hypervisorlaunchtype can only be read by an administrator, and Windows&apos; hypervisor is not running now.</source>
        <translation>Die Starteinstellung hypervisorlaunchtype kann nur von einem Administrator gelesen werden, und der Windows-Hypervisor läuft derzeit nicht.</translation>
    </message>
    <message>
        <source>The boot configuration could not be read (bcdedit).</source>
        <translation>Die Startkonfiguration konnte nicht gelesen werden (bcdedit).</translation>
    </message>
    <message>
        <source>The hypervisor is switched off at startup (hypervisorlaunchtype Off).</source>
        <translation>Der Hypervisor ist beim Start deaktiviert (hypervisorlaunchtype Off).</translation>
    </message>
    <message>
        <source>It still runs now, but will not after the next restart.</source>
        <translation>Er läuft zwar jetzt noch, aber nach dem nächsten Neustart nicht mehr.</translation>
    </message>
    <message>
        <source>Some software, such as Android emulators, turns it off. WSL 2 and Hyper-V cannot start without it.</source>
        <translation>Manche Software, etwa Android-Emulatoren, deaktiviert ihn. WSL 2 und Hyper-V können ohne ihn nicht starten.</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is not set, so the hypervisor does not start.</source>
        <translation>hypervisorlaunchtype ist nicht gesetzt, daher startet der Hypervisor nicht.</translation>
    </message>
    <message>
        <source>Windows sets it when Virtual Machine Platform or Hyper-V is turned on.</source>
        <translation>Windows setzt den Wert, wenn „Plattform für virtuelle Computer“ oder Hyper-V aktiviert wird.</translation>
    </message>
    <message>
        <source>The hypervisor is launched at startup (hypervisorlaunchtype %1).</source>
        <translation>Der Hypervisor wird beim Start geladen (hypervisorlaunchtype %1).</translation>
    </message>
    <message>
        <source>Citrix Virtual Apps and Desktops (VDA)</source>
        <translation>Citrix Virtual Apps and Desktops (VDA)</translation>
    </message>
    <message>
        <source>VMware/Omnissa Horizon</source>
        <translation>VMware/Omnissa Horizon</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop or Windows 365</source>
        <translation>Azure Virtual Desktop oder Windows 365</translation>
    </message>
    <message>
        <source>Amazon WorkSpaces</source>
        <translation>Amazon WorkSpaces</translation>
    </message>
    <message>
        <source>The VDI agent registry keys could not be read.</source>
        <translation>Die Registrierungsschlüssel der VDI-Agents konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not a VDI desktop.</source>
        <translation>Kein VDI-Desktop.</translation>
    </message>
    <message>
        <source>The vendor supports persistent VDI desktops (dedicated to one user and keeping their changes) and not non-persistent ones. Whether a pool is persistent cannot be read reliably from inside the desktop, so nestready does not guess.</source>
        <translation>Der Hersteller unterstützt persistente VDI-Desktops (die einem Benutzer fest zugeordnet sind und dessen Änderungen behalten), aber keine nicht persistenten. Ob ein Pool persistent ist, lässt sich innerhalb des Desktops nicht zuverlässig feststellen, daher trifft nestready dazu keine Annahme.</translation>
    </message>
    <message>
        <source>With Citrix, what matters is the hypervisor below: Citrix Hypervisor (XenServer) offers no nested virtualization.</source>
        <translation>Bei Citrix kommt es auf den darunterliegenden Hypervisor an: Citrix Hypervisor (XenServer) bietet keine verschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>A virtual desktop: %1.</source>
        <translation>Ein virtueller Desktop: %1.</translation>
    </message>
    <message>
        <source>Ask your VDI administrator for a persistent desktop with nested virtualization turned on; the vendor does not support iEchor Desktop on non-persistent desktops.</source>
        <translation>Bitten Sie Ihren VDI-Administrator um einen persistenten Desktop mit aktivierter verschachtelter Virtualisierung; der Hersteller unterstützt iEchor Desktop nicht auf nicht persistenten Desktops.</translation>
    </message>
    <message>
        <source>The vendor does not support more than one instance of iEchor Desktop on the same machine in a VM or VDI environment.</source>
        <translation>Der Hersteller unterstützt in einer VM- oder VDI-Umgebung nicht mehr als eine Instanz von iEchor Desktop auf demselben Computer.</translation>
    </message>
    <message>
        <source>Quit iEchor Desktop in the other session (or have that user sign out) before using it here, and keep to one user of iEchor Desktop per machine.</source>
        <translation>Beenden Sie iEchor Desktop in der anderen Sitzung (oder bitten Sie den betreffenden Benutzer, sich abzumelden), bevor Sie es hier verwenden, und beschränken Sie die Nutzung von iEchor Desktop auf einen Benutzer pro Computer.</translation>
    </message>
    <message>
        <source>A multi-session host: several users can sign in at once.</source>
        <translation>Ein Host mit mehreren Sitzungen: Mehrere Benutzer können sich gleichzeitig anmelden.</translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in now.</source>
        <translation>
            <numerusform>%n weitere Benutzersitzung ist derzeit angemeldet.</numerusform>
            <numerusform>%n weitere Benutzersitzungen sind derzeit angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other user is signed in and no other instance of iEchor Desktop runs.</source>
        <translation>Kein anderer Benutzer ist angemeldet, und es läuft keine andere Instanz von iEchor Desktop.</translation>
    </message>
    <message>
        <source>The sessions could not be listed; only processes were checked.</source>
        <translation>Die Sitzungen konnten nicht aufgelistet werden; nur die Prozesse wurden geprüft.</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows-Version</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later.</source>
        <translation>iEchor Desktop benötigt 64-Bit-Windows 10 22H2 (Build 19045) oder Windows 11 23H2 (Build 22631) oder neuer.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Windows-Edition</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education; Windows Server is not supported, and Home runs Linux containers only.</source>
        <translation>Der Hersteller unterstützt Windows Pro, Enterprise und Education; Windows Server wird nicht unterstützt, und unter Home laufen nur Linux-Container.</translation>
    </message>
    <message>
        <source>WSL 2 backend</source>
        <translation>WSL 2-Backend</translation>
    </message>
    <message>
        <source>Hyper-V backend</source>
        <translation>Hyper-V-Backend</translation>
    </message>
    <message>
        <source>The alternative backend runs the engine&apos;s VM with Hyper-V, which needs the Hyper-V and Containers features (not available on Home).</source>
        <translation>Das alternative Backend führt die VM der Engine mit Hyper-V aus; dafür sind die Features „Hyper-V“ und „Container“ erforderlich (unter Home nicht verfügbar).</translation>
    </message>
    <message>
        <source>Hypervisor at startup</source>
        <translation>Hypervisor beim Start</translation>
    </message>
    <message>
        <source>Both backends need Windows&apos; hypervisor, which starts at boot only when the boot setting hypervisorlaunchtype is not Off.</source>
        <translation>Beide Backends benötigen den Windows-Hypervisor, der beim Booten nur startet, wenn die Starteinstellung hypervisorlaunchtype nicht auf Off steht.</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>Virtueller Desktop (VDI)</translation>
    </message>
    <message>
        <source>On a VDI desktop, the vendor supports iEchor Desktop on persistent desktops only.</source>
        <translation>Auf VDI-Desktops unterstützt der Hersteller iEchor Desktop nur, wenn sie persistent sind.</translation>
    </message>
    <message>
        <source>One instance per machine</source>
        <translation>Eine Instanz pro Computer</translation>
    </message>
    <message>
        <source>The vendor does not support several instances of iEchor Desktop on one machine in a VM or VDI environment.</source>
        <translation>Der Hersteller unterstützt in einer VM- oder VDI-Umgebung nicht mehrere Instanzen von iEchor Desktop auf einem Computer.</translation>
    </message>
    <message>
        <source>Turn on the WSL 2 or Hyper-V features (see those checks). If it stays unset, run bcdedit /set hypervisorlaunchtype auto in an administrator terminal, then restart Windows.</source>
        <translation>Schalten Sie die Features für WSL 2 oder Hyper-V ein (siehe diese Prüfungen). Bleibt der Wert leer, führen Sie in einem Administrator-Terminal bcdedit /set hypervisorlaunchtype auto aus und starten Sie Windows neu.</translation>
    </message>
    <message>
        <source>Not checked: Azure&apos;s metadata service was not asked.</source>
        <translation>Nicht geprüft: Der Metadatendienst von Azure wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>Could not be checked: Azure&apos;s metadata service gave no answer.</source>
        <translation>Konnte nicht geprüft werden: Der Metadatendienst von Azure hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Not an Azure VM.</source>
        <translation>Keine Azure-VM.</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not one nestready can read.</source>
        <translation>Die Größe „%1“ kann nestready nicht auswerten.</translation>
    </message>
    <message>
        <source>Look the size up in Microsoft&apos;s size list: its page has a &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Suchen Sie die Größe in der Größenliste von Microsoft: Auf ihrer Seite gibt es unter „Feature support“ eine Zeile „Nested Virtualization“.</translation>
    </message>
    <message>
        <source>Check https://learn.microsoft.com/azure/virtual-machines/sizes/overview for &quot;%1&quot;, or move to %2, the size the vendor tested.</source>
        <translation>Suchen Sie unter https://learn.microsoft.com/azure/virtual-machines/sizes/overview nach „%1“, oder wechseln Sie zu %2, der vom Hersteller getesteten Größe.</translation>
    </message>
    <message>
        <source>%1 (%2 series) supports nested virtualization.</source>
        <translation>%1 (Serie %2) unterstützt geschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Microsoft lists nested virtualization as not supported for the %1 series, so Hyper-V, WSL 2 and KVM cannot start inside this VM. Source: %2</source>
        <translation>Laut Microsoft wird geschachtelte Virtualisierung für die Serie %1 nicht unterstützt, daher können Hyper-V, WSL 2 und KVM in dieser VM nicht starten. Quelle: %2</translation>
    </message>
    <message>
        <source>This is an Arm64 size; %1 is x64, so the VM&apos;s OS disk must be an x64 image: a resize alone will not do, create a new VM.</source>
        <translation>Dies ist eine Arm64-Größe; %1 ist x64, daher muss der Betriebssystemdatenträger der VM ein x64-Image sein: Eine reine Größenänderung reicht nicht aus, erstellen Sie eine neue VM.</translation>
    </message>
    <message>
        <source>%1 does not support nested virtualization.</source>
        <translation>%1 unterstützt keine geschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>Resize the VM to %1 (or another size whose page lists nested virtualization as supported): %2 — the VM restarts during the resize.</source>
        <translation>Ändern Sie die Größe der VM auf %1 (oder eine andere Größe, deren Seite geschachtelte Virtualisierung als unterstützt aufführt): %2 — die VM wird bei der Größenänderung neu gestartet.</translation>
    </message>
    <message>
        <source>Whether %1 supports nested virtualization is not in nestready&apos;s size table.</source>
        <translation>Ob %1 geschachtelte Virtualisierung unterstützt, ist nicht in der Größentabelle von nestready enthalten.</translation>
    </message>
    <message>
        <source>Open the page of the %1 series in Microsoft&apos;s size list and read the &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Öffnen Sie in der Größenliste von Microsoft die Seite der Serie %1, und lesen Sie unter „Feature support“ die Zeile „Nested Virtualization“.</translation>
    </message>
    <message>
        <source>If it is not supported, resize to %1: %2 — the VM restarts during the resize.</source>
        <translation>Falls sie nicht unterstützt wird, ändern Sie die Größe auf %1: %2 — die VM wird bei der Größenänderung neu gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n vCPU(s) and %2 GiB of memory (%3).</source>
        <translation>
            <numerusform>%1 hat %n vCPU und %2 GiB Arbeitsspeicher (%3).</numerusform>
            <numerusform>%1 hat %n vCPUs und %2 GiB Arbeitsspeicher (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size name %1 says %n vCPU(s).</source>
        <translation>
            <numerusform>Laut Größenname %1 hat die VM %n vCPU.</numerusform>
            <numerusform>Laut Größenname %1 hat die VM %n vCPUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the size nor the processor count and memory of this VM could be read.</source>
        <translation>Weder die Größe noch die Prozessoranzahl und der Arbeitsspeicher dieser VM konnten gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory.</source>
        <translation>
            <numerusform>%n vCPU und %1 GiB Arbeitsspeicher.</numerusform>
            <numerusform>%n vCPUs und %1 GiB Arbeitsspeicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested %1: %2 vCPUs and %3 GiB of memory, and recommends that or more.</source>
        <translation>Der Hersteller hat %1 getestet: %2 vCPUs und %3 GiB Arbeitsspeicher, und empfiehlt mindestens diese Ausstattung.</translation>
    </message>
    <message>
        <source>Resize the VM to %1 or larger: %2 — the VM restarts during the resize.</source>
        <translation>Ändern Sie die Größe der VM auf %1 oder größer: %2 — die VM wird bei der Größenänderung neu gestartet.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s nested virtualization guide says to set the security type to Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</source>
        <translation>Laut Microsofts Anleitung zur geschachtelten Virtualisierung muss der Sicherheitstyp auf „Standard“ gesetzt werden (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</translation>
    </message>
    <message>
        <source>A confidential VM: Azure offers no nested virtualization there.</source>
        <translation>Eine vertrauliche VM (Confidential VM): Azure bietet dort keine geschachtelte Virtualisierung an.</translation>
    </message>
    <message>
        <source>The confidential DC and EC series list nested virtualization as not supported.</source>
        <translation>Für die vertraulichen Serien DC und EC wird geschachtelte Virtualisierung als nicht unterstützt aufgeführt.</translation>
    </message>
    <message>
        <source>The security type cannot be changed on a confidential VM. Create a new VM with the security type Standard on a size that supports nested virtualization, such as %1.</source>
        <translation>Bei einer vertraulichen VM kann der Sicherheitstyp nicht geändert werden. Erstellen Sie eine neue VM mit dem Sicherheitstyp „Standard“ und einer Größe, die geschachtelte Virtualisierung unterstützt, etwa %1.</translation>
    </message>
    <message>
        <source>The sources disagree: %1 The Trusted Launch page once listed nested virtualization as unsupported, but its current version no longer does (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). Whether nested virtualization works with Trusted Launch could not be confirmed.</source>
        <translation>Die Quellen widersprechen sich: %1 Die Seite zu Trusted Launch führte geschachtelte Virtualisierung früher als nicht unterstützt auf, die aktuelle Fassung jedoch nicht mehr (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). Ob geschachtelte Virtualisierung mit Trusted Launch funktioniert, konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Trusted Launch: VT-x/AMD-V reaches this VM, but whether Microsoft supports nested virtualization with Trusted Launch could not be confirmed.</source>
        <translation>Trusted Launch: VT-x/AMD-V steht in dieser VM zur Verfügung, aber ob Microsoft geschachtelte Virtualisierung mit Trusted Launch unterstützt, konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Trusted Launch: it may keep nested virtualization from working.</source>
        <translation>Trusted Launch: Dies kann verhindern, dass geschachtelte Virtualisierung funktioniert.</translation>
    </message>
    <message>
        <source>Security type Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>Sicherheitstyp „Standard“, wie in Microsofts Anleitung zur geschachtelten Virtualisierung gefordert.</translation>
    </message>
    <message>
        <source>The security type &quot;%1&quot; is not one nestready knows.</source>
        <translation>Der Sicherheitstyp „%1“ ist nestready nicht bekannt.</translation>
    </message>
    <message>
        <source>Not an Amazon EC2 instance.</source>
        <translation>Keine Amazon EC2-Instanz.</translation>
    </message>
    <message>
        <source>A bare-metal instance (%1): no hypervisor below this OS.</source>
        <translation>Eine Bare-Metal-Instanz (%1): Unter diesem Betriebssystem läuft kein Hypervisor.</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>The firmware tables do not name the instance type.</source>
        <translation>Die Firmwaretabellen geben den Instanztyp nicht an.</translation>
    </message>
    <message>
        <source>%1 is a virtual instance type without nested virtualization.</source>
        <translation>%1 ist ein virtueller Instanztyp ohne geschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>%1 with nested virtualization enabled: VT-x reaches this VM.</source>
        <translation>%1 mit aktivierter geschachtelter Virtualisierung: VT-x steht in dieser VM zur Verfügung.</translation>
    </message>
    <message>
        <source>%1 without nested virtualization: VT-x does not reach this VM.</source>
        <translation>%1 ohne geschachtelte Virtualisierung: VT-x steht in dieser VM nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Not a Google Cloud VM.</source>
        <translation>Keine Google Cloud-VM.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop for Windows on an Azure VM or VMware ESXi, or use a Linux VM on Google Cloud, or the vendor&apos;s cloud offload service.</source>
        <translation>Führen Sie iEchor Desktop für Windows auf einer Azure-VM oder unter VMware ESXi aus, oder verwenden Sie eine Linux-VM in Google Cloud oder den Cloud-Offload-Dienst des Herstellers.</translation>
    </message>
    <message>
        <source>Nested virtualization is enabled on this Google Cloud VM.</source>
        <translation>Geschachtelte Virtualisierung ist auf dieser Google Cloud-VM aktiviert.</translation>
    </message>
    <message>
        <source>Nested virtualization is not enabled on this Google Cloud VM.</source>
        <translation>Geschachtelte Virtualisierung ist auf dieser Google Cloud-VM nicht aktiviert.</translation>
    </message>
    <message>
        <source>Azure VM size supports nested virtualization</source>
        <translation>Azure-VM-Größe unterstützt geschachtelte Virtualisierung</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization depends on the VM size: D4s_v5 has it, the B-series never will.</source>
        <translation>In Azure hängt geschachtelte Virtualisierung von der VM-Größe ab: D4s_v5 unterstützt sie, die B-Serie wird sie nie unterstützen.</translation>
    </message>
    <message>
        <source>Azure VM size capacity</source>
        <translation>Kapazität der Azure-VM-Größe</translation>
    </message>
    <message>
        <source>The vendor tested Azure D4s_v5 (4 vCPUs, 16 GiB) and recommends that size or larger.</source>
        <translation>Der Hersteller hat Azure D4s_v5 (4 vCPUs, 16 GiB) getestet und empfiehlt diese Größe oder eine größere.</translation>
    </message>
    <message>
        <source>Azure security type</source>
        <translation>Azure-Sicherheitstyp</translation>
    </message>
    <message>
        <source>Confidential VMs offer no nested virtualization, and Microsoft&apos;s guide asks for the security type Standard.</source>
        <translation>Vertrauliche VMs bieten keine geschachtelte Virtualisierung, und Microsofts Anleitung fordert den Sicherheitstyp „Standard“.</translation>
    </message>
    <message>
        <source>Amazon EC2 instance type allows nested virtualization</source>
        <translation>Amazon EC2-Instanztyp erlaubt geschachtelte Virtualisierung</translation>
    </message>
    <message>
        <source>Google Cloud nested virtualization</source>
        <translation>Geschachtelte Virtualisierung in Google Cloud</translation>
    </message>
    <message>
        <source>Google Cloud allows only Linux KVM inside its VMs, and only when nested virtualization is enabled on the VM.</source>
        <translation>Google Cloud erlaubt in seinen VMs nur Linux-KVM, und zwar nur, wenn die geschachtelte Virtualisierung auf der VM aktiviert ist.</translation>
    </message>
    <message>
        <source>The security type Standard needs the subscription feature UseStandardSecurityType: run az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, then az provider register --namespace Microsoft.Compute. Then create the VM with --security-type Standard, or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell (the Azure portal cannot change it).</source>
        <translation>Der Sicherheitstyp „Standard“ erfordert das Abonnementfeature UseStandardSecurityType: Führen Sie az feature register --namespace Microsoft.Compute --name UseStandardSecurityType und danach az provider register --namespace Microsoft.Compute aus. Erstellen Sie die VM dann mit --security-type Standard, oder heben Sie die Zuordnung dieser VM auf und setzen Sie ihren Sicherheitstyp mit der Azure CLI oder PowerShell auf „Standard“ (im Azure-Portal lässt er sich nicht ändern).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata answer does not name the security type.</source>
        <translation>Die Metadatenantwort von Azure nennt keinen Sicherheitstyp.</translation>
    </message>
    <message>
        <source>The answer was asked with api-version %1, which predates the securityType field (%2). Look it up in the portal: the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>Die Antwort wurde mit api-version %1 angefordert, die älter ist als das Feld securityType (%2). Sehen Sie im Portal nach: auf der Seite „Übersicht“ der VM unter „Sicherheitstyp“.</translation>
    </message>
    <message>
        <source>Security type likely Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>Sicherheitstyp vermutlich „Standard“, wie Microsofts Anleitung zur verschachtelten Virtualisierung verlangt.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata names the security type only for Trusted Launch and confidential VMs; it names none for this VM, so it is most likely Standard. The portal shows it on the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>Die Azure-Metadaten nennen den Sicherheitstyp nur bei Trusted Launch und vertraulichen VMs; für diese VM nennen sie keinen, also ist er sehr wahrscheinlich „Standard“. Das Portal zeigt ihn auf der Seite „Übersicht“ der VM unter „Sicherheitstyp“.</translation>
    </message>
    <message>
        <source>If Hyper-V, WSL 2 or KVM will not start, switch to the security type Standard.</source>
        <translation>Wenn Hyper-V, WSL 2 oder KVM nicht starten, stellen Sie den Sicherheitstyp auf „Standard“ um.</translation>
    </message>
    <message>
        <source>On Windows, AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; hibernation is not supported then, nor more than 192 vCPUs.</source>
        <translation>Unter Windows schaltet AWS Virtual Secure Mode (Credential Guard) selbst ab, wenn die verschachtelte Virtualisierung eingeschaltet ist; Ruhezustand wird dann nicht unterstützt, ebenso wenig mehr als 192 vCPUs.</translation>
    </message>
    <message>
        <source>Whether a type offers it: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; lists nested-virtualization.</source>
        <translation>Ob ein Typ sie anbietet: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; listet nested-virtualization auf.</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants. Source: %1</source>
        <translation>AWS bietet verschachtelte Virtualisierung auf Bare-Metal-Instanzen und auf virtuellen C8i-, M8i- und R8i-Instanzen sowie deren Flex-Varianten an. Quelle: %1</translation>
    </message>
    <message>
        <source>%1 supports nested virtualization once it is turned on for the instance. Whether it is cannot be seen from inside the instance, except that VT-x then reaches it. Source: %2</source>
        <translation>%1 unterstützt verschachtelte Virtualisierung, sobald sie für die Instanz eingeschaltet ist. Ob sie das ist, lässt sich innerhalb der Instanz nicht erkennen, außer daran, dass VT-x sie dann erreicht. Quelle: %2</translation>
    </message>
    <message>
        <source>AWS lists the %1 family on the Chinese edition of its page; the English page names C8i, M8i and R8i.</source>
        <translation>AWS führt die Familie %1 auf der chinesischen Ausgabe seiner Seite auf; die englische Seite nennt C8i, M8i und R8i.</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot use WSL 2 or Hyper-V.</source>
        <translation>Eine Windows-VM in Google Cloud kann weder WSL 2 noch Hyper-V nutzen.</translation>
    </message>
    <message>
        <source>Google Cloud supports only Linux KVM as the hypervisor inside a VM; Hyper-V is not supported, so WSL 2 cannot start and iEchor Desktop for Windows cannot run here. Source: %1</source>
        <translation>Google Cloud unterstützt innerhalb einer VM nur Linux KVM als Hypervisor; Hyper-V wird nicht unterstützt, daher kann WSL 2 nicht starten und iEchor Desktop für Windows hier nicht laufen. Quelle: %1</translation>
    </message>
    <message>
        <source>On AWS, only bare-metal instances and C8i, M8i and R8i instances (and their flex variants) with nested virtualization enabled can run a VM inside.</source>
        <translation>Auf AWS können nur Bare-Metal-Instanzen sowie C8i-, M8i- und R8i-Instanzen (und deren Flex-Varianten) mit eingeschalteter verschachtelter Virtualisierung eine VM ausführen.</translation>
    </message>
    <message>
        <source>Stop the instance and turn nested virtualization on: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (console: Actions, Instance settings, Change CPU options). Then start it and check again.</source>
        <translation>Halten Sie die Instanz an und schalten Sie die verschachtelte Virtualisierung ein: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (Konsole: Actions, Instance settings, Change CPU options). Starten Sie sie dann und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Use a bare-metal instance (*.metal), or a C8i, M8i or R8i instance (or a flex variant) with nested virtualization on: at launch with --cpu-options NestedVirtualization=enabled, or on the stopped instance with aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</source>
        <translation>Verwenden Sie eine Bare-Metal-Instanz (*.metal) oder eine C8i-, M8i- oder R8i-Instanz (oder eine Flex-Variante) mit eingeschalteter verschachtelter Virtualisierung: beim Start mit --cpu-options NestedVirtualization=enabled oder bei der angehaltenen Instanz mit aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</translation>
    </message>
    <message>
        <source>Stop the VM, export its configuration (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), set enableNestedVirtualization: true under advancedMachineFeatures, and update the VM from the file (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update has no switch for it. Only Intel machine types offer it: AMD and Arm VMs do not.</source>
        <translation>Halten Sie die VM an, exportieren Sie ihre Konfiguration (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), setzen Sie enableNestedVirtualization: true unter advancedMachineFeatures und aktualisieren Sie die VM aus der Datei (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update hat dafür keinen Schalter. Nur Intel-Maschinentypen bieten sie an, AMD- und Arm-VMs nicht.</translation>
    </message>
    <message>
        <source>This size offers nested virtualization, so the VM&apos;s security type is the likely cause: Microsoft&apos;s guide asks for Standard (see the &quot;Azure security type&quot; check).</source>
        <translation>Diese Größe bietet verschachtelte Virtualisierung an, daher ist vermutlich der Sicherheitstyp der VM die Ursache: Microsofts Anleitung verlangt „Standard“ (siehe die Prüfung „Azure-Sicherheitstyp“).</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization comes with the VM size: resize the VM to one whose page lists it as supported, such as %1: %2 — the VM restarts during the resize.</source>
        <translation>Auf Azure hängt die verschachtelte Virtualisierung von der VM-Größe ab: Ändern Sie die Größe der VM auf eine, deren Seite sie als unterstützt aufführt, etwa %1: %2 — die VM wird dabei neu gestartet.</translation>
    </message>
    <message>
        <source>Google Cloud runs only Linux KVM inside its VMs: a Windows VM there cannot use WSL 2 or Hyper-V.</source>
        <translation>Google Cloud führt in seinen VMs nur Linux KVM aus: Eine Windows-VM dort kann weder WSL 2 noch Hyper-V nutzen.</translation>
    </message>
    <message>
        <source>On Windows 365, nested virtualization needs a Cloud PC with 4 vCPUs or more.</source>
        <translation>Unter Windows 365 erfordert die verschachtelte Virtualisierung einen Cloud-PC mit mindestens 4 vCPUs.</translation>
    </message>
    <message>
        <source>Not checked inside a container: the hardware belongs to the machine that runs it.</source>
        <translation>In einem Container nicht geprüft: Die Hardware gehört zu dem Rechner, auf dem er läuft.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: KVM is not available on this arm64 OS.</source>
        <translation>/dev/kvm existiert nicht: KVM ist auf diesem arm64-Betriebssystem nicht verfügbar.</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM, then check again.</source>
        <translation>Verwenden Sie einen arm64-Rechner oder Instanztyp, der KVM bietet, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_amd is loaded.</source>
        <translation>/dev/kvm existiert nicht, obwohl kvm_amd geladen ist.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_intel is loaded.</source>
        <translation>/dev/kvm existiert nicht, obwohl kvm_intel geladen ist.</translation>
    </message>
    <message>
        <source>Look for the reason in the kernel log (sudo dmesg | grep -i kvm); restarting the machine usually recreates the device.</source>
        <translation>Suchen Sie den Grund im Kernel-Protokoll (sudo dmesg | grep -i kvm); ein Neustart des Rechners legt das Gerät meist wieder an.</translation>
    </message>
    <message>
        <source>If that fails with &quot;disabled by bios&quot;, turn on VT-x/AMD-V in the BIOS/UEFI settings.</source>
        <translation>Schlägt das mit „disabled by bios“ fehl, schalten Sie VT-x/AMD-V in den BIOS/UEFI-Einstellungen ein.</translation>
    </message>
    <message>
        <source>KVM is available to this arm64 OS.</source>
        <translation>KVM ist auf diesem arm64-Betriebssystem verfügbar.</translation>
    </message>
    <message>
        <source>KVM is not available in this arm64 VM: the hypervisor does not pass the Arm virtualization extensions through.</source>
        <translation>KVM ist in dieser arm64-VM nicht verfügbar: Der Hypervisor reicht die Arm-Virtualisierungserweiterungen nicht durch.</translation>
    </message>
    <message>
        <source>KVM is not available on this arm64 machine.</source>
        <translation>KVM ist auf diesem arm64-Rechner nicht verfügbar.</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM (on AWS, a .metal instance), then check again.</source>
        <translation>Verwenden Sie einen arm64-Rechner oder Instanztyp, der KVM bietet (bei AWS eine .metal-Instanz), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Start a kernel that runs at EL2 with KVM built in or loaded, then check again.</source>
        <translation>Starten Sie einen Kernel, der auf EL2 läuft und KVM eingebaut oder geladen hat, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1, from the name &quot;%2&quot;</source>
        <extracomment>%1 is an EditionID such as Professional, %2 a product name</extracomment>
        <translation>%1, aus dem Namen „%2“</translation>
    </message>
    <message>
        <source>WSL 2 is ready: Virtual Machine Platform is on and WSL is version %1.</source>
        <translation>WSL 2 ist bereit: Die Plattform für virtuelle Computer ist aktiviert und WSL hat die Version %1.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — this turns on what WSL 2 needs and installs the current WSL. Then restart Windows.</source>
        <translation>Führen Sie in einem Terminal als Administrator Folgendes aus: wsl --install --no-distribution — das aktiviert, was WSL 2 braucht, und installiert das aktuelle WSL. Starten Sie Windows anschließend neu.</translation>
    </message>
    <message>
        <source>WSL is not installed.</source>
        <translation>WSL ist nicht installiert.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — then restart Windows.</source>
        <translation>Führen Sie in einem Terminal als Administrator Folgendes aus: wsl --install --no-distribution — und starten Sie Windows anschließend neu.</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform feature and WSL 2.1.5 or later. On Windows 11 the Windows Subsystem for Linux feature is needed only for WSL 1.</source>
        <translation>Das WSL 2-Backend, die Standardeinstellung von iEchor Desktop, benötigt das Feature „Plattform für virtuelle Computer“ und WSL 2.1.5 oder neuer. Unter Windows 11 wird das Feature „Windows-Subsystem für Linux“ nur für WSL 1 benötigt.</translation>
    </message>
    <message>
        <source>Not ready either (features off: %1). One backend is enough: see the WSL 2 backend check.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>Ebenfalls nicht bereit (deaktivierte Features: %1). Ein Backend genügt: siehe die Prüfung des WSL 2-Backends.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs one backend, WSL 2 or Hyper-V. The Hyper-V backend needs the Hyper-V and Containers features.</source>
        <translation>iEchor Desktop braucht ein Backend, WSL 2 oder Hyper-V. Das Hyper-V-Backend benötigt die Features „Hyper-V“ und „Container“.</translation>
    </message>
    <message>
        <source>Set up WSL 2 (see the WSL 2 backend check), or in an administrator PowerShell run: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — then restart Windows.</source>
        <translation>Richten Sie WSL 2 ein (siehe die Prüfung des WSL 2-Backends), oder führen Sie in einer PowerShell als Administrator Folgendes aus: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — und starten Sie Windows anschließend neu.</translation>
    </message>
    <message>
        <source>Run nestready as administrator, or run bcdedit /enum &quot;{current}&quot; in an administrator terminal and check that hypervisorlaunchtype is Auto.</source>
        <translation>Führen Sie nestready als Administrator aus, oder führen Sie in einem Terminal als Administrator bcdedit /enum &quot;{current}&quot; aus und prüfen Sie, ob hypervisorlaunchtype auf Auto steht.</translation>
    </message>
    <message>
        <source>The default backend runs the engine&apos;s VM with WSL 2, which needs the Virtual Machine Platform feature (on Windows 10 also Windows Subsystem for Linux) and WSL 2.1.5 or later. One backend is enough.</source>
        <translation>Das Standard-Backend führt die VM der Engine mit WSL 2 aus; dafür sind das Feature „Plattform für virtuelle Computer“ (unter Windows 10 auch „Windows-Subsystem für Linux“) und WSL 2.1.5 oder neuer erforderlich. Ein Backend genügt.</translation>
    </message>
    <message>
        <source>Could not be checked: nestready received none of the evidence this check reads.</source>
        <translation>Konnte nicht geprüft werden: nestready hat keinen der Befunde erhalten, die diese Prüfung auswertet.</translation>
    </message>
    <message>
        <source>Check again from an administrator PowerShell; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>Prüfen Sie erneut aus einer PowerShell als Administrator; lässt es sich dann immer noch nicht lesen, speichern Sie mit nestready check --report FILE einen Bericht und senden Sie ihn an den Support.</translation>
    </message>
    <message>
        <source>Check again on the machine itself, outside any sandbox that hides /proc or /sys; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>Prüfen Sie erneut auf dem Rechner selbst, außerhalb jeder Sandbox, die /proc oder /sys verbirgt; lässt es sich dann immer noch nicht lesen, speichern Sie mit nestready check --report FILE einen Bericht und senden Sie ihn an den Support.</translation>
    </message>
    <message>
        <source>Which cloud this VM runs in cannot be told, so no cloud check could run.</source>
        <translation>In welcher Cloud diese VM läuft, lässt sich nicht feststellen, daher konnte keine Cloud-Prüfung laufen.</translation>
    </message>
    <message>
        <source>Not checked: which cloud this is cannot be told; &quot;%1&quot; says why.</source>
        <translation>Nicht geprüft: Um welche Cloud es sich handelt, lässt sich nicht feststellen; „%1“ nennt den Grund.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</source>
        <extracomment>%n and %1 are what the VM has, %2 and %3 the vCPUs and GiB the vendor tested</extracomment>
        <translation>
            <numerusform>%n vCPU und %1 GiB Arbeitsspeicher; empfohlen sind %2 vCPUs und %3 GiB.</numerusform>
            <numerusform>%n vCPUs und %1 GiB Arbeitsspeicher; empfohlen sind %2 vCPUs und %3 GiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>An EC2 instance on the Xen hypervisor (an older type such as t2 or m4): no nested virtualization.</source>
        <translation>Eine EC2-Instanz auf dem Xen-Hypervisor (ein älterer Typ wie t2 oder m4): keine verschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants, all on the Nitro system; the firmware of a Xen-based instance does not name its type. Source: %1</source>
        <translation>AWS bietet verschachtelte Virtualisierung auf Bare-Metal-Instanzen und auf virtuellen C8i-, M8i- und R8i-Instanzen sowie deren Flex-Varianten an, alle auf dem Nitro-System; die Firmware einer Xen-basierten Instanz nennt ihren Typ nicht. Quelle: %1</translation>
    </message>
    <message>
        <source>Whether nested virtualization is on for this %1 cannot be seen: VT-x/AMD-V could not be read.</source>
        <translation>Ob die verschachtelte Virtualisierung für diese Instanz (%1) eingeschaltet ist, lässt sich nicht erkennen: VT-x/AMD-V ließ sich nicht lesen.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but it is PVM&apos;s (kvm_pvm): it runs only guest kernels built for PVM, and iEchor Desktop&apos;s VM needs KVM on VT-x/AMD-V.</source>
        <translation>/dev/kvm existiert, gehört aber zu PVM (kvm_pvm): Es führt nur für PVM gebaute Gast-Kernel aus, und die VM von iEchor Desktop braucht KVM auf VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>Unload kvm_pvm and load the CPU&apos;s own KVM module instead: sudo modprobe -r kvm_pvm, then sudo modprobe kvm_intel (or kvm_amd).</source>
        <translation>Entladen Sie kvm_pvm und laden Sie stattdessen das KVM-Modul der CPU: sudo modprobe -r kvm_pvm, danach sudo modprobe kvm_intel (oder kvm_amd).</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM (see the hardware virtualization check) so that KVM can use VT-x/AMD-V.</source>
        <translation>Schalten Sie die verschachtelte Virtualisierung für diese VM ein (siehe die Prüfung der Hardware-Virtualisierung), damit KVM VT-x/AMD-V nutzen kann.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but whether you may open it was not recorded. Record the machine again with scripts/record-linux-machine.sh as the user who will run iEchor Desktop.</source>
        <translation>/dev/kvm existiert, aber ob Sie es öffnen dürfen, wurde nicht aufgezeichnet. Zeichnen Sie den Rechner mit scripts/record-linux-machine.sh erneut auf, und zwar als der Benutzer, der iEchor Desktop ausführen wird.</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize.</source>
        <translation>Ein Container mit einer Containerverwaltung, die nestready nicht erkennt.</translation>
    </message>
    <message>
        <source>an unrecognized container manager</source>
        <translation>eine nicht erkannte Containerverwaltung</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>Ein Container (%1) in einer virtuellen Maschine auf einem Hypervisor, den nestready nicht erkennt.</translation>
    </message>
    <message>
        <source>A virtual machine at %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>Eine virtuelle Maschine bei %1: iEchor Desktop braucht hier verschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not this hypervisor.</source>
        <translation>Der Hersteller unterstützt nur VMware ESXi und Azure-VMs, nicht diesen Hypervisor.</translation>
    </message>
    <message>
        <source>Inside a container: iEchor Desktop cannot run here.</source>
        <translation>In einem Container: iEchor Desktop kann hier nicht laufen.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is Xen&apos;s here: this OS is Xen&apos;s control domain (dom0), and Xen does not pass hardware virtualization to it.</source>
        <translation>VT-x/AMD-V gehört hier Xen: Dieses Betriebssystem ist die Steuerdomäne von Xen (dom0), und Xen reicht die Hardware-Virtualisierung nicht an sie durch.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop on a machine that does not boot Xen, or in a Xen HVM guest with nested virtualization turned on, then check again.</source>
        <translation>Führen Sie iEchor Desktop auf einem Rechner aus, der nicht Xen bootet, oder in einem Xen-HVM-Gast mit eingeschalteter verschachtelter Virtualisierung, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nested virtualization is off: the hypervisor does not pass VT-x/AMD-V to this VM.</source>
        <translation>Verschachtelte Virtualisierung ist ausgeschaltet: Der Hypervisor reicht VT-x/AMD-V nicht an diese VM durch.</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s); %1 recommended.</source>
        <extracomment>%n is the number found, %1 the number recommended</extracomment>
        <translation>
            <numerusform>%n logischer Prozessor; empfohlen sind %1.</numerusform>
            <numerusform>%n logische Prozessoren; empfohlen sind %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expect iEchor Desktop to be slow with fewer processors.</source>
        <translation>Mit weniger Prozessoren wird iEchor Desktop voraussichtlich langsam laufen.</translation>
    </message>
    <message>
        <source>%1 of memory; at least %2 GB needed.</source>
        <extracomment>%1 is the memory found (&quot;3.8 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>%1 Arbeitsspeicher; mindestens %2 GB erforderlich.</translation>
    </message>
    <message>
        <source>%1 of memory; %2 GB recommended.</source>
        <extracomment>%1 is the memory found (&quot;7.8 GB&quot;), %2 the recommended size in GB</extracomment>
        <translation>%1 Arbeitsspeicher; %2 GB empfohlen.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; at least %2 GB needed.</source>
        <extracomment>%1 is the free space found (&quot;1.2 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>%1 frei auf dem Datenträger, der die Daten von iEchor Desktop aufnehmen wird; mindestens %2 GB erforderlich.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; %2 GB recommended.</source>
        <extracomment>%1 is the free space found (&quot;12.5 GB&quot;), %2 the recommended free space in GB</extracomment>
        <translation>%1 frei auf dem Datenträger, der die Daten von iEchor Desktop aufnehmen wird; %2 GB empfohlen.</translation>
    </message>
    <message>
        <source>The engine&apos;s VM and the containers share the machine&apos;s processors.</source>
        <translation>Die VM der Engine und die Container teilen sich die Prozessoren des Rechners.</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop already runs in %n other session(s) on the machine.</source>
        <translation>
            <numerusform>iEchor Desktop läuft bereits in %n weiteren Sitzung auf dem Computer.</numerusform>
            <numerusform>iEchor Desktop läuft bereits in %n weiteren Sitzungen auf dem Computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in to the machine.</source>
        <translation>
            <numerusform>%n weitere Benutzersitzung ist am Computer angemeldet.</numerusform>
            <numerusform>%n weitere Benutzersitzungen sind am Computer angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make sure that only one user of the machine runs iEchor Desktop.</source>
        <translation>Stellen Sie sicher, dass nur ein Benutzer des Computers iEchor Desktop ausführt.</translation>
    </message>
    <message>
        <source>The sessions and processes of the machine could not be read.</source>
        <translation>Die Sitzungen und Prozesse des Computers ließen sich nicht lesen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `nestready --help` for usage.</source>
        <translation>Mit `nestready --help` erhalten Sie eine Übersicht der Aufrufe.</translation>
    </message>
    <message>
        <source>Checks whether iEchor Desktop can run on this machine.</source>
        <translation>Prüft, ob iEchor Desktop auf diesem Rechner laufen kann.</translation>
    </message>
    <message>
        <source>Print one JSON document (schema nestready/1).</source>
        <translation>Gibt ein JSON-Dokument aus (Schema nestready/1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Reports: nestready --open FILE            open a saved report in the window
         nestready summarize PATHS...     one table from many JSON reports
Run `nestready summarize --help` and see `nestready check --help` (--report, --from-report).
</source>
        <translation>Berichte: nestready --open DATEI          einen gespeicherten Bericht im Fenster öffnen
          nestready summarize PFADE...     eine Tabelle aus vielen JSON-Berichten
`nestready summarize --help` ausführen und `nestready check --help` ansehen (--report, --from-report).
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; add --force to replace it.</source>
        <translation>„%1“ ist bereits vorhanden; mit --force wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner von „%1“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Also write a report to &lt;file&gt;: .json (for support and replay), .html, .md (for a ticket) or .txt (the short summary).</source>
        <translation>Zusätzlich einen Bericht nach &lt;file&gt; schreiben: .json (für den Support und zum erneuten Auswerten), .html, .md (für ein Ticket) oder .txt (die Kurzfassung).</translation>
    </message>
    <message>
        <source>Replace host, user and domain names, serial numbers, UUIDs, addresses, cloud identifiers and licence keys in the report with placeholders.</source>
        <translation>Host-, Benutzer- und Domänennamen, Seriennummern, UUIDs, Adressen, Cloud-Kennungen und Lizenzschlüssel im Bericht durch Platzhalter ersetzen.</translation>
    </message>
    <message>
        <source>Replace the --report file if it exists.</source>
        <translation>Die --report-Datei ersetzen, falls sie vorhanden ist.</translation>
    </message>
    <message>
        <source>Re-evaluate the evidence of a JSON report with the current rules instead of examining a machine.</source>
        <translation>Die Befunde eines JSON-Berichts mit den aktuellen Regeln neu bewerten, statt einen Rechner zu untersuchen.</translation>
    </message>
    <message>
        <source>--from-report replays a report&apos;s own evidence; it cannot be combined with --%1.</source>
        <translation>--from-report wertet die Befunde des Berichts selbst aus; es lässt sich nicht mit --%1 kombinieren.</translation>
    </message>
    <message>
        <source>--redact and --force apply to --report FILE, which is missing.</source>
        <translation>--redact und --force gelten für --report DATEI, das fehlt.</translation>
    </message>
    <message>
        <source>nestready: warning: redaction changed what the evidence says; the report&apos;s results are those of the unredacted evidence.
</source>
        <translation>nestready: Warnung: Das Schwärzen hat die Aussage der Befunde verändert; die Ergebnisse im Bericht beruhen auf den ungeschwärzten Befunden.
</translation>
    </message>
    <message>
        <source>Report files, or folders to search for *.json.</source>
        <translation>Berichtsdateien oder Ordner, in denen nach *.json gesucht wird.</translation>
    </message>
    <message>
        <source>files_or_folders...</source>
        <translation>dateien_oder_ordner...</translation>
    </message>
    <message>
        <source>Write the table as CSV to &lt;file&gt;.</source>
        <translation>Die Tabelle als CSV nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Replace the output files if they exist.</source>
        <translation>Die Ausgabedateien ersetzen, falls sie vorhanden sind.</translation>
    </message>
    <message>
        <source>Run `nestready summarize --help` for usage.</source>
        <translation>`nestready summarize --help` zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Give at least one report file or folder.</source>
        <translation>Mindestens eine Berichtsdatei oder einen Ordner angeben.</translation>
    </message>
    <message>
        <source>nestready: no readable report.</source>
        <translation>nestready: kein lesbarer Bericht.</translation>
    </message>
    <message>
        <source>Usage: nestready [options]            open the setup wizard
       nestready --page ID            open the wizard at a page or guide (e.g. vmware-esxi)
       nestready check [options]      check this machine, print results

Run `nestready check --help` for the options of the checks.

Exit codes of `check`: 0 nothing fails, 1 at least one check fails,
2 bad usage or unreadable input.
</source>
        <translation>Verwendung: nestready [Optionen]            Einrichtungsassistenten öffnen
            nestready --page ID            Assistenten auf einer Seite oder Anleitung öffnen (z. B. vmware-esxi)
            nestready check [Optionen]      diesen Computer prüfen, Ergebnisse ausgeben

Mit `nestready check --help` werden die Optionen der Prüfungen angezeigt.

Exitcodes von `check`: 0 keine Prüfung schlägt fehl, 1 mindestens eine Prüfung schlägt fehl,
2 falsche Verwendung oder nicht lesbare Eingabe.
</translation>
    </message>
    <message>
        <source>Evidence: nestready collect [options]   this machine&apos;s evidence, one JSON line per item
</source>
        <translation>Befunde: nestready collect [Optionen]   die Befunde dieses Rechners, eine JSON-Zeile pro Eintrag
</translation>
    </message>
    <message>
        <source>Run `nestready collect --help` for usage.</source>
        <translation>`nestready collect --help` zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Reads this machine&apos;s evidence and writes each item as one line of JSON, in the form of a report&apos;s evidence items, as soon as it is read. Makes no network request.</source>
        <translation>Liest die Nachweise dieses Rechners und schreibt jeden Eintrag, sobald er gelesen ist, als eine JSON-Zeile in der Form der Befund-Einträge eines Berichts. Stellt keine Netzwerkanfrage.</translation>
    </message>
    <message>
        <source>Options only `check` takes (--json, --report, --redact, --from-report, --force) need the
command: `nestready --json` is refused with exit code 2; type `nestready check --json`.
</source>
        <translation>Optionen, die nur `check` kennt (--json, --report, --redact, --from-report, --force), brauchen den
Befehl: `nestready --json` wird mit Exitcode 2 abgelehnt; geben Sie `nestready check --json` ein.
</translation>
    </message>
    <message>
        <source>Reading reports: %1 of %2</source>
        <extracomment>Progress of `nestready summarize` on a terminal: %1 files read so far, %2 all files</extracomment>
        <translation>Berichte werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Aggregates many JSON reports into one table (verdict, machine, platform, VM size, failing checks, file) and, with --html, a dashboard.</source>
        <translation>Fasst viele JSON-Berichte in einer Tabelle zusammen (Urteil, Rechner, Plattform, VM-Größe, fehlgeschlagene Prüfungen, Datei) und erstellt mit --html ein Dashboard.</translation>
    </message>
    <message>
        <source>Write a dashboard to &lt;file&gt;: counts per verdict and platform, the checks that block the most machines, every machine.</source>
        <translation>Ein Dashboard nach &lt;file&gt; schreiben: Anzahl je Urteil und Plattform, die Prüfungen, die die meisten Rechner blockieren, jeder einzelne Rechner.</translation>
    </message>
    <message>
        <source>Evaluate each report&apos;s evidence again with the rules of this nestready (all in this one process) and show whose verdict changed since the report was taken.</source>
        <translation>Die Befunde jedes Berichts mit den Regeln dieses nestready neu bewerten (alle in diesem einen Prozess) und zeigen, bei welchen Rechnern sich das Urteil seit dem Erstellen des Berichts geändert hat.</translation>
    </message>
    <message>
        <source>Also write each machine&apos;s own HTML report into &lt;folder&gt; (created if missing); the --html page links to them.</source>
        <translation>Zusätzlich den eigenen HTML-Bericht jedes Rechners in &lt;folder&gt; schreiben (wird angelegt, falls nicht vorhanden); die --html-Seite verlinkt darauf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ lässt sich nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>The firmware tables (SMBIOS) say so.</source>
        <translation>Die Firmware-Tabellen (SMBIOS) sagen es.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) name &quot;%1&quot;.</source>
        <translation>Die Firmware-Tabellen (SMBIOS) nennen „%1“.</translation>
    </message>
    <message>
        <source>An EC2 bare-metal instance type (&quot;%1&quot;): no hypervisor below this OS.</source>
        <translation>Ein EC2-Bare-Metal-Instanztyp („%1“): kein Hypervisor unter diesem Betriebssystem.</translation>
    </message>
    <message>
        <source>/proc/cpuinfo names User Mode Linux.</source>
        <translation>/proc/cpuinfo nennt User Mode Linux.</translation>
    </message>
    <message>
        <source>/proc/xen exists and this is not the control domain.</source>
        <translation>/proc/xen existiert, und dies ist nicht die Steuerdomäne.</translation>
    </message>
    <message>
        <source>The CPU reports a hypervisor with the signature &quot;%1&quot;.</source>
        <translation>Die CPU meldet einen Hypervisor mit der Signatur „%1“.</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest.</source>
        <translation>Dies ist die Xen-Steuerdomäne (dom0), kein Gast.</translation>
    </message>
    <message>
        <source>/sys/hypervisor/type says xen.</source>
        <translation>/sys/hypervisor/type sagt xen.</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and nothing else names a different one.</source>
        <translation>Die CPU meldet die Hypervisor-Schnittstelle von Microsoft, und nichts anderes nennt einen anderen.</translation>
    </message>
    <message>
        <source>A hypervisor is present but nestready does not recognize it.</source>
        <translation>Ein Hypervisor ist vorhanden, aber nestready erkennt ihn nicht.</translation>
    </message>
    <message>
        <source>The CPU flags say a hypervisor is present, but nothing names it.</source>
        <translation>Die CPU-Flags sagen, dass ein Hypervisor vorhanden ist, aber nichts nennt seinen Namen.</translation>
    </message>
    <message>
        <source>Neither the CPU nor the firmware tables report a hypervisor.</source>
        <translation>Weder die CPU noch die Firmware-Tabellen melden einen Hypervisor.</translation>
    </message>
    <message>
        <source>No CPUID, CPU flags or firmware tables could be read.</source>
        <translation>Weder CPUID noch CPU-Flags noch Firmware-Tabellen ließen sich lesen.</translation>
    </message>
    <message>
        <source>The container manager left its name (&quot;%1&quot;).</source>
        <translation>Die Containerverwaltung hat ihren Namen hinterlassen („%1“).</translation>
    </message>
    <message>
        <source>/proc/vz exists but /proc/bc does not: an OpenVZ container.</source>
        <translation>/proc/vz existiert, /proc/bc aber nicht: ein OpenVZ-Container.</translation>
    </message>
    <message>
        <source>The kernel release (&quot;%1&quot;) is a Windows Subsystem for Linux kernel.</source>
        <translation>Die Kernel-Version („%1“) ist ein Kernel des Windows-Subsystems für Linux.</translation>
    </message>
    <message>
        <source>PID 1 declares that it runs outside any container.</source>
        <translation>PID 1 erklärt, dass sie außerhalb jedes Containers läuft.</translation>
    </message>
    <message>
        <source>/run/.containerenv exists.</source>
        <translation>/run/.containerenv existiert.</translation>
    </message>
    <message>
        <source>/.dockerenv exists.</source>
        <translation>/.dockerenv existiert.</translation>
    </message>
    <message>
        <source>This OS runs in its own cgroup namespace, as containers do.</source>
        <translation>Dieses Betriebssystem läuft in einem eigenen cgroup-Namensraum, wie es Container tun.</translation>
    </message>
    <message>
        <source>PID 1 runs in a container&apos;s control group (&quot;%1&quot;).</source>
        <translation>PID 1 läuft in der Kontrollgruppe eines Containers („%1“).</translation>
    </message>
    <message>
        <source>No container manager left any of its markers.</source>
        <translation>Keine Containerverwaltung hat eine ihrer Markierungen hinterlassen.</translation>
    </message>
    <message>
        <source>No container markers could be read.</source>
        <translation>Keine Container-Markierungen ließen sich lesen.</translation>
    </message>
    <message>
        <source>The chassis asset tag is the one Azure gives every VM.</source>
        <translation>Das Chassis-Asset-Tag ist das, das Azure jeder VM gibt.</translation>
    </message>
    <message>
        <source>The firmware tables name Amazon EC2.</source>
        <translation>Die Firmware-Tabellen nennen Amazon EC2.</translation>
    </message>
    <message>
        <source>The firmware tables name Google Compute Engine.</source>
        <translation>Die Firmware-Tabellen nennen Google Compute Engine.</translation>
    </message>
    <message>
        <source>The chassis asset tag names Oracle Cloud.</source>
        <translation>Das Chassis-Asset-Tag nennt Oracle Cloud.</translation>
    </message>
    <message>
        <source>The firmware tables name Alibaba Cloud ECS.</source>
        <translation>Die Firmware-Tabellen nennen Alibaba Cloud ECS.</translation>
    </message>
    <message>
        <source>The firmware tables name no public cloud.</source>
        <translation>Die Firmware-Tabellen nennen keine öffentliche Cloud.</translation>
    </message>
    <message>
        <source>A physical machine is not a cloud VM.</source>
        <translation>Ein physischer Rechner ist keine Cloud-VM.</translation>
    </message>
    <message>
        <source>The CPU model name (&quot;%1&quot;) is one only QEMU&apos;s virtual CPUs carry.</source>
        <translation>Der CPU-Modellname („%1“) kommt nur bei den virtuellen CPUs von QEMU vor.</translation>
    </message>
    <message>
        <source>The CPU reports Hyper-V&apos;s interface and, behind it, KVM&apos;s signature &quot;%1&quot;: KVM with Hyper-V enlightenments.</source>
        <translation>Die CPU meldet die Hyper-V-Schnittstelle und dahinter die KVM-Signatur „%1“: KVM mit Hyper-V-Enlightenments.</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor that CPUID names is Xen itself.</source>
        <translation>Dies ist die Xen-Steuerdomäne (dom0), kein Gast: Der Hypervisor, den CPUID nennt, ist Xen selbst.</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor bit with an empty CPUID signature is Xen hiding itself from dom0.</source>
        <translation>Dies ist die Xen-Steuerdomäne (dom0), kein Gast: Das Hypervisor-Bit mit leerer CPUID-Signatur bedeutet, dass Xen sich vor dom0 verbirgt.</translation>
    </message>
    <message>
        <source>The firmware tables name &quot;%1&quot;, which is QEMU&apos;s (or its BIOS, SeaBIOS); whether KVM accelerates it cannot be told from them.</source>
        <translation>Die Firmware-Tabellen nennen „%1“, und das stammt von QEMU (oder dessen BIOS, SeaBIOS); ob KVM es beschleunigt, lässt sich daraus nicht ablesen.</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and the firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>Die CPU meldet die Hypervisor-Schnittstelle von Microsoft, und die Firmware-Tabellen nennen eine virtuelle Maschine von Hyper-V („Microsoft Corporation“, „Virtual Machine“).</translation>
    </message>
    <message>
        <source>The firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>Die Firmware-Tabellen nennen eine virtuelle Maschine von Hyper-V („Microsoft Corporation“, „Virtual Machine“).</translation>
    </message>
    <message>
        <source>This process runs in Linux-VServer context %1, a VServer guest.</source>
        <translation>Dieser Prozess läuft im Linux-VServer-Kontext %1, also in einem VServer-Gast.</translation>
    </message>
    <message>
        <source>Whoever runs the machine knows where it runs. On Azure, AWS or Google Cloud, look up the VM&apos;s size or instance type and its nested virtualization setting in the cloud&apos;s console; nestready&apos;s cloud checks do not apply until then.</source>
        <translation>Wer den Rechner betreibt, weiß, wo er läuft. Sehen Sie bei Azure, AWS oder Google Cloud in der Konsole der Cloud die Größe oder den Instanztyp der VM und ihre Einstellung für verschachtelte Virtualisierung nach; bis dahin greifen die Cloud-Prüfungen von nestready nicht.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) were not collected, and nestready tells the cloud only from them.</source>
        <translation>Die Firmware-Tabellen (SMBIOS) wurden nicht erfasst, und nestready erkennt die Cloud nur an ihnen.</translation>
    </message>
    <message>
        <source>This user may not read the firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready as an administrator to read them.</source>
        <translation>Dieser Benutzer darf die Firmware-Tabellen (SMBIOS) nicht lesen, und nestready erkennt die Cloud nur an ihnen. Führen Sie nestready als Administrator aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) could not be read (%1), and nestready tells the cloud only from them. Run the check again.</source>
        <translation>Die Firmware-Tabellen (SMBIOS) ließen sich nicht lesen (%1), und nestready erkennt die Cloud nur an ihnen. Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The Windows evidence holds no firmware values (Win32_ComputerSystem, Win32_BIOS), and nestready tells the cloud only from them. Collect the evidence again with collect-evidence.ps1.</source>
        <translation>Die Windows-Erfassungsdaten enthalten keine Firmware-Werte (Win32_ComputerSystem, Win32_BIOS), und nestready erkennt die Cloud nur an ihnen. Erfassen Sie die Daten erneut mit collect-evidence.ps1.</translation>
    </message>
    <message>
        <source>WSL does not show the Windows machine&apos;s firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready for Windows on the Windows side to learn the cloud.</source>
        <translation>WSL zeigt die Firmware-Tabellen (SMBIOS) des Windows-Rechners nicht, und nestready erkennt die Cloud nur an ihnen. Führen Sie nestready für Windows auf der Windows-Seite aus, um die Cloud zu ermitteln.</translation>
    </message>
    <message>
        <source>Inside this container the host&apos;s firmware tables (SMBIOS, /sys/class/dmi/id) are not visible, and nestready tells the cloud only from them. Run nestready on the machine or VM that hosts the container to learn the cloud.</source>
        <translation>In diesem Container sind die Firmware-Tabellen des Hosts (SMBIOS, /sys/class/dmi/id) nicht sichtbar, und nestready erkennt die Cloud nur an ihnen. Führen Sie nestready auf dem Rechner oder der VM aus, auf der der Container läuft, um die Cloud zu ermitteln.</translation>
    </message>
    <message>
        <source>This Xen guest has no firmware tables (SMBIOS): a paravirtualized (PV) guest gets none, and nestready tells the cloud mostly from them.</source>
        <translation>Dieser Xen-Gast hat keine Firmware-Tabellen (SMBIOS): Ein paravirtualisierter Gast (PV) erhält keine, und nestready erkennt die Cloud vor allem an ihnen.</translation>
    </message>
    <message>
        <source>The machine has no firmware tables (SMBIOS, /sys/class/dmi/id is missing), as in microVMs such as Firecracker, and nestready tells the cloud only from them.</source>
        <translation>Der Rechner hat keine Firmware-Tabellen (SMBIOS, /sys/class/dmi/id fehlt), wie bei MicroVMs, etwa Firecracker, und nestready erkennt die Cloud nur an ihnen.</translation>
    </message>
    <message>
        <source>The firmware version &quot;%1&quot; names Amazon: an EC2 instance on the Xen hypervisor.</source>
        <translation>Die Firmware-Version „%1“ nennt Amazon: eine EC2-Instanz auf dem Xen-Hypervisor.</translation>
    </message>
    <message>
        <source>The Xen domain&apos;s UUID starts with &quot;ec2&quot;: an EC2 instance on the Xen hypervisor.</source>
        <translation>Die UUID der Xen-Domäne beginnt mit „ec2“: eine EC2-Instanz auf dem Xen-Hypervisor.</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1.</source>
        <translation>Die Firmware-Tabellen nennen den Cloud-Anbieter %1.</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1 (&quot;%2&quot;).</source>
        <translation>Die Firmware-Tabellen nennen den Cloud-Anbieter %1 („%2“).</translation>
    </message>
    <message>
        <source>The firmware tables name OpenStack, which many clouds run; they do not name the provider.</source>
        <translation>Die Firmware-Tabellen nennen OpenStack, das viele Clouds betreiben; den Anbieter nennen sie nicht.</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>/etc/os-release</source>
        <translation>/etc/os-release</translation>
    </message>
    <message>
        <source>/proc/sys/kernel/osrelease</source>
        <translation>/proc/sys/kernel/osrelease</translation>
    </message>
    <message>
        <source>Processors listed in /proc/cpuinfo.</source>
        <translation>In /proc/cpuinfo aufgeführte Prozessoren.</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include vmx (Intel VT-x).</source>
        <translation>Die CPU-Flags dieses Betriebssystems enthalten vmx (Intel VT-x).</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include svm (AMD-V).</source>
        <translation>Die CPU-Flags dieses Betriebssystems enthalten svm (AMD-V).</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but the kernel found it switched off (usually in the firmware settings) and does not list it.</source>
        <translation>Die CPU hat VT-x/AMD-V, aber der Kernel hat es ausgeschaltet vorgefunden (meist in den Firmware-Einstellungen) und führt es nicht auf.</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include neither vmx (Intel VT-x) nor svm (AMD-V).</source>
        <translation>Die CPU-Flags dieses Betriebssystems enthalten weder vmx (Intel VT-x) noch svm (AMD-V).</translation>
    </message>
    <message>
        <source>CPUID reports VT-x/AMD-V.</source>
        <translation>CPUID meldet VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>CPUID reports neither VT-x nor AMD-V.</source>
        <translation>CPUID meldet weder VT-x noch AMD-V.</translation>
    </message>
    <message>
        <source>Neither the CPU flags nor CPUID could be read.</source>
        <translation>Weder die CPU-Flags noch CPUID ließen sich lesen.</translation>
    </message>
    <message>
        <source>The CPU flags include ept/npt.</source>
        <translation>Die CPU-Flags enthalten ept/npt.</translation>
    </message>
    <message>
        <source>The CPU flags include neither ept nor npt.</source>
        <translation>Die CPU-Flags enthalten weder ept noch npt.</translation>
    </message>
    <message>
        <source>CPUID leaf 0x8000000A.</source>
        <translation>CPUID-Leaf 0x8000000A.</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS may create partitions: it is the host (root partition), not a guest.</source>
        <translation>Hyper-V meldet, dass dieses Betriebssystem Partitionen anlegen darf: Es ist der Host (Stammpartition), kein Gast.</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS is a guest partition.</source>
        <translation>Hyper-V meldet, dass dieses Betriebssystem eine Gastpartition ist.</translation>
    </message>
    <message>
        <source>MemTotal in /proc/meminfo.</source>
        <translation>MemTotal in /proc/meminfo.</translation>
    </message>
    <message>
        <source>Free space on the file system that holds %1.</source>
        <translation>Freier Platz auf dem Dateisystem, das %1 enthält.</translation>
    </message>
    <message>
        <source>No hypervisor (physical machine)</source>
        <translation>Kein Hypervisor (physischer Rechner)</translation>
    </message>
    <message>
        <source>VMware</source>
        <translation>VMware</translation>
    </message>
    <message>
        <source>Microsoft Hyper-V</source>
        <translation>Microsoft Hyper-V</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>QEMU (without KVM)</source>
        <translation>QEMU (ohne KVM)</translation>
    </message>
    <message>
        <source>Oracle VirtualBox</source>
        <translation>Oracle VirtualBox</translation>
    </message>
    <message>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <source>Parallels</source>
        <translation>Parallels</translation>
    </message>
    <message>
        <source>bhyve</source>
        <translation>bhyve</translation>
    </message>
    <message>
        <source>Amazon EC2 (Nitro)</source>
        <translation>Amazon EC2 (Nitro)</translation>
    </message>
    <message>
        <source>Google Compute Engine</source>
        <translation>Google Compute Engine</translation>
    </message>
    <message>
        <source>Apple Virtualization</source>
        <translation>Apple Virtualization</translation>
    </message>
    <message>
        <source>Bochs</source>
        <translation>Bochs</translation>
    </message>
    <message>
        <source>User-Mode Linux</source>
        <translation>User-Mode Linux</translation>
    </message>
    <message>
        <source>ACRN</source>
        <translation>ACRN</translation>
    </message>
    <message>
        <source>QNX hypervisor</source>
        <translation>QNX-Hypervisor</translation>
    </message>
    <message>
        <source>Lockheed Martin SRE</source>
        <translation>Lockheed Martin SRE</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No container</source>
        <translation>Kein Container</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Windows-Subsystem für Linux</translation>
    </message>
    <message>
        <source>Microsoft Azure</source>
        <translation>Microsoft Azure</translation>
    </message>
    <message>
        <source>Amazon Web Services (EC2)</source>
        <translation>Amazon Web Services (EC2)</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Oracle Cloud Infrastructure</source>
        <translation>Oracle Cloud Infrastructure</translation>
    </message>
    <message>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <source>No public cloud</source>
        <translation>Keine öffentliche Cloud</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>LXC</source>
        <translation>LXC</translation>
    </message>
    <message>
        <source>systemd-nspawn</source>
        <translation>systemd-nspawn</translation>
    </message>
    <message>
        <source>OpenVZ</source>
        <translation>OpenVZ</translation>
    </message>
    <message>
        <source>The Citrix Virtual Delivery Agent is installed (registry key or Citrix Desktop Service).</source>
        <translation>Der Citrix Virtual Delivery Agent ist installiert (Registrierungsschlüssel oder Citrix Desktop Service).</translation>
    </message>
    <message>
        <source>The VMware/Omnissa Horizon Agent is installed (its registry key exists).</source>
        <translation>Der VMware/Omnissa Horizon Agent ist installiert (sein Registrierungsschlüssel ist vorhanden).</translation>
    </message>
    <message>
        <source>The Azure Virtual Desktop agent is installed (RDInfraAgent key or the Remote Desktop Agent Loader service). Windows 365 Cloud PCs use the same agent.</source>
        <translation>Der Azure Virtual Desktop-Agent ist installiert (Schlüssel RDInfraAgent oder Dienst Remote Desktop Agent Loader). Cloud-PCs von Windows 365 verwenden denselben Agent.</translation>
    </message>
    <message>
        <source>An Amazon EC2 machine with the WorkSpaces streaming agent folders installed.</source>
        <translation>Ein Amazon EC2-Computer, auf dem die Ordner des WorkSpaces-Streaming-Agents installiert sind.</translation>
    </message>
    <message>
        <source>No Citrix, Horizon, Azure Virtual Desktop or Amazon WorkSpaces agent is installed.</source>
        <translation>Es ist kein Agent von Citrix, Horizon, Azure Virtual Desktop oder Amazon WorkSpaces installiert.</translation>
    </message>
    <message>
        <source>The Windows registry (CurrentVersion).</source>
        <translation>Die Windows-Registrierung (CurrentVersion).</translation>
    </message>
    <message>
        <source>Win32_ComputerSystem.NumberOfLogicalProcessors.</source>
        <translation>Win32_ComputerSystem.NumberOfLogicalProcessors.</translation>
    </message>
    <message>
        <source>Win32_Processor.NumberOfLogicalProcessors.</source>
        <translation>Win32_Processor.NumberOfLogicalProcessors.</translation>
    </message>
    <message>
        <source>Win32_ComputerSystem.TotalPhysicalMemory.</source>
        <translation>Win32_ComputerSystem.TotalPhysicalMemory.</translation>
    </message>
    <message>
        <source>Win32_OperatingSystem.TotalVisibleMemorySize.</source>
        <translation>Win32_OperatingSystem.TotalVisibleMemorySize.</translation>
    </message>
    <message>
        <source>Win32_Processor.DataWidth.</source>
        <translation>Win32_Processor.DataWidth.</translation>
    </message>
    <message>
        <source>Win32_Processor.Architecture.</source>
        <translation>Win32_Processor.Architecture.</translation>
    </message>
    <message>
        <source>Windows: Linux container markers do not apply.</source>
        <translation>Windows: Merkmale für Linux-Container sind hier nicht anwendbar.</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine; Windows inside it runs its own Hyper-V as well.</source>
        <translation>Die Firmware-Tabellen nennen eine virtuelle Maschine von Microsoft Hyper-V; das darin laufende Windows führt zusätzlich ein eigenes Hyper-V aus.</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine (&quot;%1&quot;, &quot;%2&quot;).</source>
        <translation>Die Firmware-Tabellen nennen eine virtuelle Maschine von Microsoft Hyper-V („%1“, „%2“).</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform; the hypervisor Windows reports is its own (Hyper-V, WSL 2 or VBS).</source>
        <translation>Die Firmware-Tabellen nennen keine virtuelle Plattform; der von Windows gemeldete Hypervisor ist sein eigener (Hyper-V, WSL 2 oder VBS).</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform and Windows reports no hypervisor.</source>
        <translation>Die Firmware-Tabellen nennen keine virtuelle Plattform, und Windows meldet keinen Hypervisor.</translation>
    </message>
    <message>
        <source>Windows in this VM runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>Windows in dieser VM führt ein eigenes Hyper-V aus (es ist die Stammpartition, CPUID 0x40000003), was VT-x/AMD-V voraussetzt: Verschachtelte Virtualisierung funktioniert.</translation>
    </message>
    <message>
        <source>Windows runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>Windows führt ein eigenes Hyper-V aus (es ist die Stammpartition, CPUID 0x40000003), was VT-x/AMD-V voraussetzt: Die Hardwarevirtualisierung ist aktiviert.</translation>
    </message>
    <message>
        <source>Hyper-V, which needs SLAT, is running.</source>
        <translation>Hyper-V läuft, und es setzt SLAT voraus.</translation>
    </message>
    <message>
        <source>Windows on Arm in Parallels on Apple silicon: Microsoft says WSL and nested virtualization are not supported there.</source>
        <translation>Windows on Arm in Parallels auf Apple Silicon: Laut Microsoft werden WSL und verschachtelte Virtualisierung dort nicht unterstützt.</translation>
    </message>
    <message>
        <source>Windows on Arm: nestready cannot read the Arm virtualization extensions from its evidence.</source>
        <translation>Windows on Arm: nestready kann die Arm-Virtualisierungserweiterungen nicht aus den erfassten Daten auslesen.</translation>
    </message>
    <message>
        <source>Windows&apos; own processor properties mean nothing here, because a hypervisor runs.</source>
        <translation>Die Prozessoreigenschaften, die Windows selbst meldet, sind hier nicht aussagekräftig, da ein Hypervisor läuft.</translation>
    </message>
    <message>
        <source>CPUID in this VM reports VT-x/AMD-V: the hypervisor passes it through.</source>
        <translation>CPUID meldet in dieser VM VT-x/AMD-V: Der Hypervisor reicht es durch.</translation>
    </message>
    <message>
        <source>CPUID in this VM reports neither VT-x nor AMD-V: the hypervisor does not pass it through.</source>
        <translation>CPUID meldet in dieser VM weder VT-x noch AMD-V: Der Hypervisor reicht es nicht durch.</translation>
    </message>
    <message>
        <source>A physical machine that reports a hypervisor runs Windows&apos; own Hyper-V, which needs VT-x/AMD-V.</source>
        <translation>Ein physischer Computer, der einen Hypervisor meldet, führt das Windows-eigene Hyper-V aus, das VT-x/AMD-V voraussetzt.</translation>
    </message>
    <message>
        <source>Without CPUID (replay with --cpuid-dump) it cannot be told.</source>
        <translation>Ohne CPUID (erneute Auswertung mit --cpuid-dump) lässt sich das nicht feststellen.</translation>
    </message>
    <message>
        <source>Windows reports virtualization enabled in the firmware and no hypervisor running.</source>
        <translation>Windows meldet, dass die Virtualisierung in der Firmware aktiviert ist und kein Hypervisor läuft.</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but Windows reports it disabled in the firmware (BIOS/UEFI).</source>
        <translation>Die CPU unterstützt VT-x/AMD-V, aber laut Windows ist es in der Firmware (BIOS/UEFI) deaktiviert.</translation>
    </message>
    <message>
        <source>Windows reports a CPU without VT-x/AMD-V (VM Monitor Mode Extensions: no).</source>
        <translation>Windows meldet eine CPU ohne VT-x/AMD-V (VM Monitor Mode Extensions: nein).</translation>
    </message>
    <message>
        <source>Windows reports Second Level Address Translation.</source>
        <translation>Windows meldet Unterstützung für Second Level Address Translation.</translation>
    </message>
    <message>
        <source>Windows reports no Second Level Address Translation.</source>
        <translation>Windows meldet keine Unterstützung für Second Level Address Translation.</translation>
    </message>
    <message>
        <source>hw.logicalcpu</source>
        <translation>hw.logicalcpu</translation>
    </message>
    <message>
        <source>hw.memsize</source>
        <translation>hw.memsize</translation>
    </message>
    <message>
        <source>macOS has no containers of its own.</source>
        <translation>macOS hat keine eigenen Container.</translation>
    </message>
    <message>
        <source>A Mac is not a cloud VM.</source>
        <translation>Ein Mac ist keine Cloud-VM.</translation>
    </message>
    <message>
        <source>macOS reports that it runs in a virtual machine (kern.hv_vmm_present, model &quot;%1&quot;).</source>
        <translation>macOS meldet, dass es in einer virtuellen Maschine läuft (kern.hv_vmm_present, Modell „%1“).</translation>
    </message>
    <message>
        <source>macOS reports that it runs directly on the Mac (kern.hv_vmm_present is 0).</source>
        <translation>macOS meldet, dass es direkt auf dem Mac läuft (kern.hv_vmm_present ist 0).</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework can run virtual machines (kern.hv_support is 1).</source>
        <translation>macOS meldet, dass Hypervisor.framework virtuelle Maschinen ausführen kann (kern.hv_support ist 1).</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework cannot run virtual machines here (kern.hv_support is 0).</source>
        <translation>macOS meldet, dass Hypervisor.framework hier keine virtuellen Maschinen ausführen kann (kern.hv_support ist 0).</translation>
    </message>
    <message>
        <source>Look the size up by hand: in the Azure portal, open the VM and read &quot;Size&quot; on its Overview page, or run: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</source>
        <translation>Sehen Sie die Größe manuell nach: Öffnen Sie im Azure-Portal die VM, und lesen Sie auf ihrer Seite „Overview“ den Wert „Size“ ab, oder führen Sie Folgendes aus: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service has not answered.</source>
        <translation>Der Metadatendienst von Azure hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service names the size.</source>
        <translation>Der Metadatendienst von Azure gibt die Größe an.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service answered, but not usably (%1).</source>
        <translation>Der Metadatendienst von Azure hat geantwortet, aber nicht verwertbar (%1).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked, because of --no-network.</source>
        <translation>Der Metadatendienst von Azure wurde wegen --no-network nicht abgefragt.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked: this is a recorded machine.</source>
        <translation>Der Metadatendienst von Azure wurde nicht abgefragt: Dies ist ein aufgezeichneter Computer.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service did not answer in time (%1).</source>
        <translation>Der Metadatendienst von Azure hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service could not be read (%1).</source>
        <translation>Der Metadatendienst von Azure konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>IBM z/VM</source>
        <translation>IBM z/VM</translation>
    </message>
    <message>
        <source>IBM PowerVM</source>
        <translation>IBM PowerVM</translation>
    </message>
    <message>
        <source>Linux-VServer</source>
        <translation>Linux-VServer</translation>
    </message>
    <message>
        <source>nestready&apos;s collector script (PowerShell) gave no answer in time and was stopped.</source>
        <translation>Das Sammelskript von nestready (PowerShell) hat nicht rechtzeitig geantwortet und wurde beendet.</translation>
    </message>
    <message>
        <source>Windows PowerShell was not found, so nestready&apos;s collector script could not run.</source>
        <translation>Windows PowerShell wurde nicht gefunden, daher konnte das Sammelskript von nestready nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>nestready&apos;s collector script (PowerShell) failed: %1</source>
        <translation>Das Sammelskript von nestready (PowerShell) ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>An ARMv8 (arm64) CPU, which is 64-bit.</source>
        <translation>Eine ARMv8-CPU (arm64), also 64-Bit.</translation>
    </message>
    <message>
        <source>An arm64 machine with /dev/kvm: KVM runs here.</source>
        <translation>Ein arm64-Rechner mit /dev/kvm: KVM läuft hier.</translation>
    </message>
    <message>
        <source>An arm64 machine without /dev/kvm: this OS did not get the Arm virtualization extensions (EL2), as in most arm64 cloud VMs.</source>
        <translation>Ein arm64-Rechner ohne /dev/kvm: Dieses Betriebssystem hat die Arm-Virtualisierungserweiterungen (EL2) nicht erhalten, wie in den meisten arm64-Cloud-VMs.</translation>
    </message>
    <message>
        <source>An arm64 machine, whose hardware virtualization shows only as /dev/kvm, which could not be read.</source>
        <translation>Ein arm64-Rechner, dessen Hardware-Virtualisierung sich nur als /dev/kvm zeigt, das nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The CPU flags list vmx (Intel VT-x), but this kernel does not clear that flag when the firmware has switched VT-x off.</source>
        <translation>Die CPU-Flags enthalten vmx (Intel VT-x), aber dieser Kernel entfernt dieses Flag nicht, wenn die Firmware VT-x ausgeschaltet hat.</translation>
    </message>
    <message>
        <source>The CPU flags list svm (AMD-V), which Linux shows even when the firmware has switched AMD-V off.</source>
        <translation>Die CPU-Flags enthalten svm (AMD-V), das Linux auch dann anzeigt, wenn die Firmware AMD-V ausgeschaltet hat.</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_intel is not and there is no /dev/kvm, which is what happens when the firmware has switched VT-x off.</source>
        <translation>KVM ist nicht gestartet: kvm ist geladen, kvm_intel aber nicht, und es gibt kein /dev/kvm – so ist es, wenn die Firmware VT-x ausgeschaltet hat.</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_amd is not and there is no /dev/kvm, which is what happens when the firmware has switched AMD-V off.</source>
        <translation>KVM ist nicht gestartet: kvm ist geladen, kvm_amd aber nicht, und es gibt kein /dev/kvm – so ist es, wenn die Firmware AMD-V ausgeschaltet hat.</translation>
    </message>
    <message>
        <source>No KVM module is loaded yet, so whether the firmware allows it shows only when it loads.</source>
        <translation>Noch ist kein KVM-Modul geladen; ob die Firmware es zulässt, zeigt sich erst beim Laden.</translation>
    </message>
    <message>
        <source>Virtualization-based security runs in this VM (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>In dieser VM läuft virtualisierungsbasierte Sicherheit (Win32_DeviceGuard), also läuft der Windows-eigene Hypervisor, der VT-x/AMD-V braucht: Verschachtelte Virtualisierung funktioniert.</translation>
    </message>
    <message>
        <source>Virtualization-based security runs (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>Virtualisierungsbasierte Sicherheit läuft (Win32_DeviceGuard), also läuft der Windows-eigene Hypervisor, der VT-x/AMD-V braucht: Die Hardware-Virtualisierung ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The /dev/kvm here comes from PVM (the kvm_pvm module), which runs virtual machines without VT-x/AMD-V but only with guest kernels built for PVM.</source>
        <translation>Das /dev/kvm hier stammt von PVM (dem Modul kvm_pvm), das virtuelle Maschinen ohne VT-x/AMD-V ausführt, aber nur mit Gast-Kerneln, die für PVM gebaut sind.</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Unrecognized hypervisor</source>
        <translation>Nicht erkannter Hypervisor</translation>
    </message>
    <message>
        <source>VMware Fusion</source>
        <translation>VMware Fusion</translation>
    </message>
    <message>
        <source>Unrecognized container manager</source>
        <translation>Nicht erkannte Containerverwaltung</translation>
    </message>
    <message>
        <source>Another cloud (provider not named)</source>
        <translation>Eine andere Cloud (Anbieter nicht genannt)</translation>
    </message>
    <message>
        <source>Windows did not let PowerShell run nestready&apos;s collector script: an execution policy set by Group Policy, or an application control policy (AppLocker, App Control for Business), blocks it. An administrator can allow it by signing collect-evidence.ps1 with a certificate the machine trusts or by allow-listing it; or run nestready on an evidence file collected by an administrator.</source>
        <translation>Windows hat PowerShell nicht erlaubt, das Sammelskript von nestready auszuführen: Eine per Gruppenrichtlinie gesetzte Ausführungsrichtlinie oder eine Richtlinie zur Anwendungssteuerung (AppLocker, App Control for Business) blockiert es. Ein Administrator kann es zulassen, indem er collect-evidence.ps1 mit einem Zertifikat signiert, dem der Computer vertraut, oder es in eine Positivliste aufnimmt; oder führen Sie nestready mit einer Erfassungsdatei aus, die ein Administrator erstellt hat.</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>%1: no .json files in this folder.</source>
        <translation>%1: keine .json-Dateien in diesem Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read.</source>
        <translation>
            <numerusform>%n Bericht gelesen.</numerusform>
            <numerusform>%n Berichte gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fails on %n machine(s).</source>
        <translation>
            <numerusform>%1 schlägt auf %n Rechner fehl.</numerusform>
            <numerusform>%1 schlägt auf %n Rechnern fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>nestready fleet summary</source>
        <translation>nestready-Flottenübersicht</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>Column headings of the fleet table in the terminal</extracomment>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Dateien, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>Checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Mit den Regeln von nestready %1 erneut geprüft: %n Rechner hat sich geändert.</numerusform>
            <numerusform>Mit den Regeln von nestready %1 erneut geprüft: %n Rechner haben sich geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 -&gt; %3 (%4)</source>
        <extracomment>A machine whose verdict changed: %1 machine, %2 old verdict, %3 new verdict, %4 report file</extracomment>
        <translation>  %1: %2 -&gt; %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <extracomment>The last row of a count card: the kinds not listed above (%1 of them), e.g. &quot;11 others&quot;</extracomment>
        <translation>
            <numerusform>%n weiterer Eintrag</numerusform>
            <numerusform>%n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken between %1 and %2.</source>
        <extracomment>%1 and %2 are dates: the oldest and the newest report</extracomment>
        <translation>Erstellt zwischen %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>Every report was checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Jeder Bericht wurde mit den Regeln von nestready %1 erneut geprüft: %n Rechner hat sich geändert.</numerusform>
            <numerusform>Jeder Bericht wurde mit den Regeln von nestready %1 erneut geprüft: %n Rechner haben sich geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>What blocks the most machines</source>
        <translation>Was die meisten Rechner blockiert</translation>
    </message>
    <message>
        <source>No check fails on any machine.</source>
        <translation>Auf keinem Rechner schlägt eine Prüfung fehl.</translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation>Fehlgeschlagene Prüfung</translation>
    </message>
    <message>
        <source>Machines it blocks</source>
        <translation>Blockierte Rechner</translation>
    </message>
    <message>
        <source>Changed with today&apos;s rules</source>
        <translation>Mit den heutigen Regeln geändert</translation>
    </message>
    <message>
        <source>No machine&apos;s verdict changed.</source>
        <translation>Bei keinem Rechner hat sich das Urteil geändert.</translation>
    </message>
    <message>
        <source>Verdict when taken</source>
        <translation>Urteil bei Erstellung</translation>
    </message>
    <message>
        <source>Verdict now</source>
        <translation>Urteil jetzt</translation>
    </message>
    <message>
        <source>Written by nestready %1.</source>
        <translation>Geschrieben von nestready %1.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>nestready</source>
        <translation>nestready</translation>
    </message>
    <message>
        <source>Open a saved JSON report instead of checking this machine.</source>
        <translation>Einen gespeicherten JSON-Bericht öffnen, statt diesen Rechner zu prüfen.</translation>
    </message>
    <message>
        <source>Open the wizard at &lt;page&gt; (welcome, machine, requirements, guide, summary) or at a guide id such as vmware-esxi.</source>
        <translation>Öffnet den Assistenten auf &lt;page&gt; (welcome, machine, requirements, guide, summary) oder bei einer Anleitungs-ID wie vmware-esxi.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Use welcome, machine, requirements, guide, summary or a guide id such as vmware-esxi.</source>
        <translation>Unbekannte Seite „%1“. Verwenden Sie welcome, machine, requirements, guide, summary oder eine Anleitungs-ID wie vmware-esxi.</translation>
    </message>
    <message>
        <source>nestready — report from %1</source>
        <translation>nestready — Bericht vom %1</translation>
    </message>
    <message>
        <source>nestready: the window cannot open: Qt could not start a platform plugin for the display.
Run `nestready check` to check this machine on the command line.
Qt says: </source>
        <translation>nestready: Das Fenster kann nicht geöffnet werden: Qt konnte kein Plattform-Plugin für die Anzeige starten.
Mit `nestready check` prüfen Sie diesen Rechner in der Befehlszeile.
Qt meldet: </translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here once nested virtualization is on, but problems are then for your cloud provider.</source>
        <translation>Der Hersteller unterstützt virtuelle Maschinen nur unter VMware ESXi und Azure. iEchor Desktop funktioniert hier möglicherweise, sobald die geschachtelte Virtualisierung aktiviert ist, bei Problemen ist dann jedoch Ihr Cloud-Anbieter zuständig.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), use an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Führen Sie iEchor Desktop nativ auf einem physischen Computer aus (die Empfehlung des Herstellers), verwenden Sie eine Azure-VM, oder nutzen Sie statt einer lokalen VM den Cloud-Offload-Dienst des Herstellers.</translation>
    </message>
    <message>
        <source>Microsoft Azure virtual machine</source>
        <translation>Virtuelle Maschine in Microsoft Azure</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. Microsoft supports nested Hyper-V on VM sizes that offer it.</source>
        <translation>Azure-VMs sind eine der beiden Plattformen, die der Hersteller getestet hat, und zwar für iEchor Business-Kunden mit einer Instanz pro Computer. Microsoft unterstützt geschachteltes Hyper-V auf VM-Größen, die es anbieten.</translation>
    </message>
    <message>
        <source>Start the VM, turn on the Windows features iEchor Desktop needs (see the Windows features guide), then check again.</source>
        <translation>Starten Sie die VM, aktivieren Sie die Windows-Features, die iEchor Desktop benötigt (siehe die Anleitung zu den Windows-Features), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Azure: VM sizes</source>
        <translation>Azure: VM-Größen</translation>
    </message>
    <message>
        <source>Microsoft: Enable nested virtualization</source>
        <translation>Microsoft: Geschachtelte Virtualisierung aktivieren</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch</source>
        <translation>Azure: Trusted Launch</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>iEchor Desktop in einer VM- oder VDI-Umgebung</translation>
    </message>
    <message>
        <source>Whether Trusted Launch blocks nested virtualization could not be confirmed: an older Azure page listed it as unsupported, the current page does not, and Trusted Launch is now the default for new VMs.</source>
        <translation>Ob Trusted Launch geschachtelte Virtualisierung verhindert, konnte nicht bestätigt werden: Eine ältere Azure-Seite führte sie als nicht unterstützt auf, die aktuelle Seite nicht, und Trusted Launch ist inzwischen die Standardeinstellung für neue VMs.</translation>
    </message>
    <message>
        <source>Google Cloud (Compute Engine)</source>
        <translation>Google Cloud (Compute Engine)</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again. Expect the nested VM to run at least 10% slower.</source>
        <translation>Starten Sie die VM, starten Sie nestready erneut, und führen Sie die Prüfung erneut aus. Rechnen Sie damit, dass die geschachtelte VM mindestens 10 % langsamer läuft.</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes.</source>
        <translation>Die Prüfung „Hardware-Virtualisierung (VT-x / AMD-V)“ ist bestanden.</translation>
    </message>
    <message>
        <source>Google Cloud: About nested virtualization</source>
        <translation>Google Cloud: Geschachtelte Virtualisierung</translation>
    </message>
    <message>
        <source>Amazon EC2</source>
        <translation>Amazon EC2</translation>
    </message>
    <message>
        <source>Start the instance, start nestready again and check again.</source>
        <translation>Starten Sie die Instanz, starten Sie nestready erneut, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>AWS: Nested virtualization on EC2</source>
        <translation>AWS: Geschachtelte Virtualisierung in EC2</translation>
    </message>
    <message>
        <source>Windows 365 and Azure Virtual Desktop</source>
        <translation>Windows 365 und Azure Virtual Desktop</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop session hosts and Cloud PCs run on Azure. The vendor names Azure VMs, not these desktop services, as tested; one instance of iEchor Desktop per machine.</source>
        <translation>Sitzungshosts von Azure Virtual Desktop und Cloud-PCs laufen in Azure. Als getestet nennt der Hersteller Azure-VMs, nicht diese Desktopdienste; eine Instanz von iEchor Desktop pro Computer.</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: a session host size that offers nested virtualization (see the Azure guide).</source>
        <translation>Azure Virtual Desktop: eine Sitzungshostgröße mit geschachtelter Virtualisierung (siehe die Azure-Anleitung).</translation>
    </message>
    <message>
        <source>A personal (single-user) desktop: running more than one instance of iEchor Desktop on one machine, as on Windows Enterprise multi-session, is not supported.</source>
        <translation>Ein persönlicher Desktop (für einen Benutzer): Mehr als eine Instanz von iEchor Desktop auf einem Computer auszuführen, wie unter Windows Enterprise für mehrere Sitzungen, wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Ask your administrator to move you to a Cloud PC with 4 vCPUs or more, or to a session host size that offers nested virtualization.</source>
        <translation>Bitten Sie Ihren Administrator, Ihnen einen Cloud-PC mit mindestens 4 vCPUs oder eine Sitzungshostgröße mit geschachtelter Virtualisierung zuzuweisen.</translation>
    </message>
    <message>
        <source>Turn on the Windows features iEchor Desktop needs (see the Windows features guide), restart and check again.</source>
        <translation>Aktivieren Sie die Windows-Features, die iEchor Desktop benötigt (siehe die Anleitung zu den Windows-Features), starten Sie neu, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Windows 365: nested virtualization</source>
        <translation>Windows 365: Geschachtelte Virtualisierung</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: agent troubleshooting</source>
        <translation>Azure Virtual Desktop: Problembehandlung für den Agent</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session FAQ</source>
        <translation>Häufige Fragen zu Windows Enterprise für mehrere Sitzungen</translation>
    </message>
    <message>
        <source>Whether Windows 365 Cloud PCs use the same agent as Azure Virtual Desktop could not be confirmed.</source>
        <translation>Ob Windows 365-Cloud-PCs denselben Agent wie Azure Virtual Desktop verwenden, konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Supported by the vendor</source>
        <extracomment>Banner of a guide: the product vendor supports this platform</extracomment>
        <translation>Vom Hersteller unterstützt</translation>
    </message>
    <message>
        <source>Works, but not supported by the vendor</source>
        <extracomment>Banner of a guide: it can work, but the product vendor does not support it</extracomment>
        <translation>Funktioniert, aber nicht vom Hersteller unterstützt</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <extracomment>Banner of a guide: iEchor Desktop cannot run on this platform</extracomment>
        <translation>Hier nicht möglich</translation>
    </message>
    <message>
        <source>VMware ESXi (vSphere)</source>
        <translation>VMware ESXi (vSphere)</translation>
    </message>
    <message>
        <source>VMware Workstation</source>
        <translation>VMware Workstation</translation>
    </message>
    <message>
        <source>VMware Fusion</source>
        <translation>VMware Fusion</translation>
    </message>
    <message>
        <source>KVM / QEMU or libvirt</source>
        <translation>KVM / QEMU oder libvirt</translation>
    </message>
    <message>
        <source>Proxmox VE</source>
        <translation>Proxmox VE</translation>
    </message>
    <message>
        <source>Nutanix AHV</source>
        <translation>Nutanix AHV</translation>
    </message>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here once nested virtualization is on, but problems are then for your hypervisor vendor.</source>
        <translation>Der Hersteller unterstützt virtuelle Maschinen nur unter VMware ESXi und Azure. iEchor Desktop funktioniert hier möglicherweise, sobald die geschachtelte Virtualisierung aktiviert ist, bei Problemen ist dann jedoch der Hersteller Ihres Hypervisors zuständig.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Führen Sie iEchor Desktop nativ auf einem physischen Computer aus (die Empfehlung des Herstellers), verlagern Sie diesen Desktop auf VMware ESXi oder eine Azure-VM, oder nutzen Sie statt einer lokalen VM den Cloud-Offload-Dienst des Herstellers.</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again.</source>
        <translation>Starten Sie die VM, starten Sie nestready erneut, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Shut down the operating system in the VM and make sure the VM is powered off.</source>
        <translation>Fahren Sie das Betriebssystem in der VM herunter, und stellen Sie sicher, dass die VM ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Microsoft Hyper-V (on premises)</source>
        <translation>Microsoft Hyper-V (lokal)</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure. Microsoft itself supports nested Hyper-V in production, including WSL 2 in a nested VM.</source>
        <translation>Der Hersteller hat nur VMware ESXi und Azure getestet. Microsoft selbst unterstützt geschachteltes Hyper-V im Produktivbetrieb, einschließlich WSL 2 in einer geschachtelten VM.</translation>
    </message>
    <message>
        <source>Intel host with VT-x and EPT: Windows Server 2016 or Windows 10 or later on the host, VM configuration version 8.0 or later.</source>
        <translation>Intel-Host mit VT-x und EPT: Windows Server 2016 oder Windows 10 oder neuer auf dem Host, VM-Konfigurationsversion 8.0 oder höher.</translation>
    </message>
    <message>
        <source>AMD EPYC or Ryzen host: Windows Server 2022 or Windows 11 or later on the host, VM configuration version 9.3 or later.</source>
        <translation>AMD EPYC- oder Ryzen-Host: Windows Server 2022 oder Windows 11 oder neuer auf dem Host, VM-Konfigurationsversion 9.3 oder höher.</translation>
    </message>
    <message>
        <source>An elevated PowerShell on the Hyper-V host (not in this VM).</source>
        <translation>Eine PowerShell mit erhöhten Rechten auf dem Hyper-V-Host (nicht in dieser VM).</translation>
    </message>
    <message>
        <source>Turn the VM off.</source>
        <translation>Schalten Sie die VM aus.</translation>
    </message>
    <message>
        <source>On the host, expose the virtualization extensions to the VM. Replace &lt;VM&gt; with the VM&apos;s name. ($false turns it off again.)</source>
        <translation>Stellen Sie der VM auf dem Host die Virtualisierungserweiterungen zur Verfügung. Ersetzen Sie &lt;VM&gt; durch den Namen der VM. ($false deaktiviert sie wieder.)</translation>
    </message>
    <message>
        <source>Read the setting back: ExposeVirtualizationExtensions must be True.</source>
        <translation>Lesen Sie die Einstellung zur Kontrolle aus: ExposeVirtualizationExtensions muss True sein.</translation>
    </message>
    <message>
        <source>Microsoft: What is nested virtualization?</source>
        <translation>Microsoft: Was ist geschachtelte Virtualisierung?</translation>
    </message>
    <message>
        <source>Microsoft: WSL FAQ</source>
        <translation>Microsoft: Häufige Fragen zu WSL</translation>
    </message>
    <message>
        <source>KVM / QEMU and libvirt</source>
        <translation>KVM / QEMU und libvirt</translation>
    </message>
    <message>
        <source>A shell with root rights on the KVM host (not in this VM).</source>
        <translation>Eine Shell mit Root-Rechten auf dem KVM-Host (nicht in dieser VM).</translation>
    </message>
    <message>
        <source>Nested virtualization is on by default since Linux 4.20; older host kernels need the module option below.</source>
        <translation>Geschachtelte Virtualisierung ist seit Linux 4.20 standardmäßig aktiviert; ältere Host-Kernel benötigen die unten stehende Moduloption.</translation>
    </message>
    <message>
        <source>On the host, check whether KVM passes nesting on: the file must say Y or 1. On AMD hosts look at kvm_amd instead of kvm_intel.</source>
        <translation>Prüfen Sie auf dem Host, ob KVM die Verschachtelung weitergibt: Die Datei muss Y oder 1 enthalten. Auf AMD-Hosts sehen Sie statt unter kvm_intel unter kvm_amd nach.</translation>
    </message>
    <message>
        <source>If it does not, add this option to a file in /etc/modprobe.d on the host (on AMD hosts the same option for kvm-amd). It applies when the module is loaded again, for example after a restart of the host.</source>
        <translation>Falls nicht, fügen Sie diese Option auf dem Host in eine Datei in /etc/modprobe.d ein (auf AMD-Hosts dieselbe Option für kvm-amd). Sie wird wirksam, wenn das Modul neu geladen wird, zum Beispiel nach einem Neustart des Hosts.</translation>
    </message>
    <message>
        <source>Give the VM the host&apos;s CPU model: for QEMU the -cpu host option, for libvirt the host-passthrough CPU mode. A named CPU model with vmx=on works too.</source>
        <translation>Geben Sie der VM das CPU-Modell des Hosts: bei QEMU die Option -cpu host, bei libvirt den CPU-Modus host-passthrough. Ein benanntes CPU-Modell mit vmx=on funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>Linux kernel: Running nested guests with KVM</source>
        <translation>Linux-Kernel: Running nested guests with KVM</translation>
    </message>
    <message>
        <source>Access to the Proxmox VE host and its web interface.</source>
        <translation>Zugriff auf den Proxmox VE-Host und seine Weboberfläche.</translation>
    </message>
    <message>
        <source>On the host, check that the KVM module passes nesting on (Y or 1; kvm_amd on AMD hosts). If not, set the module&apos;s nested option as in the KVM guide.</source>
        <translation>Prüfen Sie auf dem Host, ob das KVM-Modul die Verschachtelung weitergibt (Y oder 1; auf AMD-Hosts kvm_amd). Falls nicht, setzen Sie die Option nested des Moduls wie in der KVM-Anleitung beschrieben.</translation>
    </message>
    <message>
        <source>Set the VM&apos;s CPU type to host. Proxmox does not expose virtualization to VMs by default.</source>
        <translation>Setzen Sie den CPU-Typ der VM auf host. Proxmox stellt VMs standardmäßig keine Virtualisierung zur Verfügung.</translation>
    </message>
    <message>
        <source>Proxmox VE wiki: Nested virtualization</source>
        <translation>Proxmox VE-Wiki: Nested virtualization</translation>
    </message>
    <message>
        <source>Oracle VirtualBox</source>
        <translation>Oracle VirtualBox</translation>
    </message>
    <message>
        <source>VirtualBox 6.1.0 or later for nested virtualization on Intel CPUs.</source>
        <translation>VirtualBox 6.1.0 oder neuer für geschachtelte Virtualisierung auf Intel-CPUs.</translation>
    </message>
    <message>
        <source>In the VM&apos;s settings, turn on nested VT-x/AMD-V.</source>
        <translation>Aktivieren Sie in den Einstellungen der VM „Enable Nested VT-x/AMD-V“.</translation>
    </message>
    <message>
        <source>Or, on the host&apos;s command line, replace &lt;vm&gt; with the VM&apos;s name:</source>
        <translation>Oder ersetzen Sie in der Befehlszeile des Hosts &lt;vm&gt; durch den Namen der VM:</translation>
    </message>
    <message>
        <source>VirtualBox ticket 4032: nested VT-x</source>
        <translation>VirtualBox-Ticket 4032: Nested VT-x</translation>
    </message>
    <message>
        <source>The exact page of the VBoxManage manual for --nested-hw-virt could not be confirmed.</source>
        <translation>Die genaue Seite im VBoxManage-Handbuch zu --nested-hw-virt konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>With its KVM or Hyper-V paravirtualization interface VirtualBox may look like another hypervisor from inside the VM; this could not be confirmed.</source>
        <translation>Mit seiner KVM- oder Hyper-V-Paravirtualisierungsschnittstelle sieht VirtualBox innerhalb der VM möglicherweise wie ein anderer Hypervisor aus; dies konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Parallels Desktop</source>
        <translation>Parallels Desktop</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Mac on the Mac itself: running natively is what the vendor recommends. Or use the vendor&apos;s cloud offload service.</source>
        <translation>Installieren Sie iEchor Desktop für Mac direkt auf dem Mac: Die native Ausführung empfiehlt der Hersteller. Oder nutzen Sie den Cloud-Offload-Dienst des Herstellers.</translation>
    </message>
    <message>
        <source>Intel Mac: power the VM off and look for Parallels&apos; nested virtualization option in the VM&apos;s CPU settings, then check again.</source>
        <translation>Intel-Mac: Schalten Sie die VM aus, suchen Sie in den CPU-Einstellungen der VM die Parallels-Option für geschachtelte Virtualisierung, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Parallels&apos; &quot;Enable nested virtualization&quot; setting on Intel Macs could not be confirmed.</source>
        <translation>Die Parallels-Einstellung „Enable nested virtualization“ auf Intel-Macs konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Citrix Hypervisor, XenServer and Xen</source>
        <translation>Citrix Hypervisor, XenServer und Xen</translation>
    </message>
    <message>
        <source>Citrix Hypervisor (XenServer) does not support nested virtualization. On plain Xen, nested HVM is a technology preview on Intel and experimental on AMD.</source>
        <translation>Citrix Hypervisor (XenServer) unterstützt keine geschachtelte Virtualisierung. Unter reinem Xen ist geschachteltes HVM auf Intel eine Technologievorschau und auf AMD experimentell.</translation>
    </message>
    <message>
        <source>Citrix desktops: ask your administrator which hypervisor runs the desktop. Under Citrix Virtual Apps and Desktops the answer depends on that hypervisor; on VMware ESXi, Azure or Hyper-V follow that guide.</source>
        <translation>Citrix-Desktops: Fragen Sie Ihren Administrator, welcher Hypervisor den Desktop ausführt. Unter Citrix Virtual Apps and Desktops hängt die Antwort von diesem Hypervisor ab; bei VMware ESXi, Azure oder Hyper-V folgen Sie der entsprechenden Anleitung.</translation>
    </message>
    <message>
        <source>On Citrix Hypervisor or XenServer nested virtualization is not available: use one of the alternatives above.</source>
        <translation>Unter Citrix Hypervisor oder XenServer ist geschachtelte Virtualisierung nicht verfügbar: Nutzen Sie eine der oben genannten Alternativen.</translation>
    </message>
    <message>
        <source>On plain Xen, nested HVM can be tried as described in the Xen wiki; it is not production ready.</source>
        <translation>Unter reinem Xen können Sie geschachteltes HVM wie im Xen-Wiki beschrieben ausprobieren; es ist nicht für den Produktivbetrieb geeignet.</translation>
    </message>
    <message>
        <source>Xen wiki: Nested virtualization in Xen</source>
        <translation>Xen-Wiki: Nested virtualization in Xen</translation>
    </message>
    <message>
        <source>On Nutanix VDI iEchor Desktop works if WSL 2 works. Persistent desktops are supported; non-persistent desktops are not.</source>
        <translation>Unter Nutanix VDI funktioniert iEchor Desktop, wenn WSL 2 funktioniert. Persistente Desktops werden unterstützt, nicht persistente Desktops nicht.</translation>
    </message>
    <message>
        <source>A persistent desktop (not a non-persistent pool).</source>
        <translation>Ein persistenter Desktop (kein nicht persistenter Pool).</translation>
    </message>
    <message>
        <source>Access to the Nutanix cluster&apos;s command line (acli).</source>
        <translation>Zugriff auf die Befehlszeile des Nutanix-Clusters (acli).</translation>
    </message>
    <message>
        <source>Pass the CPU&apos;s virtualization features through to the VM. Replace &lt;vm&gt; with the VM&apos;s name.</source>
        <translation>Reichen Sie die Virtualisierungsfunktionen der CPU an die VM durch. Ersetzen Sie &lt;vm&gt; durch den Namen der VM.</translation>
    </message>
    <message>
        <source>The acli command comes from community scripts; it could not be confirmed against the Nutanix documentation.</source>
        <translation>Der acli-Befehl stammt aus Community-Skripten; er konnte nicht anhand der Nutanix-Dokumentation bestätigt werden.</translation>
    </message>
    <message>
        <source>Physical machine</source>
        <translation>Physischer Computer</translation>
    </message>
    <message>
        <source>Running iEchor Desktop natively on a physical machine is what the vendor recommends: its Linux VM then runs directly on the hardware, without nested virtualization.</source>
        <translation>Der Hersteller empfiehlt, iEchor Desktop nativ auf einem physischen Computer auszuführen: Die Linux-VM läuft dann direkt auf der Hardware, ohne geschachtelte Virtualisierung.</translation>
    </message>
    <message>
        <source>A 64-bit CPU with virtualization extensions (Intel VT-x or AMD-V) and second-level address translation (SLAT).</source>
        <translation>Eine 64-Bit-CPU mit Virtualisierungserweiterungen (Intel VT-x oder AMD-V) und Second Level Address Translation (SLAT).</translation>
    </message>
    <message>
        <source>At least 4 GB of memory.</source>
        <translation>Mindestens 4 GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Restart the computer and open its firmware settings (BIOS or UEFI). The key to press is shown briefly at start-up and differs by maker.</source>
        <translation>Starten Sie den Computer neu, und öffnen Sie die Firmware-Einstellungen (BIOS oder UEFI). Die zu drückende Taste wird beim Start kurz angezeigt und ist je nach Hersteller unterschiedlich.</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization: Intel Virtualization Technology (VT-x) or AMD SVM (AMD-V). The menu that holds it differs by maker.</source>
        <translation>Aktivieren Sie die Hardware-Virtualisierung: Intel Virtualization Technology (VT-x) oder AMD SVM (AMD-V). In welchem Menü sich die Einstellung befindet, ist je nach Hersteller unterschiedlich.</translation>
    </message>
    <message>
        <source>Save the settings, start the computer and check again.</source>
        <translation>Speichern Sie die Einstellungen, starten Sie den Computer, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes. On Windows, Task Manager &gt; Performance shows virtualization as enabled; on Linux, kvm-ok finds KVM usable.</source>
        <translation>Die Prüfung „Hardware-Virtualisierung (VT-x / AMD-V)“ ist bestanden. Unter Windows zeigt Task-Manager &gt; Leistung die Virtualisierung als aktiviert an; unter Linux stellt kvm-ok fest, dass KVM verwendet werden kann.</translation>
    </message>
    <message>
        <source>iEchor Desktop for Windows: system requirements</source>
        <translation>iEchor Desktop für Windows: Systemanforderungen</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: system requirements</source>
        <translation>iEchor Desktop für Linux: Systemanforderungen</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>Problembehandlung: Virtualisierung funktioniert nicht</translation>
    </message>
    <message>
        <source>Inside a container</source>
        <translation>In einem Container</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own Linux virtual machine. A container shares its host&apos;s kernel and cannot start or manage a virtual machine the way a desktop application needs, so iEchor Desktop cannot run inside one.</source>
        <translation>iEchor Desktop startet eine eigene virtuelle Linux-Maschine. Ein Container teilt sich den Kernel mit seinem Host und kann keine virtuelle Maschine so starten oder verwalten, wie es eine Desktopanwendung benötigt, daher kann iEchor Desktop nicht in einem Container ausgeführt werden.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the physical machine or VM that runs this container, and run nestready there.</source>
        <translation>Installieren Sie iEchor Desktop auf dem physischen Computer oder der VM, auf dem bzw. der dieser Container läuft, und führen Sie nestready dort aus.</translation>
    </message>
    <message>
        <source>Leave the container and find the machine that hosts it: a physical machine or a VM.</source>
        <translation>Verlassen Sie den Container, und ermitteln Sie den Computer, auf dem er läuft: einen physischen Computer oder eine VM.</translation>
    </message>
    <message>
        <source>Run nestready on that machine. It tells you whether iEchor Desktop can run there and, in a VM, how to turn on nested virtualization.</source>
        <translation>Führen Sie nestready auf diesem Computer aus. Es zeigt Ihnen, ob iEchor Desktop dort ausgeführt werden kann und – in einer VM – wie Sie die geschachtelte Virtualisierung aktivieren.</translation>
    </message>
    <message>
        <source>On the host, the &quot;Not inside a container&quot; check passes.</source>
        <translation>Auf dem Host ist die Prüfung „Nicht in einem Container“ bestanden.</translation>
    </message>
    <message>
        <source>Windows: features, hypervisor and WSL</source>
        <translation>Windows: Features, Hypervisor und WSL</translation>
    </message>
    <message>
        <source>These steps run in Windows itself, after nested virtualization (in a VM) or firmware virtualization (on a physical machine) is on.</source>
        <translation>Diese Schritte werden in Windows selbst ausgeführt, nachdem die geschachtelte Virtualisierung (in einer VM) bzw. die Firmware-Virtualisierung (auf einem physischen Computer) aktiviert wurde.</translation>
    </message>
    <message>
        <source>64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later. Windows Server is not supported.</source>
        <translation>64-Bit-Windows 10 22H2 (Build 19045) oder Windows 11 23H2 (Build 22631) oder neuer. Windows Server wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>An administrator account: the commands below need an elevated prompt.</source>
        <translation>Ein Administratorkonto: Die folgenden Befehle erfordern eine Eingabeaufforderung mit erhöhten Rechten.</translation>
    </message>
    <message>
        <source>Make the hypervisor start with Windows (elevated prompt), then restart:</source>
        <translation>Sorgen Sie dafür, dass der Hypervisor mit Windows startet (Eingabeaufforderung mit erhöhten Rechten), und starten Sie dann neu:</translation>
    </message>
    <message>
        <source>Check the WSL version: it must be 2.1.5 or later. If the command prints no version, the old built-in WSL is installed: update it.</source>
        <translation>Prüfen Sie die WSL-Version: Sie muss 2.1.5 oder höher sein. Wenn der Befehl keine Version ausgibt, ist das alte integrierte WSL installiert: Aktualisieren Sie es.</translation>
    </message>
    <message>
        <source>Restart Windows and check again.</source>
        <translation>Starten Sie Windows neu, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>wsl -l -v works, and systeminfo says &quot;A hypervisor has been detected. Features required for Hyper-V will not be displayed.&quot;</source>
        <translation>wsl -l -v funktioniert, und systeminfo meldet „Es wurde ein Hypervisor erkannt. Features, die für Hyper-V erforderlich sind, werden nicht angezeigt.“</translation>
    </message>
    <message>
        <source>Microsoft: Hyper-V system requirements</source>
        <translation>Microsoft: Systemanforderungen für Hyper-V</translation>
    </message>
    <message>
        <source>Some software, for example Android emulators, turns Hyper-V off. Which programs do so could not be listed here.</source>
        <translation>Manche Software, zum Beispiel Android-Emulatoren, deaktiviert Hyper-V. Welche Programme das tun, konnte hier nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Linux: KVM modules and the kvm group</source>
        <translation>Linux: KVM-Module und die Gruppe kvm</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM. The vendor supports it on physical machines; under nested virtualization it is outside the vendor&apos;s support.</source>
        <translation>iEchor Desktop für Linux führt seine VM mit KVM aus. Der Hersteller unterstützt dies auf physischen Computern; bei geschachtelter Virtualisierung liegt es außerhalb des Supports des Herstellers.</translation>
    </message>
    <message>
        <source>A 64-bit kernel with CPU virtualization support, KVM, QEMU 5.2 or later, systemd and at least 4 GB of memory.</source>
        <translation>Ein 64-Bit-Kernel mit CPU-Virtualisierungsunterstützung, KVM, QEMU 5.2 oder neuer, systemd und mindestens 4 GB Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Load the KVM module for your CPU: kvm_intel for Intel, kvm_amd for AMD.</source>
        <translation>Laden Sie das KVM-Modul für Ihre CPU: kvm_intel für Intel, kvm_amd für AMD.</translation>
    </message>
    <message>
        <source>Check that the module is loaded and /dev/kvm exists.</source>
        <translation>Prüfen Sie, ob das Modul geladen ist und /dev/kvm vorhanden ist.</translation>
    </message>
    <message>
        <source>Allow your user to use KVM, then sign out and back in.</source>
        <translation>Erlauben Sie Ihrem Benutzer, KVM zu verwenden, und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The &quot;KVM device (/dev/kvm)&quot; check passes, and kvm-ok finds KVM usable.</source>
        <translation>Die Prüfung „KVM-Gerät (/dev/kvm)“ ist bestanden, und kvm-ok stellt fest, dass KVM verwendet werden kann.</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: KVM</source>
        <translation>iEchor Desktop für Linux: KVM</translation>
    </message>
    <message>
        <source>The ESXi host&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>Die CPU des ESXi-Hosts verfügt über Intel VT-x mit EPT oder AMD-V mit RVI.</translation>
    </message>
    <message>
        <source>The VM uses virtual hardware version 9 or later.</source>
        <translation>Die VM verwendet die virtuelle Hardwareversion 9 oder höher.</translation>
    </message>
    <message>
        <source>You use the vSphere Client: the old C# client does not offer the setting.</source>
        <translation>Sie verwenden den vSphere Client: Der alte C#-Client bietet die Einstellung nicht an.</translation>
    </message>
    <message>
        <source>The VM uses no PCI passthrough or vGPU: they cannot be combined with nested virtualization.</source>
        <translation>Die VM verwendet kein PCI-Passthrough und keine vGPU: Diese lassen sich nicht mit geschachtelter Virtualisierung kombinieren.</translation>
    </message>
    <message>
        <source>If Windows in the VM uses virtualization-based security: vSphere 6.7 and hardware version 14 or later on Intel, vSphere 7.0 U2 and hardware version 19 or later on AMD.</source>
        <translation>Wenn Windows in der VM virtualisierungsbasierte Sicherheit verwendet: vSphere 6.7 und Hardwareversion 14 oder höher auf Intel, vSphere 7.0 U2 und Hardwareversion 19 oder höher auf AMD.</translation>
    </message>
    <message>
        <source>In the vSphere Client, open the VM&apos;s settings, expand CPU and tick the hardware virtualization box.</source>
        <translation>Öffnen Sie im vSphere Client die Einstellungen der VM, erweitern Sie „CPU“, und aktivieren Sie das Kontrollkästchen für die Hardware-Virtualisierung.</translation>
    </message>
    <message>
        <source>The setting writes this line to the VM&apos;s .vmx file. Where you manage the .vmx file directly, add it there instead, with the VM powered off.</source>
        <translation>Die Einstellung schreibt diese Zeile in die .vmx-Datei der VM. Wenn Sie die .vmx-Datei direkt verwalten, fügen Sie die Zeile stattdessen dort ein, während die VM ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Power the VM on, start nestready again and check again.</source>
        <translation>Schalten Sie die VM ein, starten Sie nestready erneut, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>How nested virtualization interacts with EVC (Enhanced vMotion Compatibility) could not be confirmed.</source>
        <translation>Wie geschachtelte Virtualisierung mit EVC (Enhanced vMotion Compatibility) zusammenwirkt, konnte nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Older guides also set hypervisor.cpuid.v0 = &quot;FALSE&quot;. Whether a Hyper-V guest needs it could not be confirmed; it is not needed for the steps above.</source>
        <translation>Ältere Anleitungen setzen außerdem hypervisor.cpuid.v0 = &quot;FALSE&quot;. Ob ein Hyper-V-Gast das benötigt, konnte nicht bestätigt werden; für die oben genannten Schritte ist es nicht erforderlich.</translation>
    </message>
    <message>
        <source>VMware Workstation and Fusion</source>
        <translation>VMware Workstation und Fusion</translation>
    </message>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work in Workstation or Fusion once nested virtualization is on, but problems there are outside the vendor&apos;s support.</source>
        <translation>Der Hersteller unterstützt virtuelle Maschinen nur unter VMware ESXi und Azure. iEchor Desktop funktioniert in Workstation oder Fusion möglicherweise, sobald die geschachtelte Virtualisierung aktiviert ist, Probleme dort liegen jedoch außerhalb des Supports des Herstellers.</translation>
    </message>
    <message>
        <source>For a supported setup run iEchor Desktop natively on the host computer, or in a VM on VMware ESXi or Azure.</source>
        <translation>Für eine unterstützte Konfiguration führen Sie iEchor Desktop nativ auf dem Hostcomputer oder in einer VM unter VMware ESXi oder Azure aus.</translation>
    </message>
    <message>
        <source>VMware Workstation 8 or Fusion 4 or later, and a VM with virtual hardware version 9 or later.</source>
        <translation>VMware Workstation 8 oder Fusion 4 oder neuer sowie eine VM mit virtueller Hardwareversion 9 oder höher.</translation>
    </message>
    <message>
        <source>The host computer&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>Die CPU des Hostcomputers verfügt über Intel VT-x mit EPT oder AMD-V mit RVI.</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V or virtualization-based security runs on the host, Workstation cannot give VMs VT-x/AMD-V, so nested VMs do not work.</source>
        <translation>Auf einem Windows-Host: Solange Hyper-V oder virtualisierungsbasierte Sicherheit auf dem Host läuft, kann Workstation VMs kein VT-x/AMD-V bereitstellen, daher funktionieren geschachtelte VMs nicht.</translation>
    </message>
    <message>
        <source>Open the VM&apos;s settings and, under Processors, tick the option that virtualizes VT-x/AMD-V.</source>
        <translation>Öffnen Sie die Einstellungen der VM, und aktivieren Sie unter „Processors“ die Option, die VT-x/AMD-V virtualisiert.</translation>
    </message>
    <message>
        <source>Start the VM, make sure KVM is loaded and /dev/kvm can be used (see the Linux KVM guide), then check again.</source>
        <translation>Starten Sie die VM, stellen Sie sicher, dass KVM geladen ist und /dev/kvm genutzt werden kann (siehe die Anleitung für Linux KVM), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>A VM size whose page lists nested virtualization as supported, for example Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 or Lsv3. The vendor tested D4s_v5 and recommends it or larger.</source>
        <translation>Eine VM-Größe, deren Seite verschachtelte Virtualisierung als unterstützt aufführt, zum Beispiel Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 oder Lsv3. Der Hersteller hat D4s_v5 getestet und empfiehlt diese Größe oder eine größere.</translation>
    </message>
    <message>
        <source>Sizes without it include the A family (Av2), the B family (Bv1, Bsv2, Basv2), Arm64 sizes (Dpsv5, Dpsv6), confidential sizes (DCasv5) and GPU sizes such as NCasT4_v3, NVadsA10_v5 and NVv4.</source>
        <translation>Größen ohne sie sind unter anderem die A-Familie (Av2), die B-Familie (Bv1, Bsv2, Basv2), Arm64-Größen (Dpsv5, Dpsv6), vertrauliche Größen (DCasv5) und GPU-Größen wie NCasT4_v3, NVadsA10_v5 und NVv4.</translation>
    </message>
    <message>
        <source>Rights to resize the VM, and to register a feature on the subscription if the security type has to change.</source>
        <translation>Berechtigungen, um die Größe der VM zu ändern und, falls der Sicherheitstyp geändert werden muss, ein Feature im Abonnement zu registrieren.</translation>
    </message>
    <message>
        <source>If this VM&apos;s size does not offer nested virtualization, resize the VM to one that does: Standard_D4s_v5, the size the vendor tested, or a larger one of the same kind. The VM restarts during the resize.</source>
        <translation>Bietet die Größe dieser VM keine verschachtelte Virtualisierung an, ändern Sie die Größe auf eine, die sie anbietet: Standard_D4s_v5, die vom Hersteller getestete Größe, oder eine größere derselben Art. Die VM wird dabei neu gestartet.</translation>
    </message>
    <message>
        <source>If the size offers nested virtualization and VT-x/AMD-V still does not reach the VM, look at the security type: Microsoft&apos;s guide asks for Standard, and new VMs get Trusted Launch by default. The security type Standard needs the subscription feature UseStandardSecurityType; register it once per subscription:</source>
        <translation>Bietet die Größe verschachtelte Virtualisierung an und erreicht VT-x/AMD-V die VM trotzdem nicht, prüfen Sie den Sicherheitstyp: Microsofts Anleitung verlangt „Standard“, und neue VMs erhalten standardmäßig Trusted Launch. Der Sicherheitstyp „Standard“ erfordert das Abonnementfeature UseStandardSecurityType; registrieren Sie es einmal pro Abonnement:</translation>
    </message>
    <message>
        <source>Then create the VM with the security type Standard (the Azure CLI option below), or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell: the Azure portal cannot change it.</source>
        <translation>Erstellen Sie die VM dann mit dem Sicherheitstyp „Standard“ (die Azure CLI-Option unten), oder heben Sie die Zuordnung dieser VM auf und setzen Sie ihren Sicherheitstyp mit der Azure CLI oder PowerShell auf „Standard“: Im Azure-Portal lässt er sich nicht ändern.</translation>
    </message>
    <message>
        <source>Azure: Resize a virtual machine</source>
        <translation>Azure: Größe eines virtuellen Computers ändern</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch FAQ (security type Standard)</source>
        <translation>Azure: Trusted Launch – häufig gestellte Fragen (Sicherheitstyp „Standard“)</translation>
    </message>
    <message>
        <source>Google Cloud supports nested virtualization only with Linux KVM as the hypervisor inside the VM, on Intel machine types. Hyper-V is not supported there, so a Windows VM on Google Cloud cannot use WSL 2 or Hyper-V and iEchor Desktop for Windows cannot run in it. The vendor does not support this platform.</source>
        <translation>Google Cloud unterstützt verschachtelte Virtualisierung nur mit Linux KVM als Hypervisor innerhalb der VM, auf Intel-Maschinentypen. Hyper-V wird dort nicht unterstützt, daher kann eine Windows-VM in Google Cloud weder WSL 2 noch Hyper-V nutzen, und iEchor Desktop für Windows kann darin nicht laufen. Der Hersteller unterstützt diese Plattform nicht.</translation>
    </message>
    <message>
        <source>A Linux VM on an Intel machine type: AMD and Arm machine types do not offer nested virtualization.</source>
        <translation>Eine Linux-VM auf einem Intel-Maschinentyp: AMD- und Arm-Maschinentypen bieten keine verschachtelte Virtualisierung an.</translation>
    </message>
    <message>
        <source>The organization policy &quot;Disable VM nested virtualization&quot; must not be enforced for the project (it is not by default).</source>
        <translation>Die Organisationsrichtlinie „Disable VM nested virtualization“ darf für das Projekt nicht erzwungen sein (standardmäßig ist sie es nicht).</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot run WSL 2 or Hyper-V, so there is nothing to turn on for iEchor Desktop for Windows. Use an Azure VM, VMware ESXi or a physical machine instead, or a Linux VM here.</source>
        <translation>Eine Windows-VM in Google Cloud kann weder WSL 2 noch Hyper-V ausführen, daher gibt es für iEchor Desktop für Windows nichts einzuschalten. Verwenden Sie stattdessen eine Azure-VM, VMware ESXi oder einen physischen Rechner, oder hier eine Linux-VM.</translation>
    </message>
    <message>
        <source>Stop the VM and export its configuration to a file. gcloud compute instances update has no switch for nested virtualization; the exported file has.</source>
        <translation>Halten Sie die VM an und exportieren Sie ihre Konfiguration in eine Datei. gcloud compute instances update hat keinen Schalter für verschachtelte Virtualisierung; die exportierte Datei hat einen.</translation>
    </message>
    <message>
        <source>In vm.yaml, under advancedMachineFeatures (add that section if it is missing), set:</source>
        <translation>Setzen Sie in vm.yaml unter advancedMachineFeatures (fügen Sie diesen Abschnitt hinzu, falls er fehlt):</translation>
    </message>
    <message>
        <source>Update the VM from the file:</source>
        <translation>Aktualisieren Sie die VM aus der Datei:</translation>
    </message>
    <message>
        <source>For a new VM, turn nested virtualization on when you create it, with this gcloud option:</source>
        <translation>Schalten Sie bei einer neuen VM die verschachtelte Virtualisierung beim Erstellen mit dieser gcloud-Option ein:</translation>
    </message>
    <message>
        <source>Google Cloud: Enable nested virtualization</source>
        <translation>Google Cloud: Verschachtelte Virtualisierung aktivieren</translation>
    </message>
    <message>
        <source>gcloud compute instances export</source>
        <translation>gcloud compute instances export</translation>
    </message>
    <message>
        <source>gcloud compute instances update-from-file</source>
        <translation>gcloud compute instances update-from-file</translation>
    </message>
    <message>
        <source>Google&apos;s page with the export and update-from-file steps could not be re-read; the commands follow the gcloud reference pages linked below.</source>
        <translation>Googles Seite mit den Schritten für export und update-from-file konnte nicht erneut gelesen werden; die Befehle folgen den unten verlinkten gcloud-Referenzseiten.</translation>
    </message>
    <message>
        <source>An instance type with nested virtualization: C8i, M8i or R8i, or their flex variants (C8i-flex, M8i-flex, R8i-flex). A bare-metal instance (*.metal) runs iEchor Desktop without nesting.</source>
        <translation>Ein Instanztyp mit verschachtelter Virtualisierung: C8i, M8i oder R8i oder deren Flex-Varianten (C8i-flex, M8i-flex, R8i-flex). Eine Bare-Metal-Instanz (*.metal) führt iEchor Desktop ohne Verschachtelung aus.</translation>
    </message>
    <message>
        <source>Windows instances: at most 192 vCPUs, and no hibernation. AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; there is nothing to do for it.</source>
        <translation>Windows-Instanzen: höchstens 192 vCPUs und kein Ruhezustand. AWS schaltet Virtual Secure Mode (Credential Guard) selbst ab, wenn die verschachtelte Virtualisierung eingeschaltet ist; dafür ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Check that the instance type offers nested virtualization: the answer lists nested-virtualization.</source>
        <translation>Prüfen Sie, ob der Instanztyp verschachtelte Virtualisierung anbietet: Die Antwort listet dann nested-virtualization auf.</translation>
    </message>
    <message>
        <source>If it does not, stop the instance and change its type to one that does, for example from the M8i family.</source>
        <translation>Falls nicht, halten Sie die Instanz an und ändern Sie ihren Typ auf einen, der sie anbietet, zum Beispiel aus der M8i-Familie.</translation>
    </message>
    <message>
        <source>Stop the instance, then turn nested virtualization on for it. In the console the setting is under Change CPU options.</source>
        <translation>Halten Sie die Instanz an und schalten Sie dann die verschachtelte Virtualisierung für sie ein. In der Konsole finden Sie die Einstellung unter Change CPU options.</translation>
    </message>
    <message>
        <source>For a new instance, turn it on at launch with this CPU option (console: Advanced details, Nested virtualization):</source>
        <translation>Schalten Sie sie bei einer neuen Instanz beim Start mit dieser CPU-Option ein (Konsole: Advanced details, Nested virtualization):</translation>
    </message>
    <message>
        <source>AWS CLI: modify-instance-cpu-options</source>
        <translation>AWS CLI: modify-instance-cpu-options</translation>
    </message>
    <message>
        <source>EC2 API: CpuOptionsRequest</source>
        <translation>EC2 API: CpuOptionsRequest</translation>
    </message>
    <message>
        <source>AWS&apos;s Chinese edition of the page also lists C7i, M7i, R7i, X8i, I7i and other families; this could not be confirmed on the English page. The describe-instance-types command above answers it for your Region.</source>
        <translation>Die chinesische Ausgabe der AWS-Seite führt außerdem C7i, M7i, R7i, X8i, I7i und weitere Familien auf; auf der englischen Seite ließ sich das nicht bestätigen. Der Befehl describe-instance-types oben beantwortet es für Ihre Region.</translation>
    </message>
    <message>
        <source>Windows 365: a Cloud PC with 4 vCPUs or more, in one of the supported regions. Downsizing to 2 vCPUs turns nested virtualization off.</source>
        <translation>Windows 365: ein Cloud-PC mit mindestens 4 vCPUs in einer der unterstützten Regionen. Eine Verkleinerung auf 2 vCPUs schaltet die verschachtelte Virtualisierung ab.</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization. It may still work once the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support.</source>
        <translation>Der Hersteller unterstützt iEchor Desktop für Linux unter verschachtelter Virtualisierung nicht. Es kann trotzdem funktionieren, sobald die VM VT-x/AMD-V und /dev/kvm bereitstellt, doch Probleme dort liegen außerhalb des Supports des Herstellers.</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>Verwenden Sie für eine unterstützte Einrichtung einen physischen Linux-Rechner, oder machen Sie weiter in dem Wissen, dass Sie sich außerhalb des Supports des Herstellers befinden.</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure. These steps still apply here, but problems are then outside the vendor&apos;s support.</source>
        <translation>Der Hersteller unterstützt iEchor Desktop in einer VM nur unter VMware ESXi und Azure. Diese Schritte gelten auch hier, doch Probleme liegen dann außerhalb des Supports des Herstellers.</translation>
    </message>
    <message>
        <source>This platform gives this operating system no nested virtualization, so iEchor Desktop cannot run here. The guide for the platform names the alternatives.</source>
        <translation>Diese Plattform bietet diesem Betriebssystem keine verschachtelte Virtualisierung, daher kann iEchor Desktop hier nicht laufen. Die Anleitung für die Plattform nennt die Alternativen.</translation>
    </message>
    <message>
        <source>This step is for another operating system.</source>
        <extracomment>Why a guide step is hidden</extracomment>
        <translation>Dieser Schritt gilt für ein anderes Betriebssystem.</translation>
    </message>
    <message>
        <source>Already done: VT-x/AMD-V reaches this system.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Bereits erledigt: VT-x/AMD-V erreicht dieses System.</translation>
    </message>
    <message>
        <source>Already done: this VM&apos;s size offers nested virtualization.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Bereits erledigt: Die Größe dieser VM bietet verschachtelte Virtualisierung an.</translation>
    </message>
    <message>
        <source>Already done: /dev/kvm exists.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Bereits erledigt: /dev/kvm ist vorhanden.</translation>
    </message>
    <message>
        <source>Already done: this user can use /dev/kvm.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Bereits erledigt: Dieser Benutzer kann /dev/kvm nutzen.</translation>
    </message>
    <message>
        <source>No network change is needed: MAC address spoofing is only for routing nested VMs through a second virtual switch. WSL 2, which iEchor Desktop uses, works with NAT by default.</source>
        <translation>Keine Netzwerkänderung nötig: MAC-Adress-Spoofing wird nur gebraucht, um verschachtelte VMs über einen zweiten virtuellen Switch zu leiten. WSL 2, das iEchor Desktop nutzt, funktioniert standardmäßig mit NAT.</translation>
    </message>
    <message>
        <source>Dynamic memory can stay on. While Hyper-V runs inside the VM its memory no longer changes at run time; to give it more, turn the VM off.</source>
        <translation>Der dynamische Arbeitsspeicher kann eingeschaltet bleiben. Solange Hyper-V in der VM läuft, ändert sich ihr Arbeitsspeicher zur Laufzeit nicht mehr; um ihr mehr zu geben, schalten Sie die VM aus.</translation>
    </message>
    <message>
        <source>Microsoft: Networking with WSL</source>
        <translation>Microsoft: Netzwerke mit WSL</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V, WSL 2 or virtualization-based security (Memory Integrity) runs on the host, VirtualBox runs on top of Hyper-V and cannot give its VMs VT-x/AMD-V. The &quot;Enable Nested VT-x/AMD-V&quot; box is then greyed out and nested VMs do not work: nested virtualization needs a host where they are off.</source>
        <translation>Auf einem Windows-Host: Solange Hyper-V, WSL 2 oder virtualisierungsbasierte Sicherheit (Speicherintegrität) auf dem Host läuft, läuft VirtualBox auf Hyper-V und kann seinen VMs kein VT-x/AMD-V geben. Das Kästchen „Enable Nested VT-x/AMD-V“ ist dann ausgegraut, und verschachtelte VMs funktionieren nicht: Verschachtelte Virtualisierung braucht einen Host, auf dem diese ausgeschaltet sind.</translation>
    </message>
    <message>
        <source>VirtualBox manual: Using Hyper-V with VirtualBox</source>
        <translation>VirtualBox-Handbuch: Using Hyper-V with VirtualBox</translation>
    </message>
    <message>
        <source>Microsoft: no nested virtualization for the Hyper-V host itself</source>
        <translation>Microsoft: keine verschachtelte Virtualisierung für den Hyper-V-Host selbst</translation>
    </message>
    <message>
        <source>On Macs with Apple silicon, Microsoft does not support what needs nested virtualization in Windows VMs: WSL, Windows Sandbox and virtualization-based security. So iEchor Desktop for Windows cannot run there.</source>
        <translation>Auf Macs mit Apple Silicon unterstützt Microsoft nicht, was in Windows-VMs verschachtelte Virtualisierung braucht: WSL, Windows-Sandbox und virtualisierungsbasierte Sicherheit. Daher kann iEchor Desktop für Windows dort nicht laufen.</translation>
    </message>
    <message>
        <source>Find out whether the Mac has Apple silicon or an Intel processor (Apple menu &gt; About This Mac).</source>
        <translation>Finden Sie heraus, ob der Mac Apple Silicon oder einen Intel-Prozessor hat (Apple-Menü &gt; Über diesen Mac).</translation>
    </message>
    <message>
        <source>Apple silicon: install iEchor Desktop for Mac on the Mac instead of in this VM.</source>
        <translation>Apple Silicon: Installieren Sie iEchor Desktop für Mac auf dem Mac statt in dieser VM.</translation>
    </message>
    <message>
        <source>Microsoft: Windows 11 on Macs with Apple silicon</source>
        <translation>Microsoft: Windows 11 auf Macs mit Apple Silicon</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. The vendor notes that VMware does not support other hypervisors such as Hyper-V nested in a vSphere VM (VMware KB 2009916), although this works.</source>
        <translation>VMware ESXi ist eine der beiden Plattformen, die der Hersteller getestet hat, für iEchor Business-Kunden mit einer Instanz pro Rechner. Der Hersteller weist darauf hin, dass VMware andere Hypervisoren wie Hyper-V verschachtelt in einer vSphere-VM nicht unterstützt (VMware KB 2009916), obwohl das funktioniert.</translation>
    </message>
    <message>
        <source>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</source>
        <translation>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</translation>
    </message>
    <message>
        <source>Broadcom KB 437651: nested virtualization and PCI passthrough or vGPU</source>
        <translation>Broadcom KB 437651: Verschachtelte Virtualisierung und PCI-Passthrough oder vGPU</translation>
    </message>
    <message>
        <source>Broadcom KB 2009916: support for nested virtualization</source>
        <translation>Broadcom KB 2009916: Support für verschachtelte Virtualisierung</translation>
    </message>
    <message>
        <source>vSphere: virtualization-based security in a VM</source>
        <translation>vSphere: virtualisierungsbasierte Sicherheit in einer VM</translation>
    </message>
    <message>
        <source>VMware&apos;s page for the setting and the version limits above (&quot;Running Nested VMs&quot;) was retired in the move to Broadcom; a current page for Workstation and Fusion could not be found.</source>
        <translation>VMwares Seite zur Einstellung und zu den Versionsgrenzen oben („Running Nested VMs“) wurde beim Umzug zu Broadcom eingestellt; eine aktuelle Seite für Workstation und Fusion war nicht zu finden.</translation>
    </message>
    <message>
        <source>Turn on the Windows features of the backend you use (one is enough). WSL 2 backend: Virtual Machine Platform, and on Windows 10 also Windows Subsystem for Linux; the second command turns on what WSL 2 needs and installs the current WSL. Hyper-V backend: Hyper-V and Containers. The first command lists their state:</source>
        <translation>Aktivieren Sie die Windows-Features des Backends, das Sie verwenden (eines genügt). WSL 2-Backend: „Plattform für virtuelle Computer“, unter Windows 10 auch „Windows-Subsystem für Linux“; der zweite Befehl aktiviert, was WSL 2 braucht, und installiert das aktuelle WSL. Hyper-V-Backend: „Hyper-V“ und „Container“. Der erste Befehl zeigt ihren Status an:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Show the text in language &lt;code&gt; (en, de, es, fr, ja, zh_CN) instead of the system&apos;s language.</source>
        <extracomment>Help text of the --lang option; &lt;code&gt; is the value the person types.</extracomment>
        <translation>Zeigt die Texte in der Sprache &lt;Code&gt; (en, de, es, fr, ja, zh_CN) statt in der Sprache des Systems.</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder name of the --lang option&apos;s value, as in &quot;--lang &lt;code&gt;&quot;.</extracomment>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Read CPUID from &lt;file&gt; (the output of `cpuid -r -1`) instead of this CPU.</source>
        <translation>Liest CPUID aus &lt;Datei&gt; (der Ausgabe von `cpuid -r -1`) statt von dieser CPU.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Examine a recorded Windows machine from its evidence file.</source>
        <translation>Untersucht einen aufgezeichneten Windows-Rechner anhand seiner Datei mit Nachweisen.</translation>
    </message>
    <message>
        <source>Make no network request at all (not even to Azure&apos;s local metadata service).</source>
        <translation>Stellt überhaupt keine Netzwerkanfrage (nicht einmal an den lokalen Metadatendienst von Azure).</translation>
    </message>
    <message>
        <source>Examine a recorded Linux machine: read /proc, /sys and /etc below &lt;dir&gt;, or the evidence.jsonl that scripts/record-linux-machine.sh wrote there.</source>
        <translation>Einen aufgezeichneten Linux-Rechner untersuchen: /proc, /sys und /etc unterhalb von &lt;dir&gt; lesen, oder die evidence.jsonl, die scripts/record-linux-machine.sh dort geschrieben hat.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the lang attribute of the HTML report</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM-Größe</translation>
    </message>
    <message>
        <source>nestready report: %1</source>
        <translation>nestready-Bericht: %1</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run here?</source>
        <translation>Kann iEchor Desktop hier laufen?</translation>
    </message>
    <message>
        <source>Identifying details were replaced by placeholders such as &lt;hostname-1&gt;.</source>
        <translation>Identifizierende Angaben wurden durch Platzhalter wie &lt;hostname-1&gt; ersetzt.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What nestready read, exactly as read. Support uses it to replay this report.</source>
        <translation>Was nestready gelesen hat, genau so, wie es gelesen wurde. Der Support wertet den Bericht damit erneut aus.</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Written by nestready %1, report schema %2.</source>
        <translation>Geschrieben von nestready %1, Berichtsschema %2.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a nestready report is far smaller.</source>
        <translation>Die Datei ist größer als %1 MiB; ein nestready-Bericht ist weit kleiner.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not text: it is not a nestready report.</source>
        <translation>Die Datei ist kein Text: Sie ist kein nestready-Bericht.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2): it may be truncated or damaged.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2): Sie ist vielleicht abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report.</source>
        <translation>Die Datei ist JSON, aber kein nestready-Bericht.</translation>
    </message>
    <message>
        <source>This is the output of `nestready check --json`, not a report; write a report with `nestready check --report FILE`.</source>
        <translation>Das ist die Ausgabe von `nestready check --json`, kein Bericht; einen Bericht schreibt `nestready check --report DATEI`.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report (no &quot;schema&quot;: &quot;nestready-report/1&quot;).</source>
        <translation>Die Datei ist JSON, aber kein nestready-Bericht (kein &quot;schema&quot;: &quot;nestready-report/1&quot;).</translation>
    </message>
    <message>
        <source>The report was written by a newer nestready (schema %1); this version reads schema %2. Update nestready to open it.</source>
        <translation>Der Bericht stammt von einem neueren nestready (Schema %1); diese Version liest Schema %2. Aktualisieren Sie nestready, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The report schema &quot;%1&quot; is unknown.</source>
        <translation>Das Berichtsschema „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>The report has no &quot;%1&quot;.</source>
        <translation>Dem Bericht fehlt „%1“.</translation>
    </message>
    <message>
        <source>The report&apos;s time &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>Die Zeitangabe „%1“ des Berichts ist keine ISO-8601-Zeit.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is not an object.</source>
        <translation>„%1“ im Bericht ist kein Objekt.</translation>
    </message>
    <message>
        <source>The report has more evidence items than any nestready writes.</source>
        <translation>Der Bericht enthält mehr Befunde, als nestready je schreibt.</translation>
    </message>
    <message>
        <source>An evidence item of the report is not an object.</source>
        <translation>Ein Befund im Bericht ist kein Objekt.</translation>
    </message>
    <message>
        <source>Bad evidence in the report: %1.</source>
        <translation>Fehlerhafter Befund im Bericht: %1.</translation>
    </message>
    <message>
        <source>The report has more check results than any nestready writes.</source>
        <translation>Der Bericht enthält mehr Prüfergebnisse, als nestready je schreibt.</translation>
    </message>
    <message>
        <source>A check result of the report has no id or an unknown status.</source>
        <translation>Ein Prüfergebnis im Bericht hat keine ID oder einen unbekannten Status.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; a nestready report is far smaller.</source>
        <translation>„%1“ ist größer als %2 MiB; ein nestready-Bericht ist weit kleiner.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Bereit, mit Warnungen</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Date and time a report was taken; always in UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>einem unbenannten Rechner</translation>
    </message>
    <message>
        <source>Report from %1 taken %2</source>
        <extracomment>Banner shown while a saved report is open: %1 machine name, %2 date and time</extracomment>
        <translation>Bericht von %1, erstellt %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>Ein physischer Rechner</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>Ließ sich nicht bestimmen</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>Logische Prozessoren</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Hardware virtualization</source>
        <translation>Hardwarevirtualisierung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>nestready version</source>
        <translation>nestready-Version</translation>
    </message>
    <message>
        <source>No platform guide applies.</source>
        <translation>Keine Plattformanleitung trifft zu.</translation>
    </message>
    <message>
        <source>Guide &quot;%1&quot; (open it with `nestready --page %1`)</source>
        <extracomment>%1 is a guide id such as &quot;vmware-esxi&quot;; `nestready --page ID` opens it</extracomment>
        <translation>Anleitung „%1“ (öffnen mit `nestready --page %1`)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3, unknown: %4, skipped: %5.</source>
        <translation>Bestanden: %1, Warnungen: %2, fehlgeschlagen: %3, unbekannt: %4, übersprungen: %5.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n item(s))</source>
        <translation>
            <numerusform>Befunde (%n Eintrag)</numerusform>
            <numerusform>Befunde (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>The raw evidence itself is in the JSON form of this report.</source>
        <translation>Die Rohdaten selbst stehen in der JSON-Fassung dieses Berichts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name or allow overwriting it.</source>
        <translation>„%1“ ist bereits vorhanden; wählen Sie einen anderen Namen oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot tell the format of &quot;%1&quot;: name it .json, .html, .md or .txt.</source>
        <translation>Das Format von „%1“ ist nicht erkennbar: Benennen Sie die Datei .json, .html, .md oder .txt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link (to &quot;%2&quot;); nestready never writes through a link. Name the file itself if that is where the report should go.</source>
        <extracomment>%1 the path given, %2 the file the link points to</extracomment>
        <translation>„%1“ ist ein symbolischer Link (auf „%2“); nestready schreibt nie über einen Link. Geben Sie die Datei selbst an, wenn der Bericht dorthin soll.</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>ihr Ordner existiert nicht</translation>
    </message>
    <message>
        <source>Redaction failed (%1); no report was made.</source>
        <translation>Schwärzen fehlgeschlagen (%1); es wurde kein Bericht erstellt.</translation>
    </message>
    <message>
        <source>Redaction failed: a value of kind &quot;%1&quot; was still in the report afterwards; no report was made.</source>
        <translation>Schwärzen fehlgeschlagen: Ein Wert der Art „%1“ war danach noch im Bericht; es wurde kein Bericht erstellt.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is &quot;%2&quot;, which this version does not know.</source>
        <translation>„%1“ des Berichts ist „%2“, was diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>The report would be larger than %1 MiB, more than nestready can read back; it was not written.</source>
        <translation>Der Bericht wäre größer als %1 MiB, mehr als nestready wieder einlesen kann; er wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Steps for your administrator</source>
        <translation>Schritte für Ihren Administrator</translation>
    </message>
    <message>
        <source>These steps fit this machine: its operating system, its platform and what the checks found. If someone else manages this machine or its host, send them this report.</source>
        <translation>Diese Schritte passen zu diesem Rechner: zu seinem Betriebssystem, seiner Plattform und dem, was die Prüfungen ergeben haben. Wenn jemand anderes diesen Rechner oder seinen Host verwaltet, senden Sie ihm diesen Bericht.</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Wichtig:</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>Für diese Änderung muss die VM ausgeschaltet sein: Fahren Sie sie herunter (ein Neustart reicht nicht), ändern Sie die Einstellung auf dem Host, und starten Sie dann die VM.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>Bereits erledigt: %1</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Einstellung:</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>So erkennen Sie, dass es funktioniert hat</translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation>Konnte nicht bestätigt werden</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>Dokumentation des Herstellers</translation>
    </message>
    <message>
        <source>The same guide in nestready&apos;s window: %1</source>
        <extracomment>%1 is a command such as &quot;nestready --page azure&quot;</extracomment>
        <translation>Dieselbe Anleitung im Fenster von nestready: %1</translation>
    </message>
    <message>
        <source>Nothing to do: iEchor Desktop can run on this machine.</source>
        <translation>Nichts zu tun: iEchor Desktop kann auf diesem Rechner laufen.</translation>
    </message>
    <message>
        <source>Nothing has to be done: iEchor Desktop should run on this machine. The warnings above say what would make it run better.</source>
        <translation>Es muss nichts getan werden: iEchor Desktop sollte auf diesem Rechner laufen. Die Warnungen oben nennen, womit es besser laufen würde.</translation>
    </message>
    <message>
        <source>Some requirements could not be checked; the list above says what to do about each.</source>
        <translation>Einige Voraussetzungen ließen sich nicht prüfen; die Liste oben sagt, was jeweils zu tun ist.</translation>
    </message>
    <message>
        <source>No guide applies here; the requirements above say what to do.</source>
        <translation>Hier trifft keine Anleitung zu; die Voraussetzungen oben sagen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>How reading one piece of evidence went: it was read</extracomment>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Not there</source>
        <extracomment>How reading one piece of evidence went: the file, key or command does not exist</extracomment>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Needs administrator rights</source>
        <translation>Erfordert Administratorrechte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Not available here</source>
        <extracomment>How reading one piece of evidence went: it does not apply to this source</extracomment>
        <translation>Hier nicht verfügbar</translation>
    </message>
    <message>
        <source>Reaches this OS</source>
        <translation>Erreicht dieses Betriebssystem</translation>
    </message>
    <message>
        <source>Does not reach this OS</source>
        <translation>Erreicht dieses Betriebssystem nicht</translation>
    </message>
    <message>
        <source>This machine, as it ran</source>
        <translation>Dieser Rechner, im laufenden Betrieb</translation>
    </message>
    <message>
        <source>A recorded Linux machine</source>
        <translation>Ein aufgezeichneter Linux-Rechner</translation>
    </message>
    <message>
        <source>A Windows evidence file</source>
        <translation>Eine Windows-Erfassungsdatei</translation>
    </message>
    <message>
        <source>A recorded Mac</source>
        <translation>Ein aufgezeichneter Mac</translation>
    </message>
    <message>
        <source>A saved report</source>
        <translation>Ein gespeicherter Bericht</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Urteil: %1. %2</translation>
    </message>
</context>
<context>
    <name>ReportBanner</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>redacted</source>
        <extracomment>The machine a report is from, when its name was removed</extracomment>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>ein unbenannter Rechner</translation>
    </message>
    <message>
        <source>Saved report — not this machine</source>
        <translation>Gespeicherter Bericht – nicht dieser Rechner</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <extracomment>%1 is a host name, &quot;redacted&quot; or &quot;an unnamed machine&quot;</extracomment>
        <translation>Rechner: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Identifying details removed</source>
        <translation>Identifizierende Angaben entfernt</translation>
    </message>
    <message>
        <source>Identifying details included</source>
        <translation>Identifizierende Angaben enthalten</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>--sysroot and --windows-evidence describe different machines; give only one.</source>
        <translation>--sysroot und --windows-evidence beschreiben verschiedene Rechner; geben Sie nur eines an.</translation>
    </message>
    <message>
        <source>Cannot read the CPUID dump &quot;%1&quot;.</source>
        <translation>Der CPUID-Dump „%1“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The sysroot &quot;%1&quot; is not a folder.</source>
        <translation>Der Sysroot „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>Live checks on this operating system are not available in this build.</source>
        <translation>Live-Prüfungen sind auf diesem Betriebssystem in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPUID dump in the format of `cpuid -r -1` (%2).</source>
        <translation>„%1“ ist kein CPUID-Abbild im Format von `cpuid -r -1` (%2).</translation>
    </message>
</context>
<context>
    <name>StreamSource</name>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;.</source>
        <translation>Die aufgezeichneten Nachweise „%1“ können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;: %2</source>
        <translation>Die aufgezeichneten Nachweise „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not evidence recorded by `nestready collect`: %2</source>
        <translation>„%1“ sind keine von `nestready collect` aufgezeichneten Nachweise: %2</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>nestready: %1 is an option of `nestready check`; the window does not take it.
Run `nestready check %1`, or `nestready --help` for usage.</source>
        <extracomment>%1 is an option such as --json. `nestready check` is a command, not translated.</extracomment>
        <translation>nestready: %1 ist eine Option von `nestready check`; das Fenster nimmt sie nicht an.
Führen Sie `nestready check %1` aus; `nestready --help` zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>nestready: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set, or QT_QPA_PLATFORM names a platform that has none).
Run `nestready check` to check this machine on the command line.</source>
        <translation>nestready: Es gibt keine Anzeige, auf der sich das Fenster öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt, oder QT_QPA_PLATFORM nennt eine Plattform ohne Anzeige).
Mit `nestready check` prüfen Sie diesen Rechner in der Befehlszeile.</translation>
    </message>
    <message>
        <source>nestready: cannot load the window module: %1
Reinstall nestready, or run `nestready check` for the checks on the command line.</source>
        <extracomment>%1 is the loader&apos;s reason, in the system&apos;s words (dlerror / GetLastError).</extracomment>
        <translation>nestready: Das Fenstermodul lässt sich nicht laden: %1
Installieren Sie nestready neu, oder führen Sie die Prüfungen mit `nestready check` in der Befehlszeile aus.</translation>
    </message>
</context>
<context>
    <name>WindowsEvidence</name>
    <message>
        <source>The file is too large (%1 bytes) to be Windows evidence.</source>
        <translation>Die Datei ist zu groß (%1 Bytes), um Windows-Erfassungsdaten zu enthalten.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 or UTF-16 text.</source>
        <translation>Die Datei ist kein gültiger UTF-8- oder UTF-16-Text.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2); it may be truncated.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 an Offset %2); möglicherweise ist sie abgeschnitten.</translation>
    </message>
    <message>
        <source>The file holds JSON, but not the object that collect-evidence.ps1 writes.</source>
        <translation>Die Datei enthält JSON, aber nicht das Objekt, das collect-evidence.ps1 schreibt.</translation>
    </message>
    <message>
        <source>The file holds a JSON object without any of the sections that collect-evidence.ps1 writes (Win32_ComputerSystem, Registry, Collector, ...).</source>
        <translation>Die Datei enthält ein JSON-Objekt ohne einen der Abschnitte, die collect-evidence.ps1 schreibt (Win32_ComputerSystem, Registry, Collector, ...).</translation>
    </message>
</context>
<context>
    <name>WindowsSource</name>
    <message>
        <source>The Windows evidence file &quot;%1&quot; does not exist.</source>
        <translation>Die Windows-Erfassungsdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The Windows evidence file &quot;%1&quot; is too large (%2 bytes).</source>
        <translation>Die Windows-Erfassungsdatei „%1“ ist zu groß (%2 Bytes).</translation>
    </message>
    <message>
        <source>Cannot read the Windows evidence file &quot;%1&quot;: %2</source>
        <translation>Die Windows-Erfassungsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not usable Windows evidence: %2</source>
        <translation>„%1“ enthält keine verwendbaren Windows-Erfassungsdaten: %2</translation>
    </message>
</context>
<context>
    <name>nestready::ReportExportDialog</name>
    <message>
        <source>Cannot open the report</source>
        <translation>Der Bericht lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove identifying details (names, addresses, serial numbers, cloud ids)</source>
        <translation>Identifizierende Angaben &amp;entfernen (Namen, Adressen, Seriennummern, Cloud-Kennungen)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Was entfernt wird</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The name decides the format: .html to read or print, .md to paste into a ticket, .json for support (it can be replayed), .txt for the short summary.</source>
        <translation>Der Name bestimmt das Format: .html zum Lesen oder Drucken, .md zum Einfügen in ein Ticket, .json für den Support (lässt sich erneut auswerten), .txt für die Kurzfassung.</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown for a ticket (*.md);;JSON for support (*.json);;Short summary (*.txt)</source>
        <translation>Webseite (*.html);;Markdown für ein Ticket (*.md);;JSON für den Support (*.json);;Kurzfassung (*.txt)</translation>
    </message>
    <message>
        <source>These values will be replaced:</source>
        <translation>Diese Werte werden ersetzt:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>One line of the redaction preview: %1 the value found, %2 what replaces it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No identifying values were found.</source>
        <translation>Es wurden keine identifizierenden Werte gefunden.</translation>
    </message>
    <message>
        <source>Name the file .html, .md, .json or .txt: the name decides the format.</source>
        <translation>Benennen Sie die Datei .html, .md, .json oder .txt: Der Name bestimmt das Format.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?</source>
        <translation>„%1“ ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report was saved as &quot;%1&quot;.</source>
        <translation>Der Bericht wurde als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Nothing is removed: the report names the machine, its user and its addresses.</source>
        <translation>Es wird nichts entfernt: Der Bericht nennt den Rechner, seinen Benutzer und seine Adressen.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::GuidePage</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation>Befehl kopieren: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>I&apos;ve done this: &amp;check again</source>
        <translation>Erledigt: &amp;erneut prüfen</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>&amp;Show the guide for:</source>
        <translation>&amp;Anleitung anzeigen für:</translation>
    </message>
    <message>
        <source>Show the guide for</source>
        <translation>Anleitung anzeigen für</translation>
    </message>
    <message>
        <source>Result of the checks this guide fixes</source>
        <translation>Ergebnis der Prüfungen, die diese Anleitung behebt</translation>
    </message>
    <message>
        <source>nestready could not tell which platform this machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready konnte nicht ermitteln, auf welcher Plattform dieser Computer läuft. Wählen Sie sie oben in der Liste aus, um die zugehörigen Schritte anzuzeigen.</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>Stattdessen: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Wichtig</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM. nestready remembers the step you are at and offers to pick up there when it starts again.</source>
        <translation>Für diese Änderung muss die VM ausgeschaltet sein: Fahren Sie sie herunter (ein Neustart reicht nicht), ändern Sie die Einstellung auf dem Host, und starten Sie dann die VM. nestready merkt sich den aktuellen Schritt und bietet beim nächsten Start an, dort fortzufahren.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Einstellung: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>So erkennen Sie, dass es funktioniert hat</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>Dokumentation des Herstellers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A check&apos;s title and its status word, e.g. &quot;Hardware virtualization: Pass&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Nothing left to do in this guide: %1</source>
        <extracomment>%1 lists checks and their status words</extracomment>
        <translation>In dieser Anleitung ist nichts mehr zu tun: %1</translation>
    </message>
    <message>
        <source>This machine is ready for iEchor Desktop</source>
        <translation>Dieser Rechner ist bereit für iEchor Desktop</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches this system.</source>
        <translation>In dieser Anleitung ist nichts mehr zu tun: Die Virtualisierung erreicht dieses System.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Install iEchor Desktop and start it. nestready is done here.</source>
        <translation>Installieren und starten Sie iEchor Desktop. nestready ist hier fertig.</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Beachten Sie</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop inside a virtual machine only with a Business subscription.</source>
        <translation>Der Hersteller unterstützt iEchor Desktop in einer virtuellen Maschine nur mit einem Business-Abonnement.</translation>
    </message>
    <message>
        <source>Run one instance of iEchor Desktop per machine.</source>
        <translation>Führen Sie pro Rechner nur eine Instanz von iEchor Desktop aus.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Already done on this machine. %1</source>
        <extracomment>%1 says why, e.g. &quot;Virtualization already reaches this system.&quot;</extracomment>
        <translation>Auf diesem Rechner bereits erledigt. %1</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <extracomment>%1 is the step&apos;s text</extracomment>
        <translation>Schritt %1 erledigt: %2</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Details für den Support</translation>
    </message>
    <message>
        <source>Could not be confirmed at the source</source>
        <translation>Konnte an der Quelle nicht bestätigt werden</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the machine in the report runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready konnte nicht ermitteln, auf welcher Plattform der Computer im Bericht läuft. Wählen Sie sie oben in der Liste aus, um die zugehörigen Schritte anzuzeigen.</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the recorded machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready konnte nicht ermitteln, auf welcher Plattform der aufgezeichnete Computer läuft. Wählen Sie sie oben in der Liste aus, um die zugehörigen Schritte anzuzeigen.</translation>
    </message>
    <message>
        <source>The machine in the report is ready for iEchor Desktop</source>
        <translation>Der Rechner im Bericht ist bereit für iEchor Desktop</translation>
    </message>
    <message>
        <source>The recorded machine is ready for iEchor Desktop</source>
        <translation>Der aufgezeichnete Rechner ist bereit für iEchor Desktop</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the system in the report.</source>
        <translation>In dieser Anleitung ist nichts mehr zu tun: Die Virtualisierung erreicht das System im Bericht.</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the recorded system.</source>
        <translation>In dieser Anleitung ist nichts mehr zu tun: Die Virtualisierung erreicht das aufgezeichnete System.</translation>
    </message>
    <message>
        <source>The person who sent the report can install iEchor Desktop on that machine and start it.</source>
        <translation>Wer den Bericht gesendet hat, kann iEchor Desktop auf diesem Rechner installieren und starten.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the recorded machine and start it.</source>
        <translation>Installieren und starten Sie iEchor Desktop auf dem aufgezeichneten Rechner.</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>Für diese Änderung muss die VM ausgeschaltet sein: Fahren Sie sie herunter (ein Neustart reicht nicht), ändern Sie die Einstellung auf dem Host, und starten Sie dann die VM.</translation>
    </message>
    <message>
        <source>Already done on the machine in the report. %1</source>
        <translation>Auf dem Rechner im Bericht bereits erledigt. %1</translation>
    </message>
    <message>
        <source>Already done on the recorded machine. %1</source>
        <translation>Auf dem aufgezeichneten Rechner bereits erledigt. %1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::MachinePage</name>
    <message>
        <source>certain</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>sicher</translation>
    </message>
    <message>
        <source>likely</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Not known.</source>
        <translation>Nicht bekannt.</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Nicht bekannt: %1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Which &amp;platform runs this machine?</source>
        <translation>Auf welcher &amp;Plattform läuft dieser Computer?</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>Ihr Computer</translation>
    </message>
    <message>
        <source>Platform that runs this machine</source>
        <translation>Plattform, auf der dieser Computer läuft</translation>
    </message>
    <message>
        <source>A container (%1)</source>
        <translation>Ein Container (%1)</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>Ein physischer Computer</translation>
    </message>
    <message>
        <source>A virtual machine</source>
        <translation>Eine virtuelle Maschine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Kind of machine</source>
        <translation>Art des Computers</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM-Größe</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>None: no VDI agent is installed</source>
        <translation>Keiner: Es ist kein VDI-Agent installiert</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>Virtueller Desktop (VDI)</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Details für den Support</translation>
    </message>
    <message>
        <source>The machine in the report</source>
        <translation>Der Computer im Bericht</translation>
    </message>
    <message>
        <source>The recorded machine</source>
        <translation>Der aufgezeichnete Computer</translation>
    </message>
    <message>
        <source>What nestready found out about this computer, and how sure it is.</source>
        <translation>Was nestready über diesen Computer herausgefunden hat und wie sicher es ist.</translation>
    </message>
    <message>
        <source>What nestready found out about the machine in the report, and how sure it is.</source>
        <translation>Was nestready über den Computer im Bericht herausgefunden hat und wie sicher es ist.</translation>
    </message>
    <message>
        <source>What nestready found out about the recorded machine, and how sure it is.</source>
        <translation>Was nestready über den aufgezeichneten Computer herausgefunden hat und wie sicher es ist.</translation>
    </message>
    <message>
        <source>Details for support: evidence</source>
        <translation>Details für den Support: Befunde</translation>
    </message>
    <message>
        <source>Evidence for support</source>
        <translation>Befunde für den Support</translation>
    </message>
    <message>
        <source>Platform that runs the machine in the report</source>
        <translation>Plattform, auf der der Computer im Bericht läuft</translation>
    </message>
    <message>
        <source>Platform that runs the recorded machine</source>
        <translation>Plattform, auf der der aufgezeichnete Computer läuft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>For support: a row of the Machine page and the evidence keys (not translated) it rests on</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize</source>
        <translation>Ein Container mit einer Containerverwaltung, die nestready nicht erkennt</translation>
    </message>
    <message>
        <source>Evidence each row rests on:</source>
        <extracomment>Heading of the evidence list for support; the keys after it are not translated</extracomment>
        <translation>Befunde, auf denen die einzelnen Zeilen beruhen:</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the machine in the report?</source>
        <translation>Auf welcher &amp;Plattform läuft der Computer im Bericht?</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the recorded machine?</source>
        <translation>Auf welcher &amp;Plattform läuft der aufgezeichnete Computer?</translation>
    </message>
    <message>
        <source>From inside the VM, VMware ESXi, Workstation and Fusion look the same. %1</source>
        <extracomment>%1 is the question &quot;Which platform runs this machine?&quot; (or the report&apos;s machine)</extracomment>
        <translation>Innerhalb der VM sehen VMware ESXi, Workstation und Fusion gleich aus. %1</translation>
    </message>
    <message>
        <source>nestready cannot tell which hypervisor this is. %1</source>
        <translation>nestready kann nicht erkennen, welcher Hypervisor das ist. %1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::RequirementsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Each requirement, checked on this machine. Open a row to see why it matters and how to fix it.</source>
        <translation>Jede Anforderung, geprüft auf diesem Computer. Öffnen Sie eine Zeile, um zu sehen, warum sie wichtig ist und wie Sie das Problem beheben.</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Zusammenfassung der Prüfungen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Checking… %n requirement(s) left.</source>
        <translation>
            <numerusform>Wird geprüft … noch %n Anforderung.</numerusform>
            <numerusform>Wird geprüft … noch %n Anforderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n nicht zutreffend</numerusform>
            <numerusform>%n nicht zutreffend</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A part of the count line, e.g. &quot;Failed: 3&quot;</extracomment>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <extracomment>A part of the count line, e.g. &quot;1 could not be checked&quot;</extracomment>
        <translation>
            <numerusform>%n nicht prüfbar</numerusform>
            <numerusform>%n nicht prüfbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Each requirement, as checked on the machine in the report. Open a row to see why it matters and how to fix it.</source>
        <translation>Jede Anforderung, geprüft auf dem Computer im Bericht. Öffnen Sie eine Zeile, um zu sehen, warum sie wichtig ist und wie Sie das Problem beheben.</translation>
    </message>
    <message>
        <source>Each requirement, checked on the recorded machine. Open a row to see why it matters and how to fix it.</source>
        <translation>Jede Anforderung, geprüft auf dem aufgezeichneten Computer. Öffnen Sie eine Zeile, um zu sehen, warum sie wichtig ist und wie Sie das Problem beheben.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::ResultRow</name>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Details ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>Wird noch geprüft …</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie das Problem</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Details für den Support</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>Details für den Support: %1</translation>
    </message>
    <message>
        <source>Raw evidence for support</source>
        <translation>Rohdaten für den Support</translation>
    </message>
    <message>
        <source>No answer in time from: %1.</source>
        <extracomment>%1 is a list of probe names such as &quot;dmi, system&quot;</extracomment>
        <translation>Keine rechtzeitige Antwort von: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yet known.</source>
        <translation>Noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Open the guide: %1</source>
        <translation>Anleitung öffnen: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Open the guide at the step that fixes this</source>
        <translation>Die Anleitung bei dem Schritt öffnen, der das behebt</translation>
    </message>
    <message>
        <source>Details: %1, %2</source>
        <extracomment>The button that opens a requirement&apos;s row: %1 is the status word, %2 the requirement</extracomment>
        <translation>Details: %1, %2</translation>
    </message>
    <message>
        <source>Nothing more than the finding above.</source>
        <translation>Nichts weiter als der Befund oben.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::SummaryPage</name>
    <message>
        <source>Co&amp;py summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What is left to do</source>
        <translation>Was noch zu tun ist</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Hier erhalten Sie Hilfe</translation>
    </message>
    <message>
        <source>iEchor Business customers: contact iEchor support and attach this summary. Problems with nested virtualization itself belong to your hypervisor or cloud vendor; the guide links their documentation.</source>
        <translation>iEchor Business-Kunden: Wenden Sie sich an den iEchor-Support, und fügen Sie diese Zusammenfassung bei. Für Probleme mit der geschachtelten Virtualisierung selbst ist der Hersteller Ihres Hypervisors bzw. Ihr Cloud-Anbieter zuständig; die Anleitung verlinkt dessen Dokumentation.</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>iEchor Desktop in einer VM- oder VDI-Umgebung</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>Problembehandlung: Virtualisierung funktioniert nicht</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>One line of the to-do list: status word, check title, what to do</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>The steps for your platform are in the guide &quot;%1&quot;.</source>
        <translation>Die Schritte für Ihre Plattform finden Sie in der Anleitung „%1“.</translation>
    </message>
    <message>
        <source>Nothing: every requirement is met.</source>
        <translation>Nichts: Alle Anforderungen sind erfüllt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Guide: %1 (nestready --page %2)</source>
        <translation>Anleitung: %1 (nestready --page %2)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>What could not be checked</source>
        <translation>Was nicht geprüft werden konnte</translation>
    </message>
    <message>
        <source>What changed since the last check</source>
        <translation>Was sich seit der letzten Prüfung geändert hat</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checked again at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Erneut geprüft um %1.</translation>
    </message>
    <message>
        <source>%1: now passes.</source>
        <extracomment>%1 is a requirement&apos;s title</extracomment>
        <translation>%1: jetzt bestanden.</translation>
    </message>
    <message>
        <source>%1: still off. A restart is not enough: power the VM off, then start it.</source>
        <translation>%1: weiterhin aus. Ein Neustart reicht nicht: Schalten Sie die VM aus und starten Sie sie dann.</translation>
    </message>
    <message>
        <source>%1: still %2.</source>
        <translation>%1: weiterhin %2.</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <extracomment>%1 a requirement&apos;s title, %2 and %3 status words</extracomment>
        <translation>%1: war %2, jetzt %3.</translation>
    </message>
    <message>
        <source>Nothing changed: everything that passed still passes.</source>
        <translation>Nichts hat sich geändert: Alles, was bestanden hat, besteht weiterhin.</translation>
    </message>
    <message>
        <source>Run nestready again as administrator (root on Linux). If it still cannot tell, run it on the host, or export a report for support.</source>
        <translation>Führen Sie nestready erneut als Administrator aus (unter Linux als root). Lässt es sich dann immer noch nicht feststellen, führen Sie es auf dem Host aus oder exportieren Sie einen Bericht für den Support.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the could-not-check list: the requirement, then how to find out</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>nestready::gui::WelcomePage</name>
    <message>
        <source>Can iEchor Desktop run on this machine?</source>
        <translation>Kann iEchor Desktop auf diesem Computer ausgeführt werden?</translation>
    </message>
    <message>
        <source>nestready checks this computer and tells you what, if anything, to change.</source>
        <translation>nestready prüft diesen Computer und zeigt Ihnen, ob und was Sie ändern müssen.</translation>
    </message>
    <message>
        <source>Pick up where you left off</source>
        <translation>Dort fortfahren, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Last time you were at step %1 of the guide &quot;%2&quot;. If you have made the change, pick up there and check again.</source>
        <translation>Zuletzt waren Sie bei Schritt %1 der Anleitung „%2“. Wenn Sie die Änderung vorgenommen haben, fahren Sie dort fort, und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>&amp;Resume and check again</source>
        <translation>&amp;Fortfahren und erneut prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nothing leaves this machine. The only network request nestready makes is to Azure&apos;s local metadata service, and only on an Azure VM; that address never leaves the host.</source>
        <translation>&lt;b&gt;Datenschutz:&lt;/b&gt; Keine Daten verlassen diesen Computer. Die einzige Netzwerkanfrage von nestready geht an den lokalen Metadatendienst von Azure, und zwar nur auf einer Azure-VM; diese Adresse verlässt den Host nie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the machine in the report?</source>
        <translation>Kann iEchor Desktop auf dem Computer im Bericht ausgeführt werden?</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the recorded machine?</source>
        <translation>Kann iEchor Desktop auf dem aufgezeichneten Computer ausgeführt werden?</translation>
    </message>
    <message>
        <source>nestready shows what the report found on its machine and what, if anything, to change there.</source>
        <translation>nestready zeigt, was der Bericht auf seinem Computer festgestellt hat und ob und was dort zu ändern ist.</translation>
    </message>
    <message>
        <source>nestready checks the recorded machine and tells you what, if anything, to change.</source>
        <translation>nestready prüft den aufgezeichneten Computer und zeigt Ihnen, ob und was Sie ändern müssen.</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine inside a small Linux virtual machine. On a physical computer that works once hardware virtualization is on. Inside a virtual machine or a VDI desktop, the hypervisor must also pass virtualization on to the virtual machine: that is called nested virtualization, and it is off by default.</source>
        <translation>iEchor Desktop betreibt seine Engine in einer kleinen virtuellen Linux-Maschine. Auf einem physischen Computer funktioniert das, sobald die Hardware-Virtualisierung eingeschaltet ist. In einer virtuellen Maschine oder auf einem VDI-Desktop muss der Hypervisor die Virtualisierung außerdem an die virtuelle Maschine weiterreichen: Das nennt man verschachtelte Virtualisierung, und sie ist standardmäßig ausgeschaltet.</translation>
    </message>
    <message>
        <source>nestready finds out what kind of machine it is, checks every requirement (processor, memory, disk, virtualization, the vendor&apos;s support policy) and, where something is missing, shows the exact steps for your platform.</source>
        <translation>nestready ermittelt, um welche Art von Computer es sich handelt, prüft jede Anforderung (Prozessor, Arbeitsspeicher, Datenträger, Virtualisierung, Supportrichtlinie des Herstellers) und zeigt dort, wo etwas fehlt, die genauen Schritte für Ihre Plattform.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nestready only reads what was recorded and makes no network request.</source>
        <translation>&lt;b&gt;Datenschutz:&lt;/b&gt; nestready liest nur, was aufgezeichnet wurde, und stellt keine Netzwerkanfrage.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::Wizard</name>
    <message>
        <source>nestready: can iEchor Desktop run here?</source>
        <translation>nestready: Kann iEchor Desktop hier ausgeführt werden?</translation>
    </message>
    <message>
        <source>Checking this machine…</source>
        <translation>Dieser Computer wird geprüft …</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Der Bericht wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the recorded machine…</source>
        <translation>Der aufgezeichnete Computer wird gelesen …</translation>
    </message>
    <message>
        <source>Recorded machine: its results can&apos;t change. To check again, run nestready on that machine.</source>
        <translation>Aufgezeichneter Rechner: Seine Ergebnisse können sich nicht ändern. Um erneut zu prüfen, führen Sie nestready auf diesem Rechner aus.</translation>
    </message>
</context>
</TS>
