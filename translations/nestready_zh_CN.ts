<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message>
        <source>No answer.</source>
        <translation>无应答。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Pass</source>
        <extracomment>Status word of a requirement that is met</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status word of a requirement that is met with a caveat</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>Status word of a requirement that is not met</extracomment>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status word of a requirement that does not apply here</extracomment>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Status word of a requirement that could not be checked</extracomment>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop cannot run here yet: %n requirement(s) not met.</source>
        <translation>
            <numerusform>iEchor Desktop 暂时无法在此运行：有 %n 项要求未满足。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fails, but some requirements could not be checked.</source>
        <translation>没有未通过的项目，但有些要求无法检查。</translation>
    </message>
    <message>
        <source>iEchor Desktop should run here, with the warnings below.</source>
        <translation>iEchor Desktop 应该可以在此运行，但请注意下方的警告。</translation>
    </message>
    <message>
        <source>iEchor Desktop can run here.</source>
        <translation>iEchor Desktop 可以在此运行。</translation>
    </message>
    <message>
        <source>Whether /dev/kvm exists could not be read.</source>
        <translation>无法读取 /dev/kvm 是否存在。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist, because VT-x/AMD-V is not available.</source>
        <translation>/dev/kvm 不存在，因为 VT-x/AMD-V 不可用。</translation>
    </message>
    <message>
        <source>Make hardware virtualization available first (see the check above); the kernel then creates /dev/kvm once the kvm module loads.</source>
        <translation>请先让硬件虚拟化可用（见上方的检查项）；kvm 模块加载后，内核会创建 /dev/kvm。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: the KVM module is not loaded.</source>
        <translation>/dev/kvm 不存在：KVM 模块未加载。</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_amd</source>
        <translation>请用以下命令加载：sudo modprobe kvm_amd</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_intel</source>
        <translation>请用以下命令加载：sudo modprobe kvm_intel</translation>
    </message>
    <message>
        <source>/dev/kvm exists and you may use it.</source>
        <translation>/dev/kvm 存在，且您可以使用它。</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but your user may not open it.</source>
        <translation>/dev/kvm 存在，但您的用户无权打开它。</translation>
    </message>
    <message>
        <source>Add yourself to the kvm group with: sudo usermod -aG kvm $USER — then sign out and back in.</source>
        <translation>请用以下命令把自己加入 kvm 组：sudo usermod -aG kvm $USER，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>/dev/kvm exists but cannot be opened.</source>
        <translation>/dev/kvm 存在，但无法打开。</translation>
    </message>
    <message>
        <source>Check that the kvm_intel or kvm_amd module is loaded (lsmod | grep kvm).</source>
        <translation>请检查 kvm_intel 或 kvm_amd 模块是否已加载（lsmod | grep kvm）。</translation>
    </message>
    <message>
        <source>KVM device (/dev/kvm)</source>
        <translation>KVM 设备（/dev/kvm）</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM, through /dev/kvm. Your user must be allowed to open it.</source>
        <translation>iEchor Desktop for Linux 通过 /dev/kvm 用 KVM 运行其虚拟机。您的用户必须有权打开它。</translation>
    </message>
    <message>
        <source>A physical machine: iEchor Desktop runs its Linux VM directly on this hardware.</source>
        <translation>物理机：iEchor Desktop 直接在这台硬件上运行其 Linux 虚拟机。</translation>
    </message>
    <message>
        <source>A virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>运行在 nestready 无法识别的虚拟机监控程序上的虚拟机。</translation>
    </message>
    <message>
        <source>Find out which hypervisor runs this VM (ask your administrator) and pick it on the &quot;Your machine&quot; page so that nestready can show the right steps.</source>
        <translation>请查明运行此虚拟机的是哪种虚拟机监控程序（可询问管理员），并在“您的计算机”页面上选择它，以便 nestready 显示正确的步骤。</translation>
    </message>
    <message>
        <source>A virtual machine on %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>%1 上的虚拟机：iEchor Desktop 在此需要嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Does not apply inside a container.</source>
        <translation>不适用于容器内。</translation>
    </message>
    <message>
        <source>Running natively on a physical machine is what the vendor recommends.</source>
        <translation>供应商建议直接在物理机上运行。</translation>
    </message>
    <message>
        <source>Support for virtual machines and VDI desktops is for iEchor Business customers only, and covers one instance of iEchor Desktop per machine.</source>
        <translation>对虚拟机和 VDI 桌面的支持仅面向 iEchor Business 客户，且每台计算机只涵盖一个 iEchor Desktop 实例。</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization.</source>
        <translation>供应商不支持在嵌套虚拟化下运行 iEchor Desktop for Linux。</translation>
    </message>
    <message>
        <source>It may still work when the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support. The vendor recommends running it natively.</source>
        <translation>如果虚拟机提供了 VT-x/AMD-V 和 /dev/kvm，它仍可能正常工作，但在此出现的问题不在供应商的支持范围内。供应商建议直接在物理机上运行。</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>如需受支持的配置，请使用物理 Linux 计算机；或者在知晓不受供应商支持的前提下继续。</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor supports.</source>
        <translation>VMware ESXi 是供应商支持的两个平台之一。</translation>
    </message>
    <message>
        <source>Only ESXi is covered: VMware Workstation and Fusion are not. From inside the VM nestready cannot tell them apart. VMware itself does not support nested hypervisors (KB 2009916), though they work.</source>
        <translation>仅涵盖 ESXi，不包括 VMware Workstation 和 Fusion。nestready 在虚拟机内部无法区分它们。VMware 本身不支持嵌套虚拟机监控程序（KB 2009916），尽管它们可以工作。</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor supports.</source>
        <translation>Azure 虚拟机是供应商支持的两个平台之一。</translation>
    </message>
    <message>
        <source>Microsoft supports nested Hyper-V on Azure on sizes that offer it.</source>
        <translation>Microsoft 在提供嵌套 Hyper-V 的 Azure 规格上支持该功能。</translation>
    </message>
    <message>
        <source>The vendor does not support Xen, and Citrix Hypervisor (XenServer) does not offer nested virtualization.</source>
        <translation>供应商不支持 Xen，而且 Citrix Hypervisor（XenServer）不提供嵌套虚拟化。</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure.</source>
        <translation>供应商只测试过 VMware ESXi 和 Azure。</translation>
    </message>
    <message>
        <source>Move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>请将此桌面迁移到 VMware ESXi 或 Azure 虚拟机，或者使用供应商的云端卸载服务来代替本地虚拟机。</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not %1.</source>
        <translation>供应商只支持 VMware ESXi 和 Azure 虚拟机，不支持 %1。</translation>
    </message>
    <message>
        <source>iEchor Desktop may still work here once nested virtualization is on; problems are then outside the vendor&apos;s support and belong to your hypervisor vendor.</source>
        <translation>开启嵌套虚拟化后，iEchor Desktop 仍可能在此运行；但届时出现的问题不在供应商的支持范围内，应由您的虚拟机监控程序供应商负责。</translation>
    </message>
    <message>
        <source>For a supported setup use VMware ESXi or an Azure VM; otherwise turn on nested virtualization with the guide for your platform.</source>
        <translation>如需受支持的配置，请使用 VMware ESXi 或 Azure 虚拟机；否则请按照适用于您平台的指南开启嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Not inside a container.</source>
        <translation>不在容器内。</translation>
    </message>
    <message>
        <source>This is Windows Subsystem for Linux, not a full Linux machine.</source>
        <translation>这是适用于 Linux 的 Windows 子系统，而不是完整的 Linux 计算机。</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Windows on the Windows side; it uses WSL 2 by itself.</source>
        <translation>请在 Windows 端安装 iEchor Desktop for Windows；它会自行使用 WSL 2。</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own virtual machine, which a container cannot do.</source>
        <translation>iEchor Desktop 需要启动自己的虚拟机，而容器做不到这一点。</translation>
    </message>
    <message>
        <source>Run nestready and iEchor Desktop on the machine or VM that hosts this container.</source>
        <translation>请在托管此容器的计算机或虚拟机上运行 nestready 和 iEchor Desktop。</translation>
    </message>
    <message>
        <source>Nested virtualization is on: VT-x/AMD-V reaches this VM.</source>
        <translation>嵌套虚拟化已开启：VT-x/AMD-V 可传递到此虚拟机。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is available to this OS.</source>
        <translation>此操作系统可以使用 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>Second-level address translation is missing.</source>
        <translation>缺少二级地址转换（SLAT）。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a CPU with SLAT (Intel EPT or AMD RVI). In a VM, check that the hypervisor passes it through.</source>
        <translation>iEchor Desktop 需要支持 SLAT（Intel EPT 或 AMD RVI）的 CPU。在虚拟机中，请检查虚拟机监控程序是否将其直通。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available: it is probably switched off in the firmware.</source>
        <translation>VT-x/AMD-V 不可用：很可能在固件中被关闭了。</translation>
    </message>
    <message>
        <source>Restart into the BIOS/UEFI settings and turn on Intel Virtualization Technology (VT-x) or AMD SVM, then check again.</source>
        <translation>请重启进入 BIOS/UEFI 设置，开启 Intel Virtualization Technology（VT-x）或 AMD SVM，然后重新检查。</translation>
    </message>
    <message>
        <source>Nested virtualization is off: %1 does not pass VT-x/AMD-V to this VM.</source>
        <translation>嵌套虚拟化已关闭：%1 没有把 VT-x/AMD-V 传递给此虚拟机。</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM on its host (the VM usually has to be powered off), then check again.</source>
        <translation>请在此虚拟机的主机上为它开启嵌套虚拟化（通常需要先关闭虚拟机电源），然后重新检查。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available to this OS.</source>
        <translation>此操作系统无法使用 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization where this OS runs, then check again.</source>
        <translation>请在运行此操作系统的平台上开启硬件虚拟化，然后重新检查。</translation>
    </message>
    <message>
        <source>The CPU features could not be read.</source>
        <translation>无法读取 CPU 功能。</translation>
    </message>
    <message>
        <source>A 64-bit CPU.</source>
        <translation>64 位 CPU。</translation>
    </message>
    <message>
        <source>The CPU is not 64-bit.</source>
        <translation>CPU 不是 64 位的。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a 64-bit (x86-64 or Arm64) CPU.</source>
        <translation>iEchor Desktop 需要 64 位（x86-64 或 Arm64）CPU。</translation>
    </message>
    <message>
        <source>The processor count could not be read.</source>
        <translation>无法读取处理器数量。</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s).</source>
        <translation>
            <numerusform>%n 个逻辑处理器。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested VMs with 4 cores; with fewer, containers and the VM compete for CPU.</source>
        <translation>供应商使用 4 核虚拟机进行了测试；核数更少时，容器和虚拟机会争抢 CPU。</translation>
    </message>
    <message>
        <source>Give this VM at least 4 virtual processors.</source>
        <translation>请为此虚拟机分配至少 4 个虚拟处理器。</translation>
    </message>
    <message>
        <source>The memory size could not be read.</source>
        <translation>无法读取内存大小。</translation>
    </message>
    <message>
        <source>%1 of memory.</source>
        <translation>内存为 %1。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory.</source>
        <translation>iEchor Desktop 需要至少 4 GB 内存。</translation>
    </message>
    <message>
        <source>Give this VM at least 4 GB of memory; 12 GB or more as tested.</source>
        <translation>请为此虚拟机分配至少 4 GB 内存；经过测试的配置为 12 GB 或更多。</translation>
    </message>
    <message>
        <source>Add memory: iEchor Desktop needs at least 4 GB.</source>
        <translation>请增加内存：iEchor Desktop 需要至少 4 GB。</translation>
    </message>
    <message>
        <source>The minimum is 4 GB, but the vendor tested VMs with 12 GB (and Azure D4s_v5 with 16 GB).</source>
        <translation>最低要求为 4 GB，但供应商使用 12 GB 的虚拟机（以及 16 GB 的 Azure D4s_v5）进行了测试。</translation>
    </message>
    <message>
        <source>Give this VM 12 GB of memory or more for room to run containers.</source>
        <translation>请为此虚拟机分配 12 GB 或更多内存，为运行容器留出空间。</translation>
    </message>
    <message>
        <source>The free disk space could not be read.</source>
        <translation>无法读取磁盘可用空间。</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data.</source>
        <translation>将存放 iEchor Desktop 数据的磁盘上有 %1 可用空间。</translation>
    </message>
    <message>
        <source>The vendor publishes no minimum; nestready asks for 2 GB to install and warns below 20 GB because images and the VM disk grow quickly.</source>
        <translation>供应商没有公布最低要求；nestready 要求有 2 GB 用于安装，低于 20 GB 时发出警告，因为镜像和虚拟机磁盘增长很快。</translation>
    </message>
    <message>
        <source>Free up disk space (at least 2 GB, better 20 GB).</source>
        <translation>请释放磁盘空间（至少 2 GB，最好 20 GB）。</translation>
    </message>
    <message>
        <source>Free up disk space or enlarge the disk to 20 GB or more.</source>
        <translation>请释放磁盘空间，或将磁盘扩容到 20 GB 或更多。</translation>
    </message>
    <message>
        <source>Physical machine, VM or container</source>
        <translation>物理机、虚拟机还是容器</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine in a Linux VM. On a physical machine that VM runs directly on the hardware; inside a VM it needs nested virtualization; inside a container it cannot run.</source>
        <translation>iEchor Desktop 在 Linux 虚拟机中运行其引擎。在物理机上，该虚拟机直接运行在硬件上；在虚拟机中，它需要嵌套虚拟化；在容器中则无法运行。</translation>
    </message>
    <message>
        <source>Vendor support for this platform</source>
        <translation>供应商对此平台的支持</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure, for Business customers. Elsewhere it may work, but you are on your own.</source>
        <translation>供应商仅在 VMware ESXi 和 Azure 上支持虚拟机中的 iEchor Desktop，且仅面向 Business 客户。在其他平台上可能也能运行，但需要自行负责。</translation>
    </message>
    <message>
        <source>Not inside a container</source>
        <translation>不在容器内</translation>
    </message>
    <message>
        <source>iEchor Desktop must start a virtual machine, which is not possible from inside a container.</source>
        <translation>iEchor Desktop 必须启动虚拟机，而这在容器内无法做到。</translation>
    </message>
    <message>
        <source>Hardware virtualization (VT-x / AMD-V)</source>
        <translation>硬件虚拟化（VT-x / AMD-V）</translation>
    </message>
    <message>
        <source>The engine&apos;s Linux VM needs the CPU&apos;s virtualization extensions. In a VM the hypervisor must pass them through: that is nested virtualization.</source>
        <translation>引擎的 Linux 虚拟机需要 CPU 的虚拟化扩展。在虚拟机中，虚拟机监控程序必须将其直通：这就是嵌套虚拟化。</translation>
    </message>
    <message>
        <source>64-bit CPU</source>
        <translation>64 位 CPU</translation>
    </message>
    <message>
        <source>iEchor Desktop runs only on 64-bit processors.</source>
        <translation>iEchor Desktop 只能在 64 位处理器上运行。</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory; its VM takes part of it.</source>
        <translation>iEchor Desktop 需要至少 4 GB 内存；其虚拟机会占用其中一部分。</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>磁盘可用空间</translation>
    </message>
    <message>
        <source>Images, containers and the engine&apos;s VM disk are stored on this disk and grow with use.</source>
        <translation>镜像、容器和引擎的虚拟机磁盘都存放在此磁盘上，并会随使用而增长。</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine (%2).</source>
        <translation>虚拟机（%2）中的容器（%1）。</translation>
    </message>
    <message>
        <source>A container (%1).</source>
        <translation>容器（%1）。</translation>
    </message>
    <message>
        <source>Inside a container (%1): iEchor Desktop cannot run here.</source>
        <translation>位于容器（%1）中：iEchor Desktop 无法在此运行。</translation>
    </message>
    <message>
        <source>The Windows build number could not be read.</source>
        <translation>无法读取 Windows 内部版本号。</translation>
    </message>
    <message>
        <source>%1 is 32-bit Windows.</source>
        <translation>%1 是 32 位 Windows。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows.</source>
        <translation>iEchor Desktop 需要 64 位 Windows。</translation>
    </message>
    <message>
        <source>Install 64-bit Windows 11 23H2 or later (or Windows 10 22H2).</source>
        <translation>请安装 64 位 Windows 11 23H2 或更高版本（或 Windows 10 22H2）。</translation>
    </message>
    <message>
        <source>%1: the vendor&apos;s version list covers Windows 10 and 11 only.</source>
        <translation>%1：厂商的版本列表仅涵盖 Windows 10 和 11。</translation>
    </message>
    <message>
        <source>See the edition check for Windows Server.</source>
        <translation>有关 Windows Server，请参见“Windows 版本类型”检查。</translation>
    </message>
    <message>
        <source>On Arm64 the vendor offers only the WSL 2 backend, as early access.</source>
        <translation>在 Arm64 上，厂商仅以抢先体验形式提供 WSL 2 后端。</translation>
    </message>
    <message>
        <source>%1 is older than Windows 11 23H2 (build 22631).</source>
        <translation>%1 早于 Windows 11 23H2（内部版本 22631）。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 11 23H2 or later, or Windows 10 22H2.</source>
        <translation>iEchor Desktop 需要 Windows 11 23H2 或更高版本，或 Windows 10 22H2。</translation>
    </message>
    <message>
        <source>Install the latest Windows 11 feature update from Settings &gt; Windows Update, then check again.</source>
        <translation>请在“设置 &gt; Windows 更新”中安装最新的 Windows 11 功能更新，然后重新检查。</translation>
    </message>
    <message>
        <source>%1 is older than Windows 10 22H2 (build 19045).</source>
        <translation>%1 早于 Windows 10 22H2（内部版本 19045）。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 10 22H2 or Windows 11 23H2 or later.</source>
        <translation>iEchor Desktop 需要 Windows 10 22H2，或 Windows 11 23H2 或更高版本。</translation>
    </message>
    <message>
        <source>Update to Windows 10 22H2 or, better, Windows 11 from Settings &gt; Windows Update, then check again.</source>
        <translation>请在“设置 &gt; Windows 更新”中更新到 Windows 10 22H2（最好是 Windows 11），然后重新检查。</translation>
    </message>
    <message>
        <source>%1, 64-bit.</source>
        <translation>%1，64 位。</translation>
    </message>
    <message>
        <source>The Windows edition could not be read.</source>
        <translation>无法读取 Windows 版本类型。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session (EditionID %1).</source>
        <translation>Windows 企业版多会话（EditionID %1）。</translation>
    </message>
    <message>
        <source>This client edition for Azure Virtual Desktop reports itself as a server (ProductType 3), but it is not Windows Server. Several users share one multi-session host, and the vendor does not support more than one instance of iEchor Desktop per machine.</source>
        <translation>此 Azure Virtual Desktop 客户端版本会将自身报告为服务器（ProductType 3），但它并不是 Windows Server。多个用户共享同一台多会话主机，而厂商不支持在一台计算机上运行多个 iEchor Desktop 实例。</translation>
    </message>
    <message>
        <source>Use a personal (single-session) desktop for iEchor Desktop, or make sure that only one user of this host runs it.</source>
        <translation>请使用个人（单会话）桌面运行 iEchor Desktop，或确保此主机上只有一位用户运行它。</translation>
    </message>
    <message>
        <source>Windows Server (EditionID %1) is not supported by the vendor.</source>
        <translation>厂商不支持 Windows Server（EditionID %1）。</translation>
    </message>
    <message>
        <source>iEchor Desktop supports Windows 10 and 11 Pro, Enterprise and Education only.</source>
        <translation>iEchor Desktop 仅支持 Windows 10 和 11 的专业版、企业版和教育版。</translation>
    </message>
    <message>
        <source>Use a Windows 11 Pro, Enterprise or Education machine or VM instead.</source>
        <translation>请改用 Windows 11 专业版、企业版或教育版的计算机或虚拟机。</translation>
    </message>
    <message>
        <source>Windows Home (EditionID %1): Linux containers only.</source>
        <translation>Windows 家庭版（EditionID %1）：仅支持 Linux 容器。</translation>
    </message>
    <message>
        <source>Home has no Hyper-V, so only the WSL 2 backend and Linux containers are available. The vendor&apos;s current requirements list Pro, Enterprise and Education; whether Home is still supported could not be confirmed.</source>
        <translation>家庭版没有 Hyper-V，因此只能使用 WSL 2 后端和 Linux 容器。厂商当前的系统要求列出的是专业版、企业版和教育版；无法确认家庭版是否仍受支持。</translation>
    </message>
    <message>
        <source>For Windows containers or the Hyper-V backend, upgrade to Windows Pro (Settings &gt; System &gt; Activation); otherwise use the WSL 2 backend.</source>
        <translation>如需使用 Windows 容器或 Hyper-V 后端，请升级到 Windows 专业版（设置 &gt; 系统 &gt; 激活）；否则请使用 WSL 2 后端。</translation>
    </message>
    <message>
        <source>Windows edition %1.</source>
        <translation>Windows 版本类型：%1。</translation>
    </message>
    <message>
        <source>Windows edition &quot;%1&quot; is not one nestready recognizes.</source>
        <translation>nestready 无法识别 Windows 版本类型“%1”。</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education.</source>
        <translation>厂商支持 Windows 专业版、企业版和教育版。</translation>
    </message>
    <message>
        <source>Check under Settings &gt; System &gt; About that this is Windows Pro, Enterprise or Education.</source>
        <translation>请在“设置 &gt; 系统 &gt; 系统信息”中确认这是 Windows 专业版、企业版或教育版。</translation>
    </message>
    <message>
        <source>The Windows features could not be read.</source>
        <translation>无法读取 Windows 功能。</translation>
    </message>
    <message>
        <source>Virtual Machine Platform</source>
        <translation>虚拟机平台</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>适用于 Linux 的 Windows 子系统</translation>
    </message>
    <message>
        <source>WSL 2 is ready: both features are on and WSL is version %1.</source>
        <translation>WSL 2 已就绪：两项功能均已开启，WSL 版本为 %1。</translation>
    </message>
    <message>
        <source>The state of the WSL features could not be read.</source>
        <translation>无法读取 WSL 相关功能的状态。</translation>
    </message>
    <message>
        <source>Windows features not turned on: %1.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>以下 Windows 功能未开启：%1。</translation>
    </message>
    <message>
        <source>WSL prints no version: this is the old WSL built into Windows.</source>
        <translation>WSL 未输出版本号：这是 Windows 内置的旧版 WSL。</translation>
    </message>
    <message>
        <source>Run: wsl --update (or install the latest WSL from github.com/microsoft/WSL/releases).</source>
        <translation>请运行：wsl --update（或从 github.com/microsoft/WSL/releases 安装最新版 WSL）。</translation>
    </message>
    <message>
        <source>WSL %1 is older than 2.1.5.</source>
        <translation>WSL %1 早于 2.1.5。</translation>
    </message>
    <message>
        <source>Run: wsl --update</source>
        <translation>请运行：wsl --update</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform and Windows Subsystem for Linux features and WSL 2.1.5 or later.</source>
        <translation>WSL 2 后端是 iEchor Desktop 的默认后端，需要“虚拟机平台”和“适用于 Linux 的 Windows 子系统”功能，以及 WSL 2.1.5 或更高版本。</translation>
    </message>
    <message>
        <source>The Hyper-V backend is ready and can be used instead.</source>
        <translation>Hyper-V 后端已就绪，可改用该后端。</translation>
    </message>
    <message>
        <source>Windows Home has no Hyper-V: the WSL 2 backend is used.</source>
        <translation>Windows 家庭版没有 Hyper-V：将使用 WSL 2 后端。</translation>
    </message>
    <message>
        <source>On Arm64 iEchor Desktop offers only the WSL 2 backend.</source>
        <translation>在 Arm64 上，iEchor Desktop 仅提供 WSL 2 后端。</translation>
    </message>
    <message>
        <source>The Hyper-V and Containers features are on.</source>
        <translation>Hyper-V 和“容器”功能均已开启。</translation>
    </message>
    <message>
        <source>Not needed: the WSL 2 backend is ready. Hyper-V and Containers are only needed for the Hyper-V backend.</source>
        <translation>无需开启：WSL 2 后端已就绪。只有 Hyper-V 后端才需要 Hyper-V 和“容器”功能。</translation>
    </message>
    <message>
        <source>In an administrator terminal run: bcdedit /set hypervisorlaunchtype auto — then restart Windows.</source>
        <translation>请在管理员终端中运行：bcdedit /set hypervisorlaunchtype auto — 然后重启 Windows。</translation>
    </message>
    <message>
        <source>Windows&apos; hypervisor is running, so it is launched at startup.</source>
        <translation>Windows 虚拟机监控程序正在运行，因此它会在启动时加载。</translation>
    </message>
    <message>
        <source>Needs administrator rights to read.</source>
        <translation>需要管理员权限才能读取。</translation>
    </message>
    <message>
        <source>The boot setting hypervisorlaunchtype can only be read by an administrator, and Windows&apos; hypervisor is not running now.</source>
        <translation>启动设置 hypervisorlaunchtype 只有管理员才能读取，而 Windows 虚拟机监控程序当前未在运行。</translation>
    </message>
    <message>
        <source>The boot configuration could not be read (bcdedit).</source>
        <translation>无法读取启动配置（bcdedit）。</translation>
    </message>
    <message>
        <source>The hypervisor is switched off at startup (hypervisorlaunchtype Off).</source>
        <translation>虚拟机监控程序在启动时被关闭（hypervisorlaunchtype Off）。</translation>
    </message>
    <message>
        <source>It still runs now, but will not after the next restart.</source>
        <translation>它目前仍在运行，但下次重启后将不再运行。</translation>
    </message>
    <message>
        <source>Some software, such as Android emulators, turns it off. WSL 2 and Hyper-V cannot start without it.</source>
        <translation>某些软件（例如 Android 模拟器）会将其关闭。没有它，WSL 2 和 Hyper-V 就无法启动。</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is not set, so the hypervisor does not start.</source>
        <translation>未设置 hypervisorlaunchtype，因此虚拟机监控程序不会启动。</translation>
    </message>
    <message>
        <source>Windows sets it when Virtual Machine Platform or Hyper-V is turned on.</source>
        <translation>开启“虚拟机平台”或 Hyper-V 时，Windows 会自动设置此项。</translation>
    </message>
    <message>
        <source>The hypervisor is launched at startup (hypervisorlaunchtype %1).</source>
        <translation>虚拟机监控程序会在启动时加载（hypervisorlaunchtype %1）。</translation>
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
        <translation>Azure Virtual Desktop 或 Windows 365</translation>
    </message>
    <message>
        <source>Amazon WorkSpaces</source>
        <translation>Amazon WorkSpaces</translation>
    </message>
    <message>
        <source>The VDI agent registry keys could not be read.</source>
        <translation>无法读取 VDI 代理的注册表项。</translation>
    </message>
    <message>
        <source>Not a VDI desktop.</source>
        <translation>不是 VDI 桌面。</translation>
    </message>
    <message>
        <source>The vendor supports persistent VDI desktops (dedicated to one user and keeping their changes) and not non-persistent ones. Whether a pool is persistent cannot be read reliably from inside the desktop, so nestready does not guess.</source>
        <translation>厂商支持持久性 VDI 桌面（专属于一位用户并保留其更改），不支持非持久性桌面。由于无法从桌面内部可靠地判断桌面池是否为持久性，nestready 不作推测。</translation>
    </message>
    <message>
        <source>With Citrix, what matters is the hypervisor below: Citrix Hypervisor (XenServer) offers no nested virtualization.</source>
        <translation>对于 Citrix，关键在于底层的虚拟机监控程序：Citrix Hypervisor (XenServer) 不提供嵌套虚拟化。</translation>
    </message>
    <message>
        <source>A virtual desktop: %1.</source>
        <translation>虚拟桌面：%1。</translation>
    </message>
    <message>
        <source>Ask your VDI administrator for a persistent desktop with nested virtualization turned on; the vendor does not support iEchor Desktop on non-persistent desktops.</source>
        <translation>请向您的 VDI 管理员申请一个已开启嵌套虚拟化的持久性桌面；厂商不支持在非持久性桌面上运行 iEchor Desktop。</translation>
    </message>
    <message>
        <source>The vendor does not support more than one instance of iEchor Desktop on the same machine in a VM or VDI environment.</source>
        <translation>在虚拟机或 VDI 环境中，厂商不支持在同一台计算机上运行多个 iEchor Desktop 实例。</translation>
    </message>
    <message>
        <source>Quit iEchor Desktop in the other session (or have that user sign out) before using it here, and keep to one user of iEchor Desktop per machine.</source>
        <translation>请先在其他会话中退出 iEchor Desktop（或让该用户注销），再在此处使用，并确保每台计算机只有一位用户使用 iEchor Desktop。</translation>
    </message>
    <message>
        <source>A multi-session host: several users can sign in at once.</source>
        <translation>多会话主机：多个用户可以同时登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in now.</source>
        <translation>
            <numerusform>当前有 %n 个其他用户会话已登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>No other user is signed in and no other instance of iEchor Desktop runs.</source>
        <translation>没有其他用户登录，也没有其他 iEchor Desktop 实例在运行。</translation>
    </message>
    <message>
        <source>The sessions could not be listed; only processes were checked.</source>
        <translation>无法列出会话；仅检查了进程。</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows 版本</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later.</source>
        <translation>iEchor Desktop 需要 64 位 Windows 10 22H2（内部版本 19045）或 Windows 11 23H2（内部版本 22631）或更高版本。</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Windows 版本类型</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education; Windows Server is not supported, and Home runs Linux containers only.</source>
        <translation>厂商支持 Windows 专业版、企业版和教育版；不支持 Windows Server，家庭版仅能运行 Linux 容器。</translation>
    </message>
    <message>
        <source>WSL 2 backend</source>
        <translation>WSL 2 后端</translation>
    </message>
    <message>
        <source>Hyper-V backend</source>
        <translation>Hyper-V 后端</translation>
    </message>
    <message>
        <source>The alternative backend runs the engine&apos;s VM with Hyper-V, which needs the Hyper-V and Containers features (not available on Home).</source>
        <translation>备选后端使用 Hyper-V 运行引擎的虚拟机，需要 Hyper-V 和“容器”功能（家庭版不可用）。</translation>
    </message>
    <message>
        <source>Hypervisor at startup</source>
        <translation>启动时加载虚拟机监控程序</translation>
    </message>
    <message>
        <source>Both backends need Windows&apos; hypervisor, which starts at boot only when the boot setting hypervisorlaunchtype is not Off.</source>
        <translation>两个后端都需要 Windows 虚拟机监控程序；只有当启动设置 hypervisorlaunchtype 不为 Off 时，它才会在开机时启动。</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>虚拟桌面 (VDI)</translation>
    </message>
    <message>
        <source>On a VDI desktop, the vendor supports iEchor Desktop on persistent desktops only.</source>
        <translation>在 VDI 桌面上，厂商仅支持在持久性桌面上运行 iEchor Desktop。</translation>
    </message>
    <message>
        <source>One instance per machine</source>
        <translation>每台计算机一个实例</translation>
    </message>
    <message>
        <source>The vendor does not support several instances of iEchor Desktop on one machine in a VM or VDI environment.</source>
        <translation>在虚拟机或 VDI 环境中，厂商不支持在一台计算机上运行多个 iEchor Desktop 实例。</translation>
    </message>
    <message>
        <source>Turn on the WSL 2 or Hyper-V features (see those checks). If it stays unset, run bcdedit /set hypervisorlaunchtype auto in an administrator terminal, then restart Windows.</source>
        <translation>请打开 WSL 2 或 Hyper-V 功能（参见相应检查）。如果仍未设置，请在管理员终端中运行 bcdedit /set hypervisorlaunchtype auto，然后重启 Windows。</translation>
    </message>
    <message>
        <source>Not checked: Azure&apos;s metadata service was not asked.</source>
        <translation>未检查：未查询 Azure 元数据服务。</translation>
    </message>
    <message>
        <source>Could not be checked: Azure&apos;s metadata service gave no answer.</source>
        <translation>无法检查：Azure 元数据服务没有响应。</translation>
    </message>
    <message>
        <source>Not an Azure VM.</source>
        <translation>不是 Azure 虚拟机。</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not one nestready can read.</source>
        <translation>nestready 无法识别大小“%1”。</translation>
    </message>
    <message>
        <source>Look the size up in Microsoft&apos;s size list: its page has a &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>请在 Microsoft 的大小列表中查找此大小：其页面的“Feature support”（功能支持）下有“Nested Virtualization”（嵌套虚拟化）一行。</translation>
    </message>
    <message>
        <source>Check https://learn.microsoft.com/azure/virtual-machines/sizes/overview for &quot;%1&quot;, or move to %2, the size the vendor tested.</source>
        <translation>请在 https://learn.microsoft.com/azure/virtual-machines/sizes/overview 中查找“%1”，或改用厂商测试过的大小 %2。</translation>
    </message>
    <message>
        <source>%1 (%2 series) supports nested virtualization.</source>
        <translation>%1（%2 系列）支持嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Microsoft lists nested virtualization as not supported for the %1 series, so Hyper-V, WSL 2 and KVM cannot start inside this VM. Source: %2</source>
        <translation>Microsoft 将 %1 系列列为不支持嵌套虚拟化，因此 Hyper-V、WSL 2 和 KVM 无法在此虚拟机中启动。来源：%2</translation>
    </message>
    <message>
        <source>This is an Arm64 size; %1 is x64, so the VM&apos;s OS disk must be an x64 image: a resize alone will not do, create a new VM.</source>
        <translation>这是 Arm64 大小；%1 是 x64 大小，因此虚拟机的操作系统磁盘必须是 x64 映像：仅调整大小是不够的，请新建虚拟机。</translation>
    </message>
    <message>
        <source>%1 does not support nested virtualization.</source>
        <translation>%1 不支持嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Resize the VM to %1 (or another size whose page lists nested virtualization as supported): %2 — the VM restarts during the resize.</source>
        <translation>请将虚拟机大小调整为 %1（或其页面列明支持嵌套虚拟化的其他大小）：%2 — 调整大小期间虚拟机会重启。</translation>
    </message>
    <message>
        <source>Whether %1 supports nested virtualization is not in nestready&apos;s size table.</source>
        <translation>nestready 的大小表中没有关于 %1 是否支持嵌套虚拟化的信息。</translation>
    </message>
    <message>
        <source>Open the page of the %1 series in Microsoft&apos;s size list and read the &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>请在 Microsoft 的大小列表中打开 %1 系列的页面，查看“Feature support”（功能支持）下的“Nested Virtualization”（嵌套虚拟化）一行。</translation>
    </message>
    <message>
        <source>If it is not supported, resize to %1: %2 — the VM restarts during the resize.</source>
        <translation>如果不支持，请将大小调整为 %1：%2 — 调整大小期间虚拟机会重启。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n vCPU(s) and %2 GiB of memory (%3).</source>
        <translation>
            <numerusform>%1 有 %n 个 vCPU 和 %2 GiB 内存（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size name %1 says %n vCPU(s).</source>
        <translation>
            <numerusform>大小名称 %1 表明有 %n 个 vCPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the size nor the processor count and memory of this VM could be read.</source>
        <translation>无法读取此虚拟机的大小，也无法读取其处理器数量和内存。</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory.</source>
        <translation>
            <numerusform>%n 个 vCPU，%1 GiB 内存。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested %1: %2 vCPUs and %3 GiB of memory, and recommends that or more.</source>
        <translation>厂商测试过 %1：%2 个 vCPU、%3 GiB 内存，并建议使用该配置或更高配置。</translation>
    </message>
    <message>
        <source>Resize the VM to %1 or larger: %2 — the VM restarts during the resize.</source>
        <translation>请将虚拟机大小调整为 %1 或更大：%2 — 调整大小期间虚拟机会重启。</translation>
    </message>
    <message>
        <source>Microsoft&apos;s nested virtualization guide says to set the security type to Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</source>
        <translation>Microsoft 的嵌套虚拟化指南要求将安全类型设置为 Standard（标准）（https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization）。</translation>
    </message>
    <message>
        <source>A confidential VM: Azure offers no nested virtualization there.</source>
        <translation>机密虚拟机：Azure 在此类虚拟机上不提供嵌套虚拟化。</translation>
    </message>
    <message>
        <source>The confidential DC and EC series list nested virtualization as not supported.</source>
        <translation>机密 DC 和 EC 系列均列明不支持嵌套虚拟化。</translation>
    </message>
    <message>
        <source>The security type cannot be changed on a confidential VM. Create a new VM with the security type Standard on a size that supports nested virtualization, such as %1.</source>
        <translation>机密虚拟机的安全类型无法更改。请在支持嵌套虚拟化的大小（例如 %1）上新建一个安全类型为 Standard 的虚拟机。</translation>
    </message>
    <message>
        <source>The sources disagree: %1 The Trusted Launch page once listed nested virtualization as unsupported, but its current version no longer does (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). Whether nested virtualization works with Trusted Launch could not be confirmed.</source>
        <translation>各来源说法不一：%1 Trusted Launch（受信任启动）页面曾将嵌套虚拟化列为不受支持，但其当前版本已不再这样列出（https://learn.microsoft.com/azure/virtual-machines/trusted-launch）。无法确认嵌套虚拟化能否与 Trusted Launch 一起使用。</translation>
    </message>
    <message>
        <source>Trusted Launch: VT-x/AMD-V reaches this VM, but whether Microsoft supports nested virtualization with Trusted Launch could not be confirmed.</source>
        <translation>Trusted Launch：VT-x/AMD-V 已传递到此虚拟机，但无法确认 Microsoft 是否支持在 Trusted Launch 下使用嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Trusted Launch: it may keep nested virtualization from working.</source>
        <translation>Trusted Launch：它可能导致嵌套虚拟化无法工作。</translation>
    </message>
    <message>
        <source>Security type Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>安全类型为 Standard，符合 Microsoft 嵌套虚拟化指南的要求。</translation>
    </message>
    <message>
        <source>The security type &quot;%1&quot; is not one nestready knows.</source>
        <translation>nestready 无法识别安全类型“%1”。</translation>
    </message>
    <message>
        <source>Not an Amazon EC2 instance.</source>
        <translation>不是 Amazon EC2 实例。</translation>
    </message>
    <message>
        <source>A bare-metal instance (%1): no hypervisor below this OS.</source>
        <translation>裸机实例（%1）：此操作系统下层没有虚拟机监控程序。</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>类型未知</translation>
    </message>
    <message>
        <source>The firmware tables do not name the instance type.</source>
        <translation>固件表未显示实例类型。</translation>
    </message>
    <message>
        <source>%1 is a virtual instance type without nested virtualization.</source>
        <translation>%1 是不支持嵌套虚拟化的虚拟实例类型。</translation>
    </message>
    <message>
        <source>%1 with nested virtualization enabled: VT-x reaches this VM.</source>
        <translation>%1 已启用嵌套虚拟化：VT-x 已传递到此虚拟机。</translation>
    </message>
    <message>
        <source>%1 without nested virtualization: VT-x does not reach this VM.</source>
        <translation>%1 未启用嵌套虚拟化：VT-x 未传递到此虚拟机。</translation>
    </message>
    <message>
        <source>Not a Google Cloud VM.</source>
        <translation>不是 Google Cloud 虚拟机。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop for Windows on an Azure VM or VMware ESXi, or use a Linux VM on Google Cloud, or the vendor&apos;s cloud offload service.</source>
        <translation>请在 Azure 虚拟机或 VMware ESXi 上运行 Windows 版 iEchor Desktop，或在 Google Cloud 上使用 Linux 虚拟机，或使用厂商的云端卸载服务。</translation>
    </message>
    <message>
        <source>Nested virtualization is enabled on this Google Cloud VM.</source>
        <translation>此 Google Cloud 虚拟机已启用嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Nested virtualization is not enabled on this Google Cloud VM.</source>
        <translation>此 Google Cloud 虚拟机未启用嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Azure VM size supports nested virtualization</source>
        <translation>Azure 虚拟机大小支持嵌套虚拟化</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization depends on the VM size: D4s_v5 has it, the B-series never will.</source>
        <translation>在 Azure 上，能否使用嵌套虚拟化取决于虚拟机大小：D4s_v5 支持，B 系列则始终不支持。</translation>
    </message>
    <message>
        <source>Azure VM size capacity</source>
        <translation>Azure 虚拟机大小的容量</translation>
    </message>
    <message>
        <source>The vendor tested Azure D4s_v5 (4 vCPUs, 16 GiB) and recommends that size or larger.</source>
        <translation>厂商测试过 Azure D4s_v5（4 个 vCPU，16 GiB），并建议使用该大小或更大的大小。</translation>
    </message>
    <message>
        <source>Azure security type</source>
        <translation>Azure 安全类型</translation>
    </message>
    <message>
        <source>Confidential VMs offer no nested virtualization, and Microsoft&apos;s guide asks for the security type Standard.</source>
        <translation>机密虚拟机不提供嵌套虚拟化，且 Microsoft 的指南要求使用安全类型 Standard。</translation>
    </message>
    <message>
        <source>Amazon EC2 instance type allows nested virtualization</source>
        <translation>Amazon EC2 实例类型允许嵌套虚拟化</translation>
    </message>
    <message>
        <source>Google Cloud nested virtualization</source>
        <translation>Google Cloud 嵌套虚拟化</translation>
    </message>
    <message>
        <source>Google Cloud allows only Linux KVM inside its VMs, and only when nested virtualization is enabled on the VM.</source>
        <translation>Google Cloud 仅允许在其虚拟机中运行 Linux KVM，且仅限于已在该虚拟机上启用嵌套虚拟化的情况。</translation>
    </message>
    <message>
        <source>The security type Standard needs the subscription feature UseStandardSecurityType: run az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, then az provider register --namespace Microsoft.Compute. Then create the VM with --security-type Standard, or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell (the Azure portal cannot change it).</source>
        <translation>安全类型 Standard 需要订阅功能 UseStandardSecurityType：先运行 az feature register --namespace Microsoft.Compute --name UseStandardSecurityType，再运行 az provider register --namespace Microsoft.Compute。然后使用 --security-type Standard 创建虚拟机，或解除分配此虚拟机，并用 Azure CLI 或 PowerShell 将其安全类型设为 Standard（Azure 门户无法更改）。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata answer does not name the security type.</source>
        <translation>Azure 元数据的应答中没有给出安全类型。</translation>
    </message>
    <message>
        <source>The answer was asked with api-version %1, which predates the securityType field (%2). Look it up in the portal: the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>该应答是以 api-version %1 请求的，此版本早于 securityType 字段（%2）。请在门户中查看：虚拟机的“概述”页面中的“安全类型”。</translation>
    </message>
    <message>
        <source>Security type likely Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>安全类型可能为 Standard，符合 Microsoft 嵌套虚拟化指南的要求。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata names the security type only for Trusted Launch and confidential VMs; it names none for this VM, so it is most likely Standard. The portal shows it on the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>Azure 元数据只对受信任启动（Trusted Launch）虚拟机和机密虚拟机给出安全类型；对此虚拟机未给出任何值，因此它很可能是 Standard。门户会在虚拟机的“概述”页面的“安全类型”中显示。</translation>
    </message>
    <message>
        <source>If Hyper-V, WSL 2 or KVM will not start, switch to the security type Standard.</source>
        <translation>如果 Hyper-V、WSL 2 或 KVM 无法启动，请将安全类型切换为 Standard。</translation>
    </message>
    <message>
        <source>On Windows, AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; hibernation is not supported then, nor more than 192 vCPUs.</source>
        <translation>在 Windows 上，启用嵌套虚拟化后，AWS 会自动关闭 Virtual Secure Mode（Credential Guard）；此时不支持休眠，也不支持超过 192 个 vCPU。</translation>
    </message>
    <message>
        <source>Whether a type offers it: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; lists nested-virtualization.</source>
        <translation>某个类型是否提供嵌套虚拟化：aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; 的输出中会列出 nested-virtualization。</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants. Source: %1</source>
        <translation>AWS 在裸机实例以及虚拟 C8i、M8i、R8i 实例及其 flex 变体上提供嵌套虚拟化。来源：%1</translation>
    </message>
    <message>
        <source>%1 supports nested virtualization once it is turned on for the instance. Whether it is cannot be seen from inside the instance, except that VT-x then reaches it. Source: %2</source>
        <translation>为实例启用嵌套虚拟化后，%1 即支持嵌套虚拟化。是否已启用无法在实例内部看出，只能从 VT-x 是否到达实例来判断。来源：%2</translation>
    </message>
    <message>
        <source>AWS lists the %1 family on the Chinese edition of its page; the English page names C8i, M8i and R8i.</source>
        <translation>AWS 在其页面的中文版中列出了 %1 系列；英文页面列出的是 C8i、M8i 和 R8i。</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot use WSL 2 or Hyper-V.</source>
        <translation>Google Cloud 上的 Windows 虚拟机无法使用 WSL 2 或 Hyper-V。</translation>
    </message>
    <message>
        <source>Google Cloud supports only Linux KVM as the hypervisor inside a VM; Hyper-V is not supported, so WSL 2 cannot start and iEchor Desktop for Windows cannot run here. Source: %1</source>
        <translation>Google Cloud 只支持 Linux KVM 作为虚拟机内部的虚拟机监控程序；不支持 Hyper-V，因此 WSL 2 无法启动，iEchor Desktop for Windows 无法在此运行。来源：%1</translation>
    </message>
    <message>
        <source>On AWS, only bare-metal instances and C8i, M8i and R8i instances (and their flex variants) with nested virtualization enabled can run a VM inside.</source>
        <translation>在 AWS 上，只有裸机实例，以及已启用嵌套虚拟化的 C8i、M8i、R8i 实例（及其 flex 变体）才能在内部运行虚拟机。</translation>
    </message>
    <message>
        <source>Stop the instance and turn nested virtualization on: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (console: Actions, Instance settings, Change CPU options). Then start it and check again.</source>
        <translation>停止实例并启用嵌套虚拟化：aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled（控制台：Actions、Instance settings、Change CPU options）。然后启动实例并重新检查。</translation>
    </message>
    <message>
        <source>Use a bare-metal instance (*.metal), or a C8i, M8i or R8i instance (or a flex variant) with nested virtualization on: at launch with --cpu-options NestedVirtualization=enabled, or on the stopped instance with aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</source>
        <translation>请使用裸机实例（*.metal），或已启用嵌套虚拟化的 C8i、M8i、R8i 实例（或其 flex 变体）：在启动时使用 --cpu-options NestedVirtualization=enabled，或对已停止的实例运行 aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled。</translation>
    </message>
    <message>
        <source>Stop the VM, export its configuration (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), set enableNestedVirtualization: true under advancedMachineFeatures, and update the VM from the file (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update has no switch for it. Only Intel machine types offer it: AMD and Arm VMs do not.</source>
        <translation>停止虚拟机，导出其配置（gcloud compute instances export VM --zone=ZONE --destination=vm.yaml），在 advancedMachineFeatures 下设置 enableNestedVirtualization: true，然后从该文件更新虚拟机（gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART）。gcloud compute instances update 没有对应的选项。只有 Intel 机器类型提供此功能，AMD 和 Arm 虚拟机不提供。</translation>
    </message>
    <message>
        <source>This size offers nested virtualization, so the VM&apos;s security type is the likely cause: Microsoft&apos;s guide asks for Standard (see the &quot;Azure security type&quot; check).</source>
        <translation>此大小提供嵌套虚拟化，因此原因可能是虚拟机的安全类型：Microsoft 的指南要求使用 Standard（见“Azure 安全类型”检查项）。</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization comes with the VM size: resize the VM to one whose page lists it as supported, such as %1: %2 — the VM restarts during the resize.</source>
        <translation>在 Azure 上，嵌套虚拟化取决于虚拟机大小：请将虚拟机调整为其页面列明支持嵌套虚拟化的大小，例如 %1：%2 — 调整大小期间虚拟机会重启。</translation>
    </message>
    <message>
        <source>Google Cloud runs only Linux KVM inside its VMs: a Windows VM there cannot use WSL 2 or Hyper-V.</source>
        <translation>Google Cloud 的虚拟机内部只能运行 Linux KVM：那里的 Windows 虚拟机无法使用 WSL 2 或 Hyper-V。</translation>
    </message>
    <message>
        <source>On Windows 365, nested virtualization needs a Cloud PC with 4 vCPUs or more.</source>
        <translation>在 Windows 365 上，嵌套虚拟化需要 4 个或更多 vCPU 的云电脑。</translation>
    </message>
    <message>
        <source>Not checked inside a container: the hardware belongs to the machine that runs it.</source>
        <translation>在容器内不检查：硬件属于运行该容器的计算机。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: KVM is not available on this arm64 OS.</source>
        <translation>/dev/kvm 不存在：此 arm64 操作系统上没有 KVM。</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM, then check again.</source>
        <translation>请使用提供 KVM 的 arm64 计算机或实例类型，然后重新检查。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_amd is loaded.</source>
        <translation>/dev/kvm 不存在，尽管 kvm_amd 已加载。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_intel is loaded.</source>
        <translation>/dev/kvm 不存在，尽管 kvm_intel 已加载。</translation>
    </message>
    <message>
        <source>Look for the reason in the kernel log (sudo dmesg | grep -i kvm); restarting the machine usually recreates the device.</source>
        <translation>请在内核日志中查找原因（sudo dmesg | grep -i kvm）；重启计算机通常会重新创建该设备。</translation>
    </message>
    <message>
        <source>If that fails with &quot;disabled by bios&quot;, turn on VT-x/AMD-V in the BIOS/UEFI settings.</source>
        <translation>如果失败并提示“disabled by bios”，请在 BIOS/UEFI 设置中开启 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>KVM is available to this arm64 OS.</source>
        <translation>此 arm64 操作系统可以使用 KVM。</translation>
    </message>
    <message>
        <source>KVM is not available in this arm64 VM: the hypervisor does not pass the Arm virtualization extensions through.</source>
        <translation>此 arm64 虚拟机中没有 KVM：虚拟机监控程序没有透传 Arm 虚拟化扩展。</translation>
    </message>
    <message>
        <source>KVM is not available on this arm64 machine.</source>
        <translation>此 arm64 计算机上没有 KVM。</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM (on AWS, a .metal instance), then check again.</source>
        <translation>请使用提供 KVM 的 arm64 计算机或实例类型（在 AWS 上为 .metal 实例），然后重新检查。</translation>
    </message>
    <message>
        <source>Start a kernel that runs at EL2 with KVM built in or loaded, then check again.</source>
        <translation>请启动一个运行在 EL2 且内置或已加载 KVM 的内核，然后重新检查。</translation>
    </message>
    <message>
        <source>%1, from the name &quot;%2&quot;</source>
        <extracomment>%1 is an EditionID such as Professional, %2 a product name</extracomment>
        <translation>%1，根据名称“%2”判断</translation>
    </message>
    <message>
        <source>WSL 2 is ready: Virtual Machine Platform is on and WSL is version %1.</source>
        <translation>WSL 2 已就绪：“虚拟机平台”已开启，WSL 版本为 %1。</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — this turns on what WSL 2 needs and installs the current WSL. Then restart Windows.</source>
        <translation>请在管理员终端中运行：wsl --install --no-distribution — 这会开启 WSL 2 所需的功能并安装最新的 WSL。然后重启 Windows。</translation>
    </message>
    <message>
        <source>WSL is not installed.</source>
        <translation>未安装 WSL。</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — then restart Windows.</source>
        <translation>请在管理员终端中运行：wsl --install --no-distribution — 然后重启 Windows。</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform feature and WSL 2.1.5 or later. On Windows 11 the Windows Subsystem for Linux feature is needed only for WSL 1.</source>
        <translation>WSL 2 后端是 iEchor Desktop 的默认后端，需要“虚拟机平台”功能以及 WSL 2.1.5 或更高版本。在 Windows 11 上，只有 WSL 1 才需要“适用于 Linux 的 Windows 子系统”功能。</translation>
    </message>
    <message>
        <source>Not ready either (features off: %1). One backend is enough: see the WSL 2 backend check.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>同样未就绪（未开启的功能：%1）。一个后端就足够了：请参见 WSL 2 后端检查。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs one backend, WSL 2 or Hyper-V. The Hyper-V backend needs the Hyper-V and Containers features.</source>
        <translation>iEchor Desktop 需要一个后端：WSL 2 或 Hyper-V。Hyper-V 后端需要 Hyper-V 和“容器”功能。</translation>
    </message>
    <message>
        <source>Set up WSL 2 (see the WSL 2 backend check), or in an administrator PowerShell run: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — then restart Windows.</source>
        <translation>请设置 WSL 2（参见 WSL 2 后端检查），或在管理员 PowerShell 中运行：Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — 然后重启 Windows。</translation>
    </message>
    <message>
        <source>Run nestready as administrator, or run bcdedit /enum &quot;{current}&quot; in an administrator terminal and check that hypervisorlaunchtype is Auto.</source>
        <translation>请以管理员身份运行 nestready，或在管理员终端中运行 bcdedit /enum &quot;{current}&quot;，并确认 hypervisorlaunchtype 为 Auto。</translation>
    </message>
    <message>
        <source>The default backend runs the engine&apos;s VM with WSL 2, which needs the Virtual Machine Platform feature (on Windows 10 also Windows Subsystem for Linux) and WSL 2.1.5 or later. One backend is enough.</source>
        <translation>默认后端使用 WSL 2 运行引擎的虚拟机，需要“虚拟机平台”功能（在 Windows 10 上还需要“适用于 Linux 的 Windows 子系统”）以及 WSL 2.1.5 或更高版本。一个后端就足够了。</translation>
    </message>
    <message>
        <source>Could not be checked: nestready received none of the evidence this check reads.</source>
        <translation>无法检查：nestready 没有收到此检查所需的任何证据。</translation>
    </message>
    <message>
        <source>Check again from an administrator PowerShell; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>请在管理员 PowerShell 中重新检查；如果仍无法读取，请用 nestready check --report FILE 保存报告并发送给技术支持。</translation>
    </message>
    <message>
        <source>Check again on the machine itself, outside any sandbox that hides /proc or /sys; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>请直接在该计算机上重新检查，不要在会隐藏 /proc 或 /sys 的沙盒中运行；如果仍无法读取，请用 nestready check --report FILE 保存报告并发送给技术支持。</translation>
    </message>
    <message>
        <source>Which cloud this VM runs in cannot be told, so no cloud check could run.</source>
        <translation>无法判断此虚拟机运行在哪个云平台上，因此无法运行任何云平台检查。</translation>
    </message>
    <message>
        <source>Not checked: which cloud this is cannot be told; &quot;%1&quot; says why.</source>
        <translation>未检查：无法判断这是哪个云平台；原因请参见“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</source>
        <extracomment>%n and %1 are what the VM has, %2 and %3 the vCPUs and GiB the vendor tested</extracomment>
        <translation>
            <numerusform>%n 个 vCPU，%1 GiB 内存；建议 %2 个 vCPU 和 %3 GiB 内存。</numerusform>
        </translation>
    </message>
    <message>
        <source>An EC2 instance on the Xen hypervisor (an older type such as t2 or m4): no nested virtualization.</source>
        <translation>运行在 Xen 虚拟机监控程序上的 EC2 实例（t2、m4 等较旧的类型）：不支持嵌套虚拟化。</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants, all on the Nitro system; the firmware of a Xen-based instance does not name its type. Source: %1</source>
        <translation>AWS 在裸机实例以及虚拟 C8i、M8i、R8i 实例及其 flex 变体上提供嵌套虚拟化，这些实例都基于 Nitro 系统；基于 Xen 的实例的固件不会显示其实例类型。来源：%1</translation>
    </message>
    <message>
        <source>Whether nested virtualization is on for this %1 cannot be seen: VT-x/AMD-V could not be read.</source>
        <translation>无法看出此 %1 实例是否已开启嵌套虚拟化：无法读取 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but it is PVM&apos;s (kvm_pvm): it runs only guest kernels built for PVM, and iEchor Desktop&apos;s VM needs KVM on VT-x/AMD-V.</source>
        <translation>/dev/kvm 存在，但它属于 PVM（kvm_pvm）：它只能运行专为 PVM 构建的客户机内核，而 iEchor Desktop 的虚拟机需要基于 VT-x/AMD-V 的 KVM。</translation>
    </message>
    <message>
        <source>Unload kvm_pvm and load the CPU&apos;s own KVM module instead: sudo modprobe -r kvm_pvm, then sudo modprobe kvm_intel (or kvm_amd).</source>
        <translation>请卸载 kvm_pvm，改为加载与 CPU 对应的 KVM 模块：先运行 sudo modprobe -r kvm_pvm，再运行 sudo modprobe kvm_intel（或 kvm_amd）。</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM (see the hardware virtualization check) so that KVM can use VT-x/AMD-V.</source>
        <translation>请为此虚拟机开启嵌套虚拟化（参见硬件虚拟化检查），以便 KVM 能够使用 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but whether you may open it was not recorded. Record the machine again with scripts/record-linux-machine.sh as the user who will run iEchor Desktop.</source>
        <translation>/dev/kvm 存在，但记录中没有您是否有权打开它的信息。请以将要运行 iEchor Desktop 的用户身份，用 scripts/record-linux-machine.sh 重新记录该计算机。</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize.</source>
        <translation>容器（nestready 无法识别其容器管理器）。</translation>
    </message>
    <message>
        <source>an unrecognized container manager</source>
        <translation>无法识别的容器管理器</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>容器（%1），位于运行在 nestready 无法识别的虚拟机监控程序上的虚拟机中。</translation>
    </message>
    <message>
        <source>A virtual machine at %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>%1 的虚拟机：iEchor Desktop 在此需要嵌套虚拟化。</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not this hypervisor.</source>
        <translation>厂商只支持 VMware ESXi 和 Azure 虚拟机，不支持此虚拟机监控程序。</translation>
    </message>
    <message>
        <source>Inside a container: iEchor Desktop cannot run here.</source>
        <translation>位于容器中：iEchor Desktop 无法在此运行。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is Xen&apos;s here: this OS is Xen&apos;s control domain (dom0), and Xen does not pass hardware virtualization to it.</source>
        <translation>此处的 VT-x/AMD-V 归 Xen 所有：此操作系统是 Xen 的控制域（dom0），而 Xen 不会将硬件虚拟化传递给它。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop on a machine that does not boot Xen, or in a Xen HVM guest with nested virtualization turned on, then check again.</source>
        <translation>请在不启动 Xen 的计算机上运行 iEchor Desktop，或在已开启嵌套虚拟化的 Xen HVM 客户机中运行，然后重新检查。</translation>
    </message>
    <message>
        <source>Nested virtualization is off: the hypervisor does not pass VT-x/AMD-V to this VM.</source>
        <translation>嵌套虚拟化已关闭：虚拟机监控程序没有把 VT-x/AMD-V 传递给此虚拟机。</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s); %1 recommended.</source>
        <extracomment>%n is the number found, %1 the number recommended</extracomment>
        <translation>
            <numerusform>%n 个逻辑处理器；建议 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expect iEchor Desktop to be slow with fewer processors.</source>
        <translation>处理器较少时，iEchor Desktop 可能运行缓慢。</translation>
    </message>
    <message>
        <source>%1 of memory; at least %2 GB needed.</source>
        <extracomment>%1 is the memory found (&quot;3.8 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>内存为 %1；至少需要 %2 GB。</translation>
    </message>
    <message>
        <source>%1 of memory; %2 GB recommended.</source>
        <extracomment>%1 is the memory found (&quot;7.8 GB&quot;), %2 the recommended size in GB</extracomment>
        <translation>内存为 %1；建议 %2 GB。</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; at least %2 GB needed.</source>
        <extracomment>%1 is the free space found (&quot;1.2 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>将存放 iEchor Desktop 数据的磁盘上有 %1 可用空间；至少需要 %2 GB。</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; %2 GB recommended.</source>
        <extracomment>%1 is the free space found (&quot;12.5 GB&quot;), %2 the recommended free space in GB</extracomment>
        <translation>将存放 iEchor Desktop 数据的磁盘上有 %1 可用空间；建议 %2 GB。</translation>
    </message>
    <message>
        <source>The engine&apos;s VM and the containers share the machine&apos;s processors.</source>
        <translation>引擎的虚拟机和容器共享此计算机的处理器。</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop already runs in %n other session(s) on the machine.</source>
        <translation>
            <numerusform>iEchor Desktop 已在此计算机上的 %n 个其他会话中运行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in to the machine.</source>
        <translation>
            <numerusform>此计算机上有 %n 个其他用户会话已登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make sure that only one user of the machine runs iEchor Desktop.</source>
        <translation>请确保此计算机上只有一位用户运行 iEchor Desktop。</translation>
    </message>
    <message>
        <source>The sessions and processes of the machine could not be read.</source>
        <translation>无法读取此计算机的会话和进程。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `nestready --help` for usage.</source>
        <translation>运行 `nestready --help` 查看用法。</translation>
    </message>
    <message>
        <source>Checks whether iEchor Desktop can run on this machine.</source>
        <translation>检查 iEchor Desktop 能否在这台计算机上运行。</translation>
    </message>
    <message>
        <source>Print one JSON document (schema nestready/1).</source>
        <translation>输出一个 JSON 文档（架构 nestready/1）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Reports: nestready --open FILE            open a saved report in the window
         nestready summarize PATHS...     one table from many JSON reports
Run `nestready summarize --help` and see `nestready check --help` (--report, --from-report).
</source>
        <translation>报告：nestready --open 文件             在窗口中打开已保存的报告
      nestready summarize 路径...      将多个 JSON 报告汇总为一张表
运行 `nestready summarize --help`，并参阅 `nestready check --help`（--report、--from-report）。
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; add --force to replace it.</source>
        <translation>“%1”已存在；添加 --force 以替换它。</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Also write a report to &lt;file&gt;: .json (for support and replay), .html, .md (for a ticket) or .txt (the short summary).</source>
        <translation>同时将报告写入 &lt;file&gt;：.json（供支持人员使用和重放）、.html、.md（用于工单）或 .txt（简短摘要）。</translation>
    </message>
    <message>
        <source>Replace host, user and domain names, serial numbers, UUIDs, addresses, cloud identifiers and licence keys in the report with placeholders.</source>
        <translation>将报告中的主机名、用户名、域名、序列号、UUID、地址、云标识符和许可证密钥替换为占位符。</translation>
    </message>
    <message>
        <source>Replace the --report file if it exists.</source>
        <translation>如果 --report 文件已存在，则替换它。</translation>
    </message>
    <message>
        <source>Re-evaluate the evidence of a JSON report with the current rules instead of examining a machine.</source>
        <translation>使用当前规则重新评估 JSON 报告中的证据，而不是检查一台机器。</translation>
    </message>
    <message>
        <source>--from-report replays a report&apos;s own evidence; it cannot be combined with --%1.</source>
        <translation>--from-report 重放报告自身的证据；不能与 --%1 同时使用。</translation>
    </message>
    <message>
        <source>--redact and --force apply to --report FILE, which is missing.</source>
        <translation>--redact 和 --force 适用于 --report 文件，但缺少该选项。</translation>
    </message>
    <message>
        <source>nestready: warning: redaction changed what the evidence says; the report&apos;s results are those of the unredacted evidence.
</source>
        <translation>nestready：警告：脱敏改变了证据的含义；报告中的结果以未脱敏的证据为准。
</translation>
    </message>
    <message>
        <source>Report files, or folders to search for *.json.</source>
        <translation>报告文件，或要在其中查找 *.json 的文件夹。</translation>
    </message>
    <message>
        <source>files_or_folders...</source>
        <translation>文件或文件夹...</translation>
    </message>
    <message>
        <source>Write the table as CSV to &lt;file&gt;.</source>
        <translation>将表格以 CSV 格式写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>Replace the output files if they exist.</source>
        <translation>如果输出文件已存在，则替换它们。</translation>
    </message>
    <message>
        <source>Run `nestready summarize --help` for usage.</source>
        <translation>运行 `nestready summarize --help` 查看用法。</translation>
    </message>
    <message>
        <source>Give at least one report file or folder.</source>
        <translation>请至少指定一个报告文件或文件夹。</translation>
    </message>
    <message>
        <source>nestready: no readable report.</source>
        <translation>nestready：没有可读取的报告。</translation>
    </message>
    <message>
        <source>Usage: nestready [options]            open the setup wizard
       nestready --page ID            open the wizard at a page or guide (e.g. vmware-esxi)
       nestready check [options]      check this machine, print results

Run `nestready check --help` for the options of the checks.

Exit codes of `check`: 0 nothing fails, 1 at least one check fails,
2 bad usage or unreadable input.
</source>
        <translation>用法： nestready [options]            打开设置向导
       nestready --page ID            在指定页面或指南处打开向导（例如 vmware-esxi）
       nestready check [options]      检查此计算机并输出结果

运行 `nestready check --help` 查看各项检查的选项。

`check` 的退出代码：0 表示没有失败项，1 表示至少有一项检查失败，
2 表示用法错误或输入无法读取。
</translation>
    </message>
    <message>
        <source>Evidence: nestready collect [options]   this machine&apos;s evidence, one JSON line per item
</source>
        <translation>证据：nestready collect [options]   本机的证据，每项一行 JSON
</translation>
    </message>
    <message>
        <source>Run `nestready collect --help` for usage.</source>
        <translation>运行 `nestready collect --help` 查看用法。</translation>
    </message>
    <message>
        <source>Reads this machine&apos;s evidence and writes each item as one line of JSON, in the form of a report&apos;s evidence items, as soon as it is read. Makes no network request.</source>
        <translation>读取本机的证据，每读到一项即以报告中证据项的格式写成一行 JSON。不发出任何网络请求。</translation>
    </message>
    <message>
        <source>Options only `check` takes (--json, --report, --redact, --from-report, --force) need the
command: `nestready --json` is refused with exit code 2; type `nestready check --json`.
</source>
        <translation>仅 `check` 接受的选项（--json、--report、--redact、--from-report、--force）必须
带上该命令：`nestready --json` 会以退出代码 2 被拒绝；请输入 `nestready check --json`。
</translation>
    </message>
    <message>
        <source>Reading reports: %1 of %2</source>
        <extracomment>Progress of `nestready summarize` on a terminal: %1 files read so far, %2 all files</extracomment>
        <translation>正在读取报告：%1 / %2</translation>
    </message>
    <message>
        <source>Aggregates many JSON reports into one table (verdict, machine, platform, VM size, failing checks, file) and, with --html, a dashboard.</source>
        <translation>将多个 JSON 报告汇总为一张表（结论、机器、平台、虚拟机规格、未通过的检查、文件），使用 --html 时还会生成一个仪表板。</translation>
    </message>
    <message>
        <source>Write a dashboard to &lt;file&gt;: counts per verdict and platform, the checks that block the most machines, every machine.</source>
        <translation>将仪表板写入 &lt;file&gt;：按结论和平台统计的数量、阻碍机器最多的检查，以及每一台机器。</translation>
    </message>
    <message>
        <source>Evaluate each report&apos;s evidence again with the rules of this nestready (all in this one process) and show whose verdict changed since the report was taken.</source>
        <translation>使用此 nestready 的规则重新评估每份报告的证据（全部在这一个进程中完成），并显示哪些机器的结论自报告采集以来发生了变化。</translation>
    </message>
    <message>
        <source>Also write each machine&apos;s own HTML report into &lt;folder&gt; (created if missing); the --html page links to them.</source>
        <translation>同时将每台机器各自的 HTML 报告写入 &lt;folder&gt;（不存在时会创建）；--html 页面会链接到这些报告。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>The firmware tables (SMBIOS) say so.</source>
        <translation>固件表（SMBIOS）如此表明。</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) name &quot;%1&quot;.</source>
        <translation>固件表（SMBIOS）指明“%1”。</translation>
    </message>
    <message>
        <source>An EC2 bare-metal instance type (&quot;%1&quot;): no hypervisor below this OS.</source>
        <translation>EC2 裸金属实例类型（“%1”）：此操作系统之下没有虚拟机监控程序。</translation>
    </message>
    <message>
        <source>/proc/cpuinfo names User Mode Linux.</source>
        <translation>/proc/cpuinfo 指明 User Mode Linux。</translation>
    </message>
    <message>
        <source>/proc/xen exists and this is not the control domain.</source>
        <translation>/proc/xen 存在，且这里不是控制域。</translation>
    </message>
    <message>
        <source>The CPU reports a hypervisor with the signature &quot;%1&quot;.</source>
        <translation>CPU 报告了签名为“%1”的虚拟机监控程序。</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest.</source>
        <translation>这是 Xen 控制域（dom0），而不是客户机。</translation>
    </message>
    <message>
        <source>/sys/hypervisor/type says xen.</source>
        <translation>/sys/hypervisor/type 表明是 xen。</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and nothing else names a different one.</source>
        <translation>CPU 报告了 Microsoft 的虚拟机监控程序接口，且没有其他信息指明另一种。</translation>
    </message>
    <message>
        <source>A hypervisor is present but nestready does not recognize it.</source>
        <translation>存在虚拟机监控程序，但 nestready 无法识别。</translation>
    </message>
    <message>
        <source>The CPU flags say a hypervisor is present, but nothing names it.</source>
        <translation>CPU 标志表明存在虚拟机监控程序，但没有信息指明其名称。</translation>
    </message>
    <message>
        <source>Neither the CPU nor the firmware tables report a hypervisor.</source>
        <translation>CPU 和固件表都没有报告虚拟机监控程序。</translation>
    </message>
    <message>
        <source>No CPUID, CPU flags or firmware tables could be read.</source>
        <translation>CPUID、CPU 标志和固件表均无法读取。</translation>
    </message>
    <message>
        <source>The container manager left its name (&quot;%1&quot;).</source>
        <translation>容器管理器留下了它的名称（“%1”）。</translation>
    </message>
    <message>
        <source>/proc/vz exists but /proc/bc does not: an OpenVZ container.</source>
        <translation>/proc/vz 存在而 /proc/bc 不存在：这是 OpenVZ 容器。</translation>
    </message>
    <message>
        <source>The kernel release (&quot;%1&quot;) is a Windows Subsystem for Linux kernel.</source>
        <translation>内核版本（“%1”）是适用于 Linux 的 Windows 子系统的内核。</translation>
    </message>
    <message>
        <source>PID 1 declares that it runs outside any container.</source>
        <translation>PID 1 声明它运行在任何容器之外。</translation>
    </message>
    <message>
        <source>/run/.containerenv exists.</source>
        <translation>/run/.containerenv 存在。</translation>
    </message>
    <message>
        <source>/.dockerenv exists.</source>
        <translation>/.dockerenv 存在。</translation>
    </message>
    <message>
        <source>This OS runs in its own cgroup namespace, as containers do.</source>
        <translation>此操作系统运行在自己的 cgroup 命名空间中，与容器相同。</translation>
    </message>
    <message>
        <source>PID 1 runs in a container&apos;s control group (&quot;%1&quot;).</source>
        <translation>PID 1 运行在容器的控制组（“%1”）中。</translation>
    </message>
    <message>
        <source>No container manager left any of its markers.</source>
        <translation>没有任何容器管理器留下标记。</translation>
    </message>
    <message>
        <source>No container markers could be read.</source>
        <translation>无法读取任何容器标记。</translation>
    </message>
    <message>
        <source>The chassis asset tag is the one Azure gives every VM.</source>
        <translation>机箱资产标签是 Azure 为每台虚拟机设置的标签。</translation>
    </message>
    <message>
        <source>The firmware tables name Amazon EC2.</source>
        <translation>固件表指明 Amazon EC2。</translation>
    </message>
    <message>
        <source>The firmware tables name Google Compute Engine.</source>
        <translation>固件表指明 Google Compute Engine。</translation>
    </message>
    <message>
        <source>The chassis asset tag names Oracle Cloud.</source>
        <translation>机箱资产标签指明 Oracle Cloud。</translation>
    </message>
    <message>
        <source>The firmware tables name Alibaba Cloud ECS.</source>
        <translation>固件表指明 Alibaba Cloud ECS。</translation>
    </message>
    <message>
        <source>The firmware tables name no public cloud.</source>
        <translation>固件表未指明任何公有云。</translation>
    </message>
    <message>
        <source>A physical machine is not a cloud VM.</source>
        <translation>物理机不是云虚拟机。</translation>
    </message>
    <message>
        <source>The CPU model name (&quot;%1&quot;) is one only QEMU&apos;s virtual CPUs carry.</source>
        <translation>此 CPU 型号名称（“%1”）只有 QEMU 的虚拟 CPU 才会使用。</translation>
    </message>
    <message>
        <source>The CPU reports Hyper-V&apos;s interface and, behind it, KVM&apos;s signature &quot;%1&quot;: KVM with Hyper-V enlightenments.</source>
        <translation>CPU 报告了 Hyper-V 的接口，其后还有 KVM 的签名“%1”：这是启用了 Hyper-V 增强（enlightenments）的 KVM。</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor that CPUID names is Xen itself.</source>
        <translation>这是 Xen 控制域（dom0），而不是客户机：CPUID 指明的虚拟机监控程序就是 Xen 本身。</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor bit with an empty CPUID signature is Xen hiding itself from dom0.</source>
        <translation>这是 Xen 控制域（dom0），而不是客户机：设置了虚拟机监控程序位但 CPUID 签名为空，说明 Xen 对 dom0 隐藏了自身。</translation>
    </message>
    <message>
        <source>The firmware tables name &quot;%1&quot;, which is QEMU&apos;s (or its BIOS, SeaBIOS); whether KVM accelerates it cannot be told from them.</source>
        <translation>固件表指明“%1”，这属于 QEMU（或其 BIOS，即 SeaBIOS）；无法从固件表判断是否由 KVM 加速。</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and the firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>CPU 报告了 Microsoft 的虚拟机监控程序接口，且固件表显示这是 Hyper-V 虚拟机（“Microsoft Corporation”，“Virtual Machine”）。</translation>
    </message>
    <message>
        <source>The firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>固件表显示这是 Hyper-V 虚拟机（“Microsoft Corporation”，“Virtual Machine”）。</translation>
    </message>
    <message>
        <source>This process runs in Linux-VServer context %1, a VServer guest.</source>
        <translation>此进程运行在 Linux-VServer 上下文 %1 中，即 VServer 客户机。</translation>
    </message>
    <message>
        <source>Whoever runs the machine knows where it runs. On Azure, AWS or Google Cloud, look up the VM&apos;s size or instance type and its nested virtualization setting in the cloud&apos;s console; nestready&apos;s cloud checks do not apply until then.</source>
        <translation>此计算机的管理者知道它运行在哪里。在 Azure、AWS 或 Google Cloud 上，请在云控制台中查看虚拟机的大小或实例类型及其嵌套虚拟化设置；在此之前，nestready 的云平台检查不适用。</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) were not collected, and nestready tells the cloud only from them.</source>
        <translation>未收集固件表（SMBIOS），而 nestready 只能根据固件表判断云平台。</translation>
    </message>
    <message>
        <source>This user may not read the firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready as an administrator to read them.</source>
        <translation>此用户无权读取固件表（SMBIOS），而 nestready 只能根据固件表判断云平台。请以管理员身份运行 nestready 以读取固件表。</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) could not be read (%1), and nestready tells the cloud only from them. Run the check again.</source>
        <translation>无法读取固件表（SMBIOS）（%1），而 nestready 只能根据固件表判断云平台。请重新检查。</translation>
    </message>
    <message>
        <source>The Windows evidence holds no firmware values (Win32_ComputerSystem, Win32_BIOS), and nestready tells the cloud only from them. Collect the evidence again with collect-evidence.ps1.</source>
        <translation>Windows 证据中没有固件值（Win32_ComputerSystem、Win32_BIOS），而 nestready 只能根据这些值判断云平台。请用 collect-evidence.ps1 重新收集证据。</translation>
    </message>
    <message>
        <source>WSL does not show the Windows machine&apos;s firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready for Windows on the Windows side to learn the cloud.</source>
        <translation>WSL 不显示 Windows 计算机的固件表（SMBIOS），而 nestready 只能根据固件表判断云平台。请在 Windows 端运行 Windows 版 nestready 以确定云平台。</translation>
    </message>
    <message>
        <source>Inside this container the host&apos;s firmware tables (SMBIOS, /sys/class/dmi/id) are not visible, and nestready tells the cloud only from them. Run nestready on the machine or VM that hosts the container to learn the cloud.</source>
        <translation>在此容器内看不到主机的固件表（SMBIOS、/sys/class/dmi/id），而 nestready 只能根据固件表判断云平台。请在托管此容器的计算机或虚拟机上运行 nestready 以确定云平台。</translation>
    </message>
    <message>
        <source>This Xen guest has no firmware tables (SMBIOS): a paravirtualized (PV) guest gets none, and nestready tells the cloud mostly from them.</source>
        <translation>此 Xen 客户机没有固件表（SMBIOS）：半虚拟化（PV）客户机不会获得固件表，而 nestready 主要根据固件表判断云平台。</translation>
    </message>
    <message>
        <source>The machine has no firmware tables (SMBIOS, /sys/class/dmi/id is missing), as in microVMs such as Firecracker, and nestready tells the cloud only from them.</source>
        <translation>此计算机没有固件表（SMBIOS，缺少 /sys/class/dmi/id），Firecracker 等 microVM 就是如此，而 nestready 只能根据固件表判断云平台。</translation>
    </message>
    <message>
        <source>The firmware version &quot;%1&quot; names Amazon: an EC2 instance on the Xen hypervisor.</source>
        <translation>固件版本“%1”指明 Amazon：这是运行在 Xen 虚拟机监控程序上的 EC2 实例。</translation>
    </message>
    <message>
        <source>The Xen domain&apos;s UUID starts with &quot;ec2&quot;: an EC2 instance on the Xen hypervisor.</source>
        <translation>Xen 域的 UUID 以“ec2”开头：这是运行在 Xen 虚拟机监控程序上的 EC2 实例。</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1.</source>
        <translation>固件表指明云服务提供商为 %1。</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1 (&quot;%2&quot;).</source>
        <translation>固件表指明云服务提供商为 %1（“%2”）。</translation>
    </message>
    <message>
        <source>The firmware tables name OpenStack, which many clouds run; they do not name the provider.</source>
        <translation>固件表指明 OpenStack，许多云平台都在使用它；固件表未指明具体的云服务提供商。</translation>
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
        <translation>/proc/cpuinfo 中列出的处理器。</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include vmx (Intel VT-x).</source>
        <translation>此操作系统的 CPU 标志包含 vmx（Intel VT-x）。</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include svm (AMD-V).</source>
        <translation>此操作系统的 CPU 标志包含 svm（AMD-V）。</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but the kernel found it switched off (usually in the firmware settings) and does not list it.</source>
        <translation>CPU 具备 VT-x/AMD-V，但内核发现它已被关闭（通常是在固件设置中），因此没有列出。</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include neither vmx (Intel VT-x) nor svm (AMD-V).</source>
        <translation>此操作系统的 CPU 标志既不包含 vmx（Intel VT-x），也不包含 svm（AMD-V）。</translation>
    </message>
    <message>
        <source>CPUID reports VT-x/AMD-V.</source>
        <translation>CPUID 报告支持 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>CPUID reports neither VT-x nor AMD-V.</source>
        <translation>CPUID 既未报告 VT-x，也未报告 AMD-V。</translation>
    </message>
    <message>
        <source>Neither the CPU flags nor CPUID could be read.</source>
        <translation>CPU 标志和 CPUID 均无法读取。</translation>
    </message>
    <message>
        <source>The CPU flags include ept/npt.</source>
        <translation>CPU 标志包含 ept/npt。</translation>
    </message>
    <message>
        <source>The CPU flags include neither ept nor npt.</source>
        <translation>CPU 标志既不包含 ept，也不包含 npt。</translation>
    </message>
    <message>
        <source>CPUID leaf 0x8000000A.</source>
        <translation>CPUID 叶 0x8000000A。</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS may create partitions: it is the host (root partition), not a guest.</source>
        <translation>Hyper-V 报告此操作系统可以创建分区：它是主机（根分区），而不是客户机。</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS is a guest partition.</source>
        <translation>Hyper-V 报告此操作系统是客户机分区。</translation>
    </message>
    <message>
        <source>MemTotal in /proc/meminfo.</source>
        <translation>/proc/meminfo 中的 MemTotal。</translation>
    </message>
    <message>
        <source>Free space on the file system that holds %1.</source>
        <translation>%1 所在文件系统的可用空间。</translation>
    </message>
    <message>
        <source>No hypervisor (physical machine)</source>
        <translation>无虚拟机监控程序（物理机）</translation>
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
        <translation>QEMU（无 KVM）</translation>
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
        <translation>QNX 虚拟机监控程序</translation>
    </message>
    <message>
        <source>Lockheed Martin SRE</source>
        <translation>Lockheed Martin SRE</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No container</source>
        <translation>无容器</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>适用于 Linux 的 Windows 子系统</translation>
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
        <translation>无公有云</translation>
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
        <translation>已安装 Citrix Virtual Delivery Agent（存在注册表项或 Citrix Desktop Service）。</translation>
    </message>
    <message>
        <source>The VMware/Omnissa Horizon Agent is installed (its registry key exists).</source>
        <translation>已安装 VMware/Omnissa Horizon Agent（其注册表项存在）。</translation>
    </message>
    <message>
        <source>The Azure Virtual Desktop agent is installed (RDInfraAgent key or the Remote Desktop Agent Loader service). Windows 365 Cloud PCs use the same agent.</source>
        <translation>已安装 Azure Virtual Desktop 代理（存在 RDInfraAgent 注册表项或 Remote Desktop Agent Loader 服务）。Windows 365 云电脑使用相同的代理。</translation>
    </message>
    <message>
        <source>An Amazon EC2 machine with the WorkSpaces streaming agent folders installed.</source>
        <translation>一台安装了 WorkSpaces 流式传输代理文件夹的 Amazon EC2 计算机。</translation>
    </message>
    <message>
        <source>No Citrix, Horizon, Azure Virtual Desktop or Amazon WorkSpaces agent is installed.</source>
        <translation>未安装 Citrix、Horizon、Azure Virtual Desktop 或 Amazon WorkSpaces 代理。</translation>
    </message>
    <message>
        <source>The Windows registry (CurrentVersion).</source>
        <translation>Windows 注册表（CurrentVersion）。</translation>
    </message>
    <message>
        <source>Win32_ComputerSystem.NumberOfLogicalProcessors.</source>
        <translation>Win32_ComputerSystem.NumberOfLogicalProcessors。</translation>
    </message>
    <message>
        <source>Win32_Processor.NumberOfLogicalProcessors.</source>
        <translation>Win32_Processor.NumberOfLogicalProcessors。</translation>
    </message>
    <message>
        <source>Win32_ComputerSystem.TotalPhysicalMemory.</source>
        <translation>Win32_ComputerSystem.TotalPhysicalMemory。</translation>
    </message>
    <message>
        <source>Win32_OperatingSystem.TotalVisibleMemorySize.</source>
        <translation>Win32_OperatingSystem.TotalVisibleMemorySize。</translation>
    </message>
    <message>
        <source>Win32_Processor.DataWidth.</source>
        <translation>Win32_Processor.DataWidth。</translation>
    </message>
    <message>
        <source>Win32_Processor.Architecture.</source>
        <translation>Win32_Processor.Architecture。</translation>
    </message>
    <message>
        <source>Windows: Linux container markers do not apply.</source>
        <translation>Windows：Linux 容器标记不适用。</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine; Windows inside it runs its own Hyper-V as well.</source>
        <translation>固件表显示这是 Microsoft Hyper-V 虚拟机；其中的 Windows 也运行着自己的 Hyper-V。</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine (&quot;%1&quot;, &quot;%2&quot;).</source>
        <translation>固件表显示这是 Microsoft Hyper-V 虚拟机（“%1”，“%2”）。</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform; the hypervisor Windows reports is its own (Hyper-V, WSL 2 or VBS).</source>
        <translation>固件表未显示任何虚拟平台；Windows 报告的虚拟机监控程序是它自己的（Hyper-V、WSL 2 或 VBS）。</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform and Windows reports no hypervisor.</source>
        <translation>固件表未显示任何虚拟平台，且 Windows 未报告任何虚拟机监控程序。</translation>
    </message>
    <message>
        <source>Windows in this VM runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>此虚拟机中的 Windows 运行着自己的 Hyper-V（它是根分区，CPUID 0x40000003），这需要 VT-x/AMD-V：嵌套虚拟化可用。</translation>
    </message>
    <message>
        <source>Windows runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>Windows 运行着自己的 Hyper-V（它是根分区，CPUID 0x40000003），这需要 VT-x/AMD-V：硬件虚拟化已开启。</translation>
    </message>
    <message>
        <source>Hyper-V, which needs SLAT, is running.</source>
        <translation>需要 SLAT 的 Hyper-V 正在运行。</translation>
    </message>
    <message>
        <source>Windows on Arm in Parallels on Apple silicon: Microsoft says WSL and nested virtualization are not supported there.</source>
        <translation>在 Apple 芯片上的 Parallels 中运行的 Windows on Arm：Microsoft 表示该环境不支持 WSL 和嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Windows on Arm: nestready cannot read the Arm virtualization extensions from its evidence.</source>
        <translation>Windows on Arm：nestready 无法从其证据数据中读取 Arm 虚拟化扩展。</translation>
    </message>
    <message>
        <source>Windows&apos; own processor properties mean nothing here, because a hypervisor runs.</source>
        <translation>由于有虚拟机监控程序在运行，Windows 自身报告的处理器属性在此没有参考意义。</translation>
    </message>
    <message>
        <source>CPUID in this VM reports VT-x/AMD-V: the hypervisor passes it through.</source>
        <translation>此虚拟机中的 CPUID 报告了 VT-x/AMD-V：虚拟机监控程序已将其透传。</translation>
    </message>
    <message>
        <source>CPUID in this VM reports neither VT-x nor AMD-V: the hypervisor does not pass it through.</source>
        <translation>此虚拟机中的 CPUID 既未报告 VT-x 也未报告 AMD-V：虚拟机监控程序未将其透传。</translation>
    </message>
    <message>
        <source>A physical machine that reports a hypervisor runs Windows&apos; own Hyper-V, which needs VT-x/AMD-V.</source>
        <translation>报告存在虚拟机监控程序的物理计算机运行的是 Windows 自己的 Hyper-V，这需要 VT-x/AMD-V。</translation>
    </message>
    <message>
        <source>Without CPUID (replay with --cpuid-dump) it cannot be told.</source>
        <translation>没有 CPUID（使用 --cpuid-dump 重放）则无法判断。</translation>
    </message>
    <message>
        <source>Windows reports virtualization enabled in the firmware and no hypervisor running.</source>
        <translation>Windows 报告固件中已启用虚拟化，且没有虚拟机监控程序在运行。</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but Windows reports it disabled in the firmware (BIOS/UEFI).</source>
        <translation>CPU 支持 VT-x/AMD-V，但 Windows 报告其已在固件 (BIOS/UEFI) 中被禁用。</translation>
    </message>
    <message>
        <source>Windows reports a CPU without VT-x/AMD-V (VM Monitor Mode Extensions: no).</source>
        <translation>Windows 报告 CPU 不支持 VT-x/AMD-V（VM Monitor Mode Extensions: no）。</translation>
    </message>
    <message>
        <source>Windows reports Second Level Address Translation.</source>
        <translation>Windows 报告支持二级地址转换 (SLAT)。</translation>
    </message>
    <message>
        <source>Windows reports no Second Level Address Translation.</source>
        <translation>Windows 报告不支持二级地址转换 (SLAT)。</translation>
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
        <translation>macOS 本身没有容器。</translation>
    </message>
    <message>
        <source>A Mac is not a cloud VM.</source>
        <translation>Mac 不是云虚拟机。</translation>
    </message>
    <message>
        <source>macOS reports that it runs in a virtual machine (kern.hv_vmm_present, model &quot;%1&quot;).</source>
        <translation>macOS 报告其运行在虚拟机中（kern.hv_vmm_present，型号“%1”）。</translation>
    </message>
    <message>
        <source>macOS reports that it runs directly on the Mac (kern.hv_vmm_present is 0).</source>
        <translation>macOS 报告其直接运行在 Mac 上（kern.hv_vmm_present 为 0）。</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework can run virtual machines (kern.hv_support is 1).</source>
        <translation>macOS 报告 Hypervisor.framework 可以运行虚拟机（kern.hv_support 为 1）。</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework cannot run virtual machines here (kern.hv_support is 0).</source>
        <translation>macOS 报告 Hypervisor.framework 在此无法运行虚拟机（kern.hv_support 为 0）。</translation>
    </message>
    <message>
        <source>Look the size up by hand: in the Azure portal, open the VM and read &quot;Size&quot; on its Overview page, or run: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</source>
        <translation>请手动查找大小：在 Azure 门户中打开虚拟机，查看其“Overview”（概述）页面上的“Size”（大小），或运行：az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service has not answered.</source>
        <translation>Azure 元数据服务尚未响应。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service names the size.</source>
        <translation>Azure 元数据服务提供了大小信息。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service answered, but not usably (%1).</source>
        <translation>Azure 元数据服务已响应，但响应内容不可用（%1）。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked, because of --no-network.</source>
        <translation>由于使用了 --no-network，未查询 Azure 元数据服务。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked: this is a recorded machine.</source>
        <translation>未查询 Azure 元数据服务：这是一份已记录的计算机数据。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service did not answer in time (%1).</source>
        <translation>Azure 元数据服务未及时响应（%1）。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service could not be read (%1).</source>
        <translation>无法读取 Azure 元数据服务（%1）。</translation>
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
        <translation>nestready 的收集脚本（PowerShell）未能及时响应，已被停止。</translation>
    </message>
    <message>
        <source>Windows PowerShell was not found, so nestready&apos;s collector script could not run.</source>
        <translation>未找到 Windows PowerShell，因此无法运行 nestready 的收集脚本。</translation>
    </message>
    <message>
        <source>nestready&apos;s collector script (PowerShell) failed: %1</source>
        <translation>nestready 的收集脚本（PowerShell）失败：%1</translation>
    </message>
    <message>
        <source>An ARMv8 (arm64) CPU, which is 64-bit.</source>
        <translation>ARMv8（arm64）CPU，为 64 位。</translation>
    </message>
    <message>
        <source>An arm64 machine with /dev/kvm: KVM runs here.</source>
        <translation>带有 /dev/kvm 的 arm64 计算机：KVM 可在此运行。</translation>
    </message>
    <message>
        <source>An arm64 machine without /dev/kvm: this OS did not get the Arm virtualization extensions (EL2), as in most arm64 cloud VMs.</source>
        <translation>没有 /dev/kvm 的 arm64 计算机：此操作系统未获得 Arm 虚拟化扩展（EL2），大多数 arm64 云虚拟机都是如此。</translation>
    </message>
    <message>
        <source>An arm64 machine, whose hardware virtualization shows only as /dev/kvm, which could not be read.</source>
        <translation>arm64 计算机，其硬件虚拟化只体现为 /dev/kvm，但无法读取。</translation>
    </message>
    <message>
        <source>The CPU flags list vmx (Intel VT-x), but this kernel does not clear that flag when the firmware has switched VT-x off.</source>
        <translation>CPU 标志中列有 vmx（Intel VT-x），但固件关闭 VT-x 时此内核不会清除该标志。</translation>
    </message>
    <message>
        <source>The CPU flags list svm (AMD-V), which Linux shows even when the firmware has switched AMD-V off.</source>
        <translation>CPU 标志中列有 svm（AMD-V），即使固件已关闭 AMD-V，Linux 也会显示该标志。</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_intel is not and there is no /dev/kvm, which is what happens when the firmware has switched VT-x off.</source>
        <translation>KVM 未能启动：kvm 已加载，但 kvm_intel 未加载，也没有 /dev/kvm，这正是固件关闭 VT-x 时的情况。</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_amd is not and there is no /dev/kvm, which is what happens when the firmware has switched AMD-V off.</source>
        <translation>KVM 未能启动：kvm 已加载，但 kvm_amd 未加载，也没有 /dev/kvm，这正是固件关闭 AMD-V 时的情况。</translation>
    </message>
    <message>
        <source>No KVM module is loaded yet, so whether the firmware allows it shows only when it loads.</source>
        <translation>尚未加载任何 KVM 模块，因此只有在加载时才能知道固件是否允许。</translation>
    </message>
    <message>
        <source>Virtualization-based security runs in this VM (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>此虚拟机中正在运行基于虚拟化的安全（Win32_DeviceGuard），因此 Windows 自身的虚拟机监控程序正在运行，而它需要 VT-x/AMD-V：嵌套虚拟化可用。</translation>
    </message>
    <message>
        <source>Virtualization-based security runs (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>基于虚拟化的安全正在运行（Win32_DeviceGuard），因此 Windows 自身的虚拟机监控程序正在运行，而它需要 VT-x/AMD-V：硬件虚拟化已开启。</translation>
    </message>
    <message>
        <source>The /dev/kvm here comes from PVM (the kvm_pvm module), which runs virtual machines without VT-x/AMD-V but only with guest kernels built for PVM.</source>
        <translation>此处的 /dev/kvm 来自 PVM（kvm_pvm 模块），它无需 VT-x/AMD-V 即可运行虚拟机，但只支持专为 PVM 构建的客户机内核。</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Unrecognized hypervisor</source>
        <translation>无法识别的虚拟机监控程序</translation>
    </message>
    <message>
        <source>VMware Fusion</source>
        <translation>VMware Fusion</translation>
    </message>
    <message>
        <source>Unrecognized container manager</source>
        <translation>无法识别的容器管理器</translation>
    </message>
    <message>
        <source>Another cloud (provider not named)</source>
        <translation>其他云平台（未指明提供商）</translation>
    </message>
    <message>
        <source>Windows did not let PowerShell run nestready&apos;s collector script: an execution policy set by Group Policy, or an application control policy (AppLocker, App Control for Business), blocks it. An administrator can allow it by signing collect-evidence.ps1 with a certificate the machine trusts or by allow-listing it; or run nestready on an evidence file collected by an administrator.</source>
        <translation>Windows 不允许 PowerShell 运行 nestready 的收集脚本：组策略设置的执行策略或应用程序控制策略（AppLocker、App Control for Business）阻止了它。管理员可以用此计算机信任的证书为 collect-evidence.ps1 签名，或将其加入允许列表；也可以让 nestready 读取由管理员收集的证据文件。</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>%1: no .json files in this folder.</source>
        <translation>%1：此文件夹中没有 .json 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read.</source>
        <translation>
            <numerusform>已读取 %n 份报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fails on %n machine(s).</source>
        <translation>
            <numerusform>%1 在 %n 台机器上未通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>nestready fleet summary</source>
        <translation>nestready 机群汇总</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>Column headings of the fleet table in the terminal</extracomment>
        <translation>结论</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>Checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>已按 nestready %1 的规则重新检查：%n 台机器的结论发生了变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 -&gt; %3 (%4)</source>
        <extracomment>A machine whose verdict changed: %1 machine, %2 old verdict, %3 new verdict, %4 report file</extracomment>
        <translation>  %1：%2 -&gt; %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <extracomment>The last row of a count card: the kinds not listed above (%1 of them), e.g. &quot;11 others&quot;</extracomment>
        <translation>
            <numerusform>其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken between %1 and %2.</source>
        <extracomment>%1 and %2 are dates: the oldest and the newest report</extracomment>
        <translation>采集于 %1 至 %2 之间。</translation>
    </message>
    <message numerus="yes">
        <source>Every report was checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>已按 nestready %1 的规则重新检查每份报告：%n 台机器的结论发生了变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机监控程序</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
    </message>
    <message>
        <source>What blocks the most machines</source>
        <translation>阻碍机器最多的问题</translation>
    </message>
    <message>
        <source>No check fails on any machine.</source>
        <translation>所有机器上都没有未通过的检查。</translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation>未通过的检查</translation>
    </message>
    <message>
        <source>Machines it blocks</source>
        <translation>受阻的机器</translation>
    </message>
    <message>
        <source>Changed with today&apos;s rules</source>
        <translation>按当前规则结论有变化的机器</translation>
    </message>
    <message>
        <source>No machine&apos;s verdict changed.</source>
        <translation>没有机器的结论发生变化。</translation>
    </message>
    <message>
        <source>Verdict when taken</source>
        <translation>采集时的结论</translation>
    </message>
    <message>
        <source>Verdict now</source>
        <translation>当前结论</translation>
    </message>
    <message>
        <source>Written by nestready %1.</source>
        <translation>由 nestready %1 生成。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>未通过的检查</translation>
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
        <translation>打开已保存的 JSON 报告，而不是检查本机。</translation>
    </message>
    <message>
        <source>Open the wizard at &lt;page&gt; (welcome, machine, requirements, guide, summary) or at a guide id such as vmware-esxi.</source>
        <translation>在 &lt;页面&gt; 处打开向导（welcome、machine、requirements、guide、summary），或在指南 ID（例如 vmware-esxi）处打开。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Use welcome, machine, requirements, guide, summary or a guide id such as vmware-esxi.</source>
        <translation>未知页面“%1”。请使用 welcome、machine、requirements、guide、summary 或指南 ID（例如 vmware-esxi）。</translation>
    </message>
    <message>
        <source>nestready — report from %1</source>
        <translation>nestready — 来自 %1 的报告</translation>
    </message>
    <message>
        <source>nestready: the window cannot open: Qt could not start a platform plugin for the display.
Run `nestready check` to check this machine on the command line.
Qt says: </source>
        <translation>nestready：无法打开窗口：Qt 无法为显示器启动平台插件。
请运行 `nestready check`，在命令行中检查此机器。
Qt 的消息：</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here once nested virtualization is on, but problems are then for your cloud provider.</source>
        <translation>厂商仅支持在 VMware ESXi 和 Azure 上的虚拟机中运行。开启嵌套虚拟化后，iEchor Desktop 或许可以在此运行，但届时出现的问题需由您的云服务提供商处理。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), use an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>请在物理计算机上直接运行 iEchor Desktop（厂商推荐的方式），或使用 Azure 虚拟机，或使用厂商的云端卸载服务代替本地虚拟机。</translation>
    </message>
    <message>
        <source>Microsoft Azure virtual machine</source>
        <translation>Microsoft Azure 虚拟机</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. Microsoft supports nested Hyper-V on VM sizes that offer it.</source>
        <translation>Azure 虚拟机是厂商测试过的两个平台之一，适用于每台计算机只运行一个实例的 iEchor Business 客户。Microsoft 在提供嵌套 Hyper-V 的虚拟机大小上支持该功能。</translation>
    </message>
    <message>
        <source>Start the VM, turn on the Windows features iEchor Desktop needs (see the Windows features guide), then check again.</source>
        <translation>启动虚拟机，开启 iEchor Desktop 所需的 Windows 功能（参见 Windows 功能指南），然后重新检查。</translation>
    </message>
    <message>
        <source>Azure: VM sizes</source>
        <translation>Azure：虚拟机大小</translation>
    </message>
    <message>
        <source>Microsoft: Enable nested virtualization</source>
        <translation>Microsoft：启用嵌套虚拟化</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch</source>
        <translation>Azure：Trusted Launch（受信任启动）</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>在虚拟机或 VDI 环境中使用 iEchor Desktop</translation>
    </message>
    <message>
        <source>Whether Trusted Launch blocks nested virtualization could not be confirmed: an older Azure page listed it as unsupported, the current page does not, and Trusted Launch is now the default for new VMs.</source>
        <translation>无法确认 Trusted Launch 是否会阻止嵌套虚拟化：Azure 的一个旧页面曾将其列为不受支持，当前页面则没有，而且 Trusted Launch 现在是新虚拟机的默认设置。</translation>
    </message>
    <message>
        <source>Google Cloud (Compute Engine)</source>
        <translation>Google Cloud (Compute Engine)</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again. Expect the nested VM to run at least 10% slower.</source>
        <translation>启动虚拟机，重新启动 nestready 并重新检查。嵌套虚拟机的运行速度预计至少会慢 10%。</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes.</source>
        <translation>“硬件虚拟化 (VT-x / AMD-V)”检查通过。</translation>
    </message>
    <message>
        <source>Google Cloud: About nested virtualization</source>
        <translation>Google Cloud：关于嵌套虚拟化</translation>
    </message>
    <message>
        <source>Amazon EC2</source>
        <translation>Amazon EC2</translation>
    </message>
    <message>
        <source>Start the instance, start nestready again and check again.</source>
        <translation>启动实例，重新启动 nestready 并重新检查。</translation>
    </message>
    <message>
        <source>AWS: Nested virtualization on EC2</source>
        <translation>AWS：EC2 上的嵌套虚拟化</translation>
    </message>
    <message>
        <source>Windows 365 and Azure Virtual Desktop</source>
        <translation>Windows 365 和 Azure Virtual Desktop</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop session hosts and Cloud PCs run on Azure. The vendor names Azure VMs, not these desktop services, as tested; one instance of iEchor Desktop per machine.</source>
        <translation>Azure Virtual Desktop 会话主机和云电脑运行在 Azure 上。厂商列为已测试的是 Azure 虚拟机，而不是这些桌面服务；每台计算机只能运行一个 iEchor Desktop 实例。</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: a session host size that offers nested virtualization (see the Azure guide).</source>
        <translation>Azure Virtual Desktop：提供嵌套虚拟化的会话主机大小（参见 Azure 指南）。</translation>
    </message>
    <message>
        <source>A personal (single-user) desktop: running more than one instance of iEchor Desktop on one machine, as on Windows Enterprise multi-session, is not supported.</source>
        <translation>个人（单用户）桌面：不支持在一台计算机上运行多个 iEchor Desktop 实例（例如在 Windows 企业版多会话上）。</translation>
    </message>
    <message>
        <source>Ask your administrator to move you to a Cloud PC with 4 vCPUs or more, or to a session host size that offers nested virtualization.</source>
        <translation>请让管理员将您迁移到 4 个或更多 vCPU 的云电脑，或迁移到提供嵌套虚拟化的会话主机大小。</translation>
    </message>
    <message>
        <source>Turn on the Windows features iEchor Desktop needs (see the Windows features guide), restart and check again.</source>
        <translation>开启 iEchor Desktop 所需的 Windows 功能（参见 Windows 功能指南），重启后重新检查。</translation>
    </message>
    <message>
        <source>Windows 365: nested virtualization</source>
        <translation>Windows 365：嵌套虚拟化</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: agent troubleshooting</source>
        <translation>Azure Virtual Desktop：代理故障排除</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session FAQ</source>
        <translation>Windows 企业版多会话常见问题</translation>
    </message>
    <message>
        <source>Whether Windows 365 Cloud PCs use the same agent as Azure Virtual Desktop could not be confirmed.</source>
        <translation>无法确认 Windows 365 云电脑是否与 Azure Virtual Desktop 使用相同的代理。</translation>
    </message>
    <message>
        <source>Supported by the vendor</source>
        <extracomment>Banner of a guide: the product vendor supports this platform</extracomment>
        <translation>厂商支持</translation>
    </message>
    <message>
        <source>Works, but not supported by the vendor</source>
        <extracomment>Banner of a guide: it can work, but the product vendor does not support it</extracomment>
        <translation>可用，但厂商不支持</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <extracomment>Banner of a guide: iEchor Desktop cannot run on this platform</extracomment>
        <translation>此处无法运行</translation>
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
        <translation>KVM / QEMU 或 libvirt</translation>
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
        <translation>厂商仅支持在 VMware ESXi 和 Azure 上的虚拟机中运行。开启嵌套虚拟化后，iEchor Desktop 或许可以在此运行，但届时出现的问题需由您的虚拟机监控程序厂商处理。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>请在物理计算机上直接运行 iEchor Desktop（厂商推荐的方式），将此桌面迁移到 VMware ESXi 或 Azure 虚拟机，或使用厂商的云端卸载服务代替本地虚拟机。</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again.</source>
        <translation>启动虚拟机，重新启动 nestready 并重新检查。</translation>
    </message>
    <message>
        <source>Shut down the operating system in the VM and make sure the VM is powered off.</source>
        <translation>关闭虚拟机中的操作系统，并确保虚拟机已关机。</translation>
    </message>
    <message>
        <source>Microsoft Hyper-V (on premises)</source>
        <translation>Microsoft Hyper-V（本地部署）</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure. Microsoft itself supports nested Hyper-V in production, including WSL 2 in a nested VM.</source>
        <translation>厂商仅测试过 VMware ESXi 和 Azure。Microsoft 本身支持在生产环境中使用嵌套 Hyper-V，包括在嵌套虚拟机中运行 WSL 2。</translation>
    </message>
    <message>
        <source>Intel host with VT-x and EPT: Windows Server 2016 or Windows 10 or later on the host, VM configuration version 8.0 or later.</source>
        <translation>具有 VT-x 和 EPT 的 Intel 主机：主机运行 Windows Server 2016 或 Windows 10 或更高版本，虚拟机配置版本为 8.0 或更高。</translation>
    </message>
    <message>
        <source>AMD EPYC or Ryzen host: Windows Server 2022 or Windows 11 or later on the host, VM configuration version 9.3 or later.</source>
        <translation>AMD EPYC 或 Ryzen 主机：主机运行 Windows Server 2022 或 Windows 11 或更高版本，虚拟机配置版本为 9.3 或更高。</translation>
    </message>
    <message>
        <source>An elevated PowerShell on the Hyper-V host (not in this VM).</source>
        <translation>Hyper-V 主机（而不是此虚拟机）上以管理员身份运行的 PowerShell。</translation>
    </message>
    <message>
        <source>Turn the VM off.</source>
        <translation>关闭虚拟机。</translation>
    </message>
    <message>
        <source>On the host, expose the virtualization extensions to the VM. Replace &lt;VM&gt; with the VM&apos;s name. ($false turns it off again.)</source>
        <translation>在主机上向虚拟机公开虚拟化扩展。将 &lt;VM&gt; 替换为虚拟机名称。（使用 $false 可再次关闭。）</translation>
    </message>
    <message>
        <source>Read the setting back: ExposeVirtualizationExtensions must be True.</source>
        <translation>读回该设置：ExposeVirtualizationExtensions 必须为 True。</translation>
    </message>
    <message>
        <source>Microsoft: What is nested virtualization?</source>
        <translation>Microsoft：什么是嵌套虚拟化？</translation>
    </message>
    <message>
        <source>Microsoft: WSL FAQ</source>
        <translation>Microsoft：WSL 常见问题</translation>
    </message>
    <message>
        <source>KVM / QEMU and libvirt</source>
        <translation>KVM / QEMU 和 libvirt</translation>
    </message>
    <message>
        <source>A shell with root rights on the KVM host (not in this VM).</source>
        <translation>KVM 主机（而不是此虚拟机）上具有 root 权限的 shell。</translation>
    </message>
    <message>
        <source>Nested virtualization is on by default since Linux 4.20; older host kernels need the module option below.</source>
        <translation>自 Linux 4.20 起，嵌套虚拟化默认开启；较旧的主机内核需要使用下面的模块选项。</translation>
    </message>
    <message>
        <source>On the host, check whether KVM passes nesting on: the file must say Y or 1. On AMD hosts look at kvm_amd instead of kvm_intel.</source>
        <translation>在主机上检查 KVM 是否开启了嵌套：该文件的内容必须为 Y 或 1。在 AMD 主机上，请查看 kvm_amd 而不是 kvm_intel。</translation>
    </message>
    <message>
        <source>If it does not, add this option to a file in /etc/modprobe.d on the host (on AMD hosts the same option for kvm-amd). It applies when the module is loaded again, for example after a restart of the host.</source>
        <translation>如果没有，请在主机的 /etc/modprobe.d 目录下的某个文件中添加此选项（在 AMD 主机上，为 kvm-amd 添加相同的选项）。该选项会在模块重新加载时生效，例如在主机重启之后。</translation>
    </message>
    <message>
        <source>Give the VM the host&apos;s CPU model: for QEMU the -cpu host option, for libvirt the host-passthrough CPU mode. A named CPU model with vmx=on works too.</source>
        <translation>为虚拟机提供主机的 CPU 型号：对于 QEMU，使用 -cpu host 选项；对于 libvirt，使用 host-passthrough CPU 模式。使用带 vmx=on 的指定 CPU 型号也可以。</translation>
    </message>
    <message>
        <source>Linux kernel: Running nested guests with KVM</source>
        <translation>Linux 内核：使用 KVM 运行嵌套客户机</translation>
    </message>
    <message>
        <source>Access to the Proxmox VE host and its web interface.</source>
        <translation>能够访问 Proxmox VE 主机及其 Web 界面。</translation>
    </message>
    <message>
        <source>On the host, check that the KVM module passes nesting on (Y or 1; kvm_amd on AMD hosts). If not, set the module&apos;s nested option as in the KVM guide.</source>
        <translation>在主机上检查 KVM 模块是否开启了嵌套（Y 或 1；AMD 主机上为 kvm_amd）。如果没有，请按照 KVM 指南设置模块的 nested 选项。</translation>
    </message>
    <message>
        <source>Set the VM&apos;s CPU type to host. Proxmox does not expose virtualization to VMs by default.</source>
        <translation>将虚拟机的 CPU 类型设置为 host。Proxmox 默认不向虚拟机公开虚拟化功能。</translation>
    </message>
    <message>
        <source>Proxmox VE wiki: Nested virtualization</source>
        <translation>Proxmox VE wiki：嵌套虚拟化</translation>
    </message>
    <message>
        <source>Oracle VirtualBox</source>
        <translation>Oracle VirtualBox</translation>
    </message>
    <message>
        <source>VirtualBox 6.1.0 or later for nested virtualization on Intel CPUs.</source>
        <translation>在 Intel CPU 上使用嵌套虚拟化需要 VirtualBox 6.1.0 或更高版本。</translation>
    </message>
    <message>
        <source>In the VM&apos;s settings, turn on nested VT-x/AMD-V.</source>
        <translation>在虚拟机的设置中开启嵌套 VT-x/AMD-V（“Enable Nested VT-x/AMD-V”）。</translation>
    </message>
    <message>
        <source>Or, on the host&apos;s command line, replace &lt;vm&gt; with the VM&apos;s name:</source>
        <translation>或者，在主机的命令行中运行以下命令，并将 &lt;vm&gt; 替换为虚拟机名称：</translation>
    </message>
    <message>
        <source>VirtualBox ticket 4032: nested VT-x</source>
        <translation>VirtualBox 工单 4032：嵌套 VT-x</translation>
    </message>
    <message>
        <source>The exact page of the VBoxManage manual for --nested-hw-virt could not be confirmed.</source>
        <translation>无法确认 VBoxManage 手册中介绍 --nested-hw-virt 的确切页面。</translation>
    </message>
    <message>
        <source>With its KVM or Hyper-V paravirtualization interface VirtualBox may look like another hypervisor from inside the VM; this could not be confirmed.</source>
        <translation>启用 KVM 或 Hyper-V 半虚拟化接口时，从虚拟机内部看，VirtualBox 可能像是另一种虚拟机监控程序；这一点无法确认。</translation>
    </message>
    <message>
        <source>Parallels Desktop</source>
        <translation>Parallels Desktop</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Mac on the Mac itself: running natively is what the vendor recommends. Or use the vendor&apos;s cloud offload service.</source>
        <translation>请直接在 Mac 上安装 Mac 版 iEchor Desktop：厂商推荐以原生方式运行。也可以使用厂商的云端卸载服务。</translation>
    </message>
    <message>
        <source>Intel Mac: power the VM off and look for Parallels&apos; nested virtualization option in the VM&apos;s CPU settings, then check again.</source>
        <translation>Intel Mac：关闭虚拟机，在虚拟机的 CPU 设置中查找 Parallels 的嵌套虚拟化选项，然后重新检查。</translation>
    </message>
    <message>
        <source>Parallels&apos; &quot;Enable nested virtualization&quot; setting on Intel Macs could not be confirmed.</source>
        <translation>无法确认 Intel Mac 上 Parallels 的“Enable nested virtualization”（启用嵌套虚拟化）设置。</translation>
    </message>
    <message>
        <source>Citrix Hypervisor, XenServer and Xen</source>
        <translation>Citrix Hypervisor、XenServer 和 Xen</translation>
    </message>
    <message>
        <source>Citrix Hypervisor (XenServer) does not support nested virtualization. On plain Xen, nested HVM is a technology preview on Intel and experimental on AMD.</source>
        <translation>Citrix Hypervisor (XenServer) 不支持嵌套虚拟化。在原生 Xen 上，嵌套 HVM 在 Intel 平台上为技术预览，在 AMD 平台上为实验性功能。</translation>
    </message>
    <message>
        <source>Citrix desktops: ask your administrator which hypervisor runs the desktop. Under Citrix Virtual Apps and Desktops the answer depends on that hypervisor; on VMware ESXi, Azure or Hyper-V follow that guide.</source>
        <translation>Citrix 桌面：请询问管理员运行该桌面的是哪种虚拟机监控程序。在 Citrix Virtual Apps and Desktops 下，结果取决于该虚拟机监控程序；如果是 VMware ESXi、Azure 或 Hyper-V，请按照相应的指南操作。</translation>
    </message>
    <message>
        <source>On Citrix Hypervisor or XenServer nested virtualization is not available: use one of the alternatives above.</source>
        <translation>在 Citrix Hypervisor 或 XenServer 上无法使用嵌套虚拟化：请使用上述替代方案之一。</translation>
    </message>
    <message>
        <source>On plain Xen, nested HVM can be tried as described in the Xen wiki; it is not production ready.</source>
        <translation>在原生 Xen 上，可以按照 Xen wiki 中的说明尝试嵌套 HVM；但它尚不适合用于生产环境。</translation>
    </message>
    <message>
        <source>Xen wiki: Nested virtualization in Xen</source>
        <translation>Xen wiki：Xen 中的嵌套虚拟化</translation>
    </message>
    <message>
        <source>On Nutanix VDI iEchor Desktop works if WSL 2 works. Persistent desktops are supported; non-persistent desktops are not.</source>
        <translation>在 Nutanix VDI 上，只要 WSL 2 可以运行，iEchor Desktop 就可以运行。支持持久性桌面，不支持非持久性桌面。</translation>
    </message>
    <message>
        <source>A persistent desktop (not a non-persistent pool).</source>
        <translation>持久性桌面（而不是非持久性桌面池）。</translation>
    </message>
    <message>
        <source>Access to the Nutanix cluster&apos;s command line (acli).</source>
        <translation>能够访问 Nutanix 集群的命令行 (acli)。</translation>
    </message>
    <message>
        <source>Pass the CPU&apos;s virtualization features through to the VM. Replace &lt;vm&gt; with the VM&apos;s name.</source>
        <translation>将 CPU 的虚拟化功能透传给虚拟机。将 &lt;vm&gt; 替换为虚拟机名称。</translation>
    </message>
    <message>
        <source>The acli command comes from community scripts; it could not be confirmed against the Nutanix documentation.</source>
        <translation>该 acli 命令来自社区脚本；无法对照 Nutanix 文档进行确认。</translation>
    </message>
    <message>
        <source>Physical machine</source>
        <translation>物理计算机</translation>
    </message>
    <message>
        <source>Running iEchor Desktop natively on a physical machine is what the vendor recommends: its Linux VM then runs directly on the hardware, without nested virtualization.</source>
        <translation>厂商推荐在物理计算机上直接运行 iEchor Desktop：这样其 Linux 虚拟机将直接在硬件上运行，无需嵌套虚拟化。</translation>
    </message>
    <message>
        <source>A 64-bit CPU with virtualization extensions (Intel VT-x or AMD-V) and second-level address translation (SLAT).</source>
        <translation>支持虚拟化扩展（Intel VT-x 或 AMD-V）和二级地址转换 (SLAT) 的 64 位 CPU。</translation>
    </message>
    <message>
        <source>At least 4 GB of memory.</source>
        <translation>至少 4 GB 内存。</translation>
    </message>
    <message>
        <source>Restart the computer and open its firmware settings (BIOS or UEFI). The key to press is shown briefly at start-up and differs by maker.</source>
        <translation>重启计算机并打开其固件设置（BIOS 或 UEFI）。需要按的键会在启动时短暂显示，且因制造商而异。</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization: Intel Virtualization Technology (VT-x) or AMD SVM (AMD-V). The menu that holds it differs by maker.</source>
        <translation>开启硬件虚拟化：Intel Virtualization Technology (VT-x) 或 AMD SVM (AMD-V)。该选项所在的菜单因制造商而异。</translation>
    </message>
    <message>
        <source>Save the settings, start the computer and check again.</source>
        <translation>保存设置，启动计算机并重新检查。</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes. On Windows, Task Manager &gt; Performance shows virtualization as enabled; on Linux, kvm-ok finds KVM usable.</source>
        <translation>“硬件虚拟化 (VT-x / AMD-V)”检查通过。在 Windows 上，“任务管理器 &gt; 性能”会显示虚拟化已启用；在 Linux 上，kvm-ok 会报告 KVM 可用。</translation>
    </message>
    <message>
        <source>iEchor Desktop for Windows: system requirements</source>
        <translation>Windows 版 iEchor Desktop：系统要求</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: system requirements</source>
        <translation>Linux 版 iEchor Desktop：系统要求</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>故障排除：虚拟化无法工作</translation>
    </message>
    <message>
        <source>Inside a container</source>
        <translation>在容器内</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own Linux virtual machine. A container shares its host&apos;s kernel and cannot start or manage a virtual machine the way a desktop application needs, so iEchor Desktop cannot run inside one.</source>
        <translation>iEchor Desktop 会启动自己的 Linux 虚拟机。容器与其主机共享内核，无法像桌面应用程序所需的那样启动或管理虚拟机，因此 iEchor Desktop 无法在容器内运行。</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the physical machine or VM that runs this container, and run nestready there.</source>
        <translation>请在运行此容器的物理计算机或虚拟机上安装 iEchor Desktop，并在那里运行 nestready。</translation>
    </message>
    <message>
        <source>Leave the container and find the machine that hosts it: a physical machine or a VM.</source>
        <translation>退出容器，找到托管它的计算机：物理计算机或虚拟机。</translation>
    </message>
    <message>
        <source>Run nestready on that machine. It tells you whether iEchor Desktop can run there and, in a VM, how to turn on nested virtualization.</source>
        <translation>在该计算机上运行 nestready。它会告诉您 iEchor Desktop 能否在那里运行，以及在虚拟机中如何开启嵌套虚拟化。</translation>
    </message>
    <message>
        <source>On the host, the &quot;Not inside a container&quot; check passes.</source>
        <translation>在主机上，“不在容器内”检查通过。</translation>
    </message>
    <message>
        <source>Windows: features, hypervisor and WSL</source>
        <translation>Windows：功能、虚拟机监控程序和 WSL</translation>
    </message>
    <message>
        <source>These steps run in Windows itself, after nested virtualization (in a VM) or firmware virtualization (on a physical machine) is on.</source>
        <translation>这些步骤在 Windows 本身中执行，前提是已开启嵌套虚拟化（在虚拟机中）或固件虚拟化（在物理计算机上）。</translation>
    </message>
    <message>
        <source>64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later. Windows Server is not supported.</source>
        <translation>64 位 Windows 10 22H2（内部版本 19045）或 Windows 11 23H2（内部版本 22631）或更高版本。不支持 Windows Server。</translation>
    </message>
    <message>
        <source>An administrator account: the commands below need an elevated prompt.</source>
        <translation>管理员帐户：下面的命令需要在以管理员身份运行的命令提示符中执行。</translation>
    </message>
    <message>
        <source>Make the hypervisor start with Windows (elevated prompt), then restart:</source>
        <translation>让虚拟机监控程序随 Windows 一起启动（在管理员命令提示符中执行），然后重启：</translation>
    </message>
    <message>
        <source>Check the WSL version: it must be 2.1.5 or later. If the command prints no version, the old built-in WSL is installed: update it.</source>
        <translation>检查 WSL 版本：必须为 2.1.5 或更高版本。如果该命令未输出版本号，则说明安装的是 Windows 内置的旧版 WSL：请更新它。</translation>
    </message>
    <message>
        <source>Restart Windows and check again.</source>
        <translation>重启 Windows 并重新检查。</translation>
    </message>
    <message>
        <source>wsl -l -v works, and systeminfo says &quot;A hypervisor has been detected. Features required for Hyper-V will not be displayed.&quot;</source>
        <translation>wsl -l -v 可以正常运行，并且 systeminfo 显示“已检测到虚拟机监控程序。将不显示 Hyper-V 所需的功能。”（英文版为“A hypervisor has been detected. Features required for Hyper-V will not be displayed.”）</translation>
    </message>
    <message>
        <source>Microsoft: Hyper-V system requirements</source>
        <translation>Microsoft：Hyper-V 系统要求</translation>
    </message>
    <message>
        <source>Some software, for example Android emulators, turns Hyper-V off. Which programs do so could not be listed here.</source>
        <translation>某些软件（例如 Android 模拟器）会关闭 Hyper-V。此处无法列出具体有哪些程序会这样做。</translation>
    </message>
    <message>
        <source>Linux: KVM modules and the kvm group</source>
        <translation>Linux：KVM 模块和 kvm 组</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM. The vendor supports it on physical machines; under nested virtualization it is outside the vendor&apos;s support.</source>
        <translation>Linux 版 iEchor Desktop 使用 KVM 运行其虚拟机。厂商支持在物理计算机上运行；在嵌套虚拟化下运行则不在厂商的支持范围内。</translation>
    </message>
    <message>
        <source>A 64-bit kernel with CPU virtualization support, KVM, QEMU 5.2 or later, systemd and at least 4 GB of memory.</source>
        <translation>支持 CPU 虚拟化的 64 位内核、KVM、QEMU 5.2 或更高版本、systemd，以及至少 4 GB 内存。</translation>
    </message>
    <message>
        <source>Load the KVM module for your CPU: kvm_intel for Intel, kvm_amd for AMD.</source>
        <translation>加载适合您 CPU 的 KVM 模块：Intel 为 kvm_intel，AMD 为 kvm_amd。</translation>
    </message>
    <message>
        <source>Check that the module is loaded and /dev/kvm exists.</source>
        <translation>检查模块是否已加载，以及 /dev/kvm 是否存在。</translation>
    </message>
    <message>
        <source>Allow your user to use KVM, then sign out and back in.</source>
        <translation>允许您的用户使用 KVM，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>重新检查。</translation>
    </message>
    <message>
        <source>The &quot;KVM device (/dev/kvm)&quot; check passes, and kvm-ok finds KVM usable.</source>
        <translation>“KVM 设备 (/dev/kvm)”检查通过，并且 kvm-ok 报告 KVM 可用。</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: KVM</source>
        <translation>Linux 版 iEchor Desktop：KVM</translation>
    </message>
    <message>
        <source>The ESXi host&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>ESXi 主机的 CPU 具有带 EPT 的 Intel VT-x 或带 RVI 的 AMD-V。</translation>
    </message>
    <message>
        <source>The VM uses virtual hardware version 9 or later.</source>
        <translation>虚拟机使用虚拟硬件版本 9 或更高版本。</translation>
    </message>
    <message>
        <source>You use the vSphere Client: the old C# client does not offer the setting.</source>
        <translation>您使用的是 vSphere Client：旧版 C# 客户端不提供此设置。</translation>
    </message>
    <message>
        <source>The VM uses no PCI passthrough or vGPU: they cannot be combined with nested virtualization.</source>
        <translation>虚拟机未使用 PCI 直通或 vGPU：它们无法与嵌套虚拟化同时使用。</translation>
    </message>
    <message>
        <source>If Windows in the VM uses virtualization-based security: vSphere 6.7 and hardware version 14 or later on Intel, vSphere 7.0 U2 and hardware version 19 or later on AMD.</source>
        <translation>如果虚拟机中的 Windows 使用基于虚拟化的安全：Intel 上需要 vSphere 6.7 和硬件版本 14 或更高版本，AMD 上需要 vSphere 7.0 U2 和硬件版本 19 或更高版本。</translation>
    </message>
    <message>
        <source>In the vSphere Client, open the VM&apos;s settings, expand CPU and tick the hardware virtualization box.</source>
        <translation>在 vSphere Client 中打开虚拟机的设置（“Edit Settings”），展开“CPU”，并勾选硬件虚拟化复选框（“Expose hardware assisted virtualization to the guest OS”）。</translation>
    </message>
    <message>
        <source>The setting writes this line to the VM&apos;s .vmx file. Where you manage the .vmx file directly, add it there instead, with the VM powered off.</source>
        <translation>此设置会将下面这一行写入虚拟机的 .vmx 文件。如果您直接管理 .vmx 文件，请改为在虚拟机关机的状态下将这一行添加到该文件中。</translation>
    </message>
    <message>
        <source>Power the VM on, start nestready again and check again.</source>
        <translation>打开虚拟机电源，重新启动 nestready 并重新检查。</translation>
    </message>
    <message>
        <source>How nested virtualization interacts with EVC (Enhanced vMotion Compatibility) could not be confirmed.</source>
        <translation>无法确认嵌套虚拟化与 EVC (Enhanced vMotion Compatibility) 之间如何相互影响。</translation>
    </message>
    <message>
        <source>Older guides also set hypervisor.cpuid.v0 = &quot;FALSE&quot;. Whether a Hyper-V guest needs it could not be confirmed; it is not needed for the steps above.</source>
        <translation>旧版指南还会设置 hypervisor.cpuid.v0 = &quot;FALSE&quot;。无法确认 Hyper-V 客户机是否需要此设置；上述步骤不需要它。</translation>
    </message>
    <message>
        <source>VMware Workstation and Fusion</source>
        <translation>VMware Workstation 和 Fusion</translation>
    </message>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work in Workstation or Fusion once nested virtualization is on, but problems there are outside the vendor&apos;s support.</source>
        <translation>厂商仅支持在 VMware ESXi 和 Azure 上的虚拟机中运行。开启嵌套虚拟化后，iEchor Desktop 或许可以在 Workstation 或 Fusion 中运行，但在其中出现的问题不在厂商的支持范围内。</translation>
    </message>
    <message>
        <source>For a supported setup run iEchor Desktop natively on the host computer, or in a VM on VMware ESXi or Azure.</source>
        <translation>如需使用受支持的配置，请在主机上直接运行 iEchor Desktop，或在 VMware ESXi 或 Azure 上的虚拟机中运行。</translation>
    </message>
    <message>
        <source>VMware Workstation 8 or Fusion 4 or later, and a VM with virtual hardware version 9 or later.</source>
        <translation>VMware Workstation 8 或 Fusion 4 或更高版本，以及虚拟硬件版本 9 或更高版本的虚拟机。</translation>
    </message>
    <message>
        <source>The host computer&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>主机的 CPU 具有带 EPT 的 Intel VT-x 或带 RVI 的 AMD-V。</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V or virtualization-based security runs on the host, Workstation cannot give VMs VT-x/AMD-V, so nested VMs do not work.</source>
        <translation>在 Windows 主机上：当主机上运行 Hyper-V 或基于虚拟化的安全时，Workstation 无法为虚拟机提供 VT-x/AMD-V，因此嵌套虚拟机无法工作。</translation>
    </message>
    <message>
        <source>Open the VM&apos;s settings and, under Processors, tick the option that virtualizes VT-x/AMD-V.</source>
        <translation>打开虚拟机的设置，在“Processors”（处理器）下勾选虚拟化 VT-x/AMD-V 的选项（“Virtualize Intel VT-x/EPT or AMD-V/RVI”）。</translation>
    </message>
    <message>
        <source>Start the VM, make sure KVM is loaded and /dev/kvm can be used (see the Linux KVM guide), then check again.</source>
        <translation>启动虚拟机，确认 KVM 已加载且 /dev/kvm 可用（见 Linux KVM 指南），然后重新检查。</translation>
    </message>
    <message>
        <source>A VM size whose page lists nested virtualization as supported, for example Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 or Lsv3. The vendor tested D4s_v5 and recommends it or larger.</source>
        <translation>其页面列明支持嵌套虚拟化的虚拟机大小，例如 Dsv5、Dasv5、Ddsv5、Dsv6、Ddsv6、Esv5、Esv6、Fsv2 或 Lsv3。供应商测试过 D4s_v5，并推荐使用该大小或更大的大小。</translation>
    </message>
    <message>
        <source>Sizes without it include the A family (Av2), the B family (Bv1, Bsv2, Basv2), Arm64 sizes (Dpsv5, Dpsv6), confidential sizes (DCasv5) and GPU sizes such as NCasT4_v3, NVadsA10_v5 and NVv4.</source>
        <translation>不支持的大小包括 A 系列（Av2）、B 系列（Bv1、Bsv2、Basv2）、Arm64 大小（Dpsv5、Dpsv6）、机密大小（DCasv5），以及 NCasT4_v3、NVadsA10_v5 和 NVv4 等 GPU 大小。</translation>
    </message>
    <message>
        <source>Rights to resize the VM, and to register a feature on the subscription if the security type has to change.</source>
        <translation>调整虚拟机大小的权限；如果需要更改安全类型，还需要在订阅上注册功能的权限。</translation>
    </message>
    <message>
        <source>If this VM&apos;s size does not offer nested virtualization, resize the VM to one that does: Standard_D4s_v5, the size the vendor tested, or a larger one of the same kind. The VM restarts during the resize.</source>
        <translation>如果此虚拟机的大小不提供嵌套虚拟化，请将其调整为提供嵌套虚拟化的大小：供应商测试过的 Standard_D4s_v5，或同类中更大的大小。调整大小期间虚拟机会重启。</translation>
    </message>
    <message>
        <source>If the size offers nested virtualization and VT-x/AMD-V still does not reach the VM, look at the security type: Microsoft&apos;s guide asks for Standard, and new VMs get Trusted Launch by default. The security type Standard needs the subscription feature UseStandardSecurityType; register it once per subscription:</source>
        <translation>如果该大小提供嵌套虚拟化，而 VT-x/AMD-V 仍未到达虚拟机，请检查安全类型：Microsoft 的指南要求使用 Standard，而新虚拟机默认使用受信任启动（Trusted Launch）。安全类型 Standard 需要订阅功能 UseStandardSecurityType；每个订阅注册一次即可：</translation>
    </message>
    <message>
        <source>Then create the VM with the security type Standard (the Azure CLI option below), or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell: the Azure portal cannot change it.</source>
        <translation>然后使用安全类型 Standard 创建虚拟机（见下方的 Azure CLI 选项），或解除分配此虚拟机，并用 Azure CLI 或 PowerShell 将其安全类型设为 Standard：Azure 门户无法更改。</translation>
    </message>
    <message>
        <source>Azure: Resize a virtual machine</source>
        <translation>Azure：调整虚拟机大小</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch FAQ (security type Standard)</source>
        <translation>Azure：受信任启动常见问题解答（安全类型 Standard）</translation>
    </message>
    <message>
        <source>Google Cloud supports nested virtualization only with Linux KVM as the hypervisor inside the VM, on Intel machine types. Hyper-V is not supported there, so a Windows VM on Google Cloud cannot use WSL 2 or Hyper-V and iEchor Desktop for Windows cannot run in it. The vendor does not support this platform.</source>
        <translation>Google Cloud 仅在 Intel 机器类型上、且虚拟机内部的虚拟机监控程序为 Linux KVM 时支持嵌套虚拟化。那里不支持 Hyper-V，因此 Google Cloud 上的 Windows 虚拟机无法使用 WSL 2 或 Hyper-V，iEchor Desktop for Windows 也无法在其中运行。供应商不支持此平台。</translation>
    </message>
    <message>
        <source>A Linux VM on an Intel machine type: AMD and Arm machine types do not offer nested virtualization.</source>
        <translation>Intel 机器类型上的 Linux 虚拟机：AMD 和 Arm 机器类型不提供嵌套虚拟化。</translation>
    </message>
    <message>
        <source>The organization policy &quot;Disable VM nested virtualization&quot; must not be enforced for the project (it is not by default).</source>
        <translation>不得对项目强制执行组织策略“Disable VM nested virtualization”（默认不强制执行）。</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot run WSL 2 or Hyper-V, so there is nothing to turn on for iEchor Desktop for Windows. Use an Azure VM, VMware ESXi or a physical machine instead, or a Linux VM here.</source>
        <translation>Google Cloud 上的 Windows 虚拟机无法运行 WSL 2 或 Hyper-V，因此没有可为 iEchor Desktop for Windows 开启的设置。请改用 Azure 虚拟机、VMware ESXi 或物理计算机，或在此使用 Linux 虚拟机。</translation>
    </message>
    <message>
        <source>Stop the VM and export its configuration to a file. gcloud compute instances update has no switch for nested virtualization; the exported file has.</source>
        <translation>停止虚拟机并将其配置导出到文件。gcloud compute instances update 没有用于嵌套虚拟化的选项；导出的文件中有。</translation>
    </message>
    <message>
        <source>In vm.yaml, under advancedMachineFeatures (add that section if it is missing), set:</source>
        <translation>在 vm.yaml 的 advancedMachineFeatures 下（如缺少该部分，请添加）设置：</translation>
    </message>
    <message>
        <source>Update the VM from the file:</source>
        <translation>从该文件更新虚拟机：</translation>
    </message>
    <message>
        <source>For a new VM, turn nested virtualization on when you create it, with this gcloud option:</source>
        <translation>对于新虚拟机，请在创建时使用以下 gcloud 选项开启嵌套虚拟化：</translation>
    </message>
    <message>
        <source>Google Cloud: Enable nested virtualization</source>
        <translation>Google Cloud：启用嵌套虚拟化</translation>
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
        <translation>无法再次读取 Google 介绍 export 和 update-from-file 步骤的页面；这些命令依据下方链接的 gcloud 参考页面。</translation>
    </message>
    <message>
        <source>An instance type with nested virtualization: C8i, M8i or R8i, or their flex variants (C8i-flex, M8i-flex, R8i-flex). A bare-metal instance (*.metal) runs iEchor Desktop without nesting.</source>
        <translation>支持嵌套虚拟化的实例类型：C8i、M8i 或 R8i，或其 flex 变体（C8i-flex、M8i-flex、R8i-flex）。裸机实例（*.metal）无需嵌套即可运行 iEchor Desktop。</translation>
    </message>
    <message>
        <source>Windows instances: at most 192 vCPUs, and no hibernation. AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; there is nothing to do for it.</source>
        <translation>Windows 实例：最多 192 个 vCPU，且不支持休眠。启用嵌套虚拟化后，AWS 会自动关闭 Virtual Secure Mode（Credential Guard）；您无需为此执行任何操作。</translation>
    </message>
    <message>
        <source>Check that the instance type offers nested virtualization: the answer lists nested-virtualization.</source>
        <translation>检查实例类型是否提供嵌套虚拟化：若提供，输出中会列出 nested-virtualization。</translation>
    </message>
    <message>
        <source>If it does not, stop the instance and change its type to one that does, for example from the M8i family.</source>
        <translation>如果不提供，请停止实例，并将其类型更改为提供嵌套虚拟化的类型，例如 M8i 系列中的类型。</translation>
    </message>
    <message>
        <source>Stop the instance, then turn nested virtualization on for it. In the console the setting is under Change CPU options.</source>
        <translation>停止实例，然后为其开启嵌套虚拟化。在控制台中，该设置位于 Change CPU options 下。</translation>
    </message>
    <message>
        <source>For a new instance, turn it on at launch with this CPU option (console: Advanced details, Nested virtualization):</source>
        <translation>对于新实例，请在启动时使用以下 CPU 选项开启（控制台：Advanced details、Nested virtualization）：</translation>
    </message>
    <message>
        <source>AWS CLI: modify-instance-cpu-options</source>
        <translation>AWS CLI：modify-instance-cpu-options</translation>
    </message>
    <message>
        <source>EC2 API: CpuOptionsRequest</source>
        <translation>EC2 API：CpuOptionsRequest</translation>
    </message>
    <message>
        <source>AWS&apos;s Chinese edition of the page also lists C7i, M7i, R7i, X8i, I7i and other families; this could not be confirmed on the English page. The describe-instance-types command above answers it for your Region.</source>
        <translation>AWS 页面的中文版还列出了 C7i、M7i、R7i、X8i、I7i 等系列；这一点无法在英文页面上确认。上面的 describe-instance-types 命令可针对您的区域给出答案。</translation>
    </message>
    <message>
        <source>Windows 365: a Cloud PC with 4 vCPUs or more, in one of the supported regions. Downsizing to 2 vCPUs turns nested virtualization off.</source>
        <translation>Windows 365：位于受支持区域之一、具有 4 个或更多 vCPU 的云电脑。缩减到 2 个 vCPU 会关闭嵌套虚拟化。</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization. It may still work once the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support.</source>
        <translation>供应商不支持在嵌套虚拟化下运行 iEchor Desktop for Linux。虚拟机提供 VT-x/AMD-V 和 /dev/kvm 后它仍可能正常工作，但由此产生的问题不在供应商的支持范围内。</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>如需受支持的配置，请使用物理 Linux 计算机；或者在知晓不受供应商支持的前提下继续。</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure. These steps still apply here, but problems are then outside the vendor&apos;s support.</source>
        <translation>供应商仅支持在 VMware ESXi 和 Azure 上的虚拟机中运行 iEchor Desktop。这些步骤在此同样适用，但出现的问题不在供应商的支持范围内。</translation>
    </message>
    <message>
        <source>This platform gives this operating system no nested virtualization, so iEchor Desktop cannot run here. The guide for the platform names the alternatives.</source>
        <translation>此平台不为此操作系统提供嵌套虚拟化，因此 iEchor Desktop 无法在此运行。该平台的指南列出了替代方案。</translation>
    </message>
    <message>
        <source>This step is for another operating system.</source>
        <extracomment>Why a guide step is hidden</extracomment>
        <translation>此步骤适用于其他操作系统。</translation>
    </message>
    <message>
        <source>Already done: VT-x/AMD-V reaches this system.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>已完成：VT-x/AMD-V 已到达此系统。</translation>
    </message>
    <message>
        <source>Already done: this VM&apos;s size offers nested virtualization.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>已完成：此虚拟机的大小提供嵌套虚拟化。</translation>
    </message>
    <message>
        <source>Already done: /dev/kvm exists.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>已完成：/dev/kvm 已存在。</translation>
    </message>
    <message>
        <source>Already done: this user can use /dev/kvm.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>已完成：此用户可以使用 /dev/kvm。</translation>
    </message>
    <message>
        <source>No network change is needed: MAC address spoofing is only for routing nested VMs through a second virtual switch. WSL 2, which iEchor Desktop uses, works with NAT by default.</source>
        <translation>无需更改网络：MAC 地址欺骗仅用于通过第二个虚拟交换机路由嵌套虚拟机。iEchor Desktop 使用的 WSL 2 默认通过 NAT 工作。</translation>
    </message>
    <message>
        <source>Dynamic memory can stay on. While Hyper-V runs inside the VM its memory no longer changes at run time; to give it more, turn the VM off.</source>
        <translation>动态内存可以保持开启。Hyper-V 在虚拟机内运行期间，虚拟机的内存在运行时不再变化；若要增加内存，请关闭虚拟机。</translation>
    </message>
    <message>
        <source>Microsoft: Networking with WSL</source>
        <translation>Microsoft：使用 WSL 进行网络连接</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V, WSL 2 or virtualization-based security (Memory Integrity) runs on the host, VirtualBox runs on top of Hyper-V and cannot give its VMs VT-x/AMD-V. The &quot;Enable Nested VT-x/AMD-V&quot; box is then greyed out and nested VMs do not work: nested virtualization needs a host where they are off.</source>
        <translation>在 Windows 主机上：当 Hyper-V、WSL 2 或基于虚拟化的安全（内存完整性）在主机上运行时，VirtualBox 运行在 Hyper-V 之上，无法为其虚拟机提供 VT-x/AMD-V。此时“Enable Nested VT-x/AMD-V”复选框会变灰，嵌套虚拟机无法工作：嵌套虚拟化需要一台关闭了这些功能的主机。</translation>
    </message>
    <message>
        <source>VirtualBox manual: Using Hyper-V with VirtualBox</source>
        <translation>VirtualBox 手册：Using Hyper-V with VirtualBox</translation>
    </message>
    <message>
        <source>Microsoft: no nested virtualization for the Hyper-V host itself</source>
        <translation>Microsoft：Hyper-V 主机本身不支持嵌套虚拟化</translation>
    </message>
    <message>
        <source>On Macs with Apple silicon, Microsoft does not support what needs nested virtualization in Windows VMs: WSL, Windows Sandbox and virtualization-based security. So iEchor Desktop for Windows cannot run there.</source>
        <translation>在搭载 Apple 芯片的 Mac 上，Microsoft 不支持 Windows 虚拟机中需要嵌套虚拟化的功能：WSL、Windows 沙盒和基于虚拟化的安全。因此 iEchor Desktop for Windows 无法在那里运行。</translation>
    </message>
    <message>
        <source>Find out whether the Mac has Apple silicon or an Intel processor (Apple menu &gt; About This Mac).</source>
        <translation>确认这台 Mac 搭载的是 Apple 芯片还是 Intel 处理器（苹果菜单 &gt; 关于本机）。</translation>
    </message>
    <message>
        <source>Apple silicon: install iEchor Desktop for Mac on the Mac instead of in this VM.</source>
        <translation>Apple 芯片：请在 Mac 上而不是在此虚拟机中安装 iEchor Desktop for Mac。</translation>
    </message>
    <message>
        <source>Microsoft: Windows 11 on Macs with Apple silicon</source>
        <translation>Microsoft：在搭载 Apple 芯片的 Mac 上运行 Windows 11</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. The vendor notes that VMware does not support other hypervisors such as Hyper-V nested in a vSphere VM (VMware KB 2009916), although this works.</source>
        <translation>VMware ESXi 是供应商测试过的两个平台之一，面向每台计算机一个实例的 iEchor Business 客户。供应商指出，VMware 不支持在 vSphere 虚拟机中嵌套 Hyper-V 等其他虚拟机监控程序（VMware KB 2009916），尽管这样可以工作。</translation>
    </message>
    <message>
        <source>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</source>
        <translation>vSphere：Expose hardware assisted virtualization（vSphere 7.0）</translation>
    </message>
    <message>
        <source>Broadcom KB 437651: nested virtualization and PCI passthrough or vGPU</source>
        <translation>Broadcom KB 437651：嵌套虚拟化与 PCI 直通或 vGPU</translation>
    </message>
    <message>
        <source>Broadcom KB 2009916: support for nested virtualization</source>
        <translation>Broadcom KB 2009916：对嵌套虚拟化的支持</translation>
    </message>
    <message>
        <source>vSphere: virtualization-based security in a VM</source>
        <translation>vSphere：虚拟机中基于虚拟化的安全</translation>
    </message>
    <message>
        <source>VMware&apos;s page for the setting and the version limits above (&quot;Running Nested VMs&quot;) was retired in the move to Broadcom; a current page for Workstation and Fusion could not be found.</source>
        <translation>VMware 介绍上述设置和版本限制的页面（“Running Nested VMs”）已在迁移到 Broadcom 时停用；未能找到 Workstation 和 Fusion 的当前页面。</translation>
    </message>
    <message>
        <source>Turn on the Windows features of the backend you use (one is enough). WSL 2 backend: Virtual Machine Platform, and on Windows 10 also Windows Subsystem for Linux; the second command turns on what WSL 2 needs and installs the current WSL. Hyper-V backend: Hyper-V and Containers. The first command lists their state:</source>
        <translation>请开启您所用后端的 Windows 功能（一个后端就足够了）。WSL 2 后端：“虚拟机平台”，在 Windows 10 上还需要“适用于 Linux 的 Windows 子系统”；第二条命令会开启 WSL 2 所需的功能并安装最新的 WSL。Hyper-V 后端：Hyper-V 和“容器”。第一条命令列出它们的状态：</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Show the text in language &lt;code&gt; (en, de, es, fr, ja, zh_CN) instead of the system&apos;s language.</source>
        <extracomment>Help text of the --lang option; &lt;code&gt; is the value the person types.</extracomment>
        <translation>使用语言 &lt;代码&gt;（en、de、es、fr、ja、zh_CN）而不是系统语言显示文本。</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder name of the --lang option&apos;s value, as in &quot;--lang &lt;code&gt;&quot;.</extracomment>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Read CPUID from &lt;file&gt; (the output of `cpuid -r -1`) instead of this CPU.</source>
        <translation>从 &lt;文件&gt;（`cpuid -r -1` 的输出）读取 CPUID，而不是读取本机 CPU。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Examine a recorded Windows machine from its evidence file.</source>
        <translation>根据证据文件检查已记录的 Windows 计算机。</translation>
    </message>
    <message>
        <source>Make no network request at all (not even to Azure&apos;s local metadata service).</source>
        <translation>完全不发出网络请求（连 Azure 本地元数据服务也不访问）。</translation>
    </message>
    <message>
        <source>Examine a recorded Linux machine: read /proc, /sys and /etc below &lt;dir&gt;, or the evidence.jsonl that scripts/record-linux-machine.sh wrote there.</source>
        <translation>检查已记录的 Linux 计算机：读取 &lt;dir&gt; 下的 /proc、/sys 和 /etc，或 scripts/record-linux-machine.sh 在其中写入的 evidence.jsonl。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the lang attribute of the HTML report</extracomment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>虚拟机规格</translation>
    </message>
    <message>
        <source>nestready report: %1</source>
        <translation>nestready 报告：%1</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run here?</source>
        <translation>iEchor Desktop 能在这里运行吗？</translation>
    </message>
    <message>
        <source>Identifying details were replaced by placeholders such as &lt;hostname-1&gt;.</source>
        <translation>可识别身份的信息已替换为 &lt;hostname-1&gt; 之类的占位符。</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>为何重要：</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>What nestready read, exactly as read. Support uses it to replay this report.</source>
        <translation>nestready 读取到的原始内容。支持人员用它来重放此报告。</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Written by nestready %1, report schema %2.</source>
        <translation>由 nestready %1 生成，报告架构 %2。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a nestready report is far smaller.</source>
        <translation>文件大于 %1 MiB；nestready 报告要小得多。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is not text: it is not a nestready report.</source>
        <translation>文件不是文本：它不是 nestready 报告。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2): it may be truncated or damaged.</source>
        <translation>文件不是有效的 JSON（第 %2 字节处：%1）：它可能被截断或已损坏。</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report.</source>
        <translation>文件是 JSON，但不是 nestready 报告。</translation>
    </message>
    <message>
        <source>This is the output of `nestready check --json`, not a report; write a report with `nestready check --report FILE`.</source>
        <translation>这是 `nestready check --json` 的输出，不是报告；请用 `nestready check --report 文件` 生成报告。</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report (no &quot;schema&quot;: &quot;nestready-report/1&quot;).</source>
        <translation>文件是 JSON，但不是 nestready 报告（没有 &quot;schema&quot;: &quot;nestready-report/1&quot;）。</translation>
    </message>
    <message>
        <source>The report was written by a newer nestready (schema %1); this version reads schema %2. Update nestready to open it.</source>
        <translation>该报告由较新的 nestready 生成（架构 %1）；此版本只能读取架构 %2。请更新 nestready 后再打开。</translation>
    </message>
    <message>
        <source>The report schema &quot;%1&quot; is unknown.</source>
        <translation>报告架构“%1”未知。</translation>
    </message>
    <message>
        <source>The report has no &quot;%1&quot;.</source>
        <translation>报告中没有“%1”。</translation>
    </message>
    <message>
        <source>The report&apos;s time &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>报告的时间“%1”不是 ISO 8601 格式。</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is not an object.</source>
        <translation>报告中的“%1”不是对象。</translation>
    </message>
    <message>
        <source>The report has more evidence items than any nestready writes.</source>
        <translation>报告中的证据条目多于 nestready 所能写入的数量。</translation>
    </message>
    <message>
        <source>An evidence item of the report is not an object.</source>
        <translation>报告中的某个证据条目不是对象。</translation>
    </message>
    <message>
        <source>Bad evidence in the report: %1.</source>
        <translation>报告中的证据有误：%1。</translation>
    </message>
    <message>
        <source>The report has more check results than any nestready writes.</source>
        <translation>报告中的检查结果多于 nestready 所能写入的数量。</translation>
    </message>
    <message>
        <source>A check result of the report has no id or an unknown status.</source>
        <translation>报告中的某个检查结果没有 id 或状态未知。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; a nestready report is far smaller.</source>
        <translation>“%1”大于 %2 MiB；nestready 报告要小得多。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>就绪，但有警告</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Date and time a report was taken; always in UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>一台未命名的机器</translation>
    </message>
    <message>
        <source>Report from %1 taken %2</source>
        <extracomment>Banner shown while a saved report is open: %1 machine name, %2 date and time</extracomment>
        <translation>来自 %1 的报告，采集于 %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>物理机</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>逻辑处理器</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Hardware virtualization</source>
        <translation>硬件虚拟化</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>nestready version</source>
        <translation>nestready 版本</translation>
    </message>
    <message>
        <source>No platform guide applies.</source>
        <translation>没有适用的平台指南。</translation>
    </message>
    <message>
        <source>Guide &quot;%1&quot; (open it with `nestready --page %1`)</source>
        <extracomment>%1 is a guide id such as &quot;vmware-esxi&quot;; `nestready --page ID` opens it</extracomment>
        <translation>指南“%1”（用 `nestready --page %1` 打开）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3, unknown: %4, skipped: %5.</source>
        <translation>通过：%1，警告：%2，未通过：%3，未知：%4，跳过：%5。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n item(s))</source>
        <translation>
            <numerusform>证据（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The raw evidence itself is in the JSON form of this report.</source>
        <translation>原始证据本身位于此报告的 JSON 版本中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name or allow overwriting it.</source>
        <translation>“%1”已存在；请换一个名称或允许覆盖。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot tell the format of &quot;%1&quot;: name it .json, .html, .md or .txt.</source>
        <translation>无法判断“%1”的格式：请将其命名为 .json、.html、.md 或 .txt。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link (to &quot;%2&quot;); nestready never writes through a link. Name the file itself if that is where the report should go.</source>
        <extracomment>%1 the path given, %2 the file the link points to</extracomment>
        <translation>“%1”是符号链接（指向“%2”）；nestready 从不通过链接写入。如果报告应写到那里，请直接指定该文件本身。</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>其文件夹不存在</translation>
    </message>
    <message>
        <source>Redaction failed (%1); no report was made.</source>
        <translation>脱敏失败（%1）；未生成报告。</translation>
    </message>
    <message>
        <source>Redaction failed: a value of kind &quot;%1&quot; was still in the report afterwards; no report was made.</source>
        <translation>脱敏失败：脱敏后报告中仍有类型为“%1”的值；未生成报告。</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is &quot;%2&quot;, which this version does not know.</source>
        <translation>报告的“%1”为“%2”，此版本无法识别。</translation>
    </message>
    <message>
        <source>The report would be larger than %1 MiB, more than nestready can read back; it was not written.</source>
        <translation>报告将超过 %1 MiB，超出 nestready 能读回的大小；未写入。</translation>
    </message>
    <message>
        <source>Steps for your administrator</source>
        <translation>供管理员执行的步骤</translation>
    </message>
    <message>
        <source>These steps fit this machine: its operating system, its platform and what the checks found. If someone else manages this machine or its host, send them this report.</source>
        <translation>这些步骤是针对此机器的操作系统、平台以及检查结果给出的。如果此机器或其主机由他人管理，请将此报告发送给对方。</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>替代方案：%1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>重要：</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>必须关闭虚拟机才能进行此更改：请将其关机（仅重启是不够的），在主机上更改设置，然后启动虚拟机。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>设置：</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>如何确认已成功</translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation>无法确认的事项</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>厂商文档</translation>
    </message>
    <message>
        <source>The same guide in nestready&apos;s window: %1</source>
        <extracomment>%1 is a command such as &quot;nestready --page azure&quot;</extracomment>
        <translation>在 nestready 窗口中查看同一指南：%1</translation>
    </message>
    <message>
        <source>Nothing to do: iEchor Desktop can run on this machine.</source>
        <translation>无需任何操作：iEchor Desktop 可以在此机器上运行。</translation>
    </message>
    <message>
        <source>Nothing has to be done: iEchor Desktop should run on this machine. The warnings above say what would make it run better.</source>
        <translation>无需执行任何操作：iEchor Desktop 应该可以在此机器上运行。上方的警告说明了如何让它运行得更好。</translation>
    </message>
    <message>
        <source>Some requirements could not be checked; the list above says what to do about each.</source>
        <translation>部分要求无法检查；上方列表说明了每一项的处理方法。</translation>
    </message>
    <message>
        <source>No guide applies here; the requirements above say what to do.</source>
        <translation>此处没有适用的指南；上方的要求说明了处理方法。</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>How reading one piece of evidence went: it was read</extracomment>
        <translation>已读取</translation>
    </message>
    <message>
        <source>Not there</source>
        <extracomment>How reading one piece of evidence went: the file, key or command does not exist</extracomment>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Needs administrator rights</source>
        <translation>需要管理员权限</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Not available here</source>
        <extracomment>How reading one piece of evidence went: it does not apply to this source</extracomment>
        <translation>此处不可用</translation>
    </message>
    <message>
        <source>Reaches this OS</source>
        <translation>可到达此操作系统</translation>
    </message>
    <message>
        <source>Does not reach this OS</source>
        <translation>无法到达此操作系统</translation>
    </message>
    <message>
        <source>This machine, as it ran</source>
        <translation>本机（运行时的状态）</translation>
    </message>
    <message>
        <source>A recorded Linux machine</source>
        <translation>已记录的 Linux 机器</translation>
    </message>
    <message>
        <source>A Windows evidence file</source>
        <translation>Windows 证据文件</translation>
    </message>
    <message>
        <source>A recorded Mac</source>
        <translation>已记录的 Mac</translation>
    </message>
    <message>
        <source>A saved report</source>
        <translation>已保存的报告</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>结论：%1。%2</translation>
    </message>
