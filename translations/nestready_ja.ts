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
        <source>Could not be checked.</source>
        <translation>確認できませんでした。</translation>
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
        <source>/dev/kvm exists, but whether you may open it was not recorded.</source>
        <translation>/dev/kvm は存在しますが、開く権限があるかどうかは記録されていません。</translation>
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
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
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
        <source>Expect iEchor Desktop to be slow on this machine.</source>
        <translation>このマシンでは iEchor Desktop の動作が遅くなると考えてください。</translation>
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
        <source>The engine&apos;s VM and your containers share the processors of this machine.</source>
        <translation>エンジンの VM とコンテナーは、このマシンのプロセッサを共有します。</translation>
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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `nestready --help` for usage.</source>
        <translation>使い方は `nestready --help` を実行して確認してください。</translation>
    </message>
    <message>
        <source>Usage: nestready [options]            open the setup wizard
       nestready check [options]      check this machine, print results

Run `nestready check --help` for the options of the checks.

Exit codes of `check`: 0 nothing fails, 1 at least one check fails,
2 bad usage or unreadable input.
</source>
        <translation>使い方: nestready [オプション]            セットアップ ウィザードを開く
        nestready check [オプション]      このマシンをチェックして結果を表示する

チェックのオプションは `nestready check --help` で確認できます。

`check` の終了コード: 0 不合格なし、1 少なくとも 1 つのチェックが不合格、
2 使い方の誤りまたは読み取れない入力。
</translation>
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
        <source>Aggregates many JSON reports into one table: machine, platform, VM size, verdict, failing checks.</source>
        <translation>多数の JSON レポートを 1 つの表にまとめます: マシン、プラットフォーム、VM サイズ、判定、不合格のチェック。</translation>
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
        <source>Write the table as an HTML page to &lt;file&gt;.</source>
        <translation>表を HTML ページとして &lt;file&gt; に書き出します。</translation>
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
        <source>A Xen guest whose firmware version names Amazon: an older EC2 instance.</source>
        <translation>ファームウェアのバージョンに Amazon と記載された Xen ゲストです: 古い EC2 インスタンスです。</translation>
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
        <source>The firmware tables name OpenStack.</source>
        <translation>ファームウェア テーブルに OpenStack と記載されています。</translation>
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
        <source>The firmware tables could not be read, so the cloud is unknown.</source>
        <translation>ファームウェア テーブルを読み取れなかったため、クラウドは不明です。</translation>
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
        <source>An unrecognized hypervisor</source>
        <translation>認識できないハイパーバイザー</translation>
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
        <source>Another cloud</source>
        <translation>その他のクラウド</translation>
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
        <source>unrecognized container manager</source>
        <translation>認識できないコンテナー マネージャー</translation>
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
        <source>Failing checks</source>
        <translation>不合格のチェック</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>取得日時 (UTC)</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>読み取れなかったファイル</translation>
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
        <source>Examine a recorded Linux machine: read /proc, /sys and /etc below &lt;dir&gt;.</source>
        <translation>記録された Linux マシンを調べます: &lt;フォルダー&gt; 以下の /proc、/sys、/etc を読み取ります。</translation>
    </message>
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
        <source>Guide</source>
        <translation>ガイド</translation>
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
        <source>Verdict: %1 (%2). %3</source>
        <translation>判定: %1 (%2)。%3</translation>
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
        <source>Replaying Windows evidence is not available in this build.</source>
        <translation>Windows の証跡の再生は、このビルドでは利用できません。</translation>
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
        <source>Nothing is removed: the report names this machine, its user and its addresses.</source>
        <translation>何も削除されません。レポートにはこのマシン、ユーザー、アドレスが含まれます。</translation>
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
</context>
<context>
    <name>nestready::ResultsWindow</name>
    <message>
        <source>nestready — can iEchor Desktop run here?</source>
        <translation>nestready — iEchor Desktop はここで動作しますか?</translation>
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
        <source>Requirement results</source>
        <translation>要件の結果</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェック中…</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>重要な理由</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>%1 Passed: %2, warnings: %3, failed: %4.</source>
        <translation>%1 合格: %2、警告: %3、不合格: %4。</translation>
    </message>
    <message>
        <source>Checking this machine…</source>
        <translation>このマシンをチェックしています…</translation>
    </message>
</context>
</TS>
