<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message>
        <source>No answer.</source>
        <translation>応答がありません。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Pass</source>
        <extracomment>Status word of a requirement that is met</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status word of a requirement that is met with a caveat</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>Status word of a requirement that is not met</extracomment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status word of a requirement that does not apply here</extracomment>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Status word of a requirement that could not be checked</extracomment>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop cannot run here yet: %n requirement(s) not met.</source>
        <translation>
            <numerusform>iEchor Desktop はまだここでは動作しません: %n 件の要件を満たしていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fails, but some requirements could not be checked.</source>
        <translation>不合格はありませんが、一部の要件は確認できませんでした。</translation>
    </message>
    <message>
        <source>iEchor Desktop should run here, with the warnings below.</source>
        <translation>iEchor Desktop はここで動作するはずですが、下の警告があります。</translation>
    </message>
    <message>
        <source>iEchor Desktop can run here.</source>
        <translation>iEchor Desktop はここで動作します。</translation>
    </message>
    <message>
        <source>Whether /dev/kvm exists could not be read.</source>
        <translation>/dev/kvm が存在するかどうかを読み取れませんでした。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist, because VT-x/AMD-V is not available.</source>
        <translation>VT-x/AMD-V が利用できないため、/dev/kvm が存在しません。</translation>
    </message>
    <message>
        <source>Make hardware virtualization available first (see the check above); the kernel then creates /dev/kvm once the kvm module loads.</source>
        <translation>まずハードウェア仮想化を利用可能にしてください (上のチェックを参照)。kvm モジュールが読み込まれると、カーネルが /dev/kvm を作成します。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: the KVM module is not loaded.</source>
        <translation>/dev/kvm が存在しません: KVM モジュールが読み込まれていません。</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_amd</source>
        <translation>次のコマンドで読み込んでください: sudo modprobe kvm_amd</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_intel</source>
        <translation>次のコマンドで読み込んでください: sudo modprobe kvm_intel</translation>
    </message>
    <message>
        <source>/dev/kvm exists and you may use it.</source>
        <translation>/dev/kvm が存在し、使用できます。</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but your user may not open it.</source>
        <translation>/dev/kvm は存在しますが、このユーザーには開く権限がありません。</translation>
    </message>
    <message>
        <source>Add yourself to the kvm group with: sudo usermod -aG kvm $USER — then sign out and back in.</source>
        <translation>次のコマンドで kvm グループに自分を追加してください: sudo usermod -aG kvm $USER — その後、いったんサインアウトしてサインインし直してください。</translation>
    </message>
    <message>
        <source>/dev/kvm exists but cannot be opened.</source>
        <translation>/dev/kvm は存在しますが、開けません。</translation>
    </message>
    <message>
        <source>Check that the kvm_intel or kvm_amd module is loaded (lsmod | grep kvm).</source>
        <translation>kvm_intel または kvm_amd モジュールが読み込まれているか確認してください (lsmod | grep kvm)。</translation>
    </message>
    <message>
        <source>KVM device (/dev/kvm)</source>
        <translation>KVM デバイス (/dev/kvm)</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM, through /dev/kvm. Your user must be allowed to open it.</source>
        <translation>iEchor Desktop for Linux は /dev/kvm を通じて KVM で VM を実行します。ユーザーに /dev/kvm を開く権限が必要です。</translation>
    </message>
    <message>
        <source>A physical machine: iEchor Desktop runs its Linux VM directly on this hardware.</source>
        <translation>物理マシンです: iEchor Desktop は Linux VM をこのハードウェア上で直接実行します。</translation>
    </message>
    <message>
        <source>A virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>nestready が認識できないハイパーバイザー上の仮想マシンです。</translation>
    </message>
    <message>
        <source>Find out which hypervisor runs this VM (ask your administrator) and pick it on the &quot;Your machine&quot; page so that nestready can show the right steps.</source>
        <translation>この VM を実行しているハイパーバイザーを調べ (管理者に確認してください)、「お使いのマシン」ページで選択してください。nestready が適切な手順を表示できるようになります。</translation>
    </message>
    <message>
        <source>A virtual machine on %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>%1 上の仮想マシンです: ここでは iEchor Desktop に入れ子の仮想化が必要です。</translation>
    </message>
    <message>
        <source>Does not apply inside a container.</source>
        <translation>コンテナー内では該当しません。</translation>
    </message>
    <message>
        <source>Running natively on a physical machine is what the vendor recommends.</source>
        <translation>ベンダーは物理マシン上でネイティブに実行することを推奨しています。</translation>
    </message>
    <message>
        <source>Support for virtual machines and VDI desktops is for iEchor Business customers only, and covers one instance of iEchor Desktop per machine.</source>
        <translation>仮想マシンと VDI デスクトップのサポートは iEchor Business のお客様のみが対象で、マシン 1 台につき iEchor Desktop 1 インスタンスまでです。</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization.</source>
        <translation>ベンダーは、入れ子の仮想化環境での iEchor Desktop for Linux をサポートしていません。</translation>
    </message>
    <message>
        <source>It may still work when the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support. The vendor recommends running it natively.</source>
        <translation>VM が VT-x/AMD-V と /dev/kvm を公開していれば動作する可能性はありますが、そこで起きた問題はベンダーのサポート対象外です。ベンダーはネイティブでの実行を推奨しています。</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>サポートされる構成にするには物理的な Linux マシンを使用してください。あるいは、ベンダーのサポート対象外であることを承知のうえで続行してください。</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor supports.</source>
        <translation>VMware ESXi は、ベンダーがサポートする 2 つのプラットフォームの 1 つです。</translation>
    </message>
    <message>
        <source>Only ESXi is covered: VMware Workstation and Fusion are not. From inside the VM nestready cannot tell them apart. VMware itself does not support nested hypervisors (KB 2009916), though they work.</source>
        <translation>対象は ESXi のみで、VMware Workstation と Fusion は含まれません。VM の内部から nestready はこれらを区別できません。VMware 自身は入れ子のハイパーバイザーをサポートしていません (KB 2009916) が、動作はします。</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor supports.</source>
        <translation>Azure VM は、ベンダーがサポートする 2 つのプラットフォームの 1 つです。</translation>
    </message>
    <message>
        <source>Microsoft supports nested Hyper-V on Azure on sizes that offer it.</source>
        <translation>Microsoft は、入れ子の Hyper-V を提供する Azure のサイズでそれをサポートしています。</translation>
    </message>
    <message>
        <source>The vendor does not support Xen, and Citrix Hypervisor (XenServer) does not offer nested virtualization.</source>
        <translation>ベンダーは Xen をサポートしておらず、Citrix Hypervisor (XenServer) は入れ子の仮想化を提供していません。</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure.</source>
        <translation>ベンダーがテストしたのは VMware ESXi と Azure のみです。</translation>
    </message>
    <message>
        <source>Move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>このデスクトップを VMware ESXi または Azure VM に移すか、ローカル VM の代わりにベンダーのクラウド オフロード サービスを使用してください。</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not %1.</source>
        <translation>ベンダーがサポートしているのは VMware ESXi と Azure VM のみで、%1 はサポートされていません。</translation>
    </message>
    <message>
        <source>iEchor Desktop may still work here once nested virtualization is on; problems are then outside the vendor&apos;s support and belong to your hypervisor vendor.</source>
        <translation>入れ子の仮想化を有効にすれば iEchor Desktop はここでも動作する可能性がありますが、その場合の問題はベンダーのサポート対象外となり、ハイパーバイザーのベンダーの担当になります。</translation>
    </message>
    <message>
        <source>For a supported setup use VMware ESXi or an Azure VM; otherwise turn on nested virtualization with the guide for your platform.</source>
        <translation>サポートされる構成にするには VMware ESXi または Azure VM を使用してください。それ以外の場合は、お使いのプラットフォーム向けのガイドに従って入れ子の仮想化を有効にしてください。</translation>
    </message>
    <message>
        <source>Not inside a container.</source>
        <translation>コンテナー内ではありません。</translation>
    </message>
    <message>
        <source>This is Windows Subsystem for Linux, not a full Linux machine.</source>
        <translation>これは Windows Subsystem for Linux であり、完全な Linux マシンではありません。</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Windows on the Windows side; it uses WSL 2 by itself.</source>
        <translation>Windows 側に iEchor Desktop for Windows をインストールしてください。WSL 2 は自動的に使用されます。</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own virtual machine, which a container cannot do.</source>
        <translation>iEchor Desktop は独自の仮想マシンを起動しますが、コンテナーではそれができません。</translation>
    </message>
    <message>
        <source>Run nestready and iEchor Desktop on the machine or VM that hosts this container.</source>
        <translation>このコンテナーをホストしているマシンまたは VM で nestready と iEchor Desktop を実行してください。</translation>
    </message>
    <message>
        <source>Nested virtualization is on: VT-x/AMD-V reaches this VM.</source>
        <translation>入れ子の仮想化が有効です: VT-x/AMD-V がこの VM に届いています。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is available to this OS.</source>
        <translation>この OS で VT-x/AMD-V を利用できます。</translation>
    </message>
    <message>
        <source>Second-level address translation is missing.</source>
        <translation>第 2 レベルのアドレス変換 (SLAT) がありません。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a CPU with SLAT (Intel EPT or AMD RVI). In a VM, check that the hypervisor passes it through.</source>
        <translation>iEchor Desktop には SLAT (Intel EPT または AMD RVI) 対応の CPU が必要です。VM の場合は、ハイパーバイザーがこれをパススルーしているか確認してください。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available: it is probably switched off in the firmware.</source>
        <translation>VT-x/AMD-V を利用できません: ファームウェアで無効になっている可能性があります。</translation>
    </message>
    <message>
        <source>Restart into the BIOS/UEFI settings and turn on Intel Virtualization Technology (VT-x) or AMD SVM, then check again.</source>
        <translation>再起動して BIOS/UEFI 設定を開き、Intel Virtualization Technology (VT-x) または AMD SVM を有効にしてから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Nested virtualization is off: %1 does not pass VT-x/AMD-V to this VM.</source>
        <translation>入れ子の仮想化が無効です: %1 がこの VM に VT-x/AMD-V を渡していません。</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM on its host (the VM usually has to be powered off), then check again.</source>
        <translation>この VM のホストで、この VM の入れ子の仮想化を有効にしてから (通常は VM の電源を切る必要があります)、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available to this OS.</source>
        <translation>この OS では VT-x/AMD-V を利用できません。</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization where this OS runs, then check again.</source>
        <translation>この OS が動作している環境でハードウェア仮想化を有効にしてから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>The CPU features could not be read.</source>
        <translation>CPU の機能を読み取れませんでした。</translation>
    </message>
    <message>
        <source>A 64-bit CPU.</source>
        <translation>64 ビット CPU です。</translation>
    </message>
    <message>
        <source>The CPU is not 64-bit.</source>
        <translation>CPU が 64 ビットではありません。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a 64-bit (x86-64 or Arm64) CPU.</source>
        <translation>iEchor Desktop には 64 ビット (x86-64 または Arm64) の CPU が必要です。</translation>
    </message>
    <message>
        <source>The processor count could not be read.</source>
        <translation>プロセッサ数を読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s).</source>
        <translation>
            <numerusform>論理プロセッサは %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested VMs with 4 cores; with fewer, containers and the VM compete for CPU.</source>
        <translation>ベンダーは 4 コアの VM でテストしています。それより少ないと、コンテナーと VM が CPU を奪い合います。</translation>
    </message>
    <message>
        <source>Give this VM at least 4 virtual processors.</source>
        <translation>この VM に仮想プロセッサを 4 個以上割り当ててください。</translation>
    </message>
    <message>
        <source>The memory size could not be read.</source>
        <translation>メモリ サイズを読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 of memory.</source>
        <translation>メモリは %1 です。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory.</source>
        <translation>iEchor Desktop には 4 GB 以上のメモリが必要です。</translation>
    </message>
    <message>
        <source>Give this VM at least 4 GB of memory; 12 GB or more as tested.</source>
        <translation>この VM に 4 GB 以上のメモリを割り当ててください。テスト済みの構成は 12 GB 以上です。</translation>
    </message>
    <message>
        <source>Add memory: iEchor Desktop needs at least 4 GB.</source>
        <translation>メモリを増設してください: iEchor Desktop には 4 GB 以上必要です。</translation>
    </message>
    <message>
        <source>The minimum is 4 GB, but the vendor tested VMs with 12 GB (and Azure D4s_v5 with 16 GB).</source>
        <translation>最小は 4 GB ですが、ベンダーは 12 GB の VM (および 16 GB の Azure D4s_v5) でテストしています。</translation>
    </message>
    <message>
        <source>Give this VM 12 GB of memory or more for room to run containers.</source>
        <translation>コンテナーを実行する余裕を持たせるため、この VM に 12 GB 以上のメモリを割り当ててください。</translation>
    </message>
    <message>
        <source>The free disk space could not be read.</source>
        <translation>ディスクの空き容量を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data.</source>
        <translation>iEchor Desktop のデータを保存するディスクの空き容量は %1 です。</translation>
    </message>
    <message>
        <source>The vendor publishes no minimum; nestready asks for 2 GB to install and warns below 20 GB because images and the VM disk grow quickly.</source>
        <translation>ベンダーは最小値を公開していません。イメージと VM ディスクはすぐに大きくなるため、nestready はインストールに 2 GB を求め、20 GB 未満で警告します。</translation>
    </message>
    <message>
        <source>Free up disk space (at least 2 GB, better 20 GB).</source>
        <translation>ディスクの空き容量を増やしてください (2 GB 以上、できれば 20 GB)。</translation>
    </message>
    <message>
        <source>Free up disk space or enlarge the disk to 20 GB or more.</source>
        <translation>ディスクの空き容量を増やすか、ディスクを 20 GB 以上に拡張してください。</translation>
    </message>
    <message>
        <source>Physical machine, VM or container</source>
        <translation>物理マシン、VM、コンテナー</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine in a Linux VM. On a physical machine that VM runs directly on the hardware; inside a VM it needs nested virtualization; inside a container it cannot run.</source>
        <translation>iEchor Desktop はエンジンを Linux VM で実行します。物理マシンではその VM がハードウェア上で直接動作し、VM 内では入れ子の仮想化が必要で、コンテナー内では動作できません。</translation>
    </message>
    <message>
        <source>Vendor support for this platform</source>
        <translation>このプラットフォームのベンダー サポート</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure, for Business customers. Elsewhere it may work, but you are on your own.</source>
        <translation>ベンダーが VM 内の iEchor Desktop をサポートするのは VMware ESXi と Azure のみで、Business のお客様が対象です。それ以外の環境でも動作する場合がありますが、自己責任となります。</translation>
    </message>
    <message>
        <source>Not inside a container</source>
        <translation>コンテナー内ではないこと</translation>
    </message>
    <message>
        <source>iEchor Desktop must start a virtual machine, which is not possible from inside a container.</source>
        <translation>iEchor Desktop は仮想マシンを起動する必要がありますが、コンテナー内からは起動できません。</translation>
    </message>
    <message>
        <source>Hardware virtualization (VT-x / AMD-V)</source>
        <translation>ハードウェア仮想化 (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>The engine&apos;s Linux VM needs the CPU&apos;s virtualization extensions. In a VM the hypervisor must pass them through: that is nested virtualization.</source>
        <translation>エンジンの Linux VM には CPU の仮想化拡張機能が必要です。VM 内では、ハイパーバイザーがそれをパススルーする必要があります。これが入れ子の仮想化です。</translation>
    </message>
    <message>
        <source>64-bit CPU</source>
        <translation>64 ビット CPU</translation>
    </message>
    <message>
        <source>iEchor Desktop runs only on 64-bit processors.</source>
        <translation>iEchor Desktop は 64 ビット プロセッサでのみ動作します。</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory; its VM takes part of it.</source>
        <translation>iEchor Desktop には 4 GB 以上のメモリが必要です。その一部を VM が使用します。</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>ディスクの空き容量</translation>
    </message>
    <message>
        <source>Images, containers and the engine&apos;s VM disk are stored on this disk and grow with use.</source>
        <translation>イメージ、コンテナー、エンジンの VM ディスクはこのディスクに保存され、使うほど大きくなります。</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine (%2).</source>
        <translation>仮想マシン (%2) 内のコンテナー (%1)。</translation>
    </message>
    <message>
        <source>A container (%1).</source>
        <translation>コンテナー (%1)。</translation>
    </message>
    <message>
        <source>Inside a container (%1): iEchor Desktop cannot run here.</source>
        <translation>コンテナー (%1) 内: ここでは iEchor Desktop を実行できません。</translation>
    </message>
    <message>
        <source>The Windows build number could not be read.</source>
        <translation>Windows のビルド番号を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 is 32-bit Windows.</source>
        <translation>%1 は 32 ビット版の Windows です。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows.</source>
        <translation>iEchor Desktop には 64 ビット版の Windows が必要です。</translation>
    </message>
    <message>
        <source>Install 64-bit Windows 11 23H2 or later (or Windows 10 22H2).</source>
        <translation>64 ビット版の Windows 11 23H2 以降 (または Windows 10 22H2) をインストールしてください。</translation>
    </message>
    <message>
        <source>%1: the vendor&apos;s version list covers Windows 10 and 11 only.</source>
        <translation>%1: ベンダーのバージョン一覧が対象としているのは Windows 10 と 11 のみです。</translation>
    </message>
    <message>
        <source>See the edition check for Windows Server.</source>
        <translation>Windows Server については、エディションのチェックを参照してください。</translation>
    </message>
    <message>
        <source>On Arm64 the vendor offers only the WSL 2 backend, as early access.</source>
        <translation>Arm64 では、ベンダーは WSL 2 バックエンドのみを早期アクセスとして提供しています。</translation>
    </message>
    <message>
        <source>%1 is older than Windows 11 23H2 (build 22631).</source>
        <translation>%1 は Windows 11 23H2 (ビルド 22631) より古いバージョンです。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 11 23H2 or later, or Windows 10 22H2.</source>
        <translation>iEchor Desktop には Windows 11 23H2 以降、または Windows 10 22H2 が必要です。</translation>
    </message>
    <message>
        <source>Install the latest Windows 11 feature update from Settings &gt; Windows Update, then check again.</source>
        <translation>設定 &gt; Windows Update から最新の Windows 11 機能更新プログラムをインストールしてから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>%1 is older than Windows 10 22H2 (build 19045).</source>
        <translation>%1 は Windows 10 22H2 (ビルド 19045) より古いバージョンです。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 10 22H2 or Windows 11 23H2 or later.</source>
        <translation>iEchor Desktop には Windows 10 22H2、または Windows 11 23H2 以降が必要です。</translation>
    </message>
    <message>
        <source>Update to Windows 10 22H2 or, better, Windows 11 from Settings &gt; Windows Update, then check again.</source>
        <translation>設定 &gt; Windows Update から Windows 10 22H2 に (できれば Windows 11 に) 更新してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>%1, 64-bit.</source>
        <translation>%1、64 ビット版。</translation>
    </message>
    <message>
        <source>The Windows edition could not be read.</source>
        <translation>Windows のエディションを読み取れませんでした。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session (EditionID %1).</source>
        <translation>Windows Enterprise マルチセッション (EditionID %1)。</translation>
    </message>
    <message>
        <source>This client edition for Azure Virtual Desktop reports itself as a server (ProductType 3), but it is not Windows Server. Several users share one multi-session host, and the vendor does not support more than one instance of iEchor Desktop per machine.</source>
        <translation>Azure Virtual Desktop 向けのこのクライアント エディションは自身をサーバー (ProductType 3) として報告しますが、Windows Server ではありません。1 台のマルチセッション ホストを複数のユーザーが共有しており、ベンダーは 1 台のマシンで iEchor Desktop の複数のインスタンスを実行することをサポートしていません。</translation>
    </message>
    <message>
        <source>Use a personal (single-session) desktop for iEchor Desktop, or make sure that only one user of this host runs it.</source>
        <translation>iEchor Desktop には個人用 (シングルセッション) のデスクトップを使用するか、このホストで iEchor Desktop を実行するユーザーが 1 人だけになるようにしてください。</translation>
    </message>
    <message>
        <source>Windows Server (EditionID %1) is not supported by the vendor.</source>
        <translation>Windows Server (EditionID %1) はベンダーのサポート対象外です。</translation>
    </message>
    <message>
        <source>iEchor Desktop supports Windows 10 and 11 Pro, Enterprise and Education only.</source>
        <translation>iEchor Desktop がサポートしているのは、Windows 10 および 11 の Pro、Enterprise、Education のみです。</translation>
    </message>
    <message>
        <source>Use a Windows 11 Pro, Enterprise or Education machine or VM instead.</source>
        <translation>代わりに Windows 11 Pro、Enterprise、または Education のマシンか VM を使用してください。</translation>
    </message>
    <message>
        <source>Windows Home (EditionID %1): Linux containers only.</source>
        <translation>Windows Home (EditionID %1): Linux コンテナーのみ。</translation>
    </message>
    <message>
        <source>Home has no Hyper-V, so only the WSL 2 backend and Linux containers are available. The vendor&apos;s current requirements list Pro, Enterprise and Education; whether Home is still supported could not be confirmed.</source>
        <translation>Home には Hyper-V がないため、使用できるのは WSL 2 バックエンドと Linux コンテナーのみです。ベンダーの現在の要件には Pro、Enterprise、Education が記載されており、Home が引き続きサポートされているかどうかは確認できませんでした。</translation>
    </message>
    <message>
        <source>For Windows containers or the Hyper-V backend, upgrade to Windows Pro (Settings &gt; System &gt; Activation); otherwise use the WSL 2 backend.</source>
        <translation>Windows コンテナーまたは Hyper-V バックエンドを使用するには、Windows Pro にアップグレードしてください (設定 &gt; システム &gt; ライセンス認証)。それ以外の場合は、WSL 2 バックエンドを使用してください。</translation>
    </message>
    <message>
        <source>Windows edition %1.</source>
        <translation>Windows エディション %1。</translation>
    </message>
    <message>
        <source>Windows edition &quot;%1&quot; is not one nestready recognizes.</source>
        <translation>Windows エディション &quot;%1&quot; は、nestready が認識できないエディションです。</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education.</source>
        <translation>ベンダーは Windows Pro、Enterprise、Education をサポートしています。</translation>
    </message>
    <message>
        <source>Check under Settings &gt; System &gt; About that this is Windows Pro, Enterprise or Education.</source>
        <translation>設定 &gt; システム &gt; バージョン情報 で、Windows Pro、Enterprise、Education のいずれかであることを確認してください。</translation>
    </message>
    <message>
        <source>The Windows features could not be read.</source>
        <translation>Windows の機能を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Virtual Machine Platform</source>
        <translation>仮想マシン プラットフォーム</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Linux 用 Windows サブシステム</translation>
    </message>
    <message>
        <source>WSL 2 is ready: both features are on and WSL is version %1.</source>
        <translation>WSL 2 は使用できる状態です。両方の機能がオンになっており、WSL のバージョンは %1 です。</translation>
    </message>
    <message>
        <source>The state of the WSL features could not be read.</source>
        <translation>WSL 関連の機能の状態を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Windows features not turned on: %1.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>オンになっていない Windows の機能: %1。</translation>
    </message>
    <message>
        <source>WSL prints no version: this is the old WSL built into Windows.</source>
        <translation>WSL がバージョンを表示しません。これは Windows に組み込まれている古い WSL です。</translation>
    </message>
    <message>
        <source>Run: wsl --update (or install the latest WSL from github.com/microsoft/WSL/releases).</source>
        <translation>次を実行してください: wsl --update (または github.com/microsoft/WSL/releases から最新の WSL をインストールしてください)。</translation>
    </message>
    <message>
        <source>WSL %1 is older than 2.1.5.</source>
        <translation>WSL %1 は 2.1.5 より古いバージョンです。</translation>
    </message>
    <message>
        <source>Run: wsl --update</source>
        <translation>次を実行してください: wsl --update</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform and Windows Subsystem for Linux features and WSL 2.1.5 or later.</source>
        <translation>iEchor Desktop の既定である WSL 2 バックエンドには、仮想マシン プラットフォームと Linux 用 Windows サブシステムの機能、および WSL 2.1.5 以降が必要です。</translation>
    </message>
    <message>
        <source>The Hyper-V backend is ready and can be used instead.</source>
        <translation>Hyper-V バックエンドは使用できる状態なので、代わりにこちらを使用できます。</translation>
    </message>
    <message>
        <source>Windows Home has no Hyper-V: the WSL 2 backend is used.</source>
        <translation>Windows Home には Hyper-V がないため、WSL 2 バックエンドが使用されます。</translation>
    </message>
    <message>
        <source>On Arm64 iEchor Desktop offers only the WSL 2 backend.</source>
        <translation>Arm64 では、iEchor Desktop は WSL 2 バックエンドのみを提供しています。</translation>
    </message>
    <message>
        <source>The Hyper-V and Containers features are on.</source>
        <translation>Hyper-V とコンテナーの機能はオンになっています。</translation>
    </message>
    <message>
        <source>Not needed: the WSL 2 backend is ready. Hyper-V and Containers are only needed for the Hyper-V backend.</source>
        <translation>不要です。WSL 2 バックエンドが使用できる状態です。Hyper-V とコンテナーの機能が必要なのは、Hyper-V バックエンドを使う場合のみです。</translation>
    </message>
    <message>
        <source>In an administrator terminal run: bcdedit /set hypervisorlaunchtype auto — then restart Windows.</source>
        <translation>管理者としてターミナルを開き、次を実行してください: bcdedit /set hypervisorlaunchtype auto — その後、Windows を再起動してください。</translation>
    </message>
    <message>
        <source>Windows&apos; hypervisor is running, so it is launched at startup.</source>
        <translation>Windows のハイパーバイザーが実行中なので、起動時に開始されるよう設定されています。</translation>
    </message>
    <message>
        <source>Needs administrator rights to read.</source>
        <translation>読み取るには管理者権限が必要です。</translation>
    </message>
    <message>
        <source>The boot setting hypervisorlaunchtype can only be read by an administrator, and Windows&apos; hypervisor is not running now.</source>
        <translation>ブート設定 hypervisorlaunchtype は管理者しか読み取ることができず、現在 Windows のハイパーバイザーは実行されていません。</translation>
    </message>
    <message>
        <source>The boot configuration could not be read (bcdedit).</source>
        <translation>ブート構成を読み取れませんでした (bcdedit)。</translation>
    </message>
    <message>
        <source>The hypervisor is switched off at startup (hypervisorlaunchtype Off).</source>
        <translation>ハイパーバイザーは起動時にオフになるよう設定されています (hypervisorlaunchtype Off)。</translation>
    </message>
    <message>
        <source>It still runs now, but will not after the next restart.</source>
        <translation>現在は実行されていますが、次回の再起動後は実行されなくなります。</translation>
    </message>
    <message>
        <source>Some software, such as Android emulators, turns it off. WSL 2 and Hyper-V cannot start without it.</source>
        <translation>Android エミュレーターなど、一部のソフトウェアはこれをオフにします。これがないと WSL 2 と Hyper-V は起動できません。</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is not set, so the hypervisor does not start.</source>
        <translation>hypervisorlaunchtype が設定されていないため、ハイパーバイザーは起動しません。</translation>
    </message>
    <message>
        <source>Windows sets it when Virtual Machine Platform or Hyper-V is turned on.</source>
        <translation>この値は、仮想マシン プラットフォームまたは Hyper-V をオンにすると Windows によって設定されます。</translation>
    </message>
    <message>
        <source>The hypervisor is launched at startup (hypervisorlaunchtype %1).</source>
        <translation>ハイパーバイザーは起動時に開始されます (hypervisorlaunchtype %1)。</translation>
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
        <translation>Azure Virtual Desktop または Windows 365</translation>
    </message>
    <message>
        <source>Amazon WorkSpaces</source>
        <translation>Amazon WorkSpaces</translation>
    </message>
    <message>
        <source>The VDI agent registry keys could not be read.</source>
        <translation>VDI エージェントのレジストリ キーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Not a VDI desktop.</source>
        <translation>VDI デスクトップではありません。</translation>
    </message>
    <message>
        <source>The vendor supports persistent VDI desktops (dedicated to one user and keeping their changes) and not non-persistent ones. Whether a pool is persistent cannot be read reliably from inside the desktop, so nestready does not guess.</source>
        <translation>ベンダーがサポートしているのは永続的な VDI デスクトップ (1 人のユーザー専用で、変更が保持されるもの) のみで、非永続的なデスクトップはサポートしていません。プールが永続的かどうかはデスクトップ内部から確実に読み取ることができないため、nestready は推測を行いません。</translation>
    </message>
    <message>
        <source>With Citrix, what matters is the hypervisor below: Citrix Hypervisor (XenServer) offers no nested virtualization.</source>
        <translation>Citrix の場合は、その下で動作しているハイパーバイザーが重要です。Citrix Hypervisor (XenServer) は入れ子になった仮想化に対応していません。</translation>
    </message>
    <message>
        <source>A virtual desktop: %1.</source>
        <translation>仮想デスクトップ: %1。</translation>
    </message>
    <message>
        <source>Ask your VDI administrator for a persistent desktop with nested virtualization turned on; the vendor does not support iEchor Desktop on non-persistent desktops.</source>
        <translation>入れ子になった仮想化が有効な永続的デスクトップを VDI 管理者に依頼してください。ベンダーは非永続的なデスクトップでの iEchor Desktop の使用をサポートしていません。</translation>
    </message>
    <message>
        <source>The vendor does not support more than one instance of iEchor Desktop on the same machine in a VM or VDI environment.</source>
        <translation>ベンダーは、VM または VDI 環境において同じマシンで iEchor Desktop の複数のインスタンスを実行することをサポートしていません。</translation>
    </message>
    <message>
        <source>Quit iEchor Desktop in the other session (or have that user sign out) before using it here, and keep to one user of iEchor Desktop per machine.</source>
        <translation>ここで使用する前に、他のセッションで iEchor Desktop を終了してください (またはそのユーザーにサインアウトしてもらってください)。また、iEchor Desktop を使用するユーザーは 1 台のマシンにつき 1 人にしてください。</translation>
    </message>
    <message>
        <source>A multi-session host: several users can sign in at once.</source>
        <translation>マルチセッション ホストです。複数のユーザーが同時にサインインできます。</translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in now.</source>
        <translation>
            <numerusform>現在、他のユーザーのセッションが %n 件サインインしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>No other user is signed in and no other instance of iEchor Desktop runs.</source>
        <translation>他のユーザーはサインインしておらず、iEchor Desktop の他のインスタンスも実行されていません。</translation>
    </message>
    <message>
        <source>The sessions could not be listed; only processes were checked.</source>
        <translation>セッションを一覧表示できなかったため、プロセスのみをチェックしました。</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows のバージョン</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later.</source>
        <translation>iEchor Desktop には、64 ビット版の Windows 10 22H2 (ビルド 19045)、または Windows 11 23H2 (ビルド 22631) 以降が必要です。</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Windows のエディション</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education; Windows Server is not supported, and Home runs Linux containers only.</source>
        <translation>ベンダーは Windows Pro、Enterprise、Education をサポートしています。Windows Server はサポート対象外で、Home で実行できるのは Linux コンテナーのみです。</translation>
    </message>
    <message>
        <source>WSL 2 backend</source>
        <translation>WSL 2 バックエンド</translation>
    </message>
    <message>
        <source>Hyper-V backend</source>
        <translation>Hyper-V バックエンド</translation>
    </message>
    <message>
        <source>The alternative backend runs the engine&apos;s VM with Hyper-V, which needs the Hyper-V and Containers features (not available on Home).</source>
        <translation>代替のバックエンドは、エンジンの VM を Hyper-V で実行します。これには Hyper-V とコンテナーの機能が必要です (Home では使用できません)。</translation>
    </message>
    <message>
        <source>Hypervisor at startup</source>
        <translation>起動時のハイパーバイザー</translation>
    </message>
    <message>
        <source>Both backends need Windows&apos; hypervisor, which starts at boot only when the boot setting hypervisorlaunchtype is not Off.</source>
        <translation>どちらのバックエンドにも Windows のハイパーバイザーが必要です。ハイパーバイザーがブート時に起動するのは、ブート設定 hypervisorlaunchtype が Off でない場合のみです。</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>仮想デスクトップ (VDI)</translation>
    </message>
    <message>
        <source>On a VDI desktop, the vendor supports iEchor Desktop on persistent desktops only.</source>
        <translation>VDI デスクトップの場合、ベンダーがサポートしているのは永続的なデスクトップでの iEchor Desktop の使用のみです。</translation>
    </message>
    <message>
        <source>One instance per machine</source>
        <translation>1 台のマシンにつき 1 インスタンス</translation>
    </message>
    <message>
        <source>The vendor does not support several instances of iEchor Desktop on one machine in a VM or VDI environment.</source>
        <translation>ベンダーは、VM または VDI 環境において 1 台のマシンで iEchor Desktop の複数のインスタンスを実行することをサポートしていません。</translation>
    </message>
    <message>
        <source>Turn on the WSL 2 or Hyper-V features (see those checks). If it stays unset, run bcdedit /set hypervisorlaunchtype auto in an administrator terminal, then restart Windows.</source>
        <translation>WSL 2 または Hyper-V の機能をオンにしてください (それぞれのチェックを参照)。それでも設定されない場合は、管理者のターミナルで bcdedit /set hypervisorlaunchtype auto を実行し、Windows を再起動してください。</translation>
    </message>
    <message>
        <source>Not checked: Azure&apos;s metadata service was not asked.</source>
        <translation>未チェック: Azure のメタデータ サービスに問い合わせていません。</translation>
    </message>
    <message>
        <source>Could not be checked: Azure&apos;s metadata service gave no answer.</source>
        <translation>チェックできませんでした: Azure のメタデータ サービスから応答がありませんでした。</translation>
    </message>
    <message>
        <source>Not an Azure VM.</source>
        <translation>Azure VM ではありません。</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not one nestready can read.</source>
        <translation>サイズ &quot;%1&quot; は、nestready が読み取れないサイズです。</translation>
    </message>
    <message>
        <source>Look the size up in Microsoft&apos;s size list: its page has a &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Microsoft のサイズ一覧でこのサイズを調べてください。サイズのページの &quot;Feature support&quot; の下に &quot;Nested Virtualization&quot; の行があります。</translation>
    </message>
    <message>
        <source>Check https://learn.microsoft.com/azure/virtual-machines/sizes/overview for &quot;%1&quot;, or move to %2, the size the vendor tested.</source>
        <translation>https://learn.microsoft.com/azure/virtual-machines/sizes/overview で &quot;%1&quot; を確認するか、ベンダーがテストしたサイズである %2 に移行してください。</translation>
    </message>
    <message>
        <source>%1 (%2 series) supports nested virtualization.</source>
        <translation>%1 (%2 シリーズ) は入れ子になった仮想化をサポートしています。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Microsoft lists nested virtualization as not supported for the %1 series, so Hyper-V, WSL 2 and KVM cannot start inside this VM. Source: %2</source>
        <translation>Microsoft は %1 シリーズで入れ子になった仮想化をサポート対象外としているため、この VM 内では Hyper-V、WSL 2、KVM を起動できません。出典: %2</translation>
    </message>
    <message>
        <source>This is an Arm64 size; %1 is x64, so the VM&apos;s OS disk must be an x64 image: a resize alone will not do, create a new VM.</source>
        <translation>これは Arm64 のサイズです。%1 は x64 のため、VM の OS ディスクは x64 イメージである必要があります。サイズ変更だけでは対応できないため、新しい VM を作成してください。</translation>
    </message>
    <message>
        <source>%1 does not support nested virtualization.</source>
        <translation>%1 は入れ子になった仮想化をサポートしていません。</translation>
    </message>
    <message>
        <source>Resize the VM to %1 (or another size whose page lists nested virtualization as supported): %2 — the VM restarts during the resize.</source>
        <translation>VM のサイズを %1 (または、ページで入れ子になった仮想化がサポート対象と記載されている別のサイズ) に変更してください: %2 — サイズ変更中に VM は再起動します。</translation>
    </message>
    <message>
        <source>Whether %1 supports nested virtualization is not in nestready&apos;s size table.</source>
        <translation>%1 が入れ子になった仮想化をサポートしているかどうかは、nestready のサイズ表に記載されていません。</translation>
    </message>
    <message>
        <source>Open the page of the %1 series in Microsoft&apos;s size list and read the &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Microsoft のサイズ一覧で %1 シリーズのページを開き、&quot;Feature support&quot; の下にある &quot;Nested Virtualization&quot; の行を確認してください。</translation>
    </message>
    <message>
        <source>If it is not supported, resize to %1: %2 — the VM restarts during the resize.</source>
        <translation>サポートされていない場合は、%1 にサイズを変更してください: %2 — サイズ変更中に VM は再起動します。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n vCPU(s) and %2 GiB of memory (%3).</source>
        <translation>
            <numerusform>%1 の vCPU 数は %n、メモリは %2 GiB です (%3)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size name %1 says %n vCPU(s).</source>
        <translation>
            <numerusform>サイズ名 %1 によると、vCPU 数は %n です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the size nor the processor count and memory of this VM could be read.</source>
        <translation>この VM のサイズも、プロセッサ数とメモリも読み取れませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory.</source>
        <translation>
            <numerusform>vCPU 数 %n、メモリ %1 GiB。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested %1: %2 vCPUs and %3 GiB of memory, and recommends that or more.</source>
        <translation>ベンダーは %1 (vCPU %2 個、メモリ %3 GiB) でテストしており、これ以上の構成を推奨しています。</translation>
    </message>
    <message>
        <source>Resize the VM to %1 or larger: %2 — the VM restarts during the resize.</source>
        <translation>VM のサイズを %1 以上に変更してください: %2 — サイズ変更中に VM は再起動します。</translation>
    </message>
    <message>
        <source>Microsoft&apos;s nested virtualization guide says to set the security type to Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</source>
        <translation>Microsoft の入れ子になった仮想化のガイドでは、セキュリティの種類を Standard に設定するよう記載されています (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization)。</translation>
    </message>
    <message>
        <source>A confidential VM: Azure offers no nested virtualization there.</source>
        <translation>機密 VM です。Azure では機密 VM で入れ子になった仮想化を利用できません。</translation>
    </message>
    <message>
        <source>The confidential DC and EC series list nested virtualization as not supported.</source>
        <translation>機密 VM 向けの DC シリーズと EC シリーズでは、入れ子になった仮想化はサポート対象外と記載されています。</translation>
    </message>
    <message>
        <source>The security type cannot be changed on a confidential VM. Create a new VM with the security type Standard on a size that supports nested virtualization, such as %1.</source>
        <translation>機密 VM ではセキュリティの種類を変更できません。入れ子になった仮想化をサポートするサイズ (%1 など) で、セキュリティの種類を Standard にして新しい VM を作成してください。</translation>
    </message>
    <message>
        <source>The sources disagree: %1 The Trusted Launch page once listed nested virtualization as unsupported, but its current version no longer does (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). Whether nested virtualization works with Trusted Launch could not be confirmed.</source>
        <translation>情報源の内容が一致しません: %1 Trusted Launch のページには以前、入れ子になった仮想化はサポート対象外と記載されていましたが、現在のバージョンではその記載がありません (https://learn.microsoft.com/azure/virtual-machines/trusted-launch)。Trusted Launch で入れ子になった仮想化が動作するかどうかは確認できませんでした。</translation>
    </message>
    <message>
        <source>Trusted Launch: VT-x/AMD-V reaches this VM, but whether Microsoft supports nested virtualization with Trusted Launch could not be confirmed.</source>
        <translation>Trusted Launch: VT-x/AMD-V はこの VM に渡されていますが、Microsoft が Trusted Launch での入れ子になった仮想化をサポートしているかどうかは確認できませんでした。</translation>
    </message>
    <message>
        <source>Trusted Launch: it may keep nested virtualization from working.</source>
        <translation>Trusted Launch: 入れ子になった仮想化が動作しない原因になる可能性があります。</translation>
    </message>
    <message>
        <source>Security type Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>セキュリティの種類は Standard です (Microsoft の入れ子になった仮想化のガイドのとおりです)。</translation>
    </message>
    <message>
        <source>The security type &quot;%1&quot; is not one nestready knows.</source>
        <translation>セキュリティの種類 &quot;%1&quot; は、nestready が認識できない種類です。</translation>
    </message>
    <message>
        <source>Not an Amazon EC2 instance.</source>
        <translation>Amazon EC2 インスタンスではありません。</translation>
    </message>
    <message>
        <source>A bare-metal instance (%1): no hypervisor below this OS.</source>
        <translation>ベアメタル インスタンス (%1) です。この OS の下にハイパーバイザーはありません。</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>The firmware tables do not name the instance type.</source>
        <translation>ファームウェア テーブルにインスタンス タイプが記載されていません。</translation>
    </message>
    <message>
        <source>%1 is a virtual instance type without nested virtualization.</source>
        <translation>%1 は、入れ子になった仮想化に対応していない仮想インスタンス タイプです。</translation>
    </message>
    <message>
        <source>%1 with nested virtualization enabled: VT-x reaches this VM.</source>
        <translation>%1 (入れ子になった仮想化が有効): VT-x はこの VM に渡されています。</translation>
    </message>
    <message>
        <source>%1 without nested virtualization: VT-x does not reach this VM.</source>
        <translation>%1 (入れ子になった仮想化なし): VT-x はこの VM に渡されていません。</translation>
    </message>
    <message>
        <source>Not a Google Cloud VM.</source>
        <translation>Google Cloud VM ではありません。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop for Windows on an Azure VM or VMware ESXi, or use a Linux VM on Google Cloud, or the vendor&apos;s cloud offload service.</source>
        <translation>Windows 版 iEchor Desktop は Azure VM または VMware ESXi 上で実行するか、Google Cloud の Linux VM、またはベンダーのクラウド オフロード サービスを使用してください。</translation>
    </message>
    <message>
        <source>Nested virtualization is enabled on this Google Cloud VM.</source>
        <translation>この Google Cloud VM では、入れ子になった仮想化が有効になっています。</translation>
    </message>
    <message>
        <source>Nested virtualization is not enabled on this Google Cloud VM.</source>
        <translation>この Google Cloud VM では、入れ子になった仮想化が有効になっていません。</translation>
    </message>
    <message>
        <source>Azure VM size supports nested virtualization</source>
        <translation>Azure VM のサイズが入れ子になった仮想化をサポートしている</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization depends on the VM size: D4s_v5 has it, the B-series never will.</source>
        <translation>Azure では、入れ子になった仮想化を利用できるかどうかは VM のサイズによって決まります。D4s_v5 では利用できますが、B シリーズでは今後も利用できません。</translation>
    </message>
    <message>
        <source>Azure VM size capacity</source>
        <translation>Azure VM のサイズの容量</translation>
    </message>
    <message>
        <source>The vendor tested Azure D4s_v5 (4 vCPUs, 16 GiB) and recommends that size or larger.</source>
        <translation>ベンダーは Azure D4s_v5 (vCPU 4 個、16 GiB) でテストしており、このサイズ以上を推奨しています。</translation>
    </message>
    <message>
        <source>Azure security type</source>
        <translation>Azure のセキュリティの種類</translation>
    </message>
    <message>
        <source>Confidential VMs offer no nested virtualization, and Microsoft&apos;s guide asks for the security type Standard.</source>
        <translation>機密 VM では入れ子になった仮想化を利用できません。また、Microsoft のガイドではセキュリティの種類を Standard にするよう求められています。</translation>
    </message>
    <message>
        <source>Amazon EC2 instance type allows nested virtualization</source>
        <translation>Amazon EC2 のインスタンス タイプが入れ子になった仮想化に対応している</translation>
    </message>
    <message>
        <source>Google Cloud nested virtualization</source>
        <translation>Google Cloud の入れ子になった仮想化</translation>
    </message>
    <message>
        <source>Google Cloud allows only Linux KVM inside its VMs, and only when nested virtualization is enabled on the VM.</source>
        <translation>Google Cloud が VM 内で許可しているのは Linux KVM のみで、それも VM で入れ子になった仮想化が有効になっている場合に限られます。</translation>
    </message>
    <message>
        <source>The security type Standard needs the subscription feature UseStandardSecurityType: run az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, then az provider register --namespace Microsoft.Compute. Then create the VM with --security-type Standard, or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell (the Azure portal cannot change it).</source>
        <translation>セキュリティの種類 Standard には、サブスクリプションの機能 UseStandardSecurityType が必要です。az feature register --namespace Microsoft.Compute --name UseStandardSecurityType を実行し、続けて az provider register --namespace Microsoft.Compute を実行してください。その後、--security-type Standard を指定して VM を作成するか、この VM の割り当てを解除し、Azure CLI または PowerShell でセキュリティの種類を Standard に設定してください (Azure portal では変更できません)。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata answer does not name the security type.</source>
        <translation>Azure のメタデータの応答にセキュリティの種類が示されていません。</translation>
    </message>
    <message>
        <source>The answer was asked with api-version %1, which predates the securityType field (%2). Look it up in the portal: the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>応答は api-version %1 で要求されましたが、これは securityType フィールド (%2) より前のバージョンです。ポータルで VM の [概要] ページの「セキュリティの種類」を確認してください。</translation>
    </message>
    <message>
        <source>Security type likely Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>セキュリティの種類はおそらく Standard です (Microsoft の入れ子になった仮想化のガイドが求めるとおり)。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata names the security type only for Trusted Launch and confidential VMs; it names none for this VM, so it is most likely Standard. The portal shows it on the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>Azure のメタデータがセキュリティの種類を示すのは、Trusted Launch VM と機密 VM の場合だけです。この VM については何も示されていないため、Standard である可能性が高いと考えられます。ポータルでは VM の [概要] ページの「セキュリティの種類」に表示されます。</translation>
    </message>
    <message>
        <source>If Hyper-V, WSL 2 or KVM will not start, switch to the security type Standard.</source>
        <translation>Hyper-V、WSL 2、KVM が起動しない場合は、セキュリティの種類を Standard に切り替えてください。</translation>
    </message>
    <message>
        <source>On Windows, AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; hibernation is not supported then, nor more than 192 vCPUs.</source>
        <translation>Windows では、入れ子になった仮想化を有効にすると AWS が Virtual Secure Mode (Credential Guard) を自動的に無効にします。その場合、休止状態と 192 を超える vCPU はサポートされません。</translation>
    </message>
    <message>
        <source>Whether a type offers it: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; lists nested-virtualization.</source>
        <translation>インスタンスタイプが対応しているかどうか: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; の出力に nested-virtualization が含まれます。</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants. Source: %1</source>
        <translation>AWS は、ベアメタル インスタンスと、仮想の C8i、M8i、R8i インスタンスおよびそれらの flex バリアントで入れ子になった仮想化を提供しています。出典: %1</translation>
    </message>
    <message>
        <source>%1 supports nested virtualization once it is turned on for the instance. Whether it is cannot be seen from inside the instance, except that VT-x then reaches it. Source: %2</source>
        <translation>%1 は、インスタンスで有効にすれば入れ子になった仮想化をサポートします。有効かどうかはインスタンスの内部からは確認できません。ただし、有効であれば VT-x がインスタンスに渡されます。出典: %2</translation>
    </message>
    <message>
        <source>AWS lists the %1 family on the Chinese edition of its page; the English page names C8i, M8i and R8i.</source>
        <translation>AWS はページの中国語版で %1 ファミリを挙げています。英語版のページで挙げられているのは C8i、M8i、R8i です。</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot use WSL 2 or Hyper-V.</source>
        <translation>Google Cloud 上の Windows VM では、WSL 2 も Hyper-V も使用できません。</translation>
    </message>
    <message>
        <source>Google Cloud supports only Linux KVM as the hypervisor inside a VM; Hyper-V is not supported, so WSL 2 cannot start and iEchor Desktop for Windows cannot run here. Source: %1</source>
        <translation>Google Cloud は、VM 内のハイパーバイザーとして Linux KVM のみをサポートしています。Hyper-V はサポートされていないため、WSL 2 は起動できず、iEchor Desktop for Windows はここでは実行できません。出典: %1</translation>
    </message>
    <message>
        <source>On AWS, only bare-metal instances and C8i, M8i and R8i instances (and their flex variants) with nested virtualization enabled can run a VM inside.</source>
        <translation>AWS で内部に VM を実行できるのは、ベアメタル インスタンスと、入れ子になった仮想化を有効にした C8i、M8i、R8i インスタンス (およびそれらの flex バリアント) だけです。</translation>
    </message>
    <message>
        <source>Stop the instance and turn nested virtualization on: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (console: Actions, Instance settings, Change CPU options). Then start it and check again.</source>
        <translation>インスタンスを停止し、入れ子になった仮想化を有効にしてください: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (コンソール: Actions、Instance settings、Change CPU options)。その後インスタンスを起動し、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Use a bare-metal instance (*.metal), or a C8i, M8i or R8i instance (or a flex variant) with nested virtualization on: at launch with --cpu-options NestedVirtualization=enabled, or on the stopped instance with aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</source>
        <translation>ベアメタル インスタンス (*.metal)、または入れ子になった仮想化を有効にした C8i、M8i、R8i インスタンス (またはその flex バリアント) を使用してください。起動時に --cpu-options NestedVirtualization=enabled を指定するか、停止したインスタンスで aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled を実行します。</translation>
    </message>
    <message>
        <source>Stop the VM, export its configuration (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), set enableNestedVirtualization: true under advancedMachineFeatures, and update the VM from the file (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update has no switch for it. Only Intel machine types offer it: AMD and Arm VMs do not.</source>
        <translation>VM を停止し、構成をエクスポートします (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml)。advancedMachineFeatures の下に enableNestedVirtualization: true を設定し、そのファイルから VM を更新します (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART)。gcloud compute instances update にはこのためのオプションがありません。対応しているのは Intel のマシンタイプだけで、AMD と Arm の VM は対応していません。</translation>
    </message>
    <message>
        <source>This size offers nested virtualization, so the VM&apos;s security type is the likely cause: Microsoft&apos;s guide asks for Standard (see the &quot;Azure security type&quot; check).</source>
        <translation>このサイズは入れ子になった仮想化に対応しているため、原因はおそらく VM のセキュリティの種類です。Microsoft のガイドは Standard を求めています (「Azure のセキュリティの種類」のチェックを参照)。</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization comes with the VM size: resize the VM to one whose page lists it as supported, such as %1: %2 — the VM restarts during the resize.</source>
        <translation>Azure では、入れ子になった仮想化に対応するかどうかは VM のサイズで決まります。ページで対応と記載されているサイズ (例: %1: %2) に VM のサイズを変更してください。サイズ変更中に VM は再起動します。</translation>
    </message>
    <message>
        <source>Google Cloud runs only Linux KVM inside its VMs: a Windows VM there cannot use WSL 2 or Hyper-V.</source>
        <translation>Google Cloud の VM 内で実行できるのは Linux KVM だけです。そこでの Windows VM では WSL 2 も Hyper-V も使用できません。</translation>
    </message>
    <message>
        <source>On Windows 365, nested virtualization needs a Cloud PC with 4 vCPUs or more.</source>
        <translation>Windows 365 で入れ子になった仮想化を使うには、4 vCPU 以上の Cloud PC が必要です。</translation>
    </message>
    <message>
        <source>Not checked inside a container: the hardware belongs to the machine that runs it.</source>
        <translation>コンテナー内ではチェックしません: ハードウェアはコンテナーを実行しているマシンのものです。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: KVM is not available on this arm64 OS.</source>
        <translation>/dev/kvm が存在しません: この arm64 OS では KVM を利用できません。</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM, then check again.</source>
        <translation>KVM を提供する arm64 マシンまたはインスタンス タイプを使用してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_amd is loaded.</source>
        <translation>kvm_amd が読み込まれているのに /dev/kvm が存在しません。</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_intel is loaded.</source>
        <translation>kvm_intel が読み込まれているのに /dev/kvm が存在しません。</translation>
    </message>
    <message>
        <source>Look for the reason in the kernel log (sudo dmesg | grep -i kvm); restarting the machine usually recreates the device.</source>
        <translation>カーネル ログで原因を確認してください (sudo dmesg | grep -i kvm)。通常はマシンを再起動するとデバイスが再作成されます。</translation>
    </message>
    <message>
        <source>If that fails with &quot;disabled by bios&quot;, turn on VT-x/AMD-V in the BIOS/UEFI settings.</source>
        <translation>「disabled by bios」で失敗する場合は、BIOS/UEFI 設定で VT-x/AMD-V を有効にしてください。</translation>
    </message>
    <message>
        <source>KVM is available to this arm64 OS.</source>
        <translation>この arm64 OS では KVM を利用できます。</translation>
    </message>
    <message>
        <source>KVM is not available in this arm64 VM: the hypervisor does not pass the Arm virtualization extensions through.</source>
        <translation>この arm64 VM では KVM を利用できません: ハイパーバイザーが Arm 仮想化拡張機能をパススルーしていません。</translation>
    </message>
    <message>
        <source>KVM is not available on this arm64 machine.</source>
        <translation>この arm64 マシンでは KVM を利用できません。</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM (on AWS, a .metal instance), then check again.</source>
        <translation>KVM を提供する arm64 マシンまたはインスタンス タイプ (AWS では .metal インスタンス) を使用してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Start a kernel that runs at EL2 with KVM built in or loaded, then check again.</source>
        <translation>KVM が組み込まれているか読み込まれた、EL2 で動作するカーネルを起動してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>%1, from the name &quot;%2&quot;</source>
        <extracomment>%1 is an EditionID such as Professional, %2 a product name</extracomment>
        <translation>%1 (名前「%2」から判断)</translation>
    </message>
    <message>
        <source>WSL 2 is ready: Virtual Machine Platform is on and WSL is version %1.</source>
        <translation>WSL 2 の準備ができています: 仮想マシン プラットフォームがオンで、WSL のバージョンは %1 です。</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — this turns on what WSL 2 needs and installs the current WSL. Then restart Windows.</source>
        <translation>管理者としてターミナルを開き、次を実行してください: wsl --install --no-distribution — WSL 2 に必要な機能がオンになり、最新の WSL がインストールされます。その後、Windows を再起動してください。</translation>
    </message>
    <message>
        <source>WSL is not installed.</source>
        <translation>WSL がインストールされていません。</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — then restart Windows.</source>
        <translation>管理者としてターミナルを開き、次を実行してください: wsl --install --no-distribution — その後、Windows を再起動してください。</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform feature and WSL 2.1.5 or later. On Windows 11 the Windows Subsystem for Linux feature is needed only for WSL 1.</source>
        <translation>iEchor Desktop の既定である WSL 2 バックエンドには、仮想マシン プラットフォームの機能と WSL 2.1.5 以降が必要です。Windows 11 では、Linux 用 Windows サブシステムの機能は WSL 1 にのみ必要です。</translation>
    </message>
    <message>
        <source>Not ready either (features off: %1). One backend is enough: see the WSL 2 backend check.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>こちらも準備ができていません (オフの機能: %1)。バックエンドは 1 つで十分です: WSL 2 バックエンドのチェックを参照してください。</translation>
    </message>
    <message>
        <source>iEchor Desktop needs one backend, WSL 2 or Hyper-V. The Hyper-V backend needs the Hyper-V and Containers features.</source>
        <translation>iEchor Desktop には WSL 2 または Hyper-V のいずれかのバックエンドが必要です。Hyper-V バックエンドには Hyper-V とコンテナーの機能が必要です。</translation>
    </message>
    <message>
        <source>Set up WSL 2 (see the WSL 2 backend check), or in an administrator PowerShell run: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — then restart Windows.</source>
        <translation>WSL 2 をセットアップするか (WSL 2 バックエンドのチェックを参照)、管理者として PowerShell を開き、次を実行してください: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — その後、Windows を再起動してください。</translation>
    </message>
    <message>
        <source>Run nestready as administrator, or run bcdedit /enum &quot;{current}&quot; in an administrator terminal and check that hypervisorlaunchtype is Auto.</source>
        <translation>nestready を管理者として実行するか、管理者のターミナルで bcdedit /enum &quot;{current}&quot; を実行して、hypervisorlaunchtype が Auto になっていることを確認してください。</translation>
    </message>
    <message>
        <source>The default backend runs the engine&apos;s VM with WSL 2, which needs the Virtual Machine Platform feature (on Windows 10 also Windows Subsystem for Linux) and WSL 2.1.5 or later. One backend is enough.</source>
        <translation>既定のバックエンドはエンジンの VM を WSL 2 で実行します。これには仮想マシン プラットフォームの機能 (Windows 10 では Linux 用 Windows サブシステムも) と WSL 2.1.5 以降が必要です。バックエンドは 1 つで十分です。</translation>
    </message>
    <message>
        <source>Could not be checked: nestready received none of the evidence this check reads.</source>
        <translation>チェックできませんでした: このチェックが読み取るエビデンスを nestready は 1 つも受け取っていません。</translation>
    </message>
    <message>
        <source>Check again from an administrator PowerShell; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>管理者として PowerShell を開き、もう一度チェックしてください。それでも読み取れない場合は、nestready check --report FILE でレポートを保存し、サポートに送ってください。</translation>
    </message>
    <message>
        <source>Check again on the machine itself, outside any sandbox that hides /proc or /sys; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>/proc や /sys を隠すサンドボックスの外で、マシン自体でもう一度チェックしてください。それでも読み取れない場合は、nestready check --report FILE でレポートを保存し、サポートに送ってください。</translation>
    </message>
    <message>
        <source>Which cloud this VM runs in cannot be told, so no cloud check could run.</source>
        <translation>この VM がどのクラウドで実行されているかを判別できないため、クラウドのチェックは実行できませんでした。</translation>
    </message>
    <message>
        <source>Not checked: which cloud this is cannot be told; &quot;%1&quot; says why.</source>
        <translation>未チェック: どのクラウドかを判別できません。理由は「%1」のチェックに示されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</source>
        <extracomment>%n and %1 are what the VM has, %2 and %3 the vCPUs and GiB the vendor tested</extracomment>
        <translation>
            <numerusform>vCPU %n 個、メモリ %1 GiB です。推奨は vCPU %2 個、メモリ %3 GiB です。</numerusform>
        </translation>
    </message>
    <message>
        <source>An EC2 instance on the Xen hypervisor (an older type such as t2 or m4): no nested virtualization.</source>
        <translation>Xen ハイパーバイザー上の EC2 インスタンス (t2 や m4 などの旧世代のタイプ) です: 入れ子になった仮想化は利用できません。</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants, all on the Nitro system; the firmware of a Xen-based instance does not name its type. Source: %1</source>
        <translation>AWS は、ベアメタル インスタンスと、仮想の C8i、M8i、R8i インスタンスおよびそれらの flex バリアントで入れ子になった仮想化を提供しています。いずれも Nitro システム上のインスタンスです。Xen ベースのインスタンスのファームウェアには、インスタンス タイプが記載されません。出典: %1</translation>
    </message>
    <message>
        <source>Whether nested virtualization is on for this %1 cannot be seen: VT-x/AMD-V could not be read.</source>
        <translation>この %1 インスタンスで入れ子になった仮想化が有効かどうかは確認できません: VT-x/AMD-V を読み取れませんでした。</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but it is PVM&apos;s (kvm_pvm): it runs only guest kernels built for PVM, and iEchor Desktop&apos;s VM needs KVM on VT-x/AMD-V.</source>
        <translation>/dev/kvm は存在しますが、PVM のもの (kvm_pvm) です: PVM 向けにビルドされたゲスト カーネルしか実行できません。iEchor Desktop の VM には VT-x/AMD-V 上の KVM が必要です。</translation>
    </message>
    <message>
        <source>Unload kvm_pvm and load the CPU&apos;s own KVM module instead: sudo modprobe -r kvm_pvm, then sudo modprobe kvm_intel (or kvm_amd).</source>
        <translation>kvm_pvm をアンロードし、代わりに CPU 本来の KVM モジュールを読み込んでください: sudo modprobe -r kvm_pvm を実行してから、sudo modprobe kvm_intel (または kvm_amd) を実行します。</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM (see the hardware virtualization check) so that KVM can use VT-x/AMD-V.</source>
        <translation>KVM が VT-x/AMD-V を使用できるように、この VM の入れ子になった仮想化を有効にしてください (ハードウェア仮想化のチェックを参照)。</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but whether you may open it was not recorded. Record the machine again with scripts/record-linux-machine.sh as the user who will run iEchor Desktop.</source>
        <translation>/dev/kvm は存在しますが、開く権限があるかどうかは記録されていません。iEchor Desktop を実行するユーザーとして、scripts/record-linux-machine.sh でマシンをもう一度記録してください。</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize.</source>
        <translation>nestready が認識できないコンテナー マネージャーのコンテナーです。</translation>
    </message>
    <message>
        <source>an unrecognized container manager</source>
        <translation>認識できないコンテナー マネージャー</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>nestready が認識できないハイパーバイザー上の仮想マシン内のコンテナー (%1) です。</translation>
    </message>
    <message>
        <source>A virtual machine at %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>%1 の仮想マシンです: ここでは iEchor Desktop に入れ子になった仮想化が必要です。</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not this hypervisor.</source>
        <translation>ベンダーがサポートしているのは VMware ESXi と Azure VM のみで、このハイパーバイザーはサポートされていません。</translation>
    </message>
    <message>
        <source>Inside a container: iEchor Desktop cannot run here.</source>
        <translation>コンテナー内: ここでは iEchor Desktop を実行できません。</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is Xen&apos;s here: this OS is Xen&apos;s control domain (dom0), and Xen does not pass hardware virtualization to it.</source>
        <translation>ここでは VT-x/AMD-V を Xen が使用しています: この OS は Xen の制御ドメイン (dom0) であり、Xen は dom0 にハードウェア仮想化を渡しません。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop on a machine that does not boot Xen, or in a Xen HVM guest with nested virtualization turned on, then check again.</source>
        <translation>Xen を起動しないマシン、または入れ子になった仮想化を有効にした Xen HVM ゲストで iEchor Desktop を実行してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Nested virtualization is off: the hypervisor does not pass VT-x/AMD-V to this VM.</source>
        <translation>入れ子になった仮想化が無効です: ハイパーバイザーがこの VM に VT-x/AMD-V を渡していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s); %1 recommended.</source>
        <extracomment>%n is the number found, %1 the number recommended</extracomment>
        <translation>
            <numerusform>論理プロセッサは %n 個です。推奨は %1 個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expect iEchor Desktop to be slow with fewer processors.</source>
        <translation>プロセッサがこれより少ないと、iEchor Desktop の動作は遅くなります。</translation>
    </message>
    <message>
        <source>%1 of memory; at least %2 GB needed.</source>
        <extracomment>%1 is the memory found (&quot;3.8 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>メモリは %1 です。%2 GB 以上必要です。</translation>
    </message>
    <message>
        <source>%1 of memory; %2 GB recommended.</source>
        <extracomment>%1 is the memory found (&quot;7.8 GB&quot;), %2 the recommended size in GB</extracomment>
        <translation>メモリは %1 です。推奨は %2 GB です。</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; at least %2 GB needed.</source>
        <extracomment>%1 is the free space found (&quot;1.2 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>iEchor Desktop のデータを保存するディスクの空き容量は %1 です。%2 GB 以上必要です。</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; %2 GB recommended.</source>
        <extracomment>%1 is the free space found (&quot;12.5 GB&quot;), %2 the recommended free space in GB</extracomment>
        <translation>iEchor Desktop のデータを保存するディスクの空き容量は %1 です。推奨は %2 GB です。</translation>
    </message>
    <message>
        <source>The engine&apos;s VM and the containers share the machine&apos;s processors.</source>
        <translation>エンジンの VM とコンテナーは、マシンのプロセッサを共有します。</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop already runs in %n other session(s) on the machine.</source>
        <translation>
            <numerusform>iEchor Desktop は、このマシンの他の %n 件のセッションで既に実行されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in to the machine.</source>
        <translation>
            <numerusform>このマシンには、他のユーザーのセッションが %n 件サインインしています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make sure that only one user of the machine runs iEchor Desktop.</source>
        <translation>このマシンで iEchor Desktop を実行するユーザーが 1 人だけになるようにしてください。</translation>
    </message>
    <message>
        <source>The sessions and processes of the machine could not be read.</source>
        <translation>マシンのセッションとプロセスを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `nestready --help` for usage.</source>
        <translation>使い方は `nestready --help` を実行して確認してください。</translation>
    </message>
    <message>
        <source>Checks whether iEchor Desktop can run on this machine.</source>
        <translation>このマシンで iEchor Desktop が動作するかどうかをチェックします。</translation>
    </message>
    <message>
        <source>Print one JSON document (schema nestready/1).</source>
        <translation>JSON ドキュメントを 1 つ出力します (スキーマ nestready/1)。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Reports: nestready --open FILE            open a saved report in the window
         nestready summarize PATHS...     one table from many JSON reports
Run `nestready summarize --help` and see `nestready check --help` (--report, --from-report).
</source>
        <translation>レポート: nestready --open ファイル       保存したレポートをウィンドウで開く
          nestready summarize パス...      多数の JSON レポートを 1 つの表にまとめる
`nestready summarize --help` を実行し、`nestready check --help` (--report, --from-report) を参照してください。
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; add --force to replace it.</source>
        <translation>「%1」は既に存在します。置き換えるには --force を付けてください。</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>「%1」のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>Also write a report to &lt;file&gt;: .json (for support and replay), .html, .md (for a ticket) or .txt (the short summary).</source>
        <translation>レポートも &lt;file&gt; に書き出します: .json (サポートと再評価用)、.html、.md (チケット用)、.txt (短い概要)。</translation>
    </message>
    <message>
        <source>Replace host, user and domain names, serial numbers, UUIDs, addresses, cloud identifiers and licence keys in the report with placeholders.</source>
        <translation>レポート内のホスト名、ユーザー名、ドメイン名、シリアル番号、UUID、アドレス、クラウド識別子、ライセンスキーをプレースホルダーに置き換えます。</translation>
    </message>
    <message>
        <source>Replace the --report file if it exists.</source>
        <translation>--report のファイルが存在する場合は置き換えます。</translation>
    </message>
    <message>
        <source>Re-evaluate the evidence of a JSON report with the current rules instead of examining a machine.</source>
        <translation>マシンを調べる代わりに、JSON レポートの証拠を現在のルールで再評価します。</translation>
    </message>
    <message>
        <source>--from-report replays a report&apos;s own evidence; it cannot be combined with --%1.</source>
        <translation>--from-report はレポート自身の証拠を再生します。--%1 とは併用できません。</translation>
    </message>
    <message>
        <source>--redact and --force apply to --report FILE, which is missing.</source>
        <translation>--redact と --force は --report FILE に対して使いますが、それが指定されていません。</translation>
    </message>
    <message>
        <source>nestready: warning: redaction changed what the evidence says; the report&apos;s results are those of the unredacted evidence.
</source>
        <translation>nestready: 警告: 匿名化によって証拠の内容が変わりました。レポートの結果は匿名化前の証拠に基づくものです。
</translation>
    </message>
    <message>
        <source>Report files, or folders to search for *.json.</source>
        <translation>レポートファイル、または *.json を探すフォルダー。</translation>
    </message>
    <message>
        <source>files_or_folders...</source>
        <translation>ファイルまたはフォルダー...</translation>
    </message>
    <message>
        <source>Write the table as CSV to &lt;file&gt;.</source>
        <translation>表を CSV として &lt;file&gt; に書き出します。</translation>
    </message>
    <message>
        <source>Replace the output files if they exist.</source>
        <translation>出力ファイルが存在する場合は置き換えます。</translation>
    </message>
    <message>
        <source>Run `nestready summarize --help` for usage.</source>
        <translation>使い方は `nestready summarize --help` で確認できます。</translation>
    </message>
    <message>
        <source>Give at least one report file or folder.</source>
        <translation>レポートファイルまたはフォルダーを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>nestready: no readable report.</source>
        <translation>nestready: 読み取れるレポートがありません。</translation>
    </message>
    <message>
        <source>Usage: nestready [options]            open the setup wizard
       nestready --page ID            open the wizard at a page or guide (e.g. vmware-esxi)
       nestready check [options]      check this machine, print results

Run `nestready check --help` for the options of the checks.

Exit codes of `check`: 0 nothing fails, 1 at least one check fails,
2 bad usage or unreadable input.
</source>
        <translation>使用方法: nestready [オプション]            セットアップ ウィザードを開きます
       nestready --page ID            ウィザードを指定したページまたはガイド (例: vmware-esxi) で開きます
       nestready check [オプション]      このマシンをチェックし、結果を出力します

チェックのオプションについては `nestready check --help` を実行してください。

`check` の終了コード: 0 失敗なし、1 少なくとも 1 つのチェックが失敗、
2 使用方法の誤りまたは入力を読み取れない。
</translation>
    </message>
    <message>
        <source>Evidence: nestready collect [options]   this machine&apos;s evidence, one JSON line per item
</source>
        <translation>証拠: nestready collect [オプション]   このマシンの証拠を、項目ごとに JSON 1 行で出力
</translation>
    </message>
    <message>
        <source>Run `nestready collect --help` for usage.</source>
        <translation>使い方は `nestready collect --help` で確認できます。</translation>
    </message>
    <message>
        <source>Reads this machine&apos;s evidence and writes each item as one line of JSON, in the form of a report&apos;s evidence items, as soon as it is read. Makes no network request.</source>
        <translation>このマシンの証拠を読み取り、各項目を読み取りしだい、レポートの証拠項目と同じ形式の JSON 1 行として書き出します。ネットワーク要求は行いません。</translation>
    </message>
    <message>
        <source>Options only `check` takes (--json, --report, --redact, --from-report, --force) need the
command: `nestready --json` is refused with exit code 2; type `nestready check --json`.
</source>
        <translation>`check` だけが受け付けるオプション (--json、--report、--redact、--from-report、--force) には
コマンドが必要です: `nestready --json` は終了コード 2 で拒否されます。`nestready check --json` と入力してください。
</translation>
    </message>
    <message>
        <source>Reading reports: %1 of %2</source>
        <extracomment>Progress of `nestready summarize` on a terminal: %1 files read so far, %2 all files</extracomment>
        <translation>レポートを読み込んでいます: %1 / %2</translation>
    </message>
    <message>
        <source>Aggregates many JSON reports into one table (verdict, machine, platform, VM size, failing checks, file) and, with --html, a dashboard.</source>
        <translation>多数の JSON レポートを 1 つの表 (判定、マシン、プラットフォーム、VM サイズ、不合格のチェック、ファイル) にまとめます。--html を指定するとダッシュボードも作成します。</translation>
    </message>
    <message>
        <source>Write a dashboard to &lt;file&gt;: counts per verdict and platform, the checks that block the most machines, every machine.</source>
        <translation>ダッシュボードを &lt;file&gt; に書き出します: 判定別・プラットフォーム別の台数、最も多くのマシンをブロックしているチェック、すべてのマシン。</translation>
    </message>
    <message>
        <source>Evaluate each report&apos;s evidence again with the rules of this nestready (all in this one process) and show whose verdict changed since the report was taken.</source>
        <translation>各レポートの証拠をこの nestready のルールで再評価し (すべてこの 1 つのプロセス内で行います)、レポートの取得時から判定が変わったマシンを表示します。</translation>
    </message>
    <message>
        <source>Also write each machine&apos;s own HTML report into &lt;folder&gt; (created if missing); the --html page links to them.</source>
        <translation>各マシン個別の HTML レポートも &lt;folder&gt; に書き出します (存在しない場合は作成します)。--html のページからそれらにリンクします。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>「%1」はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>The firmware tables (SMBIOS) say so.</source>
        <translation>ファームウェア テーブル (SMBIOS) がそう示しています。</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) name &quot;%1&quot;.</source>
        <translation>ファームウェア テーブル (SMBIOS) に &quot;%1&quot; と記載されています。</translation>
    </message>
    <message>
        <source>An EC2 bare-metal instance type (&quot;%1&quot;): no hypervisor below this OS.</source>
        <translation>EC2 ベアメタル インスタンス タイプ (&quot;%1&quot;) です: この OS の下にハイパーバイザーはありません。</translation>
    </message>
    <message>
        <source>/proc/cpuinfo names User Mode Linux.</source>
        <translation>/proc/cpuinfo に User Mode Linux と記載されています。</translation>
    </message>
    <message>
        <source>/proc/xen exists and this is not the control domain.</source>
        <translation>/proc/xen が存在し、これは制御ドメインではありません。</translation>
    </message>
    <message>
        <source>The CPU reports a hypervisor with the signature &quot;%1&quot;.</source>
        <translation>CPU がシグネチャ &quot;%1&quot; のハイパーバイザーを報告しています。</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest.</source>
        <translation>これは Xen の制御ドメイン (dom0) であり、ゲストではありません。</translation>
    </message>
    <message>
        <source>/sys/hypervisor/type says xen.</source>
        <translation>/sys/hypervisor/type は xen を示しています。</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and nothing else names a different one.</source>
        <translation>CPU は Microsoft のハイパーバイザー インターフェイスを報告しており、ほかに別のものを示す情報はありません。</translation>
    </message>
    <message>
        <source>A hypervisor is present but nestready does not recognize it.</source>
        <translation>ハイパーバイザーが存在しますが、nestready はそれを認識できません。</translation>
    </message>
    <message>
        <source>The CPU flags say a hypervisor is present, but nothing names it.</source>
        <translation>CPU フラグはハイパーバイザーの存在を示していますが、その名前を示す情報はありません。</translation>
    </message>
    <message>
        <source>Neither the CPU nor the firmware tables report a hypervisor.</source>
        <translation>CPU もファームウェア テーブルもハイパーバイザーを報告していません。</translation>
    </message>
    <message>
        <source>No CPUID, CPU flags or firmware tables could be read.</source>
        <translation>CPUID、CPU フラグ、ファームウェア テーブルのいずれも読み取れませんでした。</translation>
    </message>
    <message>
        <source>The container manager left its name (&quot;%1&quot;).</source>
        <translation>コンテナー マネージャーが名前を残しています (&quot;%1&quot;)。</translation>
    </message>
    <message>
        <source>/proc/vz exists but /proc/bc does not: an OpenVZ container.</source>
        <translation>/proc/vz は存在しますが /proc/bc は存在しません: OpenVZ コンテナーです。</translation>
    </message>
    <message>
        <source>The kernel release (&quot;%1&quot;) is a Windows Subsystem for Linux kernel.</source>
        <translation>カーネル リリース (&quot;%1&quot;) は Windows Subsystem for Linux のカーネルです。</translation>
    </message>
    <message>
        <source>PID 1 declares that it runs outside any container.</source>
        <translation>PID 1 は、どのコンテナーの外でも実行されていると宣言しています。</translation>
    </message>
    <message>
        <source>/run/.containerenv exists.</source>
        <translation>/run/.containerenv が存在します。</translation>
    </message>
    <message>
        <source>/.dockerenv exists.</source>
        <translation>/.dockerenv が存在します。</translation>
    </message>
    <message>
        <source>This OS runs in its own cgroup namespace, as containers do.</source>
        <translation>この OS は、コンテナーと同様に独自の cgroup 名前空間で実行されています。</translation>
    </message>
    <message>
        <source>PID 1 runs in a container&apos;s control group (&quot;%1&quot;).</source>
        <translation>PID 1 はコンテナーのコントロール グループ (&quot;%1&quot;) で実行されています。</translation>
    </message>
    <message>
        <source>No container manager left any of its markers.</source>
        <translation>どのコンテナー マネージャーのマーカーも残っていません。</translation>
    </message>
    <message>
        <source>No container markers could be read.</source>
        <translation>コンテナーのマーカーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The chassis asset tag is the one Azure gives every VM.</source>
        <translation>シャーシ アセット タグは、Azure がすべての VM に付けるものです。</translation>
    </message>
    <message>
        <source>The firmware tables name Amazon EC2.</source>
        <translation>ファームウェア テーブルに Amazon EC2 と記載されています。</translation>
    </message>
    <message>
        <source>The firmware tables name Google Compute Engine.</source>
        <translation>ファームウェア テーブルに Google Compute Engine と記載されています。</translation>
    </message>
    <message>
        <source>The chassis asset tag names Oracle Cloud.</source>
        <translation>シャーシ アセット タグに Oracle Cloud と記載されています。</translation>
    </message>
    <message>
        <source>The firmware tables name Alibaba Cloud ECS.</source>
        <translation>ファームウェア テーブルに Alibaba Cloud ECS と記載されています。</translation>
    </message>
    <message>
        <source>The firmware tables name no public cloud.</source>
        <translation>ファームウェア テーブルにパブリック クラウドの記載はありません。</translation>
    </message>
    <message>
        <source>A physical machine is not a cloud VM.</source>
        <translation>物理マシンはクラウドの VM ではありません。</translation>
    </message>
    <message>
        <source>The CPU model name (&quot;%1&quot;) is one only QEMU&apos;s virtual CPUs carry.</source>
        <translation>CPU のモデル名 (&quot;%1&quot;) は QEMU の仮想 CPU だけが持つものです。</translation>
    </message>
    <message>
        <source>The CPU reports Hyper-V&apos;s interface and, behind it, KVM&apos;s signature &quot;%1&quot;: KVM with Hyper-V enlightenments.</source>
        <translation>CPU は Hyper-V のインターフェイスを報告しており、その背後に KVM のシグネチャ &quot;%1&quot; があります: Hyper-V エンライトメントを有効にした KVM です。</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor that CPUID names is Xen itself.</source>
        <translation>これは Xen の制御ドメイン (dom0) であり、ゲストではありません: CPUID が示すハイパーバイザーは Xen 自身です。</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor bit with an empty CPUID signature is Xen hiding itself from dom0.</source>
        <translation>これは Xen の制御ドメイン (dom0) であり、ゲストではありません: ハイパーバイザー ビットが立っているのに CPUID シグネチャが空なのは、Xen が dom0 から自身を隠しているためです。</translation>
    </message>
    <message>
        <source>The firmware tables name &quot;%1&quot;, which is QEMU&apos;s (or its BIOS, SeaBIOS); whether KVM accelerates it cannot be told from them.</source>
        <translation>ファームウェア テーブルに &quot;%1&quot; と記載されています。これは QEMU (またはその BIOS である SeaBIOS) のものです。KVM が高速化しているかどうかは、ファームウェア テーブルからは判別できません。</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and the firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>CPU は Microsoft のハイパーバイザー インターフェイスを報告しており、ファームウェア テーブルには Hyper-V 仮想マシン (&quot;Microsoft Corporation&quot;、&quot;Virtual Machine&quot;) と記載されています。</translation>
    </message>
    <message>
        <source>The firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>ファームウェア テーブルには Hyper-V 仮想マシン (&quot;Microsoft Corporation&quot;、&quot;Virtual Machine&quot;) と記載されています。</translation>
    </message>
    <message>
        <source>This process runs in Linux-VServer context %1, a VServer guest.</source>
        <translation>このプロセスは Linux-VServer のコンテキスト %1 で実行されています: VServer ゲストです。</translation>
    </message>
    <message>
        <source>Whoever runs the machine knows where it runs. On Azure, AWS or Google Cloud, look up the VM&apos;s size or instance type and its nested virtualization setting in the cloud&apos;s console; nestready&apos;s cloud checks do not apply until then.</source>
        <translation>このマシンがどこで実行されているかは、マシンの管理者が把握しています。Azure、AWS、Google Cloud の場合は、クラウドのコンソールで VM のサイズまたはインスタンス タイプと、入れ子になった仮想化の設定を確認してください。それまでは nestready のクラウドのチェックは適用されません。</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) were not collected, and nestready tells the cloud only from them.</source>
        <translation>ファームウェア テーブル (SMBIOS) が収集されていません。nestready はクラウドをファームウェア テーブルからのみ判別します。</translation>
    </message>
    <message>
        <source>This user may not read the firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready as an administrator to read them.</source>
        <translation>このユーザーにはファームウェア テーブル (SMBIOS) を読み取る権限がありません。nestready はクラウドをファームウェア テーブルからのみ判別します。読み取るには、nestready を管理者として実行してください。</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) could not be read (%1), and nestready tells the cloud only from them. Run the check again.</source>
        <translation>ファームウェア テーブル (SMBIOS) を読み取れませんでした (%1)。nestready はクラウドをファームウェア テーブルからのみ判別します。もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>The Windows evidence holds no firmware values (Win32_ComputerSystem, Win32_BIOS), and nestready tells the cloud only from them. Collect the evidence again with collect-evidence.ps1.</source>
        <translation>Windows のエビデンスにファームウェアの値 (Win32_ComputerSystem、Win32_BIOS) が含まれていません。nestready はクラウドをこれらの値からのみ判別します。collect-evidence.ps1 でエビデンスをもう一度収集してください。</translation>
    </message>
    <message>
        <source>WSL does not show the Windows machine&apos;s firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready for Windows on the Windows side to learn the cloud.</source>
        <translation>WSL からは Windows マシンのファームウェア テーブル (SMBIOS) が見えません。nestready はクラウドをファームウェア テーブルからのみ判別します。クラウドを判別するには、Windows 側で Windows 版の nestready を実行してください。</translation>
    </message>
    <message>
        <source>Inside this container the host&apos;s firmware tables (SMBIOS, /sys/class/dmi/id) are not visible, and nestready tells the cloud only from them. Run nestready on the machine or VM that hosts the container to learn the cloud.</source>
        <translation>このコンテナー内からはホストのファームウェア テーブル (SMBIOS、/sys/class/dmi/id) が見えません。nestready はクラウドをファームウェア テーブルからのみ判別します。クラウドを判別するには、このコンテナーをホストしているマシンまたは VM で nestready を実行してください。</translation>
    </message>
    <message>
        <source>This Xen guest has no firmware tables (SMBIOS): a paravirtualized (PV) guest gets none, and nestready tells the cloud mostly from them.</source>
        <translation>この Xen ゲストにはファームウェア テーブル (SMBIOS) がありません: 準仮想化 (PV) ゲストには提供されないためです。nestready はクラウドを主にファームウェア テーブルから判別します。</translation>
    </message>
    <message>
        <source>The machine has no firmware tables (SMBIOS, /sys/class/dmi/id is missing), as in microVMs such as Firecracker, and nestready tells the cloud only from them.</source>
        <translation>Firecracker などの microVM と同じく、このマシンにはファームウェア テーブル (SMBIOS) がありません (/sys/class/dmi/id が存在しません)。nestready はクラウドをファームウェア テーブルからのみ判別します。</translation>
    </message>
    <message>
        <source>The firmware version &quot;%1&quot; names Amazon: an EC2 instance on the Xen hypervisor.</source>
        <translation>ファームウェアのバージョン &quot;%1&quot; に Amazon と記載されています: Xen ハイパーバイザー上の EC2 インスタンスです。</translation>
    </message>
    <message>
        <source>The Xen domain&apos;s UUID starts with &quot;ec2&quot;: an EC2 instance on the Xen hypervisor.</source>
        <translation>Xen ドメインの UUID が &quot;ec2&quot; で始まっています: Xen ハイパーバイザー上の EC2 インスタンスです。</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1.</source>
        <translation>ファームウェア テーブルにクラウド プロバイダーとして %1 が記載されています。</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1 (&quot;%2&quot;).</source>
        <translation>ファームウェア テーブルにクラウド プロバイダーとして %1 (&quot;%2&quot;) が記載されています。</translation>
    </message>
    <message>
        <source>The firmware tables name OpenStack, which many clouds run; they do not name the provider.</source>
        <translation>ファームウェア テーブルには、多くのクラウドで使われている OpenStack と記載されていますが、プロバイダー名は記載されていません。</translation>
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
        <translation>/proc/cpuinfo に記載されたプロセッサ。</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include vmx (Intel VT-x).</source>
        <translation>この OS の CPU フラグに vmx (Intel VT-x) が含まれています。</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include svm (AMD-V).</source>
        <translation>この OS の CPU フラグに svm (AMD-V) が含まれています。</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but the kernel found it switched off (usually in the firmware settings) and does not list it.</source>
        <translation>CPU は VT-x/AMD-V に対応していますが、カーネルはそれが (通常はファームウェア設定で) 無効になっていることを検出し、一覧に含めていません。</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include neither vmx (Intel VT-x) nor svm (AMD-V).</source>
        <translation>この OS の CPU フラグには vmx (Intel VT-x) も svm (AMD-V) も含まれていません。</translation>
    </message>
    <message>
        <source>CPUID reports VT-x/AMD-V.</source>
        <translation>CPUID が VT-x/AMD-V を報告しています。</translation>
    </message>
    <message>
        <source>CPUID reports neither VT-x nor AMD-V.</source>
        <translation>CPUID は VT-x も AMD-V も報告していません。</translation>
    </message>
    <message>
        <source>Neither the CPU flags nor CPUID could be read.</source>
        <translation>CPU フラグも CPUID も読み取れませんでした。</translation>
    </message>
    <message>
        <source>The CPU flags include ept/npt.</source>
        <translation>CPU フラグに ept/npt が含まれています。</translation>
    </message>
    <message>
        <source>The CPU flags include neither ept nor npt.</source>
        <translation>CPU フラグには ept も npt も含まれていません。</translation>
    </message>
    <message>
        <source>CPUID leaf 0x8000000A.</source>
        <translation>CPUID リーフ 0x8000000A。</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS may create partitions: it is the host (root partition), not a guest.</source>
        <translation>Hyper-V によると、この OS はパーティションを作成できます: ゲストではなくホスト (ルート パーティション) です。</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS is a guest partition.</source>
        <translation>Hyper-V によると、この OS はゲスト パーティションです。</translation>
    </message>
    <message>
        <source>MemTotal in /proc/meminfo.</source>
        <translation>/proc/meminfo の MemTotal。</translation>
    </message>
    <message>
        <source>Free space on the file system that holds %1.</source>
        <translation>%1 を含むファイル システムの空き容量。</translation>
    </message>
    <message>
        <source>No hypervisor (physical machine)</source>
        <translation>ハイパーバイザーなし (物理マシン)</translation>
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
        <translation>QEMU (KVM なし)</translation>
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
        <translation>QNX ハイパーバイザー</translation>
    </message>
    <message>
        <source>Lockheed Martin SRE</source>
        <translation>Lockheed Martin SRE</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No container</source>
        <translation>コンテナーなし</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Windows Subsystem for Linux</translation>
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
        <translation>パブリック クラウドなし</translation>
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
        <translation>Citrix Virtual Delivery Agent がインストールされています (レジストリ キーまたは Citrix Desktop Service)。</translation>
    </message>
    <message>
        <source>The VMware/Omnissa Horizon Agent is installed (its registry key exists).</source>
        <translation>VMware/Omnissa Horizon Agent がインストールされています (そのレジストリ キーが存在します)。</translation>
    </message>
    <message>
        <source>The Azure Virtual Desktop agent is installed (RDInfraAgent key or the Remote Desktop Agent Loader service). Windows 365 Cloud PCs use the same agent.</source>
        <translation>Azure Virtual Desktop エージェントがインストールされています (RDInfraAgent キーまたは Remote Desktop Agent Loader サービス)。Windows 365 の Cloud PC も同じエージェントを使用します。</translation>
    </message>
    <message>
        <source>An Amazon EC2 machine with the WorkSpaces streaming agent folders installed.</source>
        <translation>WorkSpaces のストリーミング エージェントのフォルダーがインストールされた Amazon EC2 マシンです。</translation>
    </message>
    <message>
        <source>No Citrix, Horizon, Azure Virtual Desktop or Amazon WorkSpaces agent is installed.</source>
        <translation>Citrix、Horizon、Azure Virtual Desktop、Amazon WorkSpaces のいずれのエージェントもインストールされていません。</translation>
    </message>
    <message>
        <source>The Windows registry (CurrentVersion).</source>
        <translation>Windows レジストリ (CurrentVersion)。</translation>
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
        <translation>Windows: Linux コンテナーのマーカーは該当しません。</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine; Windows inside it runs its own Hyper-V as well.</source>
        <translation>ファームウェア テーブルには Microsoft Hyper-V 仮想マシンと記載されています。その中の Windows も独自の Hyper-V を実行しています。</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine (&quot;%1&quot;, &quot;%2&quot;).</source>
        <translation>ファームウェア テーブルには Microsoft Hyper-V 仮想マシンと記載されています (&quot;%1&quot;、&quot;%2&quot;)。</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform; the hypervisor Windows reports is its own (Hyper-V, WSL 2 or VBS).</source>
        <translation>ファームウェア テーブルには仮想プラットフォームが記載されていません。Windows が報告しているハイパーバイザーは Windows 自身のもの (Hyper-V、WSL 2、または VBS) です。</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform and Windows reports no hypervisor.</source>
        <translation>ファームウェア テーブルには仮想プラットフォームが記載されておらず、Windows はハイパーバイザーを報告していません。</translation>
    </message>
    <message>
        <source>Windows in this VM runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>この VM 内の Windows は独自の Hyper-V を実行しています (ルート パーティション、CPUID 0x40000003)。Hyper-V には VT-x/AMD-V が必要なため、入れ子になった仮想化は機能しています。</translation>
    </message>
    <message>
        <source>Windows runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>Windows は独自の Hyper-V を実行しています (ルート パーティション、CPUID 0x40000003)。Hyper-V には VT-x/AMD-V が必要なため、ハードウェア仮想化はオンになっています。</translation>
    </message>
    <message>
        <source>Hyper-V, which needs SLAT, is running.</source>
        <translation>SLAT を必要とする Hyper-V が実行されています。</translation>
    </message>
    <message>
        <source>Windows on Arm in Parallels on Apple silicon: Microsoft says WSL and nested virtualization are not supported there.</source>
        <translation>Apple シリコン上の Parallels で動作する Windows on Arm: Microsoft によると、この環境では WSL と入れ子になった仮想化はサポートされていません。</translation>
    </message>
    <message>
        <source>Windows on Arm: nestready cannot read the Arm virtualization extensions from its evidence.</source>
        <translation>Windows on Arm: nestready は、収集したエビデンスから Arm の仮想化拡張機能を読み取ることができません。</translation>
    </message>
    <message>
        <source>Windows&apos; own processor properties mean nothing here, because a hypervisor runs.</source>
        <translation>ハイパーバイザーが実行されているため、Windows 自身が報告するプロセッサのプロパティはここでは意味を持ちません。</translation>
    </message>
    <message>
        <source>CPUID in this VM reports VT-x/AMD-V: the hypervisor passes it through.</source>
        <translation>この VM の CPUID は VT-x/AMD-V を報告しています。ハイパーバイザーがこれを VM に渡しています。</translation>
    </message>
    <message>
        <source>CPUID in this VM reports neither VT-x nor AMD-V: the hypervisor does not pass it through.</source>
        <translation>この VM の CPUID は VT-x と AMD-V のどちらも報告していません。ハイパーバイザーがこれを VM に渡していません。</translation>
    </message>
    <message>
        <source>A physical machine that reports a hypervisor runs Windows&apos; own Hyper-V, which needs VT-x/AMD-V.</source>
        <translation>ハイパーバイザーを報告している物理マシンでは Windows 独自の Hyper-V が実行されており、これには VT-x/AMD-V が必要です。</translation>
    </message>
    <message>
        <source>Without CPUID (replay with --cpuid-dump) it cannot be told.</source>
        <translation>CPUID がないと判断できません (--cpuid-dump を指定して再実行してください)。</translation>
    </message>
    <message>
        <source>Windows reports virtualization enabled in the firmware and no hypervisor running.</source>
        <translation>Windows は、ファームウェアで仮想化が有効になっており、ハイパーバイザーは実行されていないと報告しています。</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but Windows reports it disabled in the firmware (BIOS/UEFI).</source>
        <translation>CPU は VT-x/AMD-V に対応していますが、Windows はそれがファームウェア (BIOS/UEFI) で無効になっていると報告しています。</translation>
    </message>
    <message>
        <source>Windows reports a CPU without VT-x/AMD-V (VM Monitor Mode Extensions: no).</source>
        <translation>Windows は、CPU が VT-x/AMD-V に対応していないと報告しています (VM Monitor Mode Extensions: no)。</translation>
    </message>
    <message>
        <source>Windows reports Second Level Address Translation.</source>
        <translation>Windows は、第 2 レベル アドレス変換 (Second Level Address Translation) に対応していると報告しています。</translation>
    </message>
    <message>
        <source>Windows reports no Second Level Address Translation.</source>
        <translation>Windows は、第 2 レベル アドレス変換 (Second Level Address Translation) に対応していないと報告しています。</translation>
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
        <translation>macOS には独自のコンテナーがありません。</translation>
    </message>
    <message>
        <source>A Mac is not a cloud VM.</source>
        <translation>Mac はクラウド VM ではありません。</translation>
    </message>
    <message>
        <source>macOS reports that it runs in a virtual machine (kern.hv_vmm_present, model &quot;%1&quot;).</source>
        <translation>macOS は、仮想マシン内で実行されていると報告しています (kern.hv_vmm_present、モデル &quot;%1&quot;)。</translation>
    </message>
    <message>
        <source>macOS reports that it runs directly on the Mac (kern.hv_vmm_present is 0).</source>
        <translation>macOS は、Mac 上で直接実行されていると報告しています (kern.hv_vmm_present は 0)。</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework can run virtual machines (kern.hv_support is 1).</source>
        <translation>macOS は、Hypervisor.framework で仮想マシンを実行できると報告しています (kern.hv_support は 1)。</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework cannot run virtual machines here (kern.hv_support is 0).</source>
        <translation>macOS は、この環境では Hypervisor.framework で仮想マシンを実行できないと報告しています (kern.hv_support は 0)。</translation>
    </message>
    <message>
        <source>Look the size up by hand: in the Azure portal, open the VM and read &quot;Size&quot; on its Overview page, or run: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</source>
        <translation>サイズを手動で調べてください: Azure portal で VM を開いて &quot;Overview&quot; ページの &quot;Size&quot; を確認するか、次を実行してください: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service has not answered.</source>
        <translation>Azure のメタデータ サービスから応答がありません。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service names the size.</source>
        <translation>Azure のメタデータ サービスからサイズが返されました。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service answered, but not usably (%1).</source>
        <translation>Azure のメタデータ サービスから応答がありましたが、使用できる内容ではありませんでした (%1)。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked, because of --no-network.</source>
        <translation>--no-network が指定されているため、Azure のメタデータ サービスに問い合わせていません。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked: this is a recorded machine.</source>
        <translation>記録されたマシンのため、Azure のメタデータ サービスに問い合わせていません。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service did not answer in time (%1).</source>
        <translation>Azure のメタデータ サービスから時間内に応答がありませんでした (%1)。</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service could not be read (%1).</source>
        <translation>Azure のメタデータ サービスを読み取れませんでした (%1)。</translation>
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
        <translation>nestready の収集スクリプト (PowerShell) が時間内に応答しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>Windows PowerShell was not found, so nestready&apos;s collector script could not run.</source>
        <translation>Windows PowerShell が見つからなかったため、nestready の収集スクリプトを実行できませんでした。</translation>
    </message>
    <message>
        <source>nestready&apos;s collector script (PowerShell) failed: %1</source>
        <translation>nestready の収集スクリプト (PowerShell) が失敗しました: %1</translation>
    </message>
    <message>
        <source>An ARMv8 (arm64) CPU, which is 64-bit.</source>
        <translation>ARMv8 (arm64) CPU で、64 ビットです。</translation>
    </message>
    <message>
        <source>An arm64 machine with /dev/kvm: KVM runs here.</source>
        <translation>/dev/kvm がある arm64 マシンです: ここでは KVM が動作します。</translation>
    </message>
    <message>
        <source>An arm64 machine without /dev/kvm: this OS did not get the Arm virtualization extensions (EL2), as in most arm64 cloud VMs.</source>
        <translation>/dev/kvm がない arm64 マシンです: ほとんどの arm64 クラウド VM と同様に、この OS には Arm 仮想化拡張機能 (EL2) が提供されていません。</translation>
    </message>
    <message>
        <source>An arm64 machine, whose hardware virtualization shows only as /dev/kvm, which could not be read.</source>
        <translation>arm64 マシンです。ハードウェア仮想化は /dev/kvm としてのみ現れますが、読み取れませんでした。</translation>
    </message>
    <message>
        <source>The CPU flags list vmx (Intel VT-x), but this kernel does not clear that flag when the firmware has switched VT-x off.</source>
        <translation>CPU フラグに vmx (Intel VT-x) がありますが、このカーネルはファームウェアが VT-x をオフにしていてもこのフラグを消しません。</translation>
    </message>
    <message>
        <source>The CPU flags list svm (AMD-V), which Linux shows even when the firmware has switched AMD-V off.</source>
        <translation>CPU フラグに svm (AMD-V) があります。Linux はファームウェアが AMD-V をオフにしていてもこのフラグを表示します。</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_intel is not and there is no /dev/kvm, which is what happens when the firmware has switched VT-x off.</source>
        <translation>KVM が起動しませんでした: kvm は読み込まれていますが kvm_intel は読み込まれておらず、/dev/kvm もありません。これはファームウェアが VT-x をオフにしているときに起こる状態です。</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_amd is not and there is no /dev/kvm, which is what happens when the firmware has switched AMD-V off.</source>
        <translation>KVM が起動しませんでした: kvm は読み込まれていますが kvm_amd は読み込まれておらず、/dev/kvm もありません。これはファームウェアが AMD-V をオフにしているときに起こる状態です。</translation>
    </message>
    <message>
        <source>No KVM module is loaded yet, so whether the firmware allows it shows only when it loads.</source>
        <translation>KVM モジュールはまだ読み込まれていません。ファームウェアが許可しているかどうかは、読み込まれたときに初めてわかります。</translation>
    </message>
    <message>
        <source>Virtualization-based security runs in this VM (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>この VM では仮想化ベースのセキュリティが動作しています (Win32_DeviceGuard)。つまり VT-x/AMD-V を必要とする Windows 自身のハイパーバイザーが動作しているため、入れ子になった仮想化は機能しています。</translation>
    </message>
    <message>
        <source>Virtualization-based security runs (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>仮想化ベースのセキュリティが動作しています (Win32_DeviceGuard)。つまり VT-x/AMD-V を必要とする Windows 自身のハイパーバイザーが動作しているため、ハードウェア仮想化はオンです。</translation>
    </message>
    <message>
        <source>The /dev/kvm here comes from PVM (the kvm_pvm module), which runs virtual machines without VT-x/AMD-V but only with guest kernels built for PVM.</source>
        <translation>この環境の /dev/kvm は PVM (kvm_pvm モジュール) によるものです。PVM は VT-x/AMD-V なしで仮想マシンを実行できますが、PVM 向けにビルドされたゲスト カーネルに限られます。</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Unrecognized hypervisor</source>
        <translation>認識できないハイパーバイザー</translation>
    </message>
    <message>
        <source>VMware Fusion</source>
        <translation>VMware Fusion</translation>
    </message>
    <message>
        <source>Unrecognized container manager</source>
        <translation>認識できないコンテナー マネージャー</translation>
    </message>
    <message>
        <source>Another cloud (provider not named)</source>
        <translation>その他のクラウド (プロバイダー名不明)</translation>
    </message>
    <message>
        <source>Windows did not let PowerShell run nestready&apos;s collector script: an execution policy set by Group Policy, or an application control policy (AppLocker, App Control for Business), blocks it. An administrator can allow it by signing collect-evidence.ps1 with a certificate the machine trusts or by allow-listing it; or run nestready on an evidence file collected by an administrator.</source>
        <translation>Windows が、PowerShell による nestready の収集スクリプトの実行を許可しませんでした: グループ ポリシーで設定された実行ポリシー、またはアプリケーション制御ポリシー (AppLocker、App Control for Business) によってブロックされています。管理者は、マシンが信頼する証明書で collect-evidence.ps1 に署名するか、許可リストに追加することで実行を許可できます。または、管理者が収集したエビデンス ファイルに対して nestready を実行してください。</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>%1: no .json files in this folder.</source>
        <translation>%1: このフォルダーには .json ファイルがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read.</source>
        <translation>
            <numerusform>%n 件のレポートを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fails on %n machine(s).</source>
        <translation>
            <numerusform>%1 は %n 台のマシンで不合格です。</numerusform>
        </translation>
    </message>
    <message>
        <source>nestready fleet summary</source>
        <translation>nestready フリート概要</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>Column headings of the fleet table in the terminal</extracomment>
        <translation>判定</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>読み取れなかったファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message numerus="yes">
        <source>Checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>nestready %1 のルールで再チェックしました: 判定が変わったマシンは %n 台です。</numerusform>
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
            <numerusform>その他 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken between %1 and %2.</source>
        <extracomment>%1 and %2 are dates: the oldest and the newest report</extracomment>
        <translation>%1 から %2 までに取得されました。</translation>
    </message>
    <message numerus="yes">
        <source>Every report was checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>すべてのレポートを nestready %1 のルールで再チェックしました: 判定が変わったマシンは %n 台です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>ハイパーバイザー</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>What blocks the most machines</source>
        <translation>最も多くのマシンをブロックしているもの</translation>
    </message>
    <message>
        <source>No check fails on any machine.</source>
        <translation>どのマシンにも不合格のチェックはありません。</translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation>不合格のチェック</translation>
    </message>
    <message>
        <source>Machines it blocks</source>
        <translation>ブロックされるマシン</translation>
    </message>
    <message>
        <source>Changed with today&apos;s rules</source>
        <translation>現在のルールで判定が変わったマシン</translation>
    </message>
    <message>
        <source>No machine&apos;s verdict changed.</source>
        <translation>判定が変わったマシンはありません。</translation>
    </message>
    <message>
        <source>Verdict when taken</source>
        <translation>取得時の判定</translation>
    </message>
    <message>
        <source>Verdict now</source>
        <translation>現在の判定</translation>
    </message>
    <message>
        <source>Written by nestready %1.</source>
        <translation>nestready %1 が作成。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>不合格のチェック</translation>
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
        <translation>このマシンを調べる代わりに、保存した JSON レポートを開きます。</translation>
    </message>
    <message>
        <source>Open the wizard at &lt;page&gt; (welcome, machine, requirements, guide, summary) or at a guide id such as vmware-esxi.</source>
        <translation>ウィザードを &lt;page&gt; (welcome、machine、requirements、guide、summary) または vmware-esxi などのガイド ID で開きます。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Use welcome, machine, requirements, guide, summary or a guide id such as vmware-esxi.</source>
        <translation>不明なページ &quot;%1&quot; です。welcome、machine、requirements、guide、summary、または vmware-esxi などのガイド ID を使用してください。</translation>
    </message>
    <message>
        <source>nestready — report from %1</source>
        <translation>nestready — %1 のレポート</translation>
    </message>
    <message>
        <source>nestready: the window cannot open: Qt could not start a platform plugin for the display.
Run `nestready check` to check this machine on the command line.
Qt says: </source>
        <translation>nestready: ウィンドウを開けません: Qt がディスプレイ用のプラットフォーム プラグインを起動できませんでした。
コマンド ラインでこのマシンをチェックするには、`nestready check` を実行してください。
Qt のメッセージ: </translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here once nested virtualization is on, but problems are then for your cloud provider.</source>
        <translation>ベンダーが仮想マシンをサポートしているのは VMware ESXi と Azure のみです。入れ子になった仮想化をオンにすれば iEchor Desktop はここでも動作する可能性がありますが、その場合の問題はご利用のクラウド プロバイダーの対応範囲となります。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), use an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>iEchor Desktop を物理マシン上でネイティブに実行する (ベンダーの推奨)、Azure VM を使用する、またはローカル VM の代わりにベンダーのクラウド オフロード サービスを使用してください。</translation>
    </message>
    <message>
        <source>Microsoft Azure virtual machine</source>
        <translation>Microsoft Azure 仮想マシン</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. Microsoft supports nested Hyper-V on VM sizes that offer it.</source>
        <translation>Azure VM は、1 台のマシンにつき 1 インスタンスで利用する iEchor Business のお客様向けに、ベンダーがテストした 2 つのプラットフォームのうちの 1 つです。Microsoft は、入れ子になった Hyper-V を、それを提供する VM サイズでサポートしています。</translation>
    </message>
    <message>
        <source>Start the VM, turn on the Windows features iEchor Desktop needs (see the Windows features guide), then check again.</source>
        <translation>VM を起動し、iEchor Desktop に必要な Windows の機能をオンにしてから (Windows の機能のガイドを参照)、もう一度チェックします。</translation>
    </message>
    <message>
        <source>Azure: VM sizes</source>
        <translation>Azure: VM のサイズ</translation>
    </message>
    <message>
        <source>Microsoft: Enable nested virtualization</source>
        <translation>Microsoft: 入れ子になった仮想化を有効にする</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch</source>
        <translation>Azure: Trusted Launch</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>VM または VDI 環境での iEchor Desktop</translation>
    </message>
    <message>
        <source>Whether Trusted Launch blocks nested virtualization could not be confirmed: an older Azure page listed it as unsupported, the current page does not, and Trusted Launch is now the default for new VMs.</source>
        <translation>Trusted Launch が入れ子になった仮想化を妨げるかどうかは確認できませんでした。以前の Azure のページではサポート対象外と記載されていましたが、現在のページには記載がなく、また現在は新しい VM では Trusted Launch が既定になっています。</translation>
    </message>
    <message>
        <source>Google Cloud (Compute Engine)</source>
        <translation>Google Cloud (Compute Engine)</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again. Expect the nested VM to run at least 10% slower.</source>
        <translation>VM を起動し、nestready を再度起動して、もう一度チェックします。入れ子になった VM は、少なくとも 10% 遅くなることを想定してください。</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes.</source>
        <translation>&quot;ハードウェア仮想化 (VT-x / AMD-V)&quot; のチェックに合格します。</translation>
    </message>
    <message>
        <source>Google Cloud: About nested virtualization</source>
        <translation>Google Cloud: 入れ子になった仮想化について</translation>
    </message>
    <message>
        <source>Amazon EC2</source>
        <translation>Amazon EC2</translation>
    </message>
    <message>
        <source>Start the instance, start nestready again and check again.</source>
        <translation>インスタンスを起動し、nestready を再度起動して、もう一度チェックします。</translation>
    </message>
    <message>
        <source>AWS: Nested virtualization on EC2</source>
        <translation>AWS: EC2 での入れ子になった仮想化</translation>
    </message>
    <message>
        <source>Windows 365 and Azure Virtual Desktop</source>
        <translation>Windows 365 と Azure Virtual Desktop</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop session hosts and Cloud PCs run on Azure. The vendor names Azure VMs, not these desktop services, as tested; one instance of iEchor Desktop per machine.</source>
        <translation>Azure Virtual Desktop のセッション ホストと Cloud PC は Azure 上で実行されます。ベンダーがテスト済みとしているのは Azure VM であり、これらのデスクトップ サービスではありません。iEchor Desktop は 1 台のマシンにつき 1 インスタンスです。</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: a session host size that offers nested virtualization (see the Azure guide).</source>
        <translation>Azure Virtual Desktop: 入れ子になった仮想化を提供するセッション ホストのサイズ (Azure のガイドを参照)。</translation>
    </message>
    <message>
        <source>A personal (single-user) desktop: running more than one instance of iEchor Desktop on one machine, as on Windows Enterprise multi-session, is not supported.</source>
        <translation>個人用 (シングルユーザー) のデスクトップ: Windows Enterprise マルチセッションのように 1 台のマシンで iEchor Desktop の複数のインスタンスを実行することはサポートされていません。</translation>
    </message>
    <message>
        <source>Ask your administrator to move you to a Cloud PC with 4 vCPUs or more, or to a session host size that offers nested virtualization.</source>
        <translation>vCPU 4 個以上の Cloud PC、または入れ子になった仮想化を提供するセッション ホストのサイズに移行するよう、管理者に依頼します。</translation>
    </message>
    <message>
        <source>Turn on the Windows features iEchor Desktop needs (see the Windows features guide), restart and check again.</source>
        <translation>iEchor Desktop に必要な Windows の機能をオンにし (Windows の機能のガイドを参照)、再起動してから、もう一度チェックします。</translation>
    </message>
    <message>
        <source>Windows 365: nested virtualization</source>
        <translation>Windows 365: 入れ子になった仮想化</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: agent troubleshooting</source>
        <translation>Azure Virtual Desktop: エージェントのトラブルシューティング</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session FAQ</source>
        <translation>Windows Enterprise マルチセッションに関する FAQ</translation>
    </message>
    <message>
        <source>Whether Windows 365 Cloud PCs use the same agent as Azure Virtual Desktop could not be confirmed.</source>
        <translation>Windows 365 の Cloud PC が Azure Virtual Desktop と同じエージェントを使用しているかどうかは確認できませんでした。</translation>
    </message>
    <message>
        <source>Supported by the vendor</source>
        <extracomment>Banner of a guide: the product vendor supports this platform</extracomment>
        <translation>ベンダーのサポート対象</translation>
    </message>
    <message>
        <source>Works, but not supported by the vendor</source>
        <extracomment>Banner of a guide: it can work, but the product vendor does not support it</extracomment>
        <translation>動作しますが、ベンダーのサポート対象外です</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <extracomment>Banner of a guide: iEchor Desktop cannot run on this platform</extracomment>
        <translation>この環境では実行できません</translation>
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
        <translation>KVM / QEMU または libvirt</translation>
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
        <translation>ベンダーが仮想マシンをサポートしているのは VMware ESXi と Azure のみです。入れ子になった仮想化をオンにすれば iEchor Desktop はここでも動作する可能性がありますが、その場合の問題はご利用のハイパーバイザーのベンダーの対応範囲となります。</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>iEchor Desktop を物理マシン上でネイティブに実行する (ベンダーの推奨)、このデスクトップを VMware ESXi または Azure VM に移行する、またはローカル VM の代わりにベンダーのクラウド オフロード サービスを使用してください。</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again.</source>
        <translation>VM を起動し、nestready を再度起動して、もう一度チェックします。</translation>
    </message>
    <message>
        <source>Shut down the operating system in the VM and make sure the VM is powered off.</source>
        <translation>VM 内のオペレーティング システムをシャットダウンし、VM の電源がオフになっていることを確認します。</translation>
    </message>
    <message>
        <source>Microsoft Hyper-V (on premises)</source>
        <translation>Microsoft Hyper-V (オンプレミス)</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure. Microsoft itself supports nested Hyper-V in production, including WSL 2 in a nested VM.</source>
        <translation>ベンダーがテストしているのは VMware ESXi と Azure のみです。Microsoft 自身は、入れ子になった VM 内の WSL 2 も含め、入れ子になった Hyper-V を運用環境でサポートしています。</translation>
    </message>
    <message>
        <source>Intel host with VT-x and EPT: Windows Server 2016 or Windows 10 or later on the host, VM configuration version 8.0 or later.</source>
        <translation>VT-x と EPT に対応した Intel ホスト: ホストに Windows Server 2016 または Windows 10 以降、VM 構成バージョン 8.0 以降。</translation>
    </message>
    <message>
        <source>AMD EPYC or Ryzen host: Windows Server 2022 or Windows 11 or later on the host, VM configuration version 9.3 or later.</source>
        <translation>AMD EPYC または Ryzen ホスト: ホストに Windows Server 2022 または Windows 11 以降、VM 構成バージョン 9.3 以降。</translation>
    </message>
    <message>
        <source>An elevated PowerShell on the Hyper-V host (not in this VM).</source>
        <translation>Hyper-V ホスト上 (この VM 内ではありません) の管理者特権の PowerShell。</translation>
    </message>
    <message>
        <source>Turn the VM off.</source>
        <translation>VM をオフにします。</translation>
    </message>
    <message>
        <source>On the host, expose the virtualization extensions to the VM. Replace &lt;VM&gt; with the VM&apos;s name. ($false turns it off again.)</source>
        <translation>ホストで、VM に仮想化拡張機能を公開します。&lt;VM&gt; は VM の名前に置き換えてください。($false を指定すると再びオフになります。)</translation>
    </message>
    <message>
        <source>Read the setting back: ExposeVirtualizationExtensions must be True.</source>
        <translation>設定を読み取って確認します: ExposeVirtualizationExtensions が True になっている必要があります。</translation>
    </message>
    <message>
        <source>Microsoft: What is nested virtualization?</source>
        <translation>Microsoft: 入れ子になった仮想化とは</translation>
    </message>
    <message>
        <source>Microsoft: WSL FAQ</source>
        <translation>Microsoft: WSL に関する FAQ</translation>
    </message>
    <message>
        <source>KVM / QEMU and libvirt</source>
        <translation>KVM / QEMU と libvirt</translation>
    </message>
    <message>
        <source>A shell with root rights on the KVM host (not in this VM).</source>
        <translation>KVM ホスト上 (この VM 内ではありません) の root 権限のあるシェル。</translation>
    </message>
    <message>
        <source>Nested virtualization is on by default since Linux 4.20; older host kernels need the module option below.</source>
        <translation>入れ子になった仮想化は Linux 4.20 以降では既定でオンになっています。それより古いホスト カーネルでは、下記のモジュール オプションが必要です。</translation>
    </message>
    <message>
        <source>On the host, check whether KVM passes nesting on: the file must say Y or 1. On AMD hosts look at kvm_amd instead of kvm_intel.</source>
        <translation>ホストで、KVM が入れ子を有効にしているかどうかを確認します: ファイルの内容が Y または 1 である必要があります。AMD ホストでは、kvm_intel ではなく kvm_amd を確認してください。</translation>
    </message>
    <message>
        <source>If it does not, add this option to a file in /etc/modprobe.d on the host (on AMD hosts the same option for kvm-amd). It applies when the module is loaded again, for example after a restart of the host.</source>
        <translation>有効になっていない場合は、ホストの /etc/modprobe.d 内のファイルにこのオプションを追加します (AMD ホストでは kvm-amd に同じオプションを追加します)。このオプションは、モジュールが再度読み込まれたとき (ホストの再起動後など) に適用されます。</translation>
    </message>
    <message>
        <source>Give the VM the host&apos;s CPU model: for QEMU the -cpu host option, for libvirt the host-passthrough CPU mode. A named CPU model with vmx=on works too.</source>
        <translation>VM にホストの CPU モデルを渡します: QEMU では -cpu host オプション、libvirt では host-passthrough CPU モードを使用します。vmx=on を指定した名前付きの CPU モデルでも動作します。</translation>
    </message>
    <message>
        <source>Linux kernel: Running nested guests with KVM</source>
        <translation>Linux カーネル: KVM で入れ子になったゲストを実行する</translation>
    </message>
    <message>
        <source>Access to the Proxmox VE host and its web interface.</source>
        <translation>Proxmox VE ホストとその Web インターフェイスへのアクセス。</translation>
    </message>
    <message>
        <source>On the host, check that the KVM module passes nesting on (Y or 1; kvm_amd on AMD hosts). If not, set the module&apos;s nested option as in the KVM guide.</source>
        <translation>ホストで、KVM モジュールが入れ子を有効にしていること (Y または 1。AMD ホストでは kvm_amd) を確認します。有効になっていない場合は、KVM のガイドのとおりにモジュールの nested オプションを設定します。</translation>
    </message>
    <message>
        <source>Set the VM&apos;s CPU type to host. Proxmox does not expose virtualization to VMs by default.</source>
        <translation>VM の CPU の種類 (&quot;Type&quot;) を host に設定します。Proxmox は既定では VM に仮想化機能を公開しません。</translation>
    </message>
    <message>
        <source>Proxmox VE wiki: Nested virtualization</source>
        <translation>Proxmox VE wiki: Nested virtualization</translation>
    </message>
    <message>
        <source>Oracle VirtualBox</source>
        <translation>Oracle VirtualBox</translation>
    </message>
    <message>
        <source>VirtualBox 6.1.0 or later for nested virtualization on Intel CPUs.</source>
        <translation>Intel CPU で入れ子になった仮想化を使用するには、VirtualBox 6.1.0 以降。</translation>
    </message>
    <message>
        <source>In the VM&apos;s settings, turn on nested VT-x/AMD-V.</source>
        <translation>VM の設定で、&quot;Enable Nested VT-x/AMD-V&quot; (入れ子になった VT-x/AMD-V) をオンにします。</translation>
    </message>
    <message>
        <source>Or, on the host&apos;s command line, replace &lt;vm&gt; with the VM&apos;s name:</source>
        <translation>または、ホストのコマンド ラインで次を実行します。&lt;vm&gt; は VM の名前に置き換えてください:</translation>
    </message>
    <message>
        <source>VirtualBox ticket 4032: nested VT-x</source>
        <translation>VirtualBox チケット 4032: nested VT-x</translation>
    </message>
    <message>
        <source>The exact page of the VBoxManage manual for --nested-hw-virt could not be confirmed.</source>
        <translation>VBoxManage マニュアルで --nested-hw-virt について説明している正確なページは確認できませんでした。</translation>
    </message>
    <message>
        <source>With its KVM or Hyper-V paravirtualization interface VirtualBox may look like another hypervisor from inside the VM; this could not be confirmed.</source>
        <translation>KVM または Hyper-V の準仮想化インターフェイスを使用している場合、VirtualBox は VM 内から別のハイパーバイザーのように見えることがあります。これは確認できませんでした。</translation>
    </message>
    <message>
        <source>Parallels Desktop</source>
        <translation>Parallels Desktop</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Mac on the Mac itself: running natively is what the vendor recommends. Or use the vendor&apos;s cloud offload service.</source>
        <translation>Mac 版 iEchor Desktop を Mac 自体にインストールしてください。ベンダーはネイティブでの実行を推奨しています。または、ベンダーのクラウド オフロード サービスを使用してください。</translation>
    </message>
    <message>
        <source>Intel Mac: power the VM off and look for Parallels&apos; nested virtualization option in the VM&apos;s CPU settings, then check again.</source>
        <translation>Intel Mac: VM の電源をオフにし、VM の CPU 設定で Parallels の入れ子になった仮想化のオプションを探してから、もう一度チェックします。</translation>
    </message>
    <message>
        <source>Parallels&apos; &quot;Enable nested virtualization&quot; setting on Intel Macs could not be confirmed.</source>
        <translation>Intel Mac での Parallels の &quot;Enable nested virtualization&quot; 設定は確認できませんでした。</translation>
    </message>
    <message>
        <source>Citrix Hypervisor, XenServer and Xen</source>
        <translation>Citrix Hypervisor、XenServer、Xen</translation>
    </message>
    <message>
        <source>Citrix Hypervisor (XenServer) does not support nested virtualization. On plain Xen, nested HVM is a technology preview on Intel and experimental on AMD.</source>
        <translation>Citrix Hypervisor (XenServer) は入れ子になった仮想化をサポートしていません。素の Xen では、入れ子になった HVM は Intel では技術プレビュー、AMD では試験段階です。</translation>
    </message>
    <message>
        <source>Citrix desktops: ask your administrator which hypervisor runs the desktop. Under Citrix Virtual Apps and Desktops the answer depends on that hypervisor; on VMware ESXi, Azure or Hyper-V follow that guide.</source>
        <translation>Citrix のデスクトップ: デスクトップを実行しているハイパーバイザーを管理者に確認してください。Citrix Virtual Apps and Desktops の場合、対応はそのハイパーバイザーによって異なります。VMware ESXi、Azure、Hyper-V の場合は、それぞれのガイドに従ってください。</translation>
    </message>
    <message>
        <source>On Citrix Hypervisor or XenServer nested virtualization is not available: use one of the alternatives above.</source>
        <translation>Citrix Hypervisor または XenServer では入れ子になった仮想化は利用できません。上記の代替手段のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>On plain Xen, nested HVM can be tried as described in the Xen wiki; it is not production ready.</source>
        <translation>素の Xen では、Xen wiki の説明に従って入れ子になった HVM を試すことができます。ただし、運用環境で使用できる状態ではありません。</translation>
    </message>
    <message>
        <source>Xen wiki: Nested virtualization in Xen</source>
        <translation>Xen wiki: Nested virtualization in Xen</translation>
    </message>
    <message>
        <source>On Nutanix VDI iEchor Desktop works if WSL 2 works. Persistent desktops are supported; non-persistent desktops are not.</source>
        <translation>Nutanix VDI では、WSL 2 が動作すれば iEchor Desktop も動作します。永続デスクトップはサポートされていますが、非永続デスクトップはサポートされていません。</translation>
    </message>
    <message>
        <source>A persistent desktop (not a non-persistent pool).</source>
        <translation>永続デスクトップ (非永続プールではありません)。</translation>
    </message>
    <message>
        <source>Access to the Nutanix cluster&apos;s command line (acli).</source>
        <translation>Nutanix クラスターのコマンド ライン (acli) へのアクセス。</translation>
    </message>
    <message>
        <source>Pass the CPU&apos;s virtualization features through to the VM. Replace &lt;vm&gt; with the VM&apos;s name.</source>
        <translation>CPU の仮想化機能を VM にパススルーします。&lt;vm&gt; は VM の名前に置き換えてください。</translation>
    </message>
    <message>
        <source>The acli command comes from community scripts; it could not be confirmed against the Nutanix documentation.</source>
        <translation>この acli コマンドはコミュニティのスクリプトに由来するもので、Nutanix のドキュメントでは確認できませんでした。</translation>
    </message>
    <message>
        <source>Physical machine</source>
        <translation>物理マシン</translation>
    </message>
    <message>
        <source>Running iEchor Desktop natively on a physical machine is what the vendor recommends: its Linux VM then runs directly on the hardware, without nested virtualization.</source>
        <translation>ベンダーは、iEchor Desktop を物理マシン上でネイティブに実行することを推奨しています。この場合、iEchor Desktop の Linux VM は入れ子になった仮想化を使わずにハードウェア上で直接実行されます。</translation>
    </message>
    <message>
        <source>A 64-bit CPU with virtualization extensions (Intel VT-x or AMD-V) and second-level address translation (SLAT).</source>
        <translation>仮想化拡張機能 (Intel VT-x または AMD-V) と第 2 レベル アドレス変換 (SLAT) に対応した 64 ビット CPU。</translation>
    </message>
    <message>
        <source>At least 4 GB of memory.</source>
        <translation>4 GB 以上のメモリ。</translation>
    </message>
    <message>
        <source>Restart the computer and open its firmware settings (BIOS or UEFI). The key to press is shown briefly at start-up and differs by maker.</source>
        <translation>コンピューターを再起動し、ファームウェアの設定 (BIOS または UEFI) を開きます。押すキーは起動時に短時間表示され、メーカーによって異なります。</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization: Intel Virtualization Technology (VT-x) or AMD SVM (AMD-V). The menu that holds it differs by maker.</source>
        <translation>ハードウェア仮想化をオンにします: Intel Virtualization Technology (VT-x) または AMD SVM (AMD-V)。この設定があるメニューはメーカーによって異なります。</translation>
    </message>
    <message>
        <source>Save the settings, start the computer and check again.</source>
        <translation>設定を保存してコンピューターを起動し、もう一度チェックします。</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes. On Windows, Task Manager &gt; Performance shows virtualization as enabled; on Linux, kvm-ok finds KVM usable.</source>
        <translation>&quot;ハードウェア仮想化 (VT-x / AMD-V)&quot; のチェックに合格します。Windows では、タスク マネージャー &gt; パフォーマンス で仮想化が有効と表示されます。Linux では、kvm-ok で KVM が使用可能と判定されます。</translation>
    </message>
    <message>
        <source>iEchor Desktop for Windows: system requirements</source>
        <translation>Windows 版 iEchor Desktop: システム要件</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: system requirements</source>
        <translation>Linux 版 iEchor Desktop: システム要件</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>トラブルシューティング: 仮想化が機能しない</translation>
    </message>
    <message>
        <source>Inside a container</source>
        <translation>コンテナー内</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own Linux virtual machine. A container shares its host&apos;s kernel and cannot start or manage a virtual machine the way a desktop application needs, so iEchor Desktop cannot run inside one.</source>
        <translation>iEchor Desktop は独自の Linux 仮想マシンを起動します。コンテナーはホストのカーネルを共有しており、デスクトップ アプリケーションが必要とする方法で仮想マシンを起動・管理できないため、iEchor Desktop をコンテナー内で実行することはできません。</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the physical machine or VM that runs this container, and run nestready there.</source>
        <translation>このコンテナーを実行している物理マシンまたは VM に iEchor Desktop をインストールし、そこで nestready を実行してください。</translation>
    </message>
    <message>
        <source>Leave the container and find the machine that hosts it: a physical machine or a VM.</source>
        <translation>コンテナーから出て、コンテナーをホストしているマシン (物理マシンまたは VM) を特定します。</translation>
    </message>
    <message>
        <source>Run nestready on that machine. It tells you whether iEchor Desktop can run there and, in a VM, how to turn on nested virtualization.</source>
        <translation>そのマシンで nestready を実行します。iEchor Desktop をそこで実行できるかどうか、また VM の場合は入れ子になった仮想化をオンにする方法がわかります。</translation>
    </message>
    <message>
        <source>On the host, the &quot;Not inside a container&quot; check passes.</source>
        <translation>ホスト上で、&quot;コンテナー内ではない&quot; のチェックに合格します。</translation>
    </message>
    <message>
        <source>Windows: features, hypervisor and WSL</source>
        <translation>Windows: 機能、ハイパーバイザー、WSL</translation>
    </message>
    <message>
        <source>These steps run in Windows itself, after nested virtualization (in a VM) or firmware virtualization (on a physical machine) is on.</source>
        <translation>これらの手順は、入れ子になった仮想化 (VM の場合) またはファームウェアの仮想化 (物理マシンの場合) をオンにした後に、Windows 自体で実行します。</translation>
    </message>
    <message>
        <source>64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later. Windows Server is not supported.</source>
        <translation>64 ビット版の Windows 10 22H2 (ビルド 19045) または Windows 11 23H2 (ビルド 22631) 以降。Windows Server はサポートされていません。</translation>
    </message>
    <message>
        <source>An administrator account: the commands below need an elevated prompt.</source>
        <translation>管理者アカウント: 以下のコマンドには管理者特権のプロンプトが必要です。</translation>
    </message>
    <message>
        <source>Make the hypervisor start with Windows (elevated prompt), then restart:</source>
        <translation>ハイパーバイザーが Windows と一緒に起動するように設定し (管理者特権のプロンプト)、再起動します:</translation>
    </message>
    <message>
        <source>Check the WSL version: it must be 2.1.5 or later. If the command prints no version, the old built-in WSL is installed: update it.</source>
        <translation>WSL のバージョンを確認します: 2.1.5 以降である必要があります。コマンドでバージョンが表示されない場合は、古い組み込みの WSL がインストールされているので、更新してください。</translation>
    </message>
    <message>
        <source>Restart Windows and check again.</source>
        <translation>Windows を再起動して、もう一度チェックします。</translation>
    </message>
    <message>
        <source>wsl -l -v works, and systeminfo says &quot;A hypervisor has been detected. Features required for Hyper-V will not be displayed.&quot;</source>
        <translation>wsl -l -v が動作し、systeminfo に &quot;A hypervisor has been detected. Features required for Hyper-V will not be displayed.&quot; (ハイパーバイザーが検出されました。Hyper-V に必要な機能は表示されません。) と表示されます。</translation>
    </message>
    <message>
        <source>Microsoft: Hyper-V system requirements</source>
        <translation>Microsoft: Hyper-V のシステム要件</translation>
    </message>
    <message>
        <source>Some software, for example Android emulators, turns Hyper-V off. Which programs do so could not be listed here.</source>
        <translation>Android エミュレーターなど、一部のソフトウェアは Hyper-V をオフにします。該当するプログラムをここで一覧にすることはできませんでした。</translation>
    </message>
    <message>
        <source>Linux: KVM modules and the kvm group</source>
        <translation>Linux: KVM モジュールと kvm グループ</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM. The vendor supports it on physical machines; under nested virtualization it is outside the vendor&apos;s support.</source>
        <translation>Linux 版 iEchor Desktop は KVM を使用して VM を実行します。ベンダーは物理マシンでの実行をサポートしており、入れ子になった仮想化での実行はベンダーのサポート対象外です。</translation>
    </message>
    <message>
        <source>A 64-bit kernel with CPU virtualization support, KVM, QEMU 5.2 or later, systemd and at least 4 GB of memory.</source>
        <translation>CPU 仮想化に対応した 64 ビット カーネル、KVM、QEMU 5.2 以降、systemd、4 GB 以上のメモリ。</translation>
    </message>
    <message>
        <source>Load the KVM module for your CPU: kvm_intel for Intel, kvm_amd for AMD.</source>
        <translation>CPU に対応した KVM モジュールを読み込みます: Intel の場合は kvm_intel、AMD の場合は kvm_amd です。</translation>
    </message>
    <message>
        <source>Check that the module is loaded and /dev/kvm exists.</source>
        <translation>モジュールが読み込まれ、/dev/kvm が存在することを確認します。</translation>
    </message>
    <message>
        <source>Allow your user to use KVM, then sign out and back in.</source>
        <translation>ユーザーが KVM を使用できるように許可してから、サインアウトして再度サインインします。</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>もう一度チェックします。</translation>
    </message>
    <message>
        <source>The &quot;KVM device (/dev/kvm)&quot; check passes, and kvm-ok finds KVM usable.</source>
        <translation>&quot;KVM デバイス (/dev/kvm)&quot; のチェックに合格し、kvm-ok で KVM が使用可能と判定されます。</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: KVM</source>
        <translation>Linux 版 iEchor Desktop: KVM</translation>
    </message>
    <message>
        <source>The ESXi host&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>ESXi ホストの CPU が EPT 付きの Intel VT-x、または RVI 付きの AMD-V に対応している。</translation>
    </message>
    <message>
        <source>The VM uses virtual hardware version 9 or later.</source>
        <translation>VM が仮想ハードウェア バージョン 9 以降を使用している。</translation>
    </message>
    <message>
        <source>You use the vSphere Client: the old C# client does not offer the setting.</source>
        <translation>vSphere Client を使用する: 古い C# クライアントにはこの設定がありません。</translation>
    </message>
    <message>
        <source>The VM uses no PCI passthrough or vGPU: they cannot be combined with nested virtualization.</source>
        <translation>VM が PCI パススルーや vGPU を使用していない: これらは入れ子になった仮想化と併用できません。</translation>
    </message>
    <message>
        <source>If Windows in the VM uses virtualization-based security: vSphere 6.7 and hardware version 14 or later on Intel, vSphere 7.0 U2 and hardware version 19 or later on AMD.</source>
        <translation>VM 内の Windows が仮想化ベースのセキュリティを使用している場合: Intel では vSphere 6.7 およびハードウェア バージョン 14 以降、AMD では vSphere 7.0 U2 およびハードウェア バージョン 19 以降。</translation>
    </message>
    <message>
        <source>In the vSphere Client, open the VM&apos;s settings, expand CPU and tick the hardware virtualization box.</source>
        <translation>vSphere Client で VM の設定 (&quot;Edit Settings&quot;) を開き、&quot;CPU&quot; を展開して、ハードウェア仮想化 (&quot;Hardware virtualization&quot;) のチェックボックスをオンにします。</translation>
    </message>
    <message>
        <source>The setting writes this line to the VM&apos;s .vmx file. Where you manage the .vmx file directly, add it there instead, with the VM powered off.</source>
        <translation>この設定により、VM の .vmx ファイルに次の行が書き込まれます。.vmx ファイルを直接管理している場合は、VM の電源がオフの状態で、代わりにこの行をそこに追加してください。</translation>
    </message>
    <message>
        <source>Power the VM on, start nestready again and check again.</source>
        <translation>VM の電源をオンにし、nestready を再度起動して、もう一度チェックします。</translation>
    </message>
    <message>
        <source>How nested virtualization interacts with EVC (Enhanced vMotion Compatibility) could not be confirmed.</source>
        <translation>入れ子になった仮想化と EVC (Enhanced vMotion Compatibility) の相互作用については確認できませんでした。</translation>
    </message>
    <message>
        <source>Older guides also set hypervisor.cpuid.v0 = &quot;FALSE&quot;. Whether a Hyper-V guest needs it could not be confirmed; it is not needed for the steps above.</source>
        <translation>以前のガイドでは hypervisor.cpuid.v0 = &quot;FALSE&quot; も設定しています。Hyper-V ゲストでこの設定が必要かどうかは確認できませんでしたが、上記の手順では不要です。</translation>
    </message>
    <message>
        <source>VMware Workstation and Fusion</source>
        <translation>VMware Workstation と Fusion</translation>
    </message>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work in Workstation or Fusion once nested virtualization is on, but problems there are outside the vendor&apos;s support.</source>
        <translation>ベンダーが仮想マシンをサポートしているのは VMware ESXi と Azure のみです。入れ子になった仮想化をオンにすれば iEchor Desktop は Workstation や Fusion でも動作する可能性がありますが、そこで発生した問題はベンダーのサポート対象外です。</translation>
    </message>
    <message>
        <source>For a supported setup run iEchor Desktop natively on the host computer, or in a VM on VMware ESXi or Azure.</source>
        <translation>サポートされる構成にするには、iEchor Desktop をホスト コンピューター上でネイティブに実行するか、VMware ESXi または Azure 上の VM で実行してください。</translation>
    </message>
    <message>
        <source>VMware Workstation 8 or Fusion 4 or later, and a VM with virtual hardware version 9 or later.</source>
        <translation>VMware Workstation 8 または Fusion 4 以降、および仮想ハードウェア バージョン 9 以降の VM。</translation>
    </message>
    <message>
        <source>The host computer&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>ホスト コンピューターの CPU が EPT 付きの Intel VT-x、または RVI 付きの AMD-V に対応している。</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V or virtualization-based security runs on the host, Workstation cannot give VMs VT-x/AMD-V, so nested VMs do not work.</source>
        <translation>Windows ホストの場合: ホストで Hyper-V または仮想化ベースのセキュリティが実行されている間は、Workstation は VM に VT-x/AMD-V を提供できないため、入れ子になった VM は動作しません。</translation>
    </message>
    <message>
        <source>Open the VM&apos;s settings and, under Processors, tick the option that virtualizes VT-x/AMD-V.</source>
        <translation>VM の設定を開き、&quot;Processors&quot; で VT-x/AMD-V を仮想化するオプションのチェックボックスをオンにします。</translation>
    </message>
    <message>
        <source>Start the VM, make sure KVM is loaded and /dev/kvm can be used (see the Linux KVM guide), then check again.</source>
        <translation>VM を起動し、KVM が読み込まれていて /dev/kvm を使用できることを確認してから (Linux KVM のガイドを参照)、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>A VM size whose page lists nested virtualization as supported, for example Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 or Lsv3. The vendor tested D4s_v5 and recommends it or larger.</source>
        <translation>ページで入れ子になった仮想化に対応と記載されている VM サイズ (例: Dsv5、Dasv5、Ddsv5、Dsv6、Ddsv6、Esv5、Esv6、Fsv2、Lsv3)。ベンダーは D4s_v5 でテストしており、このサイズ以上を推奨しています。</translation>
    </message>
    <message>
        <source>Sizes without it include the A family (Av2), the B family (Bv1, Bsv2, Basv2), Arm64 sizes (Dpsv5, Dpsv6), confidential sizes (DCasv5) and GPU sizes such as NCasT4_v3, NVadsA10_v5 and NVv4.</source>
        <translation>対応していないサイズには、A ファミリ (Av2)、B ファミリ (Bv1、Bsv2、Basv2)、Arm64 サイズ (Dpsv5、Dpsv6)、機密サイズ (DCasv5)、および NCasT4_v3、NVadsA10_v5、NVv4 などの GPU サイズがあります。</translation>
    </message>
    <message>
        <source>Rights to resize the VM, and to register a feature on the subscription if the security type has to change.</source>
        <translation>VM のサイズを変更する権限と、セキュリティの種類を変更する必要がある場合はサブスクリプションに機能を登録する権限。</translation>
    </message>
    <message>
        <source>If this VM&apos;s size does not offer nested virtualization, resize the VM to one that does: Standard_D4s_v5, the size the vendor tested, or a larger one of the same kind. The VM restarts during the resize.</source>
        <translation>この VM のサイズが入れ子になった仮想化に対応していない場合は、対応しているサイズに VM を変更してください。ベンダーがテストしたサイズ Standard_D4s_v5、または同じ種類のより大きなサイズです。サイズ変更中に VM は再起動します。</translation>
    </message>
    <message>
        <source>If the size offers nested virtualization and VT-x/AMD-V still does not reach the VM, look at the security type: Microsoft&apos;s guide asks for Standard, and new VMs get Trusted Launch by default. The security type Standard needs the subscription feature UseStandardSecurityType; register it once per subscription:</source>
        <translation>サイズが入れ子になった仮想化に対応しているのに VT-x/AMD-V が VM に渡されない場合は、セキュリティの種類を確認してください。Microsoft のガイドは Standard を求めていますが、新しい VM には既定で Trusted Launch が設定されます。セキュリティの種類 Standard にはサブスクリプションの機能 UseStandardSecurityType が必要です。サブスクリプションごとに一度登録してください:</translation>
    </message>
    <message>
        <source>Then create the VM with the security type Standard (the Azure CLI option below), or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell: the Azure portal cannot change it.</source>
        <translation>その後、セキュリティの種類を Standard にして VM を作成するか (下記の Azure CLI オプション)、この VM の割り当てを解除し、Azure CLI または PowerShell でセキュリティの種類を Standard に設定してください。Azure portal では変更できません。</translation>
    </message>
    <message>
        <source>Azure: Resize a virtual machine</source>
        <translation>Azure: 仮想マシンのサイズを変更する</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch FAQ (security type Standard)</source>
        <translation>Azure: Trusted Launch の FAQ (セキュリティの種類 Standard)</translation>
    </message>
    <message>
        <source>Google Cloud supports nested virtualization only with Linux KVM as the hypervisor inside the VM, on Intel machine types. Hyper-V is not supported there, so a Windows VM on Google Cloud cannot use WSL 2 or Hyper-V and iEchor Desktop for Windows cannot run in it. The vendor does not support this platform.</source>
        <translation>Google Cloud が入れ子になった仮想化をサポートするのは、Intel のマシンタイプ上で、VM 内のハイパーバイザーが Linux KVM の場合だけです。Hyper-V はサポートされていないため、Google Cloud 上の Windows VM では WSL 2 も Hyper-V も使用できず、iEchor Desktop for Windows は実行できません。ベンダーはこのプラットフォームをサポートしていません。</translation>
    </message>
    <message>
        <source>A Linux VM on an Intel machine type: AMD and Arm machine types do not offer nested virtualization.</source>
        <translation>Intel のマシンタイプ上の Linux VM。AMD と Arm のマシンタイプは入れ子になった仮想化に対応していません。</translation>
    </message>
    <message>
        <source>The organization policy &quot;Disable VM nested virtualization&quot; must not be enforced for the project (it is not by default).</source>
        <translation>組織のポリシー「Disable VM nested virtualization」がプロジェクトに適用されていないこと (既定では適用されていません)。</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot run WSL 2 or Hyper-V, so there is nothing to turn on for iEchor Desktop for Windows. Use an Azure VM, VMware ESXi or a physical machine instead, or a Linux VM here.</source>
        <translation>Google Cloud 上の Windows VM では WSL 2 も Hyper-V も実行できないため、iEchor Desktop for Windows のために有効にできるものはありません。代わりに Azure VM、VMware ESXi、物理マシン、またはここでは Linux VM を使用してください。</translation>
    </message>
    <message>
        <source>Stop the VM and export its configuration to a file. gcloud compute instances update has no switch for nested virtualization; the exported file has.</source>
        <translation>VM を停止し、構成をファイルにエクスポートします。gcloud compute instances update には入れ子になった仮想化のオプションがありませんが、エクスポートしたファイルにはあります。</translation>
    </message>
    <message>
        <source>In vm.yaml, under advancedMachineFeatures (add that section if it is missing), set:</source>
        <translation>vm.yaml の advancedMachineFeatures の下 (このセクションがなければ追加します) に次を設定します:</translation>
    </message>
    <message>
        <source>Update the VM from the file:</source>
        <translation>そのファイルから VM を更新します:</translation>
    </message>
    <message>
        <source>For a new VM, turn nested virtualization on when you create it, with this gcloud option:</source>
        <translation>新しい VM の場合は、作成時に次の gcloud オプションで入れ子になった仮想化を有効にします:</translation>
    </message>
    <message>
        <source>Google Cloud: Enable nested virtualization</source>
        <translation>Google Cloud: 入れ子になった仮想化を有効にする</translation>
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
        <translation>export と update-from-file の手順を記載した Google のページを再度読み取れませんでした。コマンドは下記リンクの gcloud リファレンス ページに従っています。</translation>
    </message>
    <message>
        <source>An instance type with nested virtualization: C8i, M8i or R8i, or their flex variants (C8i-flex, M8i-flex, R8i-flex). A bare-metal instance (*.metal) runs iEchor Desktop without nesting.</source>
        <translation>入れ子になった仮想化に対応したインスタンスタイプ: C8i、M8i、R8i、またはそれらの flex バリアント (C8i-flex、M8i-flex、R8i-flex)。ベアメタル インスタンス (*.metal) では、iEchor Desktop は入れ子にせずに実行されます。</translation>
    </message>
    <message>
        <source>Windows instances: at most 192 vCPUs, and no hibernation. AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; there is nothing to do for it.</source>
        <translation>Windows インスタンス: vCPU は最大 192 で、休止状態は使用できません。入れ子になった仮想化を有効にすると、AWS が Virtual Secure Mode (Credential Guard) を自動的に無効にします。これについて行う操作はありません。</translation>
    </message>
    <message>
        <source>Check that the instance type offers nested virtualization: the answer lists nested-virtualization.</source>
        <translation>インスタンスタイプが入れ子になった仮想化に対応していることを確認します。対応していれば、応答に nested-virtualization が含まれます。</translation>
    </message>
    <message>
        <source>If it does not, stop the instance and change its type to one that does, for example from the M8i family.</source>
        <translation>対応していない場合は、インスタンスを停止し、対応しているタイプ (M8i ファミリなど) に変更してください。</translation>
    </message>
    <message>
        <source>Stop the instance, then turn nested virtualization on for it. In the console the setting is under Change CPU options.</source>
        <translation>インスタンスを停止してから、そのインスタンスで入れ子になった仮想化を有効にします。コンソールでは、この設定は Change CPU options にあります。</translation>
    </message>
    <message>
        <source>For a new instance, turn it on at launch with this CPU option (console: Advanced details, Nested virtualization):</source>
        <translation>新しいインスタンスの場合は、起動時に次の CPU オプションで有効にします (コンソール: Advanced details、Nested virtualization):</translation>
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
        <translation>AWS のページの中国語版には、C7i、M7i、R7i、X8i、I7i などのファミリも記載されていますが、英語版のページでは確認できませんでした。上の describe-instance-types コマンドで、お使いのリージョンについて確認できます。</translation>
    </message>
    <message>
        <source>Windows 365: a Cloud PC with 4 vCPUs or more, in one of the supported regions. Downsizing to 2 vCPUs turns nested virtualization off.</source>
        <translation>Windows 365: サポートされているリージョンのいずれかにある、4 vCPU 以上の Cloud PC。2 vCPU にダウンサイズすると、入れ子になった仮想化は無効になります。</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization. It may still work once the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support.</source>
        <translation>ベンダーは、入れ子になった仮想化環境での iEchor Desktop for Linux をサポートしていません。VM が VT-x/AMD-V と /dev/kvm を公開すれば動作する可能性はありますが、その場合の問題はベンダーのサポート対象外です。</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>サポートされる構成にするには物理的な Linux マシンを使用してください。または、ベンダーのサポート対象外であることを承知のうえで続行してください。</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure. These steps still apply here, but problems are then outside the vendor&apos;s support.</source>
        <translation>ベンダーが VM 内の iEchor Desktop をサポートしているのは VMware ESXi と Azure だけです。ここでもこの手順は当てはまりますが、その場合の問題はベンダーのサポート対象外です。</translation>
    </message>
    <message>
        <source>This platform gives this operating system no nested virtualization, so iEchor Desktop cannot run here. The guide for the platform names the alternatives.</source>
        <translation>このプラットフォームはこのオペレーティング システムに入れ子になった仮想化を提供しないため、iEchor Desktop はここでは実行できません。代替手段はプラットフォームのガイドに記載されています。</translation>
    </message>
    <message>
        <source>This step is for another operating system.</source>
        <extracomment>Why a guide step is hidden</extracomment>
        <translation>この手順は別のオペレーティング システム用です。</translation>
    </message>
    <message>
        <source>Already done: VT-x/AMD-V reaches this system.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>完了済み: VT-x/AMD-V はこのシステムに渡されています。</translation>
    </message>
    <message>
        <source>Already done: this VM&apos;s size offers nested virtualization.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>完了済み: この VM のサイズは入れ子になった仮想化に対応しています。</translation>
    </message>
    <message>
        <source>Already done: /dev/kvm exists.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>完了済み: /dev/kvm は存在します。</translation>
    </message>
    <message>
        <source>Already done: this user can use /dev/kvm.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>完了済み: このユーザーは /dev/kvm を使用できます。</translation>
    </message>
    <message>
        <source>No network change is needed: MAC address spoofing is only for routing nested VMs through a second virtual switch. WSL 2, which iEchor Desktop uses, works with NAT by default.</source>
        <translation>ネットワークの変更は必要ありません。MAC アドレスのスプーフィングが必要なのは、入れ子になった VM を 2 つ目の仮想スイッチ経由でルーティングする場合だけです。iEchor Desktop が使用する WSL 2 は、既定で NAT で動作します。</translation>
    </message>
    <message>
        <source>Dynamic memory can stay on. While Hyper-V runs inside the VM its memory no longer changes at run time; to give it more, turn the VM off.</source>
        <translation>動的メモリは有効のままでかまいません。VM 内で Hyper-V が動作している間は、VM のメモリは実行中に変化しなくなります。メモリを増やすには VM をオフにしてください。</translation>
    </message>
    <message>
        <source>Microsoft: Networking with WSL</source>
        <translation>Microsoft: WSL を使用したネットワーク</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V, WSL 2 or virtualization-based security (Memory Integrity) runs on the host, VirtualBox runs on top of Hyper-V and cannot give its VMs VT-x/AMD-V. The &quot;Enable Nested VT-x/AMD-V&quot; box is then greyed out and nested VMs do not work: nested virtualization needs a host where they are off.</source>
        <translation>Windows ホストの場合: Hyper-V、WSL 2、または仮想化ベースのセキュリティ (メモリ整合性) がホストで動作している間、VirtualBox は Hyper-V 上で動作し、その VM に VT-x/AMD-V を提供できません。このとき「Enable Nested VT-x/AMD-V」チェックボックスは淡色表示になり、入れ子になった VM は動作しません。入れ子になった仮想化には、これらがオフになっているホストが必要です。</translation>
    </message>
    <message>
        <source>VirtualBox manual: Using Hyper-V with VirtualBox</source>
        <translation>VirtualBox マニュアル: Using Hyper-V with VirtualBox</translation>
    </message>
    <message>
        <source>Microsoft: no nested virtualization for the Hyper-V host itself</source>
        <translation>Microsoft: Hyper-V ホスト自体では入れ子になった仮想化は使用できない</translation>
    </message>
    <message>
        <source>On Macs with Apple silicon, Microsoft does not support what needs nested virtualization in Windows VMs: WSL, Windows Sandbox and virtualization-based security. So iEchor Desktop for Windows cannot run there.</source>
        <translation>Apple シリコン搭載の Mac では、Windows VM で入れ子になった仮想化を必要とする機能 (WSL、Windows サンドボックス、仮想化ベースのセキュリティ) を Microsoft はサポートしていません。そのため、iEchor Desktop for Windows はそこでは実行できません。</translation>
    </message>
    <message>
        <source>Find out whether the Mac has Apple silicon or an Intel processor (Apple menu &gt; About This Mac).</source>
        <translation>Mac が Apple シリコンと Intel プロセッサのどちらを搭載しているかを確認します (Apple メニュー &gt; この Mac について)。</translation>
    </message>
    <message>
        <source>Apple silicon: install iEchor Desktop for Mac on the Mac instead of in this VM.</source>
        <translation>Apple シリコン: この VM ではなく、Mac に iEchor Desktop for Mac をインストールしてください。</translation>
    </message>
    <message>
        <source>Microsoft: Windows 11 on Macs with Apple silicon</source>
        <translation>Microsoft: Apple シリコン搭載 Mac での Windows 11</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. The vendor notes that VMware does not support other hypervisors such as Hyper-V nested in a vSphere VM (VMware KB 2009916), although this works.</source>
        <translation>VMware ESXi は、ベンダーがテストした 2 つのプラットフォームの 1 つで、マシンごとに 1 インスタンスを使用する iEchor Business のお客様が対象です。ベンダーは、vSphere VM 内で入れ子になった Hyper-V などの他のハイパーバイザーを VMware がサポートしていない (VMware KB 2009916) ものの、動作はすると述べています。</translation>
    </message>
    <message>
        <source>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</source>
        <translation>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</translation>
    </message>
    <message>
        <source>Broadcom KB 437651: nested virtualization and PCI passthrough or vGPU</source>
        <translation>Broadcom KB 437651: 入れ子になった仮想化と PCI パススルーまたは vGPU</translation>
    </message>
    <message>
        <source>Broadcom KB 2009916: support for nested virtualization</source>
        <translation>Broadcom KB 2009916: 入れ子になった仮想化のサポート</translation>
    </message>
    <message>
        <source>vSphere: virtualization-based security in a VM</source>
        <translation>vSphere: VM 内の仮想化ベースのセキュリティ</translation>
    </message>
    <message>
        <source>VMware&apos;s page for the setting and the version limits above (&quot;Running Nested VMs&quot;) was retired in the move to Broadcom; a current page for Workstation and Fusion could not be found.</source>
        <translation>上記の設定とバージョンの制限を記載した VMware のページ (「Running Nested VMs」) は Broadcom への移行時に廃止されました。Workstation と Fusion 向けの現行のページは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Turn on the Windows features of the backend you use (one is enough). WSL 2 backend: Virtual Machine Platform, and on Windows 10 also Windows Subsystem for Linux; the second command turns on what WSL 2 needs and installs the current WSL. Hyper-V backend: Hyper-V and Containers. The first command lists their state:</source>
        <translation>使用するバックエンドの Windows の機能をオンにしてください (1 つで十分です)。WSL 2 バックエンド: 仮想マシン プラットフォーム、Windows 10 では Linux 用 Windows サブシステムも。2 番目のコマンドは WSL 2 に必要な機能をオンにし、最新の WSL をインストールします。Hyper-V バックエンド: Hyper-V とコンテナー。最初のコマンドはそれらの状態を一覧表示します:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Show the text in language &lt;code&gt; (en, de, es, fr, ja, zh_CN) instead of the system&apos;s language.</source>
        <extracomment>Help text of the --lang option; &lt;code&gt; is the value the person types.</extracomment>
        <translation>システムの言語の代わりに、言語 &lt;コード&gt; (en、de、es、fr、ja、zh_CN) でテキストを表示します。</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder name of the --lang option&apos;s value, as in &quot;--lang &lt;code&gt;&quot;.</extracomment>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Read CPUID from &lt;file&gt; (the output of `cpuid -r -1`) instead of this CPU.</source>
        <translation>この CPU の代わりに &lt;ファイル&gt; (`cpuid -r -1` の出力) から CPUID を読み取ります。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Examine a recorded Windows machine from its evidence file.</source>
        <translation>記録された Windows マシンを、その証跡ファイルから調べます。</translation>
    </message>
    <message>
        <source>Make no network request at all (not even to Azure&apos;s local metadata service).</source>
        <translation>ネットワーク要求を一切行いません (Azure のローカル メタデータ サービスへの要求も行いません)。</translation>
    </message>
    <message>
        <source>Examine a recorded Linux machine: read /proc, /sys and /etc below &lt;dir&gt;, or the evidence.jsonl that scripts/record-linux-machine.sh wrote there.</source>
        <translation>記録された Linux マシンを調べます: &lt;dir&gt; の下の /proc、/sys、/etc、または scripts/record-linux-machine.sh がそこに書き出した evidence.jsonl を読み取ります。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the lang attribute of the HTML report</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティングシステム</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM サイズ</translation>
    </message>
    <message>
        <source>nestready report: %1</source>
        <translation>nestready レポート: %1</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run here?</source>
        <translation>iEchor Desktop はここで動作しますか?</translation>
    </message>
    <message>
        <source>Identifying details were replaced by placeholders such as &lt;hostname-1&gt;.</source>
        <translation>個人や機器を特定できる情報は &lt;hostname-1&gt; のようなプレースホルダーに置き換えられています。</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>重要な理由:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>What nestready read, exactly as read. Support uses it to replay this report.</source>
        <translation>nestready が読み取った内容そのままです。サポートはこれを使ってこのレポートを再生します。</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>読み取り元</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Written by nestready %1, report schema %2.</source>
        <translation>nestready %1 が作成、レポートスキーマ %2。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a nestready report is far smaller.</source>
        <translation>ファイルが %1 MiB を超えています。nestready のレポートはずっと小さいはずです。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is not text: it is not a nestready report.</source>
        <translation>ファイルがテキストではありません。nestready のレポートではありません。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2): it may be truncated or damaged.</source>
        <translation>ファイルが有効な JSON ではありません (バイト %2 で %1)。途中で切れているか、壊れている可能性があります。</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report.</source>
        <translation>ファイルは JSON ですが、nestready のレポートではありません。</translation>
    </message>
    <message>
        <source>This is the output of `nestready check --json`, not a report; write a report with `nestready check --report FILE`.</source>
        <translation>これは `nestready check --json` の出力で、レポートではありません。レポートは `nestready check --report FILE` で書き出してください。</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report (no &quot;schema&quot;: &quot;nestready-report/1&quot;).</source>
        <translation>ファイルは JSON ですが、nestready のレポートではありません (&quot;schema&quot;: &quot;nestready-report/1&quot; がありません)。</translation>
    </message>
    <message>
        <source>The report was written by a newer nestready (schema %1); this version reads schema %2. Update nestready to open it.</source>
        <translation>このレポートは新しい nestready (スキーマ %1) で作成されています。このバージョンが読めるのはスキーマ %2 です。開くには nestready を更新してください。</translation>
    </message>
    <message>
        <source>The report schema &quot;%1&quot; is unknown.</source>
        <translation>レポートスキーマ「%1」は不明です。</translation>
    </message>
    <message>
        <source>The report has no &quot;%1&quot;.</source>
        <translation>レポートに「%1」がありません。</translation>
    </message>
    <message>
        <source>The report&apos;s time &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>レポートの時刻「%1」は ISO 8601 形式ではありません。</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is not an object.</source>
        <translation>レポートの「%1」がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The report has more evidence items than any nestready writes.</source>
        <translation>レポートの証拠項目の数が、nestready が書き出す数を超えています。</translation>
    </message>
    <message>
        <source>An evidence item of the report is not an object.</source>
        <translation>レポートの証拠項目がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>Bad evidence in the report: %1.</source>
        <translation>レポートの証拠が不正です: %1。</translation>
    </message>
    <message>
        <source>The report has more check results than any nestready writes.</source>
        <translation>レポートのチェック結果の数が、nestready が書き出す数を超えています。</translation>
    </message>
    <message>
        <source>A check result of the report has no id or an unknown status.</source>
        <translation>レポートのチェック結果に ID がないか、状態が不明です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>「%1」はファイルではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; a nestready report is far smaller.</source>
        <translation>「%1」は %2 MiB を超えています。nestready のレポートはずっと小さいはずです。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>準備完了 (警告あり)</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>判定不能</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Date and time a report was taken; always in UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>名前のないマシン</translation>
    </message>
    <message>
        <source>Report from %1 taken %2</source>
        <extracomment>Banner shown while a saved report is open: %1 machine name, %2 date and time</extracomment>
        <translation>%1 のレポート (取得: %2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>実行環境</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>物理マシン</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>判定できませんでした</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>プロセッサ</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>論理プロセッサ</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Hardware virtualization</source>
        <translation>ハードウェア仮想化</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>nestready version</source>
        <translation>nestready のバージョン</translation>
    </message>
    <message>
        <source>No platform guide applies.</source>
        <translation>該当するプラットフォームガイドはありません。</translation>
    </message>
    <message>
        <source>Guide &quot;%1&quot; (open it with `nestready --page %1`)</source>
        <extracomment>%1 is a guide id such as &quot;vmware-esxi&quot;; `nestready --page ID` opens it</extracomment>
        <translation>ガイド「%1」(`nestready --page %1` で開けます)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3, unknown: %4, skipped: %5.</source>
        <translation>合格: %1、警告: %2、不合格: %3、不明: %4、スキップ: %5。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n item(s))</source>
        <translation>
            <numerusform>証拠 (%n 項目)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The raw evidence itself is in the JSON form of this report.</source>
        <translation>生の証拠そのものは、このレポートの JSON 版に含まれています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name or allow overwriting it.</source>
        <translation>「%1」は既に存在します。別の名前を選ぶか、上書きを許可してください。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot tell the format of &quot;%1&quot;: name it .json, .html, .md or .txt.</source>
        <translation>「%1」の形式を判別できません。拡張子を .json、.html、.md、.txt のいずれかにしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link (to &quot;%2&quot;); nestready never writes through a link. Name the file itself if that is where the report should go.</source>
        <extracomment>%1 the path given, %2 the file the link points to</extracomment>
        <translation>「%1」 はシンボリック リンク (「%2」 へのリンク) です。nestready はリンクを介して書き込むことはありません。レポートの書き込み先がリンク先のファイルであれば、そのファイル自体を指定してください。</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>そのフォルダーが存在しません</translation>
    </message>
    <message>
        <source>Redaction failed (%1); no report was made.</source>
        <translation>匿名化に失敗しました (%1)。レポートは作成されませんでした。</translation>
    </message>
    <message>
        <source>Redaction failed: a value of kind &quot;%1&quot; was still in the report afterwards; no report was made.</source>
        <translation>匿名化に失敗しました: 種類 「%1」 の値が匿名化後もレポートに残っていました。レポートは作成されませんでした。</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is &quot;%2&quot;, which this version does not know.</source>
        <translation>レポートの 「%1」 は 「%2」 ですが、このバージョンでは認識できない値です。</translation>
    </message>
    <message>
        <source>The report would be larger than %1 MiB, more than nestready can read back; it was not written.</source>
        <translation>レポートが %1 MiB を超えるため (nestready が読み戻せるサイズを超えます)、書き込みませんでした。</translation>
    </message>
    <message>
        <source>Steps for your administrator</source>
        <translation>管理者向けの手順</translation>
    </message>
    <message>
        <source>These steps fit this machine: its operating system, its platform and what the checks found. If someone else manages this machine or its host, send them this report.</source>
        <translation>これらの手順は、このマシンのオペレーティングシステム、プラットフォーム、チェックの結果に合わせたものです。このマシンまたはそのホストを別の人が管理している場合は、このレポートをその人に送ってください。</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>代替手段: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>重要:</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>この変更を行うには、VM の電源がオフになっている必要があります。VM をシャットダウンし (再起動では不十分です)、ホストで設定を変更してから、VM を起動してください。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>完了済み: %1</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>設定:</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>成功したことを確認する方法</translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation>確認できなかった点</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>ベンダーのドキュメント</translation>
    </message>
    <message>
        <source>The same guide in nestready&apos;s window: %1</source>
        <extracomment>%1 is a command such as &quot;nestready --page azure&quot;</extracomment>
        <translation>nestready のウィンドウで同じガイドを開くには: %1</translation>
    </message>
    <message>
        <source>Nothing to do: iEchor Desktop can run on this machine.</source>
        <translation>対処は不要です: このマシンで iEchor Desktop を実行できます。</translation>
    </message>
    <message>
        <source>Nothing has to be done: iEchor Desktop should run on this machine. The warnings above say what would make it run better.</source>
        <translation>対処は必須ではありません: iEchor Desktop はこのマシンで動作するはずです。より快適に動作させる方法は、上の警告に記載されています。</translation>
    </message>
    <message>
        <source>Some requirements could not be checked; the list above says what to do about each.</source>
        <translation>一部の要件はチェックできませんでした。それぞれの対処方法は上の一覧に記載されています。</translation>
    </message>
    <message>
        <source>No guide applies here; the requirements above say what to do.</source>
        <translation>ここに該当するガイドはありません。対処方法は上の要件に記載されています。</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>How reading one piece of evidence went: it was read</extracomment>
        <translation>読み取り済み</translation>
    </message>
    <message>
        <source>Not there</source>
        <extracomment>How reading one piece of evidence went: the file, key or command does not exist</extracomment>
        <translation>存在しない</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>Needs administrator rights</source>
        <translation>管理者権限が必要</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Not available here</source>
        <extracomment>How reading one piece of evidence went: it does not apply to this source</extracomment>
        <translation>ここでは利用不可</translation>
    </message>
    <message>
        <source>Reaches this OS</source>
        <translation>この OS に渡されている</translation>
    </message>
    <message>
        <source>Does not reach this OS</source>
        <translation>この OS に渡されていない</translation>
    </message>
    <message>
        <source>This machine, as it ran</source>
        <translation>このマシン (実行時の状態)</translation>
    </message>
    <message>
        <source>A recorded Linux machine</source>
        <translation>記録された Linux マシン</translation>
    </message>
    <message>
        <source>A Windows evidence file</source>
        <translation>Windows の証拠ファイル</translation>
    </message>
    <message>
        <source>A recorded Mac</source>
        <translation>記録された Mac</translation>
    </message>
    <message>
        <source>A saved report</source>
        <translation>保存されたレポート</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>判定: %1。%2</translation>
    </message>
</context>
<context>
    <name>ReportBanner</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>redacted</source>
        <extracomment>The machine a report is from, when its name was removed</extracomment>
        <translation>匿名化済み</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>名前のないマシン</translation>
    </message>
    <message>
        <source>Saved report — not this machine</source>
        <translation>保存されたレポート — このマシンではありません</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <extracomment>%1 is a host name, &quot;redacted&quot; or &quot;an unnamed machine&quot;</extracomment>
        <translation>マシン: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>システム: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>取得日時: %1</translation>
    </message>
    <message>
        <source>Identifying details removed</source>
        <translation>特定につながる情報は削除済み</translation>
    </message>
    <message>
        <source>Identifying details included</source>
        <translation>特定につながる情報を含む</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>--sysroot and --windows-evidence describe different machines; give only one.</source>
        <translation>--sysroot と --windows-evidence は別々のマシンを表します。どちらか 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the CPUID dump &quot;%1&quot;.</source>
        <translation>CPUID ダンプ &quot;%1&quot; を読み取れません。</translation>
    </message>
    <message>
        <source>The sysroot &quot;%1&quot; is not a folder.</source>
        <translation>sysroot &quot;%1&quot; はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Live checks on this operating system are not available in this build.</source>
        <translation>このオペレーティング システムでのライブ チェックは、このビルドでは利用できません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPUID dump in the format of `cpuid -r -1` (%2).</source>
        <translation>「%1」は `cpuid -r -1` 形式の CPUID ダンプではありません (%2)。</translation>
    </message>
</context>
<context>
    <name>StreamSource</name>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;.</source>
        <translation>記録された証拠 「%1」 を読み取れません。</translation>
    </message>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;: %2</source>
        <translation>記録された証拠 「%1」 を読み取れません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not evidence recorded by `nestready collect`: %2</source>
        <translation>「%1」 は `nestready collect` で記録された証拠ではありません: %2</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>nestready: %1 is an option of `nestready check`; the window does not take it.
Run `nestready check %1`, or `nestready --help` for usage.</source>
        <extracomment>%1 is an option such as --json. `nestready check` is a command, not translated.</extracomment>
        <translation>nestready: %1 は `nestready check` のオプションです。ウィンドウでは使用できません。
`nestready check %1` を実行してください。使い方は `nestready --help` で確認できます。</translation>
    </message>
    <message>
        <source>nestready: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set, or QT_QPA_PLATFORM names a platform that has none).