</context>
<context>
    <name>ReportBanner</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>redacted</source>
        <extracomment>The machine a report is from, when its name was removed</extracomment>
        <translation>已脱敏</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>未命名的计算机</translation>
    </message>
    <message>
        <source>Saved report — not this machine</source>
        <translation>已保存的报告 — 并非此计算机</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <extracomment>%1 is a host name, &quot;redacted&quot; or &quot;an unnamed machine&quot;</extracomment>
        <translation>计算机：%1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>系统：%1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Identifying details removed</source>
        <translation>已删除可识别身份的信息</translation>
    </message>
    <message>
        <source>Identifying details included</source>
        <translation>包含可识别身份的信息</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>--sysroot and --windows-evidence describe different machines; give only one.</source>
        <translation>--sysroot 和 --windows-evidence 描述的是不同的计算机；请只指定其中一个。</translation>
    </message>
    <message>
        <source>Cannot read the CPUID dump &quot;%1&quot;.</source>
        <translation>无法读取 CPUID 转储“%1”。</translation>
    </message>
    <message>
        <source>The sysroot &quot;%1&quot; is not a folder.</source>
        <translation>sysroot“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>Live checks on this operating system are not available in this build.</source>
        <translation>此版本不支持在此操作系统上进行实时检查。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPUID dump in the format of `cpuid -r -1` (%2).</source>
        <translation>“%1”不是 `cpuid -r -1` 格式的 CPUID 转储（%2）。</translation>
    </message>
</context>
<context>
    <name>StreamSource</name>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;.</source>
        <translation>无法读取已记录的证据“%1”。</translation>
    </message>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;: %2</source>
        <translation>无法读取已记录的证据“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not evidence recorded by `nestready collect`: %2</source>
        <translation>“%1”不是由 `nestready collect` 记录的证据：%2</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>nestready: %1 is an option of `nestready check`; the window does not take it.
Run `nestready check %1`, or `nestready --help` for usage.</source>
        <extracomment>%1 is an option such as --json. `nestready check` is a command, not translated.</extracomment>
        <translation>nestready：%1 是 `nestready check` 的选项；窗口不接受该选项。
请运行 `nestready check %1`，或运行 `nestready --help` 查看用法。</translation>
    </message>
    <message>
        <source>nestready: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set, or QT_QPA_PLATFORM names a platform that has none).
Run `nestready check` to check this machine on the command line.</source>
        <translation>nestready：没有可用于打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY，或 QT_QPA_PLATFORM 指定的平台没有显示器）。
请运行 `nestready check`，在命令行中检查此机器。</translation>
    </message>
    <message>
        <source>nestready: cannot load the window module: %1
Reinstall nestready, or run `nestready check` for the checks on the command line.</source>
        <extracomment>%1 is the loader&apos;s reason, in the system&apos;s words (dlerror / GetLastError).</extracomment>
        <translation>nestready：无法加载窗口模块：%1