Run `nestready check` to check this machine on the command line.</source>
        <translation>nestready: ウィンドウを開くディスプレイがありません (DISPLAY と WAYLAND_DISPLAY が設定されていないか、QT_QPA_PLATFORM がディスプレイのないプラットフォームを指定しています)。
コマンド ラインでこのマシンをチェックするには、`nestready check` を実行してください。</translation>
    </message>
    <message>
        <source>nestready: cannot load the window module: %1
Reinstall nestready, or run `nestready check` for the checks on the command line.</source>
        <extracomment>%1 is the loader&apos;s reason, in the system&apos;s words (dlerror / GetLastError).</extracomment>
        <translation>nestready: ウィンドウ モジュールを読み込めません: %1
nestready を再インストールするか、`nestready check` を実行してコマンド ラインでチェックしてください。</translation>
    </message>
</context>
<context>
    <name>WindowsEvidence</name>
    <message>
        <source>The file is too large (%1 bytes) to be Windows evidence.</source>
        <translation>ファイルが大きすぎるため (%1 バイト)、Windows のエビデンスとして扱えません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 or UTF-16 text.</source>
        <translation>ファイルが有効な UTF-8 または UTF-16 テキストではありません。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2); it may be truncated.</source>
        <translation>ファイルが有効な JSON ではありません (オフセット %2 で %1)。ファイルが途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>The file holds JSON, but not the object that collect-evidence.ps1 writes.</source>
        <translation>ファイルには JSON が含まれていますが、collect-evidence.ps1 が書き出すオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The file holds a JSON object without any of the sections that collect-evidence.ps1 writes (Win32_ComputerSystem, Registry, Collector, ...).</source>
        <translation>ファイルには JSON オブジェクトが含まれていますが、collect-evidence.ps1 が書き出すセクション (Win32_ComputerSystem、Registry、Collector など) がひとつも含まれていません。</translation>
    </message>