请重新安装 nestready，或运行 `nestready check` 在命令行中进行检查。</translation>
    </message>
</context>
<context>
    <name>WindowsEvidence</name>
    <message>
        <source>The file is too large (%1 bytes) to be Windows evidence.</source>
        <translation>文件过大（%1 字节），不可能是 Windows 证据文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 or UTF-16 text.</source>
        <translation>文件不是有效的 UTF-8 或 UTF-16 文本。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2); it may be truncated.</source>
        <translation>文件不是有效的 JSON（%1，位于偏移量 %2）；文件可能不完整。</translation>
    </message>
    <message>
        <source>The file holds JSON, but not the object that collect-evidence.ps1 writes.</source>
        <translation>文件包含 JSON，但不是 collect-evidence.ps1 写入的对象。</translation>
    </message>
    <message>
        <source>The file holds a JSON object without any of the sections that collect-evidence.ps1 writes (Win32_ComputerSystem, Registry, Collector, ...).</source>
        <translation>文件包含一个 JSON 对象，但其中没有 collect-evidence.ps1 写入的任何部分（Win32_ComputerSystem、Registry、Collector 等）。</translation>
    </message>
</context>
<context>
    <name>WindowsSource</name>
    <message>
        <source>The Windows evidence file &quot;%1&quot; does not exist.</source>
        <translation>Windows 证据文件“%1”不存在。</translation>
    </message>
    <message>
        <source>The Windows evidence file &quot;%1&quot; is too large (%2 bytes).</source>
        <translation>Windows 证据文件“%1”过大（%2 字节）。</translation>
    </message>
    <message>
        <source>Cannot read the Windows evidence file &quot;%1&quot;: %2</source>
        <translation>无法读取 Windows 证据文件“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not usable Windows evidence: %2</source>
        <translation>“%1”不是可用的 Windows 证据：%2</translation>
    </message>