</context>
<context>
    <name>WindowsSource</name>
    <message>
        <source>The Windows evidence file &quot;%1&quot; does not exist.</source>
        <translation>Windows のエビデンス ファイル &quot;%1&quot; が存在しません。</translation>
    </message>
    <message>
        <source>The Windows evidence file &quot;%1&quot; is too large (%2 bytes).</source>
        <translation>Windows のエビデンス ファイル &quot;%1&quot; が大きすぎます (%2 バイト)。</translation>
    </message>
    <message>
        <source>Cannot read the Windows evidence file &quot;%1&quot;: %2</source>
        <translation>Windows のエビデンス ファイル &quot;%1&quot; を読み取れません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not usable Windows evidence: %2</source>
        <translation>&quot;%1&quot; は使用可能な Windows のエビデンスではありません: %2</translation>
    </message>
</context>
<context>
    <name>nestready::ReportExportDialog</name>
    <message>
        <source>Cannot open the report</source>
        <translation>レポートを開けません</translation>
    </message>
    <message>
        <source>&amp;Remove identifying details (names, addresses, serial numbers, cloud ids)</source>
        <translation>個人や機器を特定できる情報を削除(&amp;R) (名前、アドレス、シリアル番号、クラウド ID)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>削除される内容</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>The name decides the format: .html to read or print, .md to paste into a ticket, .json for support (it can be replayed), .txt for the short summary.</source>
        <translation>名前で形式が決まります: .html は閲覧や印刷用、.md はチケットへの貼り付け用、.json はサポート用 (再生できます)、.txt は短い概要です。</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown for a ticket (*.md);;JSON for support (*.json);;Short summary (*.txt)</source>
        <translation>Web ページ (*.html);;チケット用 Markdown (*.md);;サポート用 JSON (*.json);;短い概要 (*.txt)</translation>
    </message>
    <message>
        <source>These values will be replaced:</source>
        <translation>次の値が置き換えられます:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>One line of the redaction preview: %1 the value found, %2 what replaces it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No identifying values were found.</source>
        <translation>特定につながる値は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Name the file .html, .md, .json or .txt: the name decides the format.</source>
        <translation>ファイル名を .html、.md、.json、.txt のいずれかにしてください。名前で形式が決まります。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?</source>
        <translation>「%1」は既に存在します。置き換えますか?</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>レポートを保存しました</translation>
    </message>
    <message>
        <source>The report was saved as &quot;%1&quot;.</source>
        <translation>レポートを「%1」として保存しました。</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Nothing is removed: the report names the machine, its user and its addresses.</source>
        <translation>何も削除されません: レポートにはマシン名、ユーザー名、アドレスが含まれます。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::GuidePage</name>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation>コマンドをコピー: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>I&apos;ve done this: &amp;check again</source>
        <translation>完了しました: もう一度チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>ガイド</translation>
    </message>
    <message>
        <source>&amp;Show the guide for:</source>
        <translation>次のガイドを表示(&amp;S):</translation>
    </message>
    <message>
        <source>Show the guide for</source>
        <translation>次のガイドを表示</translation>
    </message>
    <message>
        <source>Result of the checks this guide fixes</source>
        <translation>このガイドで解決するチェックの結果</translation>
    </message>
    <message>
        <source>nestready could not tell which platform this machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready は、このマシンがどのプラットフォームで実行されているかを判別できませんでした。上の一覧からプラットフォームを選択すると、その手順が表示されます。</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>代替手段: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM. nestready remembers the step you are at and offers to pick up there when it starts again.</source>
        <translation>この変更を行うには、VM の電源がオフになっている必要があります。VM をシャットダウンし (再起動では不十分です)、ホストで設定を変更してから、VM を起動してください。nestready は現在の手順を記憶しており、次回の起動時にその手順から再開できます。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>設定: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>成功したことを確認する方法</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>ベンダーのドキュメント</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A check&apos;s title and its status word, e.g. &quot;Hardware virtualization: Pass&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>Nothing left to do in this guide: %1</source>
        <extracomment>%1 lists checks and their status words</extracomment>
        <translation>このガイドで行うことは残っていません: %1</translation>
    </message>
    <message>
        <source>This machine is ready for iEchor Desktop</source>
        <translation>このマシンは iEchor Desktop を使用できる状態です</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches this system.</source>
        <translation>このガイドで行うことは残っていません: 仮想化はこのシステムに届いています。</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <source>Install iEchor Desktop and start it. nestready is done here.</source>
        <translation>iEchor Desktop をインストールして起動してください。nestready での作業はここで完了です。</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop inside a virtual machine only with a Business subscription.</source>
        <translation>ベンダーが仮想マシン内の iEchor Desktop をサポートするのは、Business サブスクリプションの場合のみです。</translation>
    </message>
    <message>
        <source>Run one instance of iEchor Desktop per machine.</source>
        <translation>iEchor Desktop はマシンごとに 1 つのインスタンスだけ実行してください。</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>完了済み</translation>
    </message>
    <message>
        <source>Already done on this machine. %1</source>
        <extracomment>%1 says why, e.g. &quot;Virtualization already reaches this system.&quot;</extracomment>
        <translation>このマシンでは完了済みです。%1</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <extracomment>%1 is the step&apos;s text</extracomment>
        <translation>手順 %1 完了: %2</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>サポート向けの詳細</translation>
    </message>
    <message>
        <source>Could not be confirmed at the source</source>
        <translation>情報源で確認できませんでした</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the machine in the report runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready は、レポートのマシンがどのプラットフォームで実行されているかを判別できませんでした。上の一覧からプラットフォームを選択すると、その手順が表示されます。</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the recorded machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready は、記録されたマシンがどのプラットフォームで実行されているかを判別できませんでした。上の一覧からプラットフォームを選択すると、その手順が表示されます。</translation>
    </message>
    <message>
        <source>The machine in the report is ready for iEchor Desktop</source>
        <translation>レポートのマシンは iEchor Desktop を使用できる状態です</translation>
    </message>
    <message>
        <source>The recorded machine is ready for iEchor Desktop</source>
        <translation>記録されたマシンは iEchor Desktop を使用できる状態です</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the system in the report.</source>
        <translation>このガイドで行うことは残っていません: 仮想化はレポートのシステムに届いています。</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the recorded system.</source>
        <translation>このガイドで行うことは残っていません: 仮想化は記録されたシステムに届いています。</translation>
    </message>
    <message>
        <source>The person who sent the report can install iEchor Desktop on that machine and start it.</source>
        <translation>レポートの送信者は、そのマシンに iEchor Desktop をインストールして起動できます。</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the recorded machine and start it.</source>
        <translation>記録されたマシンに iEchor Desktop をインストールして起動してください。</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>この変更を行うには、VM の電源がオフになっている必要があります。VM をシャットダウンし (再起動では不十分です)、ホストで設定を変更してから、VM を起動してください。</translation>
    </message>
    <message>
        <source>Already done on the machine in the report. %1</source>
        <translation>レポートのマシンでは完了済みです。%1</translation>
    </message>
    <message>
        <source>Already done on the recorded machine. %1</source>
        <translation>記録されたマシンでは完了済みです。%1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::MachinePage</name>
    <message>
        <source>certain</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>確実</translation>
    </message>
    <message>
        <source>likely</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>可能性が高い</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not known.</source>
        <translation>不明です。</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2)。</translation>
    </message>
    <message>
        <source>Which &amp;platform runs this machine?</source>
        <translation>このマシンを実行しているプラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>お使いのマシン</translation>
    </message>
    <message>
        <source>Platform that runs this machine</source>
        <translation>このマシンを実行しているプラットフォーム</translation>
    </message>
    <message>
        <source>A container (%1)</source>
        <translation>コンテナー (%1)</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>物理マシン</translation>
    </message>
    <message>
        <source>A virtual machine</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Kind of machine</source>
        <translation>マシンの種類</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>ハイパーバイザー</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM のサイズ</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <source>None: no VDI agent is installed</source>
        <translation>なし: VDI エージェントはインストールされていません</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>仮想デスクトップ (VDI)</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>サポート向けの詳細</translation>
    </message>
    <message>
        <source>The machine in the report</source>
        <translation>レポートのマシン</translation>
    </message>
    <message>
        <source>The recorded machine</source>
        <translation>記録されたマシン</translation>
    </message>
    <message>
        <source>What nestready found out about this computer, and how sure it is.</source>
        <translation>nestready がこのコンピューターについて調べた結果と、それぞれの確かさです。</translation>
    </message>
    <message>
        <source>What nestready found out about the machine in the report, and how sure it is.</source>
        <translation>nestready がレポートのマシンについて調べた結果と、それぞれの確かさです。</translation>
    </message>
    <message>
        <source>What nestready found out about the recorded machine, and how sure it is.</source>
        <translation>nestready が記録されたマシンについて調べた結果と、それぞれの確かさです。</translation>
    </message>
    <message>
        <source>Details for support: evidence</source>
        <translation>サポート向けの詳細: エビデンス</translation>
    </message>
    <message>
        <source>Evidence for support</source>
        <translation>サポート向けのエビデンス</translation>
    </message>
    <message>
        <source>Platform that runs the machine in the report</source>
        <translation>レポートのマシンを実行しているプラットフォーム</translation>
    </message>
    <message>
        <source>Platform that runs the recorded machine</source>
        <translation>記録されたマシンを実行しているプラットフォーム</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>For support: a row of the Machine page and the evidence keys (not translated) it rests on</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize</source>
        <translation>nestready が認識できないコンテナー マネージャーのコンテナー</translation>
    </message>
    <message>
        <source>Evidence each row rests on:</source>
        <extracomment>Heading of the evidence list for support; the keys after it are not translated</extracomment>
        <translation>各行の根拠となるエビデンス:</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the machine in the report?</source>
        <translation>レポートのマシンを実行しているプラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the recorded machine?</source>
        <translation>記録されたマシンを実行しているプラットフォーム(&amp;P):</translation>
    </message>
    <message>
        <source>From inside the VM, VMware ESXi, Workstation and Fusion look the same. %1</source>
        <extracomment>%1 is the question &quot;Which platform runs this machine?&quot; (or the report&apos;s machine)</extracomment>
        <translation>VM の内部からは、VMware ESXi、Workstation、Fusion を区別できません。%1</translation>
    </message>
    <message>
        <source>nestready cannot tell which hypervisor this is. %1</source>
        <translation>nestready はこのハイパーバイザーの種類を判別できません。%1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::RequirementsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度チェック(&amp;A)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Each requirement, checked on this machine. Open a row to see why it matters and how to fix it.</source>
        <translation>このマシンで各要件をチェックした結果です。行を開くと、その要件が重要な理由と解決方法が表示されます。</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>チェックの概要</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度チェック</translation>
    </message>
    <message numerus="yes">
        <source>Checking… %n requirement(s) left.</source>
        <translation>
            <numerusform>チェックしています… 残りの要件: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>対象外: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A part of the count line, e.g. &quot;Failed: 3&quot;</extracomment>
        <translation>不合格: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <extracomment>A part of the count line, e.g. &quot;1 could not be checked&quot;</extracomment>
        <translation>
            <numerusform>チェックできなかった項目: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>合格: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Each requirement, as checked on the machine in the report. Open a row to see why it matters and how to fix it.</source>
        <translation>レポートのマシンで各要件をチェックした結果です。行を開くと、その要件が重要な理由と解決方法が表示されます。</translation>
    </message>
    <message>
        <source>Each requirement, checked on the recorded machine. Open a row to see why it matters and how to fix it.</source>
        <translation>記録されたマシンで各要件をチェックした結果です。行を開くと、その要件が重要な理由と解決方法が表示されます。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::ResultRow</name>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>詳細の表示/非表示</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>まだチェックしています…</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>チェックできませんでした</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>重要な理由</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>判明したこと</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>サポート向けの詳細</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>サポート向けの詳細: %1</translation>
    </message>
    <message>
        <source>Raw evidence for support</source>
        <translation>サポート向けの生のエビデンス</translation>
    </message>
    <message>
        <source>No answer in time from: %1.</source>
        <extracomment>%1 is a list of probe names such as &quot;dmi, system&quot;</extracomment>
        <translation>時間内に応答がありませんでした: %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yet known.</source>
        <translation>まだ不明です。</translation>
    </message>
    <message>
        <source>Open the guide: %1</source>
        <translation>ガイドを開く: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>必要な操作はありません。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>解決: %1</translation>
    </message>
    <message>
        <source>Open the guide at the step that fixes this</source>
        <translation>これを解決する手順でガイドを開きます</translation>
    </message>
    <message>
        <source>Details: %1, %2</source>
        <extracomment>The button that opens a requirement&apos;s row: %1 is the status word, %2 the requirement</extracomment>
        <translation>詳細: %1、%2</translation>
    </message>
    <message>
        <source>Nothing more than the finding above.</source>
        <translation>上記以外に判明したことはありません。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::SummaryPage</name>
    <message>
        <source>Co&amp;py summary</source>
        <translation>概要をコピー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>What is left to do</source>
        <translation>残りの作業</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>ヘルプの入手先</translation>
    </message>
    <message>
        <source>iEchor Business customers: contact iEchor support and attach this summary. Problems with nested virtualization itself belong to your hypervisor or cloud vendor; the guide links their documentation.</source>
        <translation>iEchor Business のお客様: iEchor サポートに連絡し、この概要を添付してください。入れ子になった仮想化自体の問題は、ご利用のハイパーバイザーまたはクラウドのベンダーの対応範囲です。ガイドにはそれらのドキュメントへのリンクがあります。</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>VM または VDI 環境での iEchor Desktop</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>トラブルシューティング: 仮想化が機能しない</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>One line of the to-do list: status word, check title, what to do</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>The steps for your platform are in the guide &quot;%1&quot;.</source>
        <translation>お使いのプラットフォームの手順は、ガイド &quot;%1&quot; にあります。</translation>
    </message>
    <message>
        <source>Nothing: every requirement is met.</source>
        <translation>ありません。すべての要件を満たしています。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>Guide: %1 (nestready --page %2)</source>
        <translation>ガイド: %1 (nestready --page %2)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度チェック(&amp;A)</translation>
    </message>
    <message>
        <source>What could not be checked</source>
        <translation>チェックできなかった項目</translation>
    </message>
    <message>
        <source>What changed since the last check</source>
        <translation>前回のチェックからの変化</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度チェック</translation>
    </message>
    <message>
        <source>Checked again at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>%1 にもう一度チェックしました。</translation>
    </message>
    <message>
        <source>%1: now passes.</source>
        <extracomment>%1 is a requirement&apos;s title</extracomment>
        <translation>%1: 合格になりました。</translation>
    </message>
    <message>
        <source>%1: still off. A restart is not enough: power the VM off, then start it.</source>
        <translation>%1: まだオフです。再起動だけでは不十分です: VM の電源を切ってから起動してください。</translation>
    </message>
    <message>
        <source>%1: still %2.</source>
        <translation>%1: まだ %2 です。</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <extracomment>%1 a requirement&apos;s title, %2 and %3 status words</extracomment>
        <translation>%1: %2 から %3 になりました。</translation>
    </message>
    <message>
        <source>Nothing changed: everything that passed still passes.</source>
        <translation>変化はありません: 合格していた項目はすべて引き続き合格しています。</translation>
    </message>
    <message>
        <source>Run nestready again as administrator (root on Linux). If it still cannot tell, run it on the host, or export a report for support.</source>
        <translation>nestready を管理者 (Linux では root) としてもう一度実行してください。それでも判断できない場合は、ホストで実行するか、サポート用にレポートをエクスポートしてください。</translation>
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
        <translation>このマシンで iEchor Desktop を実行できますか?</translation>
    </message>
    <message>
        <source>nestready checks this computer and tells you what, if anything, to change.</source>
        <translation>nestready はこのコンピューターをチェックし、変更が必要な点があればお知らせします。</translation>
    </message>
    <message>
        <source>Pick up where you left off</source>
        <translation>前回の続きから再開</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Last time you were at step %1 of the guide &quot;%2&quot;. If you have made the change, pick up there and check again.</source>
        <translation>前回はガイド &quot;%2&quot; の手順 %1 まで進んでいました。変更を済ませた場合は、そこから再開して、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>&amp;Resume and check again</source>
        <translation>再開してもう一度チェック(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nothing leaves this machine. The only network request nestready makes is to Azure&apos;s local metadata service, and only on an Azure VM; that address never leaves the host.</source>
        <translation>&lt;b&gt;プライバシー:&lt;/b&gt; このマシンから外部にデータが送信されることはありません。nestready が行うネットワーク要求は Azure のローカル メタデータ サービスへの要求のみで、それも Azure VM 上の場合に限られます。このアドレスへの通信がホストの外に出ることはありません。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the machine in the report?</source>
        <translation>レポートのマシンで iEchor Desktop を実行できますか?</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the recorded machine?</source>
        <translation>記録されたマシンで iEchor Desktop を実行できますか?</translation>
    </message>
    <message>
        <source>nestready shows what the report found on its machine and what, if anything, to change there.</source>
        <translation>nestready は、レポートがそのマシンで検出した内容と、変更が必要な点があればその内容を表示します。</translation>
    </message>
    <message>
        <source>nestready checks the recorded machine and tells you what, if anything, to change.</source>
        <translation>nestready は記録されたマシンをチェックし、変更が必要な点があればお知らせします。</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine inside a small Linux virtual machine. On a physical computer that works once hardware virtualization is on. Inside a virtual machine or a VDI desktop, the hypervisor must also pass virtualization on to the virtual machine: that is called nested virtualization, and it is off by default.</source>
        <translation>iEchor Desktop は、エンジンを小さな Linux 仮想マシン内で実行します。物理コンピューターでは、ハードウェア仮想化を有効にすれば動作します。仮想マシンや VDI デスクトップの中では、さらにハイパーバイザーが仮想化を仮想マシンに渡す必要があります。これを入れ子になった仮想化と呼び、既定では無効になっています。</translation>
    </message>
    <message>
        <source>nestready finds out what kind of machine it is, checks every requirement (processor, memory, disk, virtualization, the vendor&apos;s support policy) and, where something is missing, shows the exact steps for your platform.</source>
        <translation>nestready はマシンの種類を調べ、すべての要件 (プロセッサ、メモリ、ディスク、仮想化、ベンダーのサポート ポリシー) をチェックし、不足しているものがあれば、お使いのプラットフォームに合わせた具体的な手順を表示します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nestready only reads what was recorded and makes no network request.</source>
        <translation>&lt;b&gt;プライバシー:&lt;/b&gt; nestready は記録された内容を読み取るだけで、ネットワーク要求は一切行いません。</translation>
    </message>
</context>
<context>
    <name>nestready::gui::Wizard</name>
    <message>
        <source>nestready: can iEchor Desktop run here?</source>
        <translation>nestready: ここで iEchor Desktop を実行できますか?</translation>
    </message>
    <message>
        <source>Checking this machine…</source>
        <translation>このマシンをチェックしています…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>レポートを読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading the recorded machine…</source>
        <translation>記録されたマシンを読み込んでいます…</translation>
    </message>
    <message>
        <source>Recorded machine: its results can&apos;t change. To check again, run nestready on that machine.</source>
        <translation>記録されたマシン: 結果は変わりません。もう一度確認するには、そのマシンで nestready を実行してください。</translation>
    </message>
</context>
</TS>