</context>
<context>
    <name>nestready::ReportExportDialog</name>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>&amp;Remove identifying details (names, addresses, serial numbers, cloud ids)</source>
        <translation>删除可识别身份的信息(&amp;R)（名称、地址、序列号、云 ID）</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>将被删除的内容</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The name decides the format: .html to read or print, .md to paste into a ticket, .json for support (it can be replayed), .txt for the short summary.</source>
        <translation>文件名决定格式：.html 用于阅读或打印，.md 用于粘贴到工单，.json 供支持人员使用（可重放），.txt 为简短摘要。</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown for a ticket (*.md);;JSON for support (*.json);;Short summary (*.txt)</source>
        <translation>网页 (*.html);;用于工单的 Markdown (*.md);;供支持人员使用的 JSON (*.json);;简短摘要 (*.txt)</translation>
    </message>
    <message>
        <source>These values will be replaced:</source>
        <translation>以下值将被替换：</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>One line of the redaction preview: %1 the value found, %2 what replaces it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No identifying values were found.</source>
        <translation>未发现可识别身份的值。</translation>
    </message>
    <message>
        <source>Name the file .html, .md, .json or .txt: the name decides the format.</source>
        <translation>请将文件命名为 .html、.md、.json 或 .txt：文件名决定格式。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?</source>
        <translation>“%1”已存在。是否替换？</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <source>The report was saved as &quot;%1&quot;.</source>
        <translation>报告已保存为“%1”。</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Nothing is removed: the report names the machine, its user and its addresses.</source>
        <translation>不删除任何内容：报告中会包含计算机名称、用户名和地址。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::GuidePage</name>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation>复制命令：%1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>I&apos;ve done this: &amp;check again</source>
        <translation>我已完成：重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>&amp;Show the guide for:</source>
        <translation>显示以下平台的指南(&amp;S)：</translation>
    </message>
    <message>
        <source>Show the guide for</source>
        <translation>显示以下平台的指南</translation>
    </message>
    <message>
        <source>Result of the checks this guide fixes</source>
        <translation>此指南所修复的检查项的结果</translation>
    </message>
    <message>
        <source>nestready could not tell which platform this machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready 无法判断此计算机运行在哪个平台上。请在上方列表中选择平台以查看相应步骤。</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>替代方案：%1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM. nestready remembers the step you are at and offers to pick up there when it starts again.</source>
        <translation>必须关闭虚拟机才能进行此更改：请将其关机（仅重启是不够的），在主机上更改设置，然后启动虚拟机。nestready 会记住您当前进行到的步骤，并在下次启动时提示您从该步骤继续。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>如何确认已成功</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>厂商文档</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A check&apos;s title and its status word, e.g. &quot;Hardware virtualization: Pass&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Nothing left to do in this guide: %1</source>
        <extracomment>%1 lists checks and their status words</extracomment>
        <translation>此指南中已无需执行任何操作：%1</translation>
    </message>
    <message>
        <source>This machine is ready for iEchor Desktop</source>
        <translation>此计算机已可以运行 iEchor Desktop</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches this system.</source>
        <translation>此指南中已无需执行任何操作：虚拟化已可到达此系统。</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Install iEchor Desktop and start it. nestready is done here.</source>
        <translation>安装并启动 iEchor Desktop。nestready 的工作到此完成。</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop inside a virtual machine only with a Business subscription.</source>
        <translation>厂商仅在 Business 订阅下支持在虚拟机中运行 iEchor Desktop。</translation>
    </message>
    <message>
        <source>Run one instance of iEchor Desktop per machine.</source>
        <translation>每台计算机只运行一个 iEchor Desktop 实例。</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Already done on this machine. %1</source>
        <extracomment>%1 says why, e.g. &quot;Virtualization already reaches this system.&quot;</extracomment>
        <translation>此计算机上已完成。%1</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <extracomment>%1 is the step&apos;s text</extracomment>
        <translation>第 %1 步已完成：%2</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>供技术支持使用的详细信息</translation>
    </message>
    <message>
        <source>Could not be confirmed at the source</source>
        <translation>无法从来源确认</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the machine in the report runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready 无法判断报告中的计算机运行在哪个平台上。请在上方列表中选择平台以查看相应步骤。</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the recorded machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready 无法判断已记录的计算机运行在哪个平台上。请在上方列表中选择平台以查看相应步骤。</translation>
    </message>
    <message>
        <source>The machine in the report is ready for iEchor Desktop</source>
        <translation>报告中的计算机已可以运行 iEchor Desktop</translation>
    </message>
    <message>
        <source>The recorded machine is ready for iEchor Desktop</source>
        <translation>已记录的计算机已可以运行 iEchor Desktop</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the system in the report.</source>
        <translation>此指南中已无需执行任何操作：虚拟化已可到达报告中的系统。</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the recorded system.</source>
        <translation>此指南中已无需执行任何操作：虚拟化已可到达已记录的系统。</translation>
    </message>
    <message>
        <source>The person who sent the report can install iEchor Desktop on that machine and start it.</source>
        <translation>发送报告的人可以在该计算机上安装并启动 iEchor Desktop。</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the recorded machine and start it.</source>
        <translation>请在已记录的计算机上安装并启动 iEchor Desktop。</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>必须关闭虚拟机才能进行此更改：请将其关机（仅重启是不够的），在主机上更改设置，然后启动虚拟机。</translation>
    </message>
    <message>
        <source>Already done on the machine in the report. %1</source>
        <translation>报告中的计算机上已完成。%1</translation>
    </message>
    <message>
        <source>Already done on the recorded machine. %1</source>
        <translation>已记录的计算机上已完成。%1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::MachinePage</name>
    <message>
        <source>certain</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>确定</translation>
    </message>
    <message>
        <source>likely</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>很可能</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not known.</source>
        <translation>未知。</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>Which &amp;platform runs this machine?</source>
        <translation>此计算机运行在哪个平台上(&amp;P)？</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>您的计算机</translation>
    </message>
    <message>
        <source>Platform that runs this machine</source>
        <translation>运行此计算机的平台</translation>
    </message>
    <message>
        <source>A container (%1)</source>
        <translation>容器（%1）</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>物理计算机</translation>
    </message>
    <message>
        <source>A virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Kind of machine</source>
        <translation>计算机类型</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机监控程序</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>虚拟机大小</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>None: no VDI agent is installed</source>
        <translation>无：未安装 VDI 代理</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>虚拟桌面 (VDI)</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>供技术支持使用的详细信息</translation>
    </message>
    <message>
        <source>The machine in the report</source>
        <translation>报告中的计算机</translation>
    </message>
    <message>
        <source>The recorded machine</source>
        <translation>已记录的计算机</translation>
    </message>
    <message>
        <source>What nestready found out about this computer, and how sure it is.</source>
        <translation>nestready 对此计算机的了解，以及对各项结论的确定程度。</translation>
    </message>
    <message>
        <source>What nestready found out about the machine in the report, and how sure it is.</source>
        <translation>nestready 对报告中的计算机的了解，以及对各项结论的确定程度。</translation>
    </message>
    <message>
        <source>What nestready found out about the recorded machine, and how sure it is.</source>
        <translation>nestready 对已记录的计算机的了解，以及对各项结论的确定程度。</translation>
    </message>
    <message>
        <source>Details for support: evidence</source>
        <translation>供技术支持使用的详细信息：证据</translation>
    </message>
    <message>
        <source>Evidence for support</source>
        <translation>供技术支持使用的证据</translation>
    </message>
    <message>
        <source>Platform that runs the machine in the report</source>
        <translation>运行报告中的计算机的平台</translation>
    </message>
    <message>
        <source>Platform that runs the recorded machine</source>
        <translation>运行已记录的计算机的平台</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>For support: a row of the Machine page and the evidence keys (not translated) it rests on</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize</source>
        <translation>容器（nestready 无法识别其容器管理器）</translation>
    </message>
    <message>
        <source>Evidence each row rests on:</source>
        <extracomment>Heading of the evidence list for support; the keys after it are not translated</extracomment>
        <translation>每一行所依据的证据：</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the machine in the report?</source>
        <translation>报告中的计算机运行在哪个平台上(&amp;P)？</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the recorded machine?</source>
        <translation>已记录的计算机运行在哪个平台上(&amp;P)？</translation>
    </message>
    <message>
        <source>From inside the VM, VMware ESXi, Workstation and Fusion look the same. %1</source>
        <extracomment>%1 is the question &quot;Which platform runs this machine?&quot; (or the report&apos;s machine)</extracomment>
        <translation>从虚拟机内部看，VMware ESXi、Workstation 和 Fusion 没有区别。%1</translation>
    </message>
    <message>
        <source>nestready cannot tell which hypervisor this is. %1</source>
        <translation>nestready 无法判断这是哪种虚拟机监控程序。%1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::RequirementsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>系统要求</translation>
    </message>
    <message>
        <source>Each requirement, checked on this machine. Open a row to see why it matters and how to fix it.</source>
        <translation>在此计算机上逐项检查的各项要求。展开某一行可查看该要求为何重要以及如何修复。</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>检查摘要</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message numerus="yes">
        <source>Checking… %n requirement(s) left.</source>
        <translation>
            <numerusform>正在检查… 还剩 %n 项要求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>不适用：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A part of the count line, e.g. &quot;Failed: 3&quot;</extracomment>
        <translation>未通过：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <extracomment>A part of the count line, e.g. &quot;1 could not be checked&quot;</extracomment>
        <translation>
            <numerusform>无法检查：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Each requirement, as checked on the machine in the report. Open a row to see why it matters and how to fix it.</source>
        <translation>在报告中的计算机上逐项检查的各项要求。展开某一行可查看该要求为何重要以及如何修复。</translation>
    </message>
    <message>
        <source>Each requirement, checked on the recorded machine. Open a row to see why it matters and how to fix it.</source>
        <translation>在已记录的计算机上逐项检查的各项要求。展开某一行可查看该要求为何重要以及如何修复。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::ResultRow</name>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>显示或隐藏详细信息</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>仍在检查…</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>为何重要</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>供技术支持使用的详细信息</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>供技术支持使用的详细信息：%1</translation>
    </message>
    <message>
        <source>Raw evidence for support</source>
        <translation>供技术支持使用的原始证据数据</translation>
    </message>
    <message>
        <source>No answer in time from: %1.</source>
        <extracomment>%1 is a list of probe names such as &quot;dmi, system&quot;</extracomment>
        <translation>以下探测未及时响应：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not yet known.</source>
        <translation>尚不清楚。</translation>
    </message>
    <message>
        <source>Open the guide: %1</source>
        <translation>打开指南：%1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需执行任何操作。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Open the guide at the step that fixes this</source>
        <translation>在修复此问题的步骤处打开指南</translation>
    </message>
    <message>
        <source>Details: %1, %2</source>
        <extracomment>The button that opens a requirement&apos;s row: %1 is the status word, %2 the requirement</extracomment>
        <translation>详细信息：%1，%2</translation>
    </message>
    <message>
        <source>Nothing more than the finding above.</source>
        <translation>除上方的发现外，没有更多信息。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::SummaryPage</name>
    <message>
        <source>Co&amp;py summary</source>
        <translation>复制摘要(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What is left to do</source>
        <translation>尚需完成的事项</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>获取帮助</translation>
    </message>
    <message>
        <source>iEchor Business customers: contact iEchor support and attach this summary. Problems with nested virtualization itself belong to your hypervisor or cloud vendor; the guide links their documentation.</source>
        <translation>iEchor Business 客户：请联系 iEchor 支持团队并附上此摘要。嵌套虚拟化本身的问题应由您的虚拟机监控程序或云服务厂商处理；指南中提供了其文档的链接。</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>在虚拟机或 VDI 环境中使用 iEchor Desktop</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>故障排除：虚拟化无法工作</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>One line of the to-do list: status word, check title, what to do</extracomment>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>The steps for your platform are in the guide &quot;%1&quot;.</source>
        <translation>适用于您平台的步骤请参见指南“%1”。</translation>
    </message>
    <message>
        <source>Nothing: every requirement is met.</source>
        <translation>无：所有要求均已满足。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Guide: %1 (nestready --page %2)</source>
        <translation>指南：%1（nestready --page %2）</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>What could not be checked</source>
        <translation>无法检查的项目</translation>
    </message>
    <message>
        <source>What changed since the last check</source>
        <translation>自上次检查以来的变化</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Checked again at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>已于 %1 重新检查。</translation>
    </message>
    <message>
        <source>%1: now passes.</source>
        <extracomment>%1 is a requirement&apos;s title</extracomment>
        <translation>%1：现已通过。</translation>
    </message>
    <message>
        <source>%1: still off. A restart is not enough: power the VM off, then start it.</source>
        <translation>%1：仍未开启。仅重启不够：请关闭虚拟机电源，然后再启动。</translation>
    </message>
    <message>
        <source>%1: still %2.</source>
        <translation>%1：仍为%2。</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <extracomment>%1 a requirement&apos;s title, %2 and %3 status words</extracomment>
        <translation>%1：原为%2，现为%3。</translation>
    </message>
    <message>
        <source>Nothing changed: everything that passed still passes.</source>
        <translation>没有变化：之前通过的项目仍然通过。</translation>
    </message>
    <message>
        <source>Run nestready again as administrator (root on Linux). If it still cannot tell, run it on the host, or export a report for support.</source>
        <translation>请以管理员身份（在 Linux 上为 root）重新运行 nestready。如果仍无法判断，请在主机上运行，或导出报告以供技术支持使用。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the could-not-check list: the requirement, then how to find out</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>nestready::gui::WelcomePage</name>
    <message>
        <source>Can iEchor Desktop run on this machine?</source>
        <translation>iEchor Desktop 能否在此计算机上运行？</translation>
    </message>
    <message>
        <source>nestready checks this computer and tells you what, if anything, to change.</source>
        <translation>nestready 会检查此计算机，并告诉您需要更改哪些内容（如有）。</translation>
    </message>
    <message>
        <source>Pick up where you left off</source>
        <translation>从上次中断处继续</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Last time you were at step %1 of the guide &quot;%2&quot;. If you have made the change, pick up there and check again.</source>
        <translation>上次您进行到指南“%2”的第 %1 步。如果您已完成更改，请从该处继续并重新检查。</translation>
    </message>
    <message>
        <source>&amp;Resume and check again</source>
        <translation>继续并重新检查(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nothing leaves this machine. The only network request nestready makes is to Azure&apos;s local metadata service, and only on an Azure VM; that address never leaves the host.</source>
        <translation>&lt;b&gt;隐私：&lt;/b&gt;任何数据都不会离开此计算机。nestready 发出的唯一网络请求是发往 Azure 本地元数据服务的，且仅在 Azure 虚拟机上进行；发往该地址的请求不会离开主机。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the machine in the report?</source>
        <translation>iEchor Desktop 能否在报告中的计算机上运行？</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the recorded machine?</source>
        <translation>iEchor Desktop 能否在已记录的计算机上运行？</translation>
    </message>
    <message>
        <source>nestready shows what the report found on its machine and what, if anything, to change there.</source>
        <translation>nestready 会显示报告在其计算机上发现的情况，以及需要在该计算机上更改哪些内容（如有）。</translation>
    </message>
    <message>
        <source>nestready checks the recorded machine and tells you what, if anything, to change.</source>
        <translation>nestready 会检查已记录的计算机，并告诉您需要更改哪些内容（如有）。</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine inside a small Linux virtual machine. On a physical computer that works once hardware virtualization is on. Inside a virtual machine or a VDI desktop, the hypervisor must also pass virtualization on to the virtual machine: that is called nested virtualization, and it is off by default.</source>
        <translation>iEchor Desktop 在一个小型 Linux 虚拟机中运行其引擎。在物理计算机上，只要开启硬件虚拟化即可。在虚拟机或 VDI 桌面中，虚拟机监控程序还必须将虚拟化传递给该虚拟机：这称为嵌套虚拟化，默认处于关闭状态。</translation>
    </message>
    <message>
        <source>nestready finds out what kind of machine it is, checks every requirement (processor, memory, disk, virtualization, the vendor&apos;s support policy) and, where something is missing, shows the exact steps for your platform.</source>
        <translation>nestready 会判断这是哪种计算机，检查每一项要求（处理器、内存、磁盘、虚拟化、厂商的支持政策），并在有欠缺时显示适用于您平台的具体步骤。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nestready only reads what was recorded and makes no network request.</source>
        <translation>&lt;b&gt;隐私：&lt;/b&gt;nestready 只读取已记录的数据，不发出任何网络请求。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::Wizard</name>
    <message>
        <source>nestready: can iEchor Desktop run here?</source>
        <translation>nestready：iEchor Desktop 能否在此运行？</translation>
    </message>
    <message>
        <source>Checking this machine…</source>
        <translation>正在检查此计算机…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message>
        <source>Reading the recorded machine…</source>
        <translation>正在读取已记录的计算机数据…</translation>
    </message>
    <message>
        <source>Recorded machine: its results can&apos;t change. To check again, run nestready on that machine.</source>
        <translation>已记录的计算机：其结果不会改变。要重新检查，请在那台计算机上运行 nestready。</translation>
    </message>
</context>
</TS>
