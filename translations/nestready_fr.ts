<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message>
        <source>No answer.</source>
        <translation>Aucune réponse.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Pass</source>
        <extracomment>Status word of a requirement that is met</extracomment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status word of a requirement that is met with a caveat</extracomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>Status word of a requirement that is not met</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status word of a requirement that does not apply here</extracomment>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Status word of a requirement that could not be checked</extracomment>
        <translation>Inconnu</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop cannot run here yet: %n requirement(s) not met.</source>
        <translation>
            <numerusform>iEchor Desktop ne peut pas encore fonctionner ici : %n exigence n’est pas remplie.</numerusform>
            <numerusform>iEchor Desktop ne peut pas encore fonctionner ici : %n exigences ne sont pas remplies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fails, but some requirements could not be checked.</source>
        <translation>Rien n’échoue, mais certaines exigences n’ont pas pu être vérifiées.</translation>
    </message>
    <message>
        <source>iEchor Desktop should run here, with the warnings below.</source>
        <translation>iEchor Desktop devrait fonctionner ici, avec les avertissements ci-dessous.</translation>
    </message>
    <message>
        <source>iEchor Desktop can run here.</source>
        <translation>iEchor Desktop peut fonctionner ici.</translation>
    </message>
    <message>
        <source>Whether /dev/kvm exists could not be read.</source>
        <translation>Impossible de savoir si /dev/kvm existe.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist, because VT-x/AMD-V is not available.</source>
        <translation>/dev/kvm n’existe pas, car VT-x/AMD-V n’est pas disponible.</translation>
    </message>
    <message>
        <source>Make hardware virtualization available first (see the check above); the kernel then creates /dev/kvm once the kvm module loads.</source>
        <translation>Rendez d’abord la virtualisation matérielle disponible (voir la vérification ci-dessus) ; le noyau crée ensuite /dev/kvm dès que le module kvm est chargé.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: the KVM module is not loaded.</source>
        <translation>/dev/kvm n’existe pas : le module KVM n’est pas chargé.</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_amd</source>
        <translation>Chargez-le avec : sudo modprobe kvm_amd</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_intel</source>
        <translation>Chargez-le avec : sudo modprobe kvm_intel</translation>
    </message>
    <message>
        <source>/dev/kvm exists and you may use it.</source>
        <translation>/dev/kvm existe et vous pouvez l’utiliser.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but your user may not open it.</source>
        <translation>/dev/kvm existe, mais votre utilisateur n’a pas le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>Add yourself to the kvm group with: sudo usermod -aG kvm $USER — then sign out and back in.</source>
        <translation>Ajoutez-vous au groupe kvm avec : sudo usermod -aG kvm $USER — puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <source>/dev/kvm exists but cannot be opened.</source>
        <translation>/dev/kvm existe mais ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Check that the kvm_intel or kvm_amd module is loaded (lsmod | grep kvm).</source>
        <translation>Vérifiez que le module kvm_intel ou kvm_amd est chargé (lsmod | grep kvm).</translation>
    </message>
    <message>
        <source>KVM device (/dev/kvm)</source>
        <translation>Périphérique KVM (/dev/kvm)</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM, through /dev/kvm. Your user must be allowed to open it.</source>
        <translation>iEchor Desktop pour Linux exécute sa VM avec KVM, via /dev/kvm. Votre utilisateur doit avoir le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>A physical machine: iEchor Desktop runs its Linux VM directly on this hardware.</source>
        <translation>Une machine physique : iEchor Desktop exécute sa VM Linux directement sur ce matériel.</translation>
    </message>
    <message>
        <source>A virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>Une machine virtuelle sur un hyperviseur que nestready ne reconnaît pas.</translation>
    </message>
    <message>
        <source>Find out which hypervisor runs this VM (ask your administrator) and pick it on the &quot;Your machine&quot; page so that nestready can show the right steps.</source>
        <translation>Déterminez quel hyperviseur exécute cette VM (demandez à votre administrateur) et choisissez-le sur la page « Votre machine » pour que nestready affiche les bonnes étapes.</translation>
    </message>
    <message>
        <source>A virtual machine on %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>Une machine virtuelle sur %1 : iEchor Desktop a besoin ici de la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>Does not apply inside a container.</source>
        <translation>Ne s’applique pas dans un conteneur.</translation>
    </message>
    <message>
        <source>Running natively on a physical machine is what the vendor recommends.</source>
        <translation>L’éditeur recommande de l’exécuter directement sur une machine physique.</translation>
    </message>
    <message>
        <source>Support for virtual machines and VDI desktops is for iEchor Business customers only, and covers one instance of iEchor Desktop per machine.</source>
        <translation>La prise en charge des machines virtuelles et des postes VDI est réservée aux clients iEchor Business et couvre une instance d’iEchor Desktop par machine.</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization.</source>
        <translation>L’éditeur ne prend pas en charge iEchor Desktop pour Linux en virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>It may still work when the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support. The vendor recommends running it natively.</source>
        <translation>Cela peut fonctionner quand même si la VM expose VT-x/AMD-V et /dev/kvm, mais les problèmes y sont hors du support de l’éditeur. L’éditeur recommande de l’exécuter directement sur le matériel.</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>Utilisez une machine Linux physique pour une configuration prise en charge, ou continuez en sachant que vous êtes hors du support de l’éditeur.</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor supports.</source>
        <translation>VMware ESXi est l’une des deux plateformes prises en charge par l’éditeur.</translation>
    </message>
    <message>
        <source>Only ESXi is covered: VMware Workstation and Fusion are not. From inside the VM nestready cannot tell them apart. VMware itself does not support nested hypervisors (KB 2009916), though they work.</source>
        <translation>Seul ESXi est couvert, pas VMware Workstation ni Fusion. Depuis l’intérieur de la VM, nestready ne peut pas les distinguer. VMware lui-même ne prend pas en charge les hyperviseurs imbriqués (KB 2009916), bien qu’ils fonctionnent.</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor supports.</source>
        <translation>Les VM Azure sont l’une des deux plateformes prises en charge par l’éditeur.</translation>
    </message>
    <message>
        <source>Microsoft supports nested Hyper-V on Azure on sizes that offer it.</source>
        <translation>Microsoft prend en charge Hyper-V imbriqué sur Azure pour les tailles de VM qui le proposent.</translation>
    </message>
    <message>
        <source>The vendor does not support Xen, and Citrix Hypervisor (XenServer) does not offer nested virtualization.</source>
        <translation>L’éditeur ne prend pas en charge Xen, et Citrix Hypervisor (XenServer) ne propose pas la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure.</source>
        <translation>L’éditeur n’a testé que VMware ESXi et Azure.</translation>
    </message>
    <message>
        <source>Move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Déplacez ce poste vers VMware ESXi ou une VM Azure, ou utilisez le service de déport dans le cloud de l’éditeur au lieu d’une VM locale.</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not %1.</source>
        <translation>L’éditeur ne prend en charge que VMware ESXi et les VM Azure, pas %1.</translation>
    </message>
    <message>
        <source>iEchor Desktop may still work here once nested virtualization is on; problems are then outside the vendor&apos;s support and belong to your hypervisor vendor.</source>
        <translation>iEchor Desktop peut quand même fonctionner ici une fois la virtualisation imbriquée activée ; les problèmes sont alors hors du support de l’éditeur et relèvent de l’éditeur de votre hyperviseur.</translation>
    </message>
    <message>
        <source>For a supported setup use VMware ESXi or an Azure VM; otherwise turn on nested virtualization with the guide for your platform.</source>
        <translation>Pour une configuration prise en charge, utilisez VMware ESXi ou une VM Azure ; sinon, activez la virtualisation imbriquée avec le guide de votre plateforme.</translation>
    </message>
    <message>
        <source>Not inside a container.</source>
        <translation>Pas dans un conteneur.</translation>
    </message>
    <message>
        <source>This is Windows Subsystem for Linux, not a full Linux machine.</source>
        <translation>Il s’agit du Sous-système Windows pour Linux, pas d’une machine Linux complète.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Windows on the Windows side; it uses WSL 2 by itself.</source>
        <translation>Installez iEchor Desktop pour Windows côté Windows ; il utilise WSL 2 de lui-même.</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own virtual machine, which a container cannot do.</source>
        <translation>iEchor Desktop démarre sa propre machine virtuelle, ce qu’un conteneur ne peut pas faire.</translation>
    </message>
    <message>
        <source>Run nestready and iEchor Desktop on the machine or VM that hosts this container.</source>
        <translation>Exécutez nestready et iEchor Desktop sur la machine ou la VM qui héberge ce conteneur.</translation>
    </message>
    <message>
        <source>Nested virtualization is on: VT-x/AMD-V reaches this VM.</source>
        <translation>La virtualisation imbriquée est activée : VT-x/AMD-V parvient à cette VM.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is available to this OS.</source>
        <translation>VT-x/AMD-V est disponible pour ce système.</translation>
    </message>
    <message>
        <source>Second-level address translation is missing.</source>
        <translation>La traduction d’adresses de second niveau (SLAT) est absente.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a CPU with SLAT (Intel EPT or AMD RVI). In a VM, check that the hypervisor passes it through.</source>
        <translation>iEchor Desktop a besoin d’un processeur avec SLAT (Intel EPT ou AMD RVI). Dans une VM, vérifiez que l’hyperviseur la transmet.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available: it is probably switched off in the firmware.</source>
        <translation>VT-x/AMD-V n’est pas disponible : il est probablement désactivé dans le micrologiciel.</translation>
    </message>
    <message>
        <source>Restart into the BIOS/UEFI settings and turn on Intel Virtualization Technology (VT-x) or AMD SVM, then check again.</source>
        <translation>Redémarrez dans les paramètres BIOS/UEFI et activez Intel Virtualization Technology (VT-x) ou AMD SVM, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Nested virtualization is off: %1 does not pass VT-x/AMD-V to this VM.</source>
        <translation>La virtualisation imbriquée est désactivée : %1 ne transmet pas VT-x/AMD-V à cette VM.</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM on its host (the VM usually has to be powered off), then check again.</source>
        <translation>Activez la virtualisation imbriquée pour cette VM sur son hôte (la VM doit généralement être éteinte), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available to this OS.</source>
        <translation>VT-x/AMD-V n’est pas disponible pour ce système.</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization where this OS runs, then check again.</source>
        <translation>Activez la virtualisation matérielle là où ce système s’exécute, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The CPU features could not be read.</source>
        <translation>Les fonctionnalités du processeur n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>A 64-bit CPU.</source>
        <translation>Un processeur 64 bits.</translation>
    </message>
    <message>
        <source>The CPU is not 64-bit.</source>
        <translation>Le processeur n’est pas 64 bits.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a 64-bit (x86-64 or Arm64) CPU.</source>
        <translation>iEchor Desktop a besoin d’un processeur 64 bits (x86-64 ou Arm64).</translation>
    </message>
    <message>
        <source>The processor count could not be read.</source>
        <translation>Le nombre de processeurs n’a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s).</source>
        <translation>
            <numerusform>%n processeur logique.</numerusform>
            <numerusform>%n processeurs logiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested VMs with 4 cores; with fewer, containers and the VM compete for CPU.</source>
        <translation>L’éditeur a testé des VM à 4 cœurs ; avec moins, les conteneurs et la VM se disputent le processeur.</translation>
    </message>
    <message>
        <source>Give this VM at least 4 virtual processors.</source>
        <translation>Attribuez au moins 4 processeurs virtuels à cette VM.</translation>
    </message>
    <message>
        <source>The memory size could not be read.</source>
        <translation>La taille de la mémoire n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1 of memory.</source>
        <translation>%1 de mémoire.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory.</source>
        <translation>iEchor Desktop a besoin d’au moins 4 Go de mémoire.</translation>
    </message>
    <message>
        <source>Give this VM at least 4 GB of memory; 12 GB or more as tested.</source>
        <translation>Attribuez au moins 4 Go de mémoire à cette VM ; 12 Go ou plus comme lors des tests.</translation>
    </message>
    <message>
        <source>Add memory: iEchor Desktop needs at least 4 GB.</source>
        <translation>Ajoutez de la mémoire : iEchor Desktop a besoin d’au moins 4 Go.</translation>
    </message>
    <message>
        <source>The minimum is 4 GB, but the vendor tested VMs with 12 GB (and Azure D4s_v5 with 16 GB).</source>
        <translation>Le minimum est de 4 Go, mais l’éditeur a testé des VM avec 12 Go (et Azure D4s_v5 avec 16 Go).</translation>
    </message>
    <message>
        <source>Give this VM 12 GB of memory or more for room to run containers.</source>
        <translation>Attribuez 12 Go de mémoire ou plus à cette VM pour laisser de la place aux conteneurs.</translation>
    </message>
    <message>
        <source>The free disk space could not be read.</source>
        <translation>L’espace disque libre n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data.</source>
        <translation>%1 libres sur le disque qui contiendra les données d’iEchor Desktop.</translation>
    </message>
    <message>
        <source>The vendor publishes no minimum; nestready asks for 2 GB to install and warns below 20 GB because images and the VM disk grow quickly.</source>
        <translation>L’éditeur ne publie aucun minimum ; nestready demande 2 Go pour l’installation et avertit en dessous de 20 Go, car les images et le disque de la VM grossissent vite.</translation>
    </message>
    <message>
        <source>Free up disk space (at least 2 GB, better 20 GB).</source>
        <translation>Libérez de l’espace disque (au moins 2 Go, idéalement 20 Go).</translation>
    </message>
    <message>
        <source>Free up disk space or enlarge the disk to 20 GB or more.</source>
        <translation>Libérez de l’espace disque ou agrandissez le disque à 20 Go ou plus.</translation>
    </message>
    <message>
        <source>Physical machine, VM or container</source>
        <translation>Machine physique, VM ou conteneur</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine in a Linux VM. On a physical machine that VM runs directly on the hardware; inside a VM it needs nested virtualization; inside a container it cannot run.</source>
        <translation>iEchor Desktop exécute son moteur dans une VM Linux. Sur une machine physique, cette VM tourne directement sur le matériel ; dans une VM, elle a besoin de la virtualisation imbriquée ; dans un conteneur, elle ne peut pas fonctionner.</translation>
    </message>
    <message>
        <source>Vendor support for this platform</source>
        <translation>Prise en charge de cette plateforme par l’éditeur</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure, for Business customers. Elsewhere it may work, but you are on your own.</source>
        <translation>L’éditeur ne prend en charge iEchor Desktop dans une VM que sur VMware ESXi et Azure, pour les clients Business. Ailleurs, cela peut fonctionner, mais vous êtes livré à vous-même.</translation>
    </message>
    <message>
        <source>Not inside a container</source>
        <translation>Pas dans un conteneur</translation>
    </message>
    <message>
        <source>iEchor Desktop must start a virtual machine, which is not possible from inside a container.</source>
        <translation>iEchor Desktop doit démarrer une machine virtuelle, ce qui est impossible depuis un conteneur.</translation>
    </message>
    <message>
        <source>Hardware virtualization (VT-x / AMD-V)</source>
        <translation>Virtualisation matérielle (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>The engine&apos;s Linux VM needs the CPU&apos;s virtualization extensions. In a VM the hypervisor must pass them through: that is nested virtualization.</source>
        <translation>La VM Linux du moteur a besoin des extensions de virtualisation du processeur. Dans une VM, l’hyperviseur doit les transmettre : c’est la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>64-bit CPU</source>
        <translation>Processeur 64 bits</translation>
    </message>
    <message>
        <source>iEchor Desktop runs only on 64-bit processors.</source>
        <translation>iEchor Desktop ne fonctionne que sur des processeurs 64 bits.</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory; its VM takes part of it.</source>
        <translation>iEchor Desktop a besoin d’au moins 4 Go de mémoire ; sa VM en occupe une partie.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Espace disque libre</translation>
    </message>
    <message>
        <source>Images, containers and the engine&apos;s VM disk are stored on this disk and grow with use.</source>
        <translation>Les images, les conteneurs et le disque de la VM du moteur sont stockés sur ce disque et grossissent à l’usage.</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine (%2).</source>
        <translation>Un conteneur (%1) dans une machine virtuelle (%2).</translation>
    </message>
    <message>
        <source>A container (%1).</source>
        <translation>Un conteneur (%1).</translation>
    </message>
    <message>
        <source>Inside a container (%1): iEchor Desktop cannot run here.</source>
        <translation>Dans un conteneur (%1) : iEchor Desktop ne peut pas s’exécuter ici.</translation>
    </message>
    <message>
        <source>The Windows build number could not be read.</source>
        <translation>Impossible de lire le numéro de build de Windows.</translation>
    </message>
    <message>
        <source>%1 is 32-bit Windows.</source>
        <translation>%1 est une version 32 bits de Windows.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows.</source>
        <translation>iEchor Desktop nécessite Windows 64 bits.</translation>
    </message>
    <message>
        <source>Install 64-bit Windows 11 23H2 or later (or Windows 10 22H2).</source>
        <translation>Installez Windows 11 23H2 64 bits ou une version ultérieure (ou Windows 10 22H2).</translation>
    </message>
    <message>
        <source>%1: the vendor&apos;s version list covers Windows 10 and 11 only.</source>
        <translation>%1&#xa0;: la liste des versions de l&apos;éditeur ne couvre que Windows 10 et 11.</translation>
    </message>
    <message>
        <source>See the edition check for Windows Server.</source>
        <translation>Pour Windows Server, consultez la vérification de l&apos;édition.</translation>
    </message>
    <message>
        <source>On Arm64 the vendor offers only the WSL 2 backend, as early access.</source>
        <translation>Sur Arm64, l&apos;éditeur ne propose que le backend WSL 2, en accès anticipé.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 11 23H2 (build 22631).</source>
        <translation>%1 est antérieur à Windows 11 23H2 (build 22631).</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 11 23H2 or later, or Windows 10 22H2.</source>
        <translation>iEchor Desktop nécessite Windows 11 23H2 ou une version ultérieure, ou Windows 10 22H2.</translation>
    </message>
    <message>
        <source>Install the latest Windows 11 feature update from Settings &gt; Windows Update, then check again.</source>
        <translation>Installez la dernière mise à jour de fonctionnalités de Windows 11 depuis Paramètres &gt; Windows Update, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 10 22H2 (build 19045).</source>
        <translation>%1 est antérieur à Windows 10 22H2 (build 19045).</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 10 22H2 or Windows 11 23H2 or later.</source>
        <translation>iEchor Desktop nécessite Windows 10 22H2, ou Windows 11 23H2 ou une version ultérieure.</translation>
    </message>
    <message>
        <source>Update to Windows 10 22H2 or, better, Windows 11 from Settings &gt; Windows Update, then check again.</source>
        <translation>Passez à Windows 10 22H2 ou, mieux, à Windows 11 depuis Paramètres &gt; Windows Update, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>%1, 64-bit.</source>
        <translation>%1, 64 bits.</translation>
    </message>
    <message>
        <source>The Windows edition could not be read.</source>
        <translation>Impossible de lire l&apos;édition de Windows.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session (EditionID %1).</source>
        <translation>Windows Enterprise multisession (EditionID %1).</translation>
    </message>
    <message>
        <source>This client edition for Azure Virtual Desktop reports itself as a server (ProductType 3), but it is not Windows Server. Several users share one multi-session host, and the vendor does not support more than one instance of iEchor Desktop per machine.</source>
        <translation>Cette édition client pour Azure Virtual Desktop se présente comme un serveur (ProductType 3), mais ce n&apos;est pas Windows Server. Plusieurs utilisateurs partagent un même hôte multisession, et l&apos;éditeur ne prend pas en charge plus d&apos;une instance d&apos;iEchor Desktop par machine.</translation>
    </message>
    <message>
        <source>Use a personal (single-session) desktop for iEchor Desktop, or make sure that only one user of this host runs it.</source>
        <translation>Utilisez un bureau personnel (à session unique) pour iEchor Desktop, ou assurez-vous qu&apos;un seul utilisateur de cet hôte l&apos;exécute.</translation>
    </message>
    <message>
        <source>Windows Server (EditionID %1) is not supported by the vendor.</source>
        <translation>Windows Server (EditionID %1) n&apos;est pas pris en charge par l&apos;éditeur.</translation>
    </message>
    <message>
        <source>iEchor Desktop supports Windows 10 and 11 Pro, Enterprise and Education only.</source>
        <translation>iEchor Desktop ne prend en charge que Windows 10 et 11 Pro, Enterprise et Education.</translation>
    </message>
    <message>
        <source>Use a Windows 11 Pro, Enterprise or Education machine or VM instead.</source>
        <translation>Utilisez plutôt une machine ou une VM sous Windows 11 Pro, Enterprise ou Education.</translation>
    </message>
    <message>
        <source>Windows Home (EditionID %1): Linux containers only.</source>
        <translation>Windows Home (EditionID %1)&#xa0;: conteneurs Linux uniquement.</translation>
    </message>
    <message>
        <source>Home has no Hyper-V, so only the WSL 2 backend and Linux containers are available. The vendor&apos;s current requirements list Pro, Enterprise and Education; whether Home is still supported could not be confirmed.</source>
        <translation>Home ne comprend pas Hyper-V&#xa0;: seuls le backend WSL 2 et les conteneurs Linux sont donc disponibles. La configuration requise actuelle de l&apos;éditeur mentionne Pro, Enterprise et Education&#xa0;; il n&apos;a pas été possible de confirmer si Home est encore pris en charge.</translation>
    </message>
    <message>
        <source>For Windows containers or the Hyper-V backend, upgrade to Windows Pro (Settings &gt; System &gt; Activation); otherwise use the WSL 2 backend.</source>
        <translation>Pour les conteneurs Windows ou le backend Hyper-V, passez à Windows Pro (Paramètres &gt; Système &gt; Activation)&#xa0;; sinon, utilisez le backend WSL 2.</translation>
    </message>
    <message>
        <source>Windows edition %1.</source>
        <translation>Édition Windows %1.</translation>
    </message>
    <message>
        <source>Windows edition &quot;%1&quot; is not one nestready recognizes.</source>
        <translation>L&apos;édition de Windows «&#xa0;%1&#xa0;» n&apos;est pas reconnue par nestready.</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education.</source>
        <translation>L&apos;éditeur prend en charge Windows Pro, Enterprise et Education.</translation>
    </message>
    <message>
        <source>Check under Settings &gt; System &gt; About that this is Windows Pro, Enterprise or Education.</source>
        <translation>Vérifiez dans Paramètres &gt; Système &gt; Informations système qu&apos;il s&apos;agit bien de Windows Pro, Enterprise ou Education.</translation>
    </message>
    <message>
        <source>The Windows features could not be read.</source>
        <translation>Impossible de lire les fonctionnalités Windows.</translation>
    </message>
    <message>
        <source>Virtual Machine Platform</source>
        <translation>Plateforme de machine virtuelle</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Sous-système Windows pour Linux</translation>
    </message>
    <message>
        <source>WSL 2 is ready: both features are on and WSL is version %1.</source>
        <translation>WSL 2 est prêt&#xa0;: les deux fonctionnalités sont activées et WSL est en version %1.</translation>
    </message>
    <message>
        <source>The state of the WSL features could not be read.</source>
        <translation>Impossible de lire l&apos;état des fonctionnalités WSL.</translation>
    </message>
    <message>
        <source>Windows features not turned on: %1.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>Fonctionnalités Windows non activées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>WSL prints no version: this is the old WSL built into Windows.</source>
        <translation>WSL n&apos;affiche aucune version&#xa0;: il s&apos;agit de l&apos;ancien WSL intégré à Windows.</translation>
    </message>
    <message>
        <source>Run: wsl --update (or install the latest WSL from github.com/microsoft/WSL/releases).</source>
        <translation>Exécutez&#xa0;: wsl --update (ou installez la dernière version de WSL depuis github.com/microsoft/WSL/releases).</translation>
    </message>
    <message>
        <source>WSL %1 is older than 2.1.5.</source>
        <translation>WSL %1 est antérieur à la version 2.1.5.</translation>
    </message>
    <message>
        <source>Run: wsl --update</source>
        <translation>Exécutez&#xa0;: wsl --update</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform and Windows Subsystem for Linux features and WSL 2.1.5 or later.</source>
        <translation>Le backend WSL 2, utilisé par défaut par iEchor Desktop, nécessite les fonctionnalités «&#xa0;Plateforme de machine virtuelle&#xa0;» et «&#xa0;Sous-système Windows pour Linux&#xa0;», ainsi que WSL 2.1.5 ou une version ultérieure.</translation>
    </message>
    <message>
        <source>The Hyper-V backend is ready and can be used instead.</source>
        <translation>Le backend Hyper-V est prêt et peut être utilisé à la place.</translation>
    </message>
    <message>
        <source>Windows Home has no Hyper-V: the WSL 2 backend is used.</source>
        <translation>Windows Home ne comprend pas Hyper-V&#xa0;: le backend WSL 2 est utilisé.</translation>
    </message>
    <message>
        <source>On Arm64 iEchor Desktop offers only the WSL 2 backend.</source>
        <translation>Sur Arm64, iEchor Desktop ne propose que le backend WSL 2.</translation>
    </message>
    <message>
        <source>The Hyper-V and Containers features are on.</source>
        <translation>Les fonctionnalités Hyper-V et Conteneurs sont activées.</translation>
    </message>
    <message>
        <source>Not needed: the WSL 2 backend is ready. Hyper-V and Containers are only needed for the Hyper-V backend.</source>
        <translation>Non requis&#xa0;: le backend WSL 2 est prêt. Hyper-V et Conteneurs ne sont nécessaires que pour le backend Hyper-V.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: bcdedit /set hypervisorlaunchtype auto — then restart Windows.</source>
        <translation>Dans un terminal administrateur, exécutez&#xa0;: bcdedit /set hypervisorlaunchtype auto — puis redémarrez Windows.</translation>
    </message>
    <message>
        <source>Windows&apos; hypervisor is running, so it is launched at startup.</source>
        <translation>L&apos;hyperviseur de Windows est en cours d&apos;exécution&#xa0;: il est donc lancé au démarrage.</translation>
    </message>
    <message>
        <source>Needs administrator rights to read.</source>
        <translation>La lecture nécessite des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>The boot setting hypervisorlaunchtype can only be read by an administrator, and Windows&apos; hypervisor is not running now.</source>
        <translation>Le paramètre de démarrage hypervisorlaunchtype n&apos;est lisible que par un administrateur, et l&apos;hyperviseur de Windows ne s&apos;exécute pas actuellement.</translation>
    </message>
    <message>
        <source>The boot configuration could not be read (bcdedit).</source>
        <translation>Impossible de lire la configuration de démarrage (bcdedit).</translation>
    </message>
    <message>
        <source>The hypervisor is switched off at startup (hypervisorlaunchtype Off).</source>
        <translation>L&apos;hyperviseur est désactivé au démarrage (hypervisorlaunchtype Off).</translation>
    </message>
    <message>
        <source>It still runs now, but will not after the next restart.</source>
        <translation>Il s&apos;exécute encore maintenant, mais ne s&apos;exécutera plus après le prochain redémarrage.</translation>
    </message>
    <message>
        <source>Some software, such as Android emulators, turns it off. WSL 2 and Hyper-V cannot start without it.</source>
        <translation>Certains logiciels, comme les émulateurs Android, le désactivent. WSL 2 et Hyper-V ne peuvent pas démarrer sans lui.</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is not set, so the hypervisor does not start.</source>
        <translation>hypervisorlaunchtype n&apos;est pas défini&#xa0;: l&apos;hyperviseur ne démarre donc pas.</translation>
    </message>
    <message>
        <source>Windows sets it when Virtual Machine Platform or Hyper-V is turned on.</source>
        <translation>Windows définit ce paramètre lorsque la fonctionnalité «&#xa0;Plateforme de machine virtuelle&#xa0;» ou Hyper-V est activée.</translation>
    </message>
    <message>
        <source>The hypervisor is launched at startup (hypervisorlaunchtype %1).</source>
        <translation>L&apos;hyperviseur est lancé au démarrage (hypervisorlaunchtype %1).</translation>
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
        <translation>Azure Virtual Desktop ou Windows 365</translation>
    </message>
    <message>
        <source>Amazon WorkSpaces</source>
        <translation>Amazon WorkSpaces</translation>
    </message>
    <message>
        <source>The VDI agent registry keys could not be read.</source>
        <translation>Impossible de lire les clés de registre des agents VDI.</translation>
    </message>
    <message>
        <source>Not a VDI desktop.</source>
        <translation>Ce n&apos;est pas un bureau VDI.</translation>
    </message>
    <message>
        <source>The vendor supports persistent VDI desktops (dedicated to one user and keeping their changes) and not non-persistent ones. Whether a pool is persistent cannot be read reliably from inside the desktop, so nestready does not guess.</source>
        <translation>L&apos;éditeur prend en charge les bureaux VDI persistants (attribués à un seul utilisateur et conservant ses modifications), mais pas les bureaux non persistants. Comme il est impossible de déterminer de manière fiable depuis le bureau si un pool est persistant, nestready ne fait pas de supposition.</translation>
    </message>
    <message>
        <source>With Citrix, what matters is the hypervisor below: Citrix Hypervisor (XenServer) offers no nested virtualization.</source>
        <translation>Avec Citrix, c&apos;est l&apos;hyperviseur sous-jacent qui compte&#xa0;: Citrix Hypervisor (XenServer) ne propose pas la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>A virtual desktop: %1.</source>
        <translation>Un bureau virtuel&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask your VDI administrator for a persistent desktop with nested virtualization turned on; the vendor does not support iEchor Desktop on non-persistent desktops.</source>
        <translation>Demandez à votre administrateur VDI un bureau persistant avec la virtualisation imbriquée activée&#xa0;; l&apos;éditeur ne prend pas en charge iEchor Desktop sur les bureaux non persistants.</translation>
    </message>
    <message>
        <source>The vendor does not support more than one instance of iEchor Desktop on the same machine in a VM or VDI environment.</source>
        <translation>Dans un environnement VM ou VDI, l&apos;éditeur ne prend pas en charge plus d&apos;une instance d&apos;iEchor Desktop sur la même machine.</translation>
    </message>
    <message>
        <source>Quit iEchor Desktop in the other session (or have that user sign out) before using it here, and keep to one user of iEchor Desktop per machine.</source>
        <translation>Quittez iEchor Desktop dans l&apos;autre session (ou demandez à cet utilisateur de se déconnecter) avant de l&apos;utiliser ici, et limitez-vous à un seul utilisateur d&apos;iEchor Desktop par machine.</translation>
    </message>
    <message>
        <source>A multi-session host: several users can sign in at once.</source>
        <translation>Un hôte multisession&#xa0;: plusieurs utilisateurs peuvent se connecter en même temps.</translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in now.</source>
        <translation>
            <numerusform>%n autre session utilisateur est actuellement ouverte.</numerusform>
            <numerusform>%n autres sessions utilisateur sont actuellement ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other user is signed in and no other instance of iEchor Desktop runs.</source>
        <translation>Aucun autre utilisateur n&apos;est connecté et aucune autre instance d&apos;iEchor Desktop ne s&apos;exécute.</translation>
    </message>
    <message>
        <source>The sessions could not be listed; only processes were checked.</source>
        <translation>Impossible de répertorier les sessions&#xa0;; seuls les processus ont été vérifiés.</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Version de Windows</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later.</source>
        <translation>iEchor Desktop nécessite Windows 10 22H2 (build 19045) 64 bits, ou Windows 11 23H2 (build 22631) ou une version ultérieure.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Édition de Windows</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education; Windows Server is not supported, and Home runs Linux containers only.</source>
        <translation>L&apos;éditeur prend en charge Windows Pro, Enterprise et Education&#xa0;; Windows Server n&apos;est pas pris en charge, et Home n&apos;exécute que des conteneurs Linux.</translation>
    </message>
    <message>
        <source>WSL 2 backend</source>
        <translation>Backend WSL 2</translation>
    </message>
    <message>
        <source>Hyper-V backend</source>
        <translation>Backend Hyper-V</translation>
    </message>
    <message>
        <source>The alternative backend runs the engine&apos;s VM with Hyper-V, which needs the Hyper-V and Containers features (not available on Home).</source>
        <translation>Le backend alternatif exécute la VM du moteur avec Hyper-V, ce qui nécessite les fonctionnalités Hyper-V et Conteneurs (non disponibles sur Home).</translation>
    </message>
    <message>
        <source>Hypervisor at startup</source>
        <translation>Hyperviseur au démarrage</translation>
    </message>
    <message>
        <source>Both backends need Windows&apos; hypervisor, which starts at boot only when the boot setting hypervisorlaunchtype is not Off.</source>
        <translation>Les deux backends nécessitent l&apos;hyperviseur de Windows, qui ne se lance au démarrage que si le paramètre de démarrage hypervisorlaunchtype n&apos;est pas sur Off.</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>Bureau virtuel (VDI)</translation>
    </message>
    <message>
        <source>On a VDI desktop, the vendor supports iEchor Desktop on persistent desktops only.</source>
        <translation>Sur un bureau VDI, l&apos;éditeur ne prend en charge iEchor Desktop que sur les bureaux persistants.</translation>
    </message>
    <message>
        <source>One instance per machine</source>
        <translation>Une instance par machine</translation>
    </message>
    <message>
        <source>The vendor does not support several instances of iEchor Desktop on one machine in a VM or VDI environment.</source>
        <translation>Dans un environnement VM ou VDI, l&apos;éditeur ne prend pas en charge plusieurs instances d&apos;iEchor Desktop sur une même machine.</translation>
    </message>
    <message>
        <source>Turn on the WSL 2 or Hyper-V features (see those checks). If it stays unset, run bcdedit /set hypervisorlaunchtype auto in an administrator terminal, then restart Windows.</source>
        <translation>Activez les fonctionnalités WSL 2 ou Hyper-V (voir ces vérifications). Si la valeur reste vide, exécutez bcdedit /set hypervisorlaunchtype auto dans un terminal administrateur, puis redémarrez Windows.</translation>
    </message>
    <message>
        <source>Not checked: Azure&apos;s metadata service was not asked.</source>
        <translation>Non vérifié&#xa0;: le service de métadonnées d&apos;Azure n&apos;a pas été interrogé.</translation>
    </message>
    <message>
        <source>Could not be checked: Azure&apos;s metadata service gave no answer.</source>
        <translation>Vérification impossible&#xa0;: le service de métadonnées d&apos;Azure n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Not an Azure VM.</source>
        <translation>Ce n&apos;est pas une VM Azure.</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not one nestready can read.</source>
        <translation>La taille «&#xa0;%1&#xa0;» n&apos;est pas une taille que nestready sait interpréter.</translation>
    </message>
    <message>
        <source>Look the size up in Microsoft&apos;s size list: its page has a &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Recherchez la taille dans la liste des tailles de Microsoft&#xa0;: sa page comporte une ligne «&#xa0;Nested Virtualization&#xa0;» sous «&#xa0;Feature support&#xa0;».</translation>
    </message>
    <message>
        <source>Check https://learn.microsoft.com/azure/virtual-machines/sizes/overview for &quot;%1&quot;, or move to %2, the size the vendor tested.</source>
        <translation>Recherchez «&#xa0;%1&#xa0;» sur https://learn.microsoft.com/azure/virtual-machines/sizes/overview, ou passez à %2, la taille testée par l&apos;éditeur.</translation>
    </message>
    <message>
        <source>%1 (%2 series) supports nested virtualization.</source>
        <translation>%1 (série %2) prend en charge la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft lists nested virtualization as not supported for the %1 series, so Hyper-V, WSL 2 and KVM cannot start inside this VM. Source: %2</source>
        <translation>Microsoft indique que la virtualisation imbriquée n&apos;est pas prise en charge pour la série %1&#xa0;: Hyper-V, WSL 2 et KVM ne peuvent donc pas démarrer dans cette VM. Source&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is an Arm64 size; %1 is x64, so the VM&apos;s OS disk must be an x64 image: a resize alone will not do, create a new VM.</source>
        <translation>Il s&apos;agit d&apos;une taille Arm64&#xa0;; %1 est une taille x64, le disque du système d&apos;exploitation de la VM doit donc être une image x64&#xa0;: un simple redimensionnement ne suffit pas, créez une nouvelle VM.</translation>
    </message>
    <message>
        <source>%1 does not support nested virtualization.</source>
        <translation>%1 ne prend pas en charge la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>Resize the VM to %1 (or another size whose page lists nested virtualization as supported): %2 — the VM restarts during the resize.</source>
        <translation>Redimensionnez la VM en %1 (ou en une autre taille dont la page indique que la virtualisation imbriquée est prise en charge)&#xa0;: %2 — la VM redémarre pendant le redimensionnement.</translation>
    </message>
    <message>
        <source>Whether %1 supports nested virtualization is not in nestready&apos;s size table.</source>
        <translation>La table des tailles de nestready n&apos;indique pas si %1 prend en charge la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>Open the page of the %1 series in Microsoft&apos;s size list and read the &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Ouvrez la page de la série %1 dans la liste des tailles de Microsoft et lisez la ligne «&#xa0;Nested Virtualization&#xa0;» sous «&#xa0;Feature support&#xa0;».</translation>
    </message>
    <message>
        <source>If it is not supported, resize to %1: %2 — the VM restarts during the resize.</source>
        <translation>Si elle n&apos;est pas prise en charge, redimensionnez la VM en %1&#xa0;: %2 — la VM redémarre pendant le redimensionnement.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n vCPU(s) and %2 GiB of memory (%3).</source>
        <translation>
            <numerusform>%1 a %n vCPU et %2 Gio de mémoire (%3).</numerusform>
            <numerusform>%1 a %n vCPU et %2 Gio de mémoire (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size name %1 says %n vCPU(s).</source>
        <translation>
            <numerusform>Le nom de taille %1 indique %n vCPU.</numerusform>
            <numerusform>Le nom de taille %1 indique %n vCPU.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the size nor the processor count and memory of this VM could be read.</source>
        <translation>Impossible de lire la taille de cette VM, ainsi que son nombre de processeurs et sa mémoire.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory.</source>
        <translation>
            <numerusform>%n vCPU et %1 Gio de mémoire.</numerusform>
            <numerusform>%n vCPU et %1 Gio de mémoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested %1: %2 vCPUs and %3 GiB of memory, and recommends that or more.</source>
        <translation>L&apos;éditeur a testé %1&#xa0;: %2 vCPU et %3 Gio de mémoire, et recommande au moins cette configuration.</translation>
    </message>
    <message>
        <source>Resize the VM to %1 or larger: %2 — the VM restarts during the resize.</source>
        <translation>Redimensionnez la VM en %1 ou en une taille supérieure&#xa0;: %2 — la VM redémarre pendant le redimensionnement.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s nested virtualization guide says to set the security type to Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</source>
        <translation>Le guide de virtualisation imbriquée de Microsoft indique de définir le type de sécurité sur Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</translation>
    </message>
    <message>
        <source>A confidential VM: Azure offers no nested virtualization there.</source>
        <translation>VM confidentielle&#xa0;: Azure n&apos;y propose pas la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>The confidential DC and EC series list nested virtualization as not supported.</source>
        <translation>Les séries confidentielles DC et EC sont indiquées comme ne prenant pas en charge la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>The security type cannot be changed on a confidential VM. Create a new VM with the security type Standard on a size that supports nested virtualization, such as %1.</source>
        <translation>Le type de sécurité ne peut pas être modifié sur une VM confidentielle. Créez une nouvelle VM avec le type de sécurité Standard, sur une taille qui prend en charge la virtualisation imbriquée, par exemple %1.</translation>
    </message>
    <message>
        <source>The sources disagree: %1 The Trusted Launch page once listed nested virtualization as unsupported, but its current version no longer does (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). Whether nested virtualization works with Trusted Launch could not be confirmed.</source>
        <translation>Les sources divergent&#xa0;: %1 La page Trusted Launch indiquait autrefois que la virtualisation imbriquée n&apos;était pas prise en charge, mais ce n&apos;est plus le cas dans sa version actuelle (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). Impossible de confirmer si la virtualisation imbriquée fonctionne avec Trusted Launch.</translation>
    </message>
    <message>
        <source>Trusted Launch: VT-x/AMD-V reaches this VM, but whether Microsoft supports nested virtualization with Trusted Launch could not be confirmed.</source>
        <translation>Trusted Launch&#xa0;: VT-x/AMD-V est bien transmis à cette VM, mais impossible de confirmer si Microsoft prend en charge la virtualisation imbriquée avec Trusted Launch.</translation>
    </message>
    <message>
        <source>Trusted Launch: it may keep nested virtualization from working.</source>
        <translation>Trusted Launch&#xa0;: peut empêcher la virtualisation imbriquée de fonctionner.</translation>
    </message>
    <message>
        <source>Security type Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>Type de sécurité Standard, comme le demande le guide de virtualisation imbriquée de Microsoft.</translation>
    </message>
    <message>
        <source>The security type &quot;%1&quot; is not one nestready knows.</source>
        <translation>Le type de sécurité «&#xa0;%1&#xa0;» n&apos;est pas connu de nestready.</translation>
    </message>
    <message>
        <source>Not an Amazon EC2 instance.</source>
        <translation>Ce n&apos;est pas une instance Amazon EC2.</translation>
    </message>
    <message>
        <source>A bare-metal instance (%1): no hypervisor below this OS.</source>
        <translation>Instance bare metal (%1)&#xa0;: aucun hyperviseur sous ce système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>The firmware tables do not name the instance type.</source>
        <translation>Les tables du firmware n&apos;indiquent pas le type d&apos;instance.</translation>
    </message>
    <message>
        <source>%1 is a virtual instance type without nested virtualization.</source>
        <translation>%1 est un type d&apos;instance virtuelle sans virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>%1 with nested virtualization enabled: VT-x reaches this VM.</source>
        <translation>%1 avec la virtualisation imbriquée activée&#xa0;: VT-x est transmis à cette VM.</translation>
    </message>
    <message>
        <source>%1 without nested virtualization: VT-x does not reach this VM.</source>
        <translation>%1 sans virtualisation imbriquée&#xa0;: VT-x n&apos;est pas transmis à cette VM.</translation>
    </message>
    <message>
        <source>Not a Google Cloud VM.</source>
        <translation>Ce n&apos;est pas une VM Google Cloud.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop for Windows on an Azure VM or VMware ESXi, or use a Linux VM on Google Cloud, or the vendor&apos;s cloud offload service.</source>
        <translation>Exécutez iEchor Desktop pour Windows sur une VM Azure ou sur VMware ESXi, ou utilisez une VM Linux sur Google Cloud, ou encore le service de déport dans le cloud de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Nested virtualization is enabled on this Google Cloud VM.</source>
        <translation>La virtualisation imbriquée est activée sur cette VM Google Cloud.</translation>
    </message>
    <message>
        <source>Nested virtualization is not enabled on this Google Cloud VM.</source>
        <translation>La virtualisation imbriquée n&apos;est pas activée sur cette VM Google Cloud.</translation>
    </message>
    <message>
        <source>Azure VM size supports nested virtualization</source>
        <translation>La taille de VM Azure prend en charge la virtualisation imbriquée</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization depends on the VM size: D4s_v5 has it, the B-series never will.</source>
        <translation>Sur Azure, la virtualisation imbriquée dépend de la taille de la VM&#xa0;: D4s_v5 la prend en charge, la série B ne la prendra jamais en charge.</translation>
    </message>
    <message>
        <source>Azure VM size capacity</source>
        <translation>Capacité de la taille de VM Azure</translation>
    </message>
    <message>
        <source>The vendor tested Azure D4s_v5 (4 vCPUs, 16 GiB) and recommends that size or larger.</source>
        <translation>L&apos;éditeur a testé Azure D4s_v5 (4 vCPU, 16 Gio) et recommande cette taille ou une taille supérieure.</translation>
    </message>
    <message>
        <source>Azure security type</source>
        <translation>Type de sécurité Azure</translation>
    </message>
    <message>
        <source>Confidential VMs offer no nested virtualization, and Microsoft&apos;s guide asks for the security type Standard.</source>
        <translation>Les VM confidentielles ne proposent pas la virtualisation imbriquée, et le guide de Microsoft demande le type de sécurité Standard.</translation>
    </message>
    <message>
        <source>Amazon EC2 instance type allows nested virtualization</source>
        <translation>Le type d&apos;instance Amazon EC2 autorise la virtualisation imbriquée</translation>
    </message>
    <message>
        <source>Google Cloud nested virtualization</source>
        <translation>Virtualisation imbriquée Google Cloud</translation>
    </message>
    <message>
        <source>Google Cloud allows only Linux KVM inside its VMs, and only when nested virtualization is enabled on the VM.</source>
        <translation>Google Cloud n&apos;autorise que Linux KVM dans ses VM, et uniquement lorsque la virtualisation imbriquée est activée sur la VM.</translation>
    </message>
    <message>
        <source>The security type Standard needs the subscription feature UseStandardSecurityType: run az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, then az provider register --namespace Microsoft.Compute. Then create the VM with --security-type Standard, or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell (the Azure portal cannot change it).</source>
        <translation>Le type de sécurité Standard nécessite la fonctionnalité d’abonnement UseStandardSecurityType : exécutez az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, puis az provider register --namespace Microsoft.Compute. Créez ensuite la VM avec --security-type Standard, ou libérez cette VM et définissez son type de sécurité sur Standard avec Azure CLI ou PowerShell (le portail Azure ne permet pas de le modifier).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata answer does not name the security type.</source>
        <translation>La réponse des métadonnées Azure n’indique pas le type de sécurité.</translation>
    </message>
    <message>
        <source>The answer was asked with api-version %1, which predates the securityType field (%2). Look it up in the portal: the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>La réponse a été demandée avec api-version %1, antérieure au champ securityType (%2). Consultez-le dans le portail : page Vue d’ensemble de la VM, «&#xa0;Type de sécurité&#xa0;».</translation>
    </message>
    <message>
        <source>Security type likely Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>Type de sécurité probablement Standard, comme le demande le guide de virtualisation imbriquée de Microsoft.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata names the security type only for Trusted Launch and confidential VMs; it names none for this VM, so it is most likely Standard. The portal shows it on the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>Les métadonnées Azure n’indiquent le type de sécurité que pour les VM Trusted Launch et les VM confidentielles ; elles n’en indiquent aucun pour cette VM, il s’agit donc très probablement de Standard. Le portail l’affiche sur la page Vue d’ensemble de la VM, «&#xa0;Type de sécurité&#xa0;».</translation>
    </message>
    <message>
        <source>If Hyper-V, WSL 2 or KVM will not start, switch to the security type Standard.</source>
        <translation>Si Hyper-V, WSL 2 ou KVM ne démarre pas, passez au type de sécurité Standard.</translation>
    </message>
    <message>
        <source>On Windows, AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; hibernation is not supported then, nor more than 192 vCPUs.</source>
        <translation>Sous Windows, AWS désactive de lui-même Virtual Secure Mode (Credential Guard) lorsque la virtualisation imbriquée est activée ; la mise en veille prolongée n’est alors pas prise en charge, ni plus de 192 vCPU.</translation>
    </message>
    <message>
        <source>Whether a type offers it: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; lists nested-virtualization.</source>
        <translation>Pour savoir si un type la propose : aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; indique nested-virtualization.</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants. Source: %1</source>
        <translation>AWS propose la virtualisation imbriquée sur les instances bare metal et sur les instances virtuelles C8i, M8i et R8i ainsi que leurs variantes flex. Source : %1</translation>
    </message>
    <message>
        <source>%1 supports nested virtualization once it is turned on for the instance. Whether it is cannot be seen from inside the instance, except that VT-x then reaches it. Source: %2</source>
        <translation>%1 prend en charge la virtualisation imbriquée une fois celle-ci activée pour l’instance. Depuis l’instance, on ne peut pas voir si elle l’est, sauf au fait que VT-x l’atteint alors. Source : %2</translation>
    </message>
    <message>
        <source>AWS lists the %1 family on the Chinese edition of its page; the English page names C8i, M8i and R8i.</source>
        <translation>AWS cite la famille %1 dans l’édition chinoise de sa page ; la page en anglais nomme C8i, M8i et R8i.</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot use WSL 2 or Hyper-V.</source>
        <translation>Une VM Windows sur Google Cloud ne peut utiliser ni WSL 2 ni Hyper-V.</translation>
    </message>
    <message>
        <source>Google Cloud supports only Linux KVM as the hypervisor inside a VM; Hyper-V is not supported, so WSL 2 cannot start and iEchor Desktop for Windows cannot run here. Source: %1</source>
        <translation>Google Cloud ne prend en charge que Linux KVM comme hyperviseur dans une VM ; Hyper-V n’est pas pris en charge, donc WSL 2 ne peut pas démarrer et iEchor Desktop pour Windows ne peut pas s’exécuter ici. Source : %1</translation>
    </message>
    <message>
        <source>On AWS, only bare-metal instances and C8i, M8i and R8i instances (and their flex variants) with nested virtualization enabled can run a VM inside.</source>
        <translation>Sur AWS, seules les instances bare metal et les instances C8i, M8i et R8i (et leurs variantes flex) dont la virtualisation imbriquée est activée peuvent exécuter une VM.</translation>
    </message>
    <message>
        <source>Stop the instance and turn nested virtualization on: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (console: Actions, Instance settings, Change CPU options). Then start it and check again.</source>
        <translation>Arrêtez l’instance et activez la virtualisation imbriquée : aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (console : Actions, Instance settings, Change CPU options). Redémarrez-la ensuite et vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Use a bare-metal instance (*.metal), or a C8i, M8i or R8i instance (or a flex variant) with nested virtualization on: at launch with --cpu-options NestedVirtualization=enabled, or on the stopped instance with aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</source>
        <translation>Utilisez une instance bare metal (*.metal), ou une instance C8i, M8i ou R8i (ou une variante flex) avec la virtualisation imbriquée activée : au lancement avec --cpu-options NestedVirtualization=enabled, ou sur l’instance arrêtée avec aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</translation>
    </message>
    <message>
        <source>Stop the VM, export its configuration (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), set enableNestedVirtualization: true under advancedMachineFeatures, and update the VM from the file (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update has no switch for it. Only Intel machine types offer it: AMD and Arm VMs do not.</source>
        <translation>Arrêtez la VM, exportez sa configuration (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), définissez enableNestedVirtualization: true sous advancedMachineFeatures, puis mettez à jour la VM à partir du fichier (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update n’a pas d’option pour cela. Seuls les types de machines Intel la proposent : les VM AMD et Arm ne la proposent pas.</translation>
    </message>
    <message>
        <source>This size offers nested virtualization, so the VM&apos;s security type is the likely cause: Microsoft&apos;s guide asks for Standard (see the &quot;Azure security type&quot; check).</source>
        <translation>Cette taille propose la virtualisation imbriquée ; la cause probable est donc le type de sécurité de la VM : le guide de Microsoft demande Standard (voir la vérification «&#xa0;Type de sécurité Azure&#xa0;»).</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization comes with the VM size: resize the VM to one whose page lists it as supported, such as %1: %2 — the VM restarts during the resize.</source>
        <translation>Sur Azure, la virtualisation imbriquée dépend de la taille de la VM : redimensionnez la VM vers une taille dont la page indique qu’elle la prend en charge, par exemple %1 : %2 — la VM redémarre pendant le redimensionnement.</translation>
    </message>
    <message>
        <source>Google Cloud runs only Linux KVM inside its VMs: a Windows VM there cannot use WSL 2 or Hyper-V.</source>
        <translation>Google Cloud n’exécute que Linux KVM dans ses VM : une VM Windows ne peut y utiliser ni WSL 2 ni Hyper-V.</translation>
    </message>
    <message>
        <source>On Windows 365, nested virtualization needs a Cloud PC with 4 vCPUs or more.</source>
        <translation>Sur Windows 365, la virtualisation imbriquée nécessite un PC cloud avec au moins 4 vCPU.</translation>
    </message>
    <message>
        <source>Not checked inside a container: the hardware belongs to the machine that runs it.</source>
        <translation>Non vérifié dans un conteneur : le matériel appartient à la machine qui l’exécute.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: KVM is not available on this arm64 OS.</source>
        <translation>/dev/kvm n’existe pas : KVM n’est pas disponible sur ce système arm64.</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM, then check again.</source>
        <translation>Utilisez une machine ou un type d’instance arm64 qui propose KVM, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_amd is loaded.</source>
        <translation>/dev/kvm n’existe pas alors que kvm_amd est chargé.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_intel is loaded.</source>
        <translation>/dev/kvm n’existe pas alors que kvm_intel est chargé.</translation>
    </message>
    <message>
        <source>Look for the reason in the kernel log (sudo dmesg | grep -i kvm); restarting the machine usually recreates the device.</source>
        <translation>Cherchez la raison dans le journal du noyau (sudo dmesg | grep -i kvm) ; redémarrer la machine recrée généralement le périphérique.</translation>
    </message>
    <message>
        <source>If that fails with &quot;disabled by bios&quot;, turn on VT-x/AMD-V in the BIOS/UEFI settings.</source>
        <translation>Si cela échoue avec « disabled by bios », activez VT-x/AMD-V dans les paramètres BIOS/UEFI.</translation>
    </message>
    <message>
        <source>KVM is available to this arm64 OS.</source>
        <translation>KVM est disponible pour ce système arm64.</translation>
    </message>
    <message>
        <source>KVM is not available in this arm64 VM: the hypervisor does not pass the Arm virtualization extensions through.</source>
        <translation>KVM n’est pas disponible dans cette VM arm64 : l’hyperviseur ne transmet pas les extensions de virtualisation Arm.</translation>
    </message>
    <message>
        <source>KVM is not available on this arm64 machine.</source>
        <translation>KVM n’est pas disponible sur cette machine arm64.</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM (on AWS, a .metal instance), then check again.</source>
        <translation>Utilisez une machine ou un type d’instance arm64 qui propose KVM (sur AWS, une instance .metal), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Start a kernel that runs at EL2 with KVM built in or loaded, then check again.</source>
        <translation>Démarrez un noyau qui s’exécute en EL2 avec KVM intégré ou chargé, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1, from the name &quot;%2&quot;</source>
        <extracomment>%1 is an EditionID such as Professional, %2 a product name</extracomment>
        <translation>%1, d’après le nom « %2 »</translation>
    </message>
    <message>
        <source>WSL 2 is ready: Virtual Machine Platform is on and WSL is version %1.</source>
        <translation>WSL 2 est prêt : la Plateforme de machine virtuelle est activée et WSL est en version %1.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — this turns on what WSL 2 needs and installs the current WSL. Then restart Windows.</source>
        <translation>Dans un terminal administrateur, exécutez : wsl --install --no-distribution — cela active ce dont WSL 2 a besoin et installe la version actuelle de WSL. Redémarrez ensuite Windows.</translation>
    </message>
    <message>
        <source>WSL is not installed.</source>
        <translation>WSL n’est pas installé.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — then restart Windows.</source>
        <translation>Dans un terminal administrateur, exécutez : wsl --install --no-distribution — puis redémarrez Windows.</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform feature and WSL 2.1.5 or later. On Windows 11 the Windows Subsystem for Linux feature is needed only for WSL 1.</source>
        <translation>Le backend WSL 2, utilisé par défaut par iEchor Desktop, nécessite la fonctionnalité « Plateforme de machine virtuelle » et WSL 2.1.5 ou ultérieur. Sous Windows 11, la fonctionnalité « Sous-système Windows pour Linux » n’est nécessaire que pour WSL 1.</translation>
    </message>
    <message>
        <source>Not ready either (features off: %1). One backend is enough: see the WSL 2 backend check.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>Pas prêt non plus (fonctionnalités désactivées : %1). Un seul backend suffit : voir la vérification du backend WSL 2.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs one backend, WSL 2 or Hyper-V. The Hyper-V backend needs the Hyper-V and Containers features.</source>
        <translation>iEchor Desktop a besoin d’un backend, WSL 2 ou Hyper-V. Le backend Hyper-V nécessite les fonctionnalités Hyper-V et Conteneurs.</translation>
    </message>
    <message>
        <source>Set up WSL 2 (see the WSL 2 backend check), or in an administrator PowerShell run: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — then restart Windows.</source>
        <translation>Configurez WSL 2 (voir la vérification du backend WSL 2), ou dans un PowerShell administrateur, exécutez : Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — puis redémarrez Windows.</translation>
    </message>
    <message>
        <source>Run nestready as administrator, or run bcdedit /enum &quot;{current}&quot; in an administrator terminal and check that hypervisorlaunchtype is Auto.</source>
        <translation>Exécutez nestready en tant qu’administrateur, ou exécutez bcdedit /enum &quot;{current}&quot; dans un terminal administrateur et vérifiez que hypervisorlaunchtype vaut Auto.</translation>
    </message>
    <message>
        <source>The default backend runs the engine&apos;s VM with WSL 2, which needs the Virtual Machine Platform feature (on Windows 10 also Windows Subsystem for Linux) and WSL 2.1.5 or later. One backend is enough.</source>
        <translation>Le backend par défaut exécute la VM du moteur avec WSL 2, qui nécessite la fonctionnalité « Plateforme de machine virtuelle » (sous Windows 10, également « Sous-système Windows pour Linux ») et WSL 2.1.5 ou ultérieur. Un seul backend suffit.</translation>
    </message>
    <message>
        <source>Could not be checked: nestready received none of the evidence this check reads.</source>
        <translation>Vérification impossible&#xa0;: nestready n’a reçu aucune des données collectées que lit cette vérification.</translation>
    </message>
    <message>
        <source>Check again from an administrator PowerShell; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>Relancez la vérification depuis un PowerShell administrateur&#xa0;; si la lecture échoue encore, enregistrez un rapport avec nestready check --report FILE et envoyez-le au support.</translation>
    </message>
    <message>
        <source>Check again on the machine itself, outside any sandbox that hides /proc or /sys; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>Relancez la vérification sur la machine elle-même, hors de tout bac à sable qui masque /proc ou /sys&#xa0;; si la lecture échoue encore, enregistrez un rapport avec nestready check --report FILE et envoyez-le au support.</translation>
    </message>
    <message>
        <source>Which cloud this VM runs in cannot be told, so no cloud check could run.</source>
        <translation>Impossible de déterminer dans quel cloud s’exécute cette VM&#xa0;: aucune vérification propre au cloud n’a donc pu être effectuée.</translation>
    </message>
    <message>
        <source>Not checked: which cloud this is cannot be told; &quot;%1&quot; says why.</source>
        <translation>Non vérifié&#xa0;: impossible de déterminer de quel cloud il s’agit&#xa0;; «&#xa0;%1&#xa0;» en donne la raison.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</source>
        <extracomment>%n and %1 are what the VM has, %2 and %3 the vCPUs and GiB the vendor tested</extracomment>
        <translation>
            <numerusform>%n vCPU et %1 Gio de mémoire&#xa0;; %2 vCPU et %3 Gio recommandés.</numerusform>
            <numerusform>%n vCPU et %1 Gio de mémoire&#xa0;; %2 vCPU et %3 Gio recommandés.</numerusform>
        </translation>
    </message>
    <message>
        <source>An EC2 instance on the Xen hypervisor (an older type such as t2 or m4): no nested virtualization.</source>
        <translation>Une instance EC2 sur l’hyperviseur Xen (un type ancien comme t2 ou m4)&#xa0;: pas de virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants, all on the Nitro system; the firmware of a Xen-based instance does not name its type. Source: %1</source>
        <translation>AWS propose la virtualisation imbriquée sur les instances bare metal et sur les instances virtuelles C8i, M8i et R8i ainsi que leurs variantes flex, toutes sur le système Nitro&#xa0;; le micrologiciel d’une instance basée sur Xen n’indique pas son type. Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whether nested virtualization is on for this %1 cannot be seen: VT-x/AMD-V could not be read.</source>
        <translation>Impossible de savoir si la virtualisation imbriquée est activée sur cette instance %1&#xa0;: VT-x/AMD-V n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but it is PVM&apos;s (kvm_pvm): it runs only guest kernels built for PVM, and iEchor Desktop&apos;s VM needs KVM on VT-x/AMD-V.</source>
        <translation>/dev/kvm existe, mais il appartient à PVM (kvm_pvm)&#xa0;: il n’exécute que des noyaux invités compilés pour PVM, alors que la VM d’iEchor Desktop a besoin de KVM sur VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>Unload kvm_pvm and load the CPU&apos;s own KVM module instead: sudo modprobe -r kvm_pvm, then sudo modprobe kvm_intel (or kvm_amd).</source>
        <translation>Déchargez kvm_pvm et chargez à la place le module KVM propre au processeur&#xa0;: sudo modprobe -r kvm_pvm, puis sudo modprobe kvm_intel (ou kvm_amd).</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM (see the hardware virtualization check) so that KVM can use VT-x/AMD-V.</source>
        <translation>Activez la virtualisation imbriquée pour cette VM (voir la vérification de la virtualisation matérielle) afin que KVM puisse utiliser VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but whether you may open it was not recorded. Record the machine again with scripts/record-linux-machine.sh as the user who will run iEchor Desktop.</source>
        <translation>/dev/kvm existe, mais l’enregistrement n’indique pas si vous avez le droit de l’ouvrir. Enregistrez de nouveau la machine avec scripts/record-linux-machine.sh, sous l’utilisateur qui exécutera iEchor Desktop.</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize.</source>
        <translation>Un conteneur dont nestready ne reconnaît pas le gestionnaire.</translation>
    </message>
    <message>
        <source>an unrecognized container manager</source>
        <translation>un gestionnaire de conteneurs non reconnu</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>Un conteneur (%1) dans une machine virtuelle sur un hyperviseur que nestready ne reconnaît pas.</translation>
    </message>
    <message>
        <source>A virtual machine at %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>Une machine virtuelle chez %1&#xa0;: iEchor Desktop a besoin ici de la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not this hypervisor.</source>
        <translation>L’éditeur ne prend en charge que VMware ESXi et les VM Azure, pas cet hyperviseur.</translation>
    </message>
    <message>
        <source>Inside a container: iEchor Desktop cannot run here.</source>
        <translation>Dans un conteneur&#xa0;: iEchor Desktop ne peut pas s’exécuter ici.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is Xen&apos;s here: this OS is Xen&apos;s control domain (dom0), and Xen does not pass hardware virtualization to it.</source>
        <translation>Ici, VT-x/AMD-V appartient à Xen&#xa0;: ce système est le domaine de contrôle de Xen (dom0), et Xen ne lui transmet pas la virtualisation matérielle.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop on a machine that does not boot Xen, or in a Xen HVM guest with nested virtualization turned on, then check again.</source>
        <translation>Exécutez iEchor Desktop sur une machine qui ne démarre pas Xen, ou dans un invité Xen HVM avec la virtualisation imbriquée activée, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Nested virtualization is off: the hypervisor does not pass VT-x/AMD-V to this VM.</source>
        <translation>La virtualisation imbriquée est désactivée&#xa0;: l’hyperviseur ne transmet pas VT-x/AMD-V à cette VM.</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s); %1 recommended.</source>
        <extracomment>%n is the number found, %1 the number recommended</extracomment>
        <translation>
            <numerusform>%n processeur logique&#xa0;; %1 recommandés.</numerusform>
            <numerusform>%n processeurs logiques&#xa0;; %1 recommandés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expect iEchor Desktop to be slow with fewer processors.</source>
        <translation>Avec moins de processeurs, iEchor Desktop risque d’être lent.</translation>
    </message>
    <message>
        <source>%1 of memory; at least %2 GB needed.</source>
        <extracomment>%1 is the memory found (&quot;3.8 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>%1 de mémoire&#xa0;; au moins %2 Go nécessaires.</translation>
    </message>
    <message>
        <source>%1 of memory; %2 GB recommended.</source>
        <extracomment>%1 is the memory found (&quot;7.8 GB&quot;), %2 the recommended size in GB</extracomment>
        <translation>%1 de mémoire&#xa0;; %2 Go recommandés.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; at least %2 GB needed.</source>
        <extracomment>%1 is the free space found (&quot;1.2 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>%1 libres sur le disque qui contiendra les données d’iEchor Desktop&#xa0;; au moins %2 Go nécessaires.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; %2 GB recommended.</source>
        <extracomment>%1 is the free space found (&quot;12.5 GB&quot;), %2 the recommended free space in GB</extracomment>
        <translation>%1 libres sur le disque qui contiendra les données d’iEchor Desktop&#xa0;; %2 Go recommandés.</translation>
    </message>
    <message>
        <source>The engine&apos;s VM and the containers share the machine&apos;s processors.</source>
        <translation>La VM du moteur et les conteneurs se partagent les processeurs de la machine.</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop already runs in %n other session(s) on the machine.</source>
        <translation>
            <numerusform>iEchor Desktop s’exécute déjà dans %n autre session sur la machine.</numerusform>
            <numerusform>iEchor Desktop s’exécute déjà dans %n autres sessions sur la machine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in to the machine.</source>
        <translation>
            <numerusform>%n autre session utilisateur est ouverte sur la machine.</numerusform>
            <numerusform>%n autres sessions utilisateur sont ouvertes sur la machine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make sure that only one user of the machine runs iEchor Desktop.</source>
        <translation>Assurez-vous qu’un seul utilisateur de la machine exécute iEchor Desktop.</translation>
    </message>
    <message>
        <source>The sessions and processes of the machine could not be read.</source>
        <translation>Les sessions et les processus de la machine n’ont pas pu être lus.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `nestready --help` for usage.</source>
        <translation>Lancez `nestready --help` pour l’aide.</translation>
    </message>
    <message>
        <source>Checks whether iEchor Desktop can run on this machine.</source>
        <translation>Vérifie si iEchor Desktop peut fonctionner sur cette machine.</translation>
    </message>
    <message>
        <source>Print one JSON document (schema nestready/1).</source>
        <translation>Affiche un document JSON (schéma nestready/1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Reports: nestready --open FILE            open a saved report in the window
         nestready summarize PATHS...     one table from many JSON reports
Run `nestready summarize --help` and see `nestready check --help` (--report, --from-report).
</source>
        <translation>Rapports : nestready --open FICHIER       ouvrir un rapport enregistré dans la fenêtre
           nestready summarize CHEMINS... un tableau à partir de nombreux rapports JSON
Lancez `nestready summarize --help` et voyez `nestready check --help` (--report, --from-report).
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; add --force to replace it.</source>
        <translation>« %1 » existe déjà ; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>Le dossier de « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>Also write a report to &lt;file&gt;: .json (for support and replay), .html, .md (for a ticket) or .txt (the short summary).</source>
        <translation>Écrire aussi un rapport dans &lt;file&gt; : .json (pour le support et la relecture), .html, .md (pour un ticket) ou .txt (le résumé court).</translation>
    </message>
    <message>
        <source>Replace host, user and domain names, serial numbers, UUIDs, addresses, cloud identifiers and licence keys in the report with placeholders.</source>
        <translation>Remplacer dans le rapport les noms d’hôte, d’utilisateur et de domaine, les numéros de série, les UUID, les adresses, les identifiants cloud et les clés de licence par des marqueurs.</translation>
    </message>
    <message>
        <source>Replace the --report file if it exists.</source>
        <translation>Remplacer le fichier --report s’il existe.</translation>
    </message>
    <message>
        <source>Re-evaluate the evidence of a JSON report with the current rules instead of examining a machine.</source>
        <translation>Réévaluer les éléments d’un rapport JSON avec les règles actuelles au lieu d’examiner une machine.</translation>
    </message>
    <message>
        <source>--from-report replays a report&apos;s own evidence; it cannot be combined with --%1.</source>
        <translation>--from-report rejoue les éléments du rapport lui-même ; il ne peut pas être combiné avec --%1.</translation>
    </message>
    <message>
        <source>--redact and --force apply to --report FILE, which is missing.</source>
        <translation>--redact et --force s’appliquent à --report FICHIER, qui manque.</translation>
    </message>
    <message>
        <source>nestready: warning: redaction changed what the evidence says; the report&apos;s results are those of the unredacted evidence.
</source>
        <translation>nestready : avertissement : la suppression des données identifiantes a changé ce que disent les éléments ; les résultats du rapport sont ceux des éléments non modifiés.
</translation>
    </message>
    <message>
        <source>Report files, or folders to search for *.json.</source>
        <translation>Fichiers de rapport, ou dossiers où chercher des *.json.</translation>
    </message>
    <message>
        <source>files_or_folders...</source>
        <translation>fichiers_ou_dossiers...</translation>
    </message>
    <message>
        <source>Write the table as CSV to &lt;file&gt;.</source>
        <translation>Écrire le tableau au format CSV dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Replace the output files if they exist.</source>
        <translation>Remplacer les fichiers de sortie s’ils existent.</translation>
    </message>
    <message>
        <source>Run `nestready summarize --help` for usage.</source>
        <translation>Lancez `nestready summarize --help` pour l’utilisation.</translation>
    </message>
    <message>
        <source>Give at least one report file or folder.</source>
        <translation>Indiquez au moins un fichier de rapport ou un dossier.</translation>
    </message>
    <message>
        <source>nestready: no readable report.</source>
        <translation>nestready : aucun rapport lisible.</translation>
    </message>
    <message>
        <source>Usage: nestready [options]            open the setup wizard
       nestready --page ID            open the wizard at a page or guide (e.g. vmware-esxi)
       nestready check [options]      check this machine, print results

Run `nestready check --help` for the options of the checks.

Exit codes of `check`: 0 nothing fails, 1 at least one check fails,
2 bad usage or unreadable input.
</source>
        <translation>Utilisation&#xa0;: nestready [options]            ouvre l&apos;assistant de configuration
              nestready --page ID            ouvre l&apos;assistant sur une page ou un guide (p. ex. vmware-esxi)
              nestready check [options]      vérifie cette machine et affiche les résultats

Exécutez `nestready check --help` pour voir les options des vérifications.

Codes de sortie de `check`&#xa0;: 0 aucune vérification n&apos;échoue, 1 au moins une vérification échoue,
2 utilisation incorrecte ou entrée illisible.
</translation>
    </message>
    <message>
        <source>Evidence: nestready collect [options]   this machine&apos;s evidence, one JSON line per item
</source>
        <translation>Éléments : nestready collect [options]   les éléments recueillis sur cette machine, une ligne JSON par élément
</translation>
    </message>
    <message>
        <source>Run `nestready collect --help` for usage.</source>
        <translation>Lancez `nestready collect --help` pour l’utilisation.</translation>
    </message>
    <message>
        <source>Reads this machine&apos;s evidence and writes each item as one line of JSON, in the form of a report&apos;s evidence items, as soon as it is read. Makes no network request.</source>
        <translation>Lit les éléments de cette machine et écrit chacun d’eux dès sa lecture sous forme d’une ligne JSON, au format des éléments recueillis d’un rapport. N’effectue aucune requête réseau.</translation>
    </message>
    <message>
        <source>Options only `check` takes (--json, --report, --redact, --from-report, --force) need the
command: `nestready --json` is refused with exit code 2; type `nestready check --json`.
</source>
        <translation>Les options propres à `check` (--json, --report, --redact, --from-report, --force) exigent la
commande&#xa0;: `nestready --json` est refusé avec le code de sortie 2&#xa0;; tapez `nestready check --json`.
</translation>
    </message>
    <message>
        <source>Reading reports: %1 of %2</source>
        <extracomment>Progress of `nestready summarize` on a terminal: %1 files read so far, %2 all files</extracomment>
        <translation>Lecture des rapports&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Aggregates many JSON reports into one table (verdict, machine, platform, VM size, failing checks, file) and, with --html, a dashboard.</source>
        <translation>Regroupe de nombreux rapports JSON dans un tableau (verdict, machine, plateforme, taille de VM, vérifications en échec, fichier) et, avec --html, dans un tableau de bord.</translation>
    </message>
    <message>
        <source>Write a dashboard to &lt;file&gt;: counts per verdict and platform, the checks that block the most machines, every machine.</source>
        <translation>Écrire un tableau de bord dans &lt;file&gt;&#xa0;: nombre de machines par verdict et par plateforme, les vérifications qui bloquent le plus de machines, chaque machine.</translation>
    </message>
    <message>
        <source>Evaluate each report&apos;s evidence again with the rules of this nestready (all in this one process) and show whose verdict changed since the report was taken.</source>
        <translation>Réévaluer les éléments de chaque rapport avec les règles de ce nestready (tous dans ce seul processus) et indiquer les machines dont le verdict a changé depuis le relevé du rapport.</translation>
    </message>
    <message>
        <source>Also write each machine&apos;s own HTML report into &lt;folder&gt; (created if missing); the --html page links to them.</source>
        <translation>Écrire aussi le rapport HTML propre à chaque machine dans &lt;folder&gt; (créé s’il n’existe pas)&#xa0;; la page --html renvoie vers eux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>The firmware tables (SMBIOS) say so.</source>
        <translation>Les tables du micrologiciel (SMBIOS) l’indiquent.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) name &quot;%1&quot;.</source>
        <translation>Les tables du micrologiciel (SMBIOS) nomment « %1 ».</translation>
    </message>
    <message>
        <source>An EC2 bare-metal instance type (&quot;%1&quot;): no hypervisor below this OS.</source>
        <translation>Un type d’instance EC2 bare metal (« %1 ») : aucun hyperviseur sous ce système.</translation>
    </message>
    <message>
        <source>/proc/cpuinfo names User Mode Linux.</source>
        <translation>/proc/cpuinfo nomme User Mode Linux.</translation>
    </message>
    <message>
        <source>/proc/xen exists and this is not the control domain.</source>
        <translation>/proc/xen existe et ceci n’est pas le domaine de contrôle.</translation>
    </message>
    <message>
        <source>The CPU reports a hypervisor with the signature &quot;%1&quot;.</source>
        <translation>Le processeur signale un hyperviseur de signature « %1 ».</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest.</source>
        <translation>Ceci est le domaine de contrôle Xen (dom0), pas un invité.</translation>
    </message>
    <message>
        <source>/sys/hypervisor/type says xen.</source>
        <translation>/sys/hypervisor/type indique xen.</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and nothing else names a different one.</source>
        <translation>Le processeur signale l’interface d’hyperviseur de Microsoft et rien d’autre n’en nomme un autre.</translation>
    </message>
    <message>
        <source>A hypervisor is present but nestready does not recognize it.</source>
        <translation>Un hyperviseur est présent, mais nestready ne le reconnaît pas.</translation>
    </message>
    <message>
        <source>The CPU flags say a hypervisor is present, but nothing names it.</source>
        <translation>Les indicateurs du processeur signalent un hyperviseur, mais rien ne le nomme.</translation>
    </message>
    <message>
        <source>Neither the CPU nor the firmware tables report a hypervisor.</source>
        <translation>Ni le processeur ni les tables du micrologiciel ne signalent d’hyperviseur.</translation>
    </message>
    <message>
        <source>No CPUID, CPU flags or firmware tables could be read.</source>
        <translation>Ni CPUID, ni les indicateurs du processeur, ni les tables du micrologiciel n’ont pu être lus.</translation>
    </message>
    <message>
        <source>The container manager left its name (&quot;%1&quot;).</source>
        <translation>Le gestionnaire de conteneurs a laissé son nom (« %1 »).</translation>
    </message>
    <message>
        <source>/proc/vz exists but /proc/bc does not: an OpenVZ container.</source>
        <translation>/proc/vz existe mais pas /proc/bc : un conteneur OpenVZ.</translation>
    </message>
    <message>
        <source>The kernel release (&quot;%1&quot;) is a Windows Subsystem for Linux kernel.</source>
        <translation>La version du noyau (« %1 ») est celle d’un noyau du Sous-système Windows pour Linux.</translation>
    </message>
    <message>
        <source>PID 1 declares that it runs outside any container.</source>
        <translation>Le PID 1 déclare s’exécuter hors de tout conteneur.</translation>
    </message>
    <message>
        <source>/run/.containerenv exists.</source>
        <translation>/run/.containerenv existe.</translation>
    </message>
    <message>
        <source>/.dockerenv exists.</source>
        <translation>/.dockerenv existe.</translation>
    </message>
    <message>
        <source>This OS runs in its own cgroup namespace, as containers do.</source>
        <translation>Ce système s’exécute dans son propre espace de noms cgroup, comme les conteneurs.</translation>
    </message>
    <message>
        <source>PID 1 runs in a container&apos;s control group (&quot;%1&quot;).</source>
        <translation>Le PID 1 s’exécute dans le groupe de contrôle d’un conteneur (« %1 »).</translation>
    </message>
    <message>
        <source>No container manager left any of its markers.</source>
        <translation>Aucun gestionnaire de conteneurs n’a laissé de marqueur.</translation>
    </message>
    <message>
        <source>No container markers could be read.</source>
        <translation>Aucun marqueur de conteneur n’a pu être lu.</translation>
    </message>
    <message>
        <source>The chassis asset tag is the one Azure gives every VM.</source>
        <translation>L’étiquette d’inventaire du châssis est celle qu’Azure donne à chaque VM.</translation>
    </message>
    <message>
        <source>The firmware tables name Amazon EC2.</source>
        <translation>Les tables du micrologiciel nomment Amazon EC2.</translation>
    </message>
    <message>
        <source>The firmware tables name Google Compute Engine.</source>
        <translation>Les tables du micrologiciel nomment Google Compute Engine.</translation>
    </message>
    <message>
        <source>The chassis asset tag names Oracle Cloud.</source>
        <translation>L’étiquette d’inventaire du châssis nomme Oracle Cloud.</translation>
    </message>
    <message>
        <source>The firmware tables name Alibaba Cloud ECS.</source>
        <translation>Les tables du micrologiciel nomment Alibaba Cloud ECS.</translation>
    </message>
    <message>
        <source>The firmware tables name no public cloud.</source>
        <translation>Les tables du micrologiciel ne nomment aucun cloud public.</translation>
    </message>
    <message>
        <source>A physical machine is not a cloud VM.</source>
        <translation>Une machine physique n’est pas une VM dans le cloud.</translation>
    </message>
    <message>
        <source>The CPU model name (&quot;%1&quot;) is one only QEMU&apos;s virtual CPUs carry.</source>
        <translation>Le nom du modèle de processeur (« %1 ») n’est porté que par les processeurs virtuels de QEMU.</translation>
    </message>
    <message>
        <source>The CPU reports Hyper-V&apos;s interface and, behind it, KVM&apos;s signature &quot;%1&quot;: KVM with Hyper-V enlightenments.</source>
        <translation>Le processeur signale l’interface de Hyper-V et, derrière elle, la signature de KVM «&#xa0;%1&#xa0;»&#xa0;: KVM avec les optimisations Hyper-V (enlightenments).</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor that CPUID names is Xen itself.</source>
        <translation>Ceci est le domaine de contrôle Xen (dom0), pas un invité&#xa0;: l’hyperviseur que nomme CPUID est Xen lui-même.</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor bit with an empty CPUID signature is Xen hiding itself from dom0.</source>
        <translation>Ceci est le domaine de contrôle Xen (dom0), pas un invité&#xa0;: le bit hyperviseur associé à une signature CPUID vide signifie que Xen se masque à dom0.</translation>
    </message>
    <message>
        <source>The firmware tables name &quot;%1&quot;, which is QEMU&apos;s (or its BIOS, SeaBIOS); whether KVM accelerates it cannot be told from them.</source>
        <translation>Les tables du micrologiciel nomment «&#xa0;%1&#xa0;», qui appartient à QEMU (ou à son BIOS, SeaBIOS)&#xa0;; elles ne permettent pas de savoir si KVM l’accélère.</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and the firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>Le processeur signale l’interface d’hyperviseur de Microsoft et les tables du micrologiciel nomment une machine virtuelle Hyper-V («&#xa0;Microsoft Corporation&#xa0;», «&#xa0;Virtual Machine&#xa0;»).</translation>
    </message>
    <message>
        <source>The firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>Les tables du micrologiciel nomment une machine virtuelle Hyper-V («&#xa0;Microsoft Corporation&#xa0;», «&#xa0;Virtual Machine&#xa0;»).</translation>
    </message>
    <message>
        <source>This process runs in Linux-VServer context %1, a VServer guest.</source>
        <translation>Ce processus s’exécute dans le contexte Linux-VServer %1, un invité VServer.</translation>
    </message>
    <message>
        <source>Whoever runs the machine knows where it runs. On Azure, AWS or Google Cloud, look up the VM&apos;s size or instance type and its nested virtualization setting in the cloud&apos;s console; nestready&apos;s cloud checks do not apply until then.</source>
        <translation>La personne qui gère la machine sait où elle s’exécute. Sur Azure, AWS ou Google Cloud, consultez dans la console du cloud la taille de la VM ou le type d’instance, ainsi que son paramètre de virtualisation imbriquée&#xa0;; d’ici là, les vérifications cloud de nestready ne s’appliquent pas.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) were not collected, and nestready tells the cloud only from them.</source>
        <translation>Les tables du micrologiciel (SMBIOS) n’ont pas été collectées, et nestready ne détermine le cloud qu’à partir d’elles.</translation>
    </message>
    <message>
        <source>This user may not read the firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready as an administrator to read them.</source>
        <translation>Cet utilisateur n’a pas le droit de lire les tables du micrologiciel (SMBIOS), et nestready ne détermine le cloud qu’à partir d’elles. Exécutez nestready en tant qu’administrateur pour les lire.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) could not be read (%1), and nestready tells the cloud only from them. Run the check again.</source>
        <translation>Les tables du micrologiciel (SMBIOS) n’ont pas pu être lues (%1), et nestready ne détermine le cloud qu’à partir d’elles. Relancez la vérification.</translation>
    </message>
    <message>
        <source>The Windows evidence holds no firmware values (Win32_ComputerSystem, Win32_BIOS), and nestready tells the cloud only from them. Collect the evidence again with collect-evidence.ps1.</source>
        <translation>Les données collectées Windows ne contiennent aucune valeur du micrologiciel (Win32_ComputerSystem, Win32_BIOS), et nestready ne détermine le cloud qu’à partir de celles-ci. Collectez de nouveau les données avec collect-evidence.ps1.</translation>
    </message>
    <message>
        <source>WSL does not show the Windows machine&apos;s firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready for Windows on the Windows side to learn the cloud.</source>
        <translation>WSL ne montre pas les tables du micrologiciel (SMBIOS) de la machine Windows, et nestready ne détermine le cloud qu’à partir d’elles. Exécutez nestready pour Windows côté Windows pour connaître le cloud.</translation>
    </message>
    <message>
        <source>Inside this container the host&apos;s firmware tables (SMBIOS, /sys/class/dmi/id) are not visible, and nestready tells the cloud only from them. Run nestready on the machine or VM that hosts the container to learn the cloud.</source>
        <translation>Dans ce conteneur, les tables du micrologiciel de l’hôte (SMBIOS, /sys/class/dmi/id) ne sont pas visibles, et nestready ne détermine le cloud qu’à partir d’elles. Exécutez nestready sur la machine ou la VM qui héberge le conteneur pour connaître le cloud.</translation>
    </message>
    <message>
        <source>This Xen guest has no firmware tables (SMBIOS): a paravirtualized (PV) guest gets none, and nestready tells the cloud mostly from them.</source>
        <translation>Cet invité Xen n’a pas de tables du micrologiciel (SMBIOS)&#xa0;: un invité paravirtualisé (PV) n’en reçoit aucune, et nestready détermine le cloud surtout à partir d’elles.</translation>
    </message>
    <message>
        <source>The machine has no firmware tables (SMBIOS, /sys/class/dmi/id is missing), as in microVMs such as Firecracker, and nestready tells the cloud only from them.</source>
        <translation>La machine n’a pas de tables du micrologiciel (SMBIOS, /sys/class/dmi/id est absent), comme les microVM telles que Firecracker, et nestready ne détermine le cloud qu’à partir d’elles.</translation>
    </message>
    <message>
        <source>The firmware version &quot;%1&quot; names Amazon: an EC2 instance on the Xen hypervisor.</source>
        <translation>La version du micrologiciel «&#xa0;%1&#xa0;» nomme Amazon&#xa0;: une instance EC2 sur l’hyperviseur Xen.</translation>
    </message>
    <message>
        <source>The Xen domain&apos;s UUID starts with &quot;ec2&quot;: an EC2 instance on the Xen hypervisor.</source>
        <translation>L’UUID du domaine Xen commence par «&#xa0;ec2&#xa0;»&#xa0;: une instance EC2 sur l’hyperviseur Xen.</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1.</source>
        <translation>Les tables du micrologiciel nomment le fournisseur cloud %1.</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1 (&quot;%2&quot;).</source>
        <translation>Les tables du micrologiciel nomment le fournisseur cloud %1 («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The firmware tables name OpenStack, which many clouds run; they do not name the provider.</source>
        <translation>Les tables du micrologiciel nomment OpenStack, utilisé par de nombreux clouds&#xa0;; elles ne nomment pas le fournisseur.</translation>
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
        <translation>Processeurs listés dans /proc/cpuinfo.</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include vmx (Intel VT-x).</source>
        <translation>Les indicateurs du processeur de ce système incluent vmx (Intel VT-x).</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include svm (AMD-V).</source>
        <translation>Les indicateurs du processeur de ce système incluent svm (AMD-V).</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but the kernel found it switched off (usually in the firmware settings) and does not list it.</source>
        <translation>Le processeur dispose de VT-x/AMD-V, mais le noyau l’a trouvé désactivé (généralement dans les paramètres du micrologiciel) et ne le liste pas.</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include neither vmx (Intel VT-x) nor svm (AMD-V).</source>
        <translation>Les indicateurs du processeur de ce système n’incluent ni vmx (Intel VT-x) ni svm (AMD-V).</translation>
    </message>
    <message>
        <source>CPUID reports VT-x/AMD-V.</source>
        <translation>CPUID signale VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>CPUID reports neither VT-x nor AMD-V.</source>
        <translation>CPUID ne signale ni VT-x ni AMD-V.</translation>
    </message>
    <message>
        <source>Neither the CPU flags nor CPUID could be read.</source>
        <translation>Ni les indicateurs du processeur ni CPUID n’ont pu être lus.</translation>
    </message>
    <message>
        <source>The CPU flags include ept/npt.</source>
        <translation>Les indicateurs du processeur incluent ept/npt.</translation>
    </message>
    <message>
        <source>The CPU flags include neither ept nor npt.</source>
        <translation>Les indicateurs du processeur n’incluent ni ept ni npt.</translation>
    </message>
    <message>
        <source>CPUID leaf 0x8000000A.</source>
        <translation>Feuille CPUID 0x8000000A.</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS may create partitions: it is the host (root partition), not a guest.</source>
        <translation>Hyper-V indique que ce système peut créer des partitions : c’est l’hôte (partition racine), pas un invité.</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS is a guest partition.</source>
        <translation>Hyper-V indique que ce système est une partition invitée.</translation>
    </message>
    <message>
        <source>MemTotal in /proc/meminfo.</source>
        <translation>MemTotal dans /proc/meminfo.</translation>
    </message>
    <message>
        <source>Free space on the file system that holds %1.</source>
        <translation>Espace libre sur le système de fichiers qui contient %1.</translation>
    </message>
    <message>
        <source>No hypervisor (physical machine)</source>
        <translation>Aucun hyperviseur (machine physique)</translation>
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
        <translation>QEMU (sans KVM)</translation>
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
        <translation>Hyperviseur QNX</translation>
    </message>
    <message>
        <source>Lockheed Martin SRE</source>
        <translation>Lockheed Martin SRE</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No container</source>
        <translation>Aucun conteneur</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Sous-système Windows pour Linux</translation>
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
        <translation>Aucun cloud public</translation>
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
        <translation>Le Citrix Virtual Delivery Agent est installé (clé de registre ou service Citrix Desktop Service).</translation>
    </message>
    <message>
        <source>The VMware/Omnissa Horizon Agent is installed (its registry key exists).</source>
        <translation>Le VMware/Omnissa Horizon Agent est installé (sa clé de registre existe).</translation>
    </message>
    <message>
        <source>The Azure Virtual Desktop agent is installed (RDInfraAgent key or the Remote Desktop Agent Loader service). Windows 365 Cloud PCs use the same agent.</source>
        <translation>L&apos;agent Azure Virtual Desktop est installé (clé RDInfraAgent ou service Remote Desktop Agent Loader). Les PC cloud Windows 365 utilisent le même agent.</translation>
    </message>
    <message>
        <source>An Amazon EC2 machine with the WorkSpaces streaming agent folders installed.</source>
        <translation>Une machine Amazon EC2 sur laquelle les dossiers de l&apos;agent de streaming WorkSpaces sont installés.</translation>
    </message>
    <message>
        <source>No Citrix, Horizon, Azure Virtual Desktop or Amazon WorkSpaces agent is installed.</source>
        <translation>Aucun agent Citrix, Horizon, Azure Virtual Desktop ou Amazon WorkSpaces n&apos;est installé.</translation>
    </message>
    <message>
        <source>The Windows registry (CurrentVersion).</source>
        <translation>Le registre Windows (CurrentVersion).</translation>
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
        <translation>Windows&#xa0;: les indicateurs de conteneur Linux ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine; Windows inside it runs its own Hyper-V as well.</source>
        <translation>Les tables du firmware indiquent une machine virtuelle Microsoft Hyper-V&#xa0;; le Windows qu&apos;elle héberge exécute en plus son propre Hyper-V.</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine (&quot;%1&quot;, &quot;%2&quot;).</source>
        <translation>Les tables du firmware indiquent une machine virtuelle Microsoft Hyper-V («&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform; the hypervisor Windows reports is its own (Hyper-V, WSL 2 or VBS).</source>
        <translation>Les tables du firmware n&apos;indiquent aucune plateforme virtuelle&#xa0;; l&apos;hyperviseur signalé par Windows est le sien (Hyper-V, WSL 2 ou VBS).</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform and Windows reports no hypervisor.</source>
        <translation>Les tables du firmware n&apos;indiquent aucune plateforme virtuelle et Windows ne signale aucun hyperviseur.</translation>
    </message>
    <message>
        <source>Windows in this VM runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>Dans cette VM, Windows exécute son propre Hyper-V (il s&apos;agit de la partition racine, CPUID 0x40000003), ce qui nécessite VT-x/AMD-V&#xa0;: la virtualisation imbriquée fonctionne.</translation>
    </message>
    <message>
        <source>Windows runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>Windows exécute son propre Hyper-V (il s&apos;agit de la partition racine, CPUID 0x40000003), ce qui nécessite VT-x/AMD-V&#xa0;: la virtualisation matérielle est activée.</translation>
    </message>
    <message>
        <source>Hyper-V, which needs SLAT, is running.</source>
        <translation>Hyper-V, qui nécessite SLAT, est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Windows on Arm in Parallels on Apple silicon: Microsoft says WSL and nested virtualization are not supported there.</source>
        <translation>Windows on Arm dans Parallels sur Apple silicon&#xa0;: selon Microsoft, WSL et la virtualisation imbriquée n&apos;y sont pas pris en charge.</translation>
    </message>
    <message>
        <source>Windows on Arm: nestready cannot read the Arm virtualization extensions from its evidence.</source>
        <translation>Windows on Arm&#xa0;: nestready ne peut pas déterminer les extensions de virtualisation Arm à partir des données collectées.</translation>
    </message>
    <message>
        <source>Windows&apos; own processor properties mean nothing here, because a hypervisor runs.</source>
        <translation>Les propriétés du processeur signalées par Windows lui-même ne sont pas significatives ici, car un hyperviseur est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>CPUID in this VM reports VT-x/AMD-V: the hypervisor passes it through.</source>
        <translation>Dans cette VM, CPUID signale VT-x/AMD-V&#xa0;: l&apos;hyperviseur le transmet.</translation>
    </message>
    <message>
        <source>CPUID in this VM reports neither VT-x nor AMD-V: the hypervisor does not pass it through.</source>
        <translation>Dans cette VM, CPUID ne signale ni VT-x ni AMD-V&#xa0;: l&apos;hyperviseur ne le transmet pas.</translation>
    </message>
    <message>
        <source>A physical machine that reports a hypervisor runs Windows&apos; own Hyper-V, which needs VT-x/AMD-V.</source>
        <translation>Une machine physique qui signale un hyperviseur exécute l&apos;Hyper-V intégré à Windows, qui nécessite VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>Without CPUID (replay with --cpuid-dump) it cannot be told.</source>
        <translation>Sans CPUID (réanalyse avec --cpuid-dump), impossible de le déterminer.</translation>
    </message>
    <message>
        <source>Windows reports virtualization enabled in the firmware and no hypervisor running.</source>
        <translation>Windows signale que la virtualisation est activée dans le firmware et qu&apos;aucun hyperviseur n&apos;est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but Windows reports it disabled in the firmware (BIOS/UEFI).</source>
        <translation>Le processeur prend en charge VT-x/AMD-V, mais Windows indique que cette fonction est désactivée dans le firmware (BIOS/UEFI).</translation>
    </message>
    <message>
        <source>Windows reports a CPU without VT-x/AMD-V (VM Monitor Mode Extensions: no).</source>
        <translation>Windows signale un processeur sans VT-x/AMD-V (VM Monitor Mode Extensions&#xa0;: non).</translation>
    </message>
    <message>
        <source>Windows reports Second Level Address Translation.</source>
        <translation>Windows signale la prise en charge de Second Level Address Translation.</translation>
    </message>
    <message>
        <source>Windows reports no Second Level Address Translation.</source>
        <translation>Windows ne signale aucune prise en charge de Second Level Address Translation.</translation>
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
        <translation>macOS ne dispose pas de conteneurs propres.</translation>
    </message>
    <message>
        <source>A Mac is not a cloud VM.</source>
        <translation>Un Mac n&apos;est pas une VM cloud.</translation>
    </message>
    <message>
        <source>macOS reports that it runs in a virtual machine (kern.hv_vmm_present, model &quot;%1&quot;).</source>
        <translation>macOS indique qu&apos;il s&apos;exécute dans une machine virtuelle (kern.hv_vmm_present, modèle «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>macOS reports that it runs directly on the Mac (kern.hv_vmm_present is 0).</source>
        <translation>macOS indique qu&apos;il s&apos;exécute directement sur le Mac (kern.hv_vmm_present vaut 0).</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework can run virtual machines (kern.hv_support is 1).</source>
        <translation>macOS indique que Hypervisor.framework peut exécuter des machines virtuelles (kern.hv_support vaut 1).</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework cannot run virtual machines here (kern.hv_support is 0).</source>
        <translation>macOS indique que Hypervisor.framework ne peut pas exécuter de machines virtuelles ici (kern.hv_support vaut 0).</translation>
    </message>
    <message>
        <source>Look the size up by hand: in the Azure portal, open the VM and read &quot;Size&quot; on its Overview page, or run: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</source>
        <translation>Recherchez la taille manuellement&#xa0;: dans le portail Azure, ouvrez la VM et lisez «&#xa0;Size&#xa0;» (Taille) sur sa page «&#xa0;Overview&#xa0;» (Vue d&apos;ensemble), ou exécutez&#xa0;: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service has not answered.</source>
        <translation>Le service de métadonnées d&apos;Azure n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service names the size.</source>
        <translation>Le service de métadonnées d&apos;Azure indique la taille.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service answered, but not usably (%1).</source>
        <translation>Le service de métadonnées d&apos;Azure a répondu, mais de manière inexploitable (%1).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked, because of --no-network.</source>
        <translation>Le service de métadonnées d&apos;Azure n&apos;a pas été interrogé, en raison de --no-network.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked: this is a recorded machine.</source>
        <translation>Le service de métadonnées d&apos;Azure n&apos;a pas été interrogé&#xa0;: il s&apos;agit d&apos;une machine enregistrée.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service did not answer in time (%1).</source>
        <translation>Le service de métadonnées d&apos;Azure n&apos;a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service could not be read (%1).</source>
        <translation>Impossible de lire le service de métadonnées d&apos;Azure (%1).</translation>
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
        <translation>Le script de collecte de nestready (PowerShell) n’a pas répondu à temps et a été arrêté.</translation>
    </message>
    <message>
        <source>Windows PowerShell was not found, so nestready&apos;s collector script could not run.</source>
        <translation>Windows PowerShell est introuvable ; le script de collecte de nestready n’a donc pas pu s’exécuter.</translation>
    </message>
    <message>
        <source>nestready&apos;s collector script (PowerShell) failed: %1</source>
        <translation>Le script de collecte de nestready (PowerShell) a échoué : %1</translation>
    </message>
    <message>
        <source>An ARMv8 (arm64) CPU, which is 64-bit.</source>
        <translation>Un processeur ARMv8 (arm64), donc 64 bits.</translation>
    </message>
    <message>
        <source>An arm64 machine with /dev/kvm: KVM runs here.</source>
        <translation>Une machine arm64 avec /dev/kvm : KVM fonctionne ici.</translation>
    </message>
    <message>
        <source>An arm64 machine without /dev/kvm: this OS did not get the Arm virtualization extensions (EL2), as in most arm64 cloud VMs.</source>
        <translation>Une machine arm64 sans /dev/kvm : ce système n’a pas reçu les extensions de virtualisation Arm (EL2), comme dans la plupart des VM cloud arm64.</translation>
    </message>
    <message>
        <source>An arm64 machine, whose hardware virtualization shows only as /dev/kvm, which could not be read.</source>
        <translation>Une machine arm64, dont la virtualisation matérielle n’apparaît que sous la forme de /dev/kvm, qui n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The CPU flags list vmx (Intel VT-x), but this kernel does not clear that flag when the firmware has switched VT-x off.</source>
        <translation>Les indicateurs du processeur contiennent vmx (Intel VT-x), mais ce noyau ne retire pas cet indicateur lorsque le micrologiciel a désactivé VT-x.</translation>
    </message>
    <message>
        <source>The CPU flags list svm (AMD-V), which Linux shows even when the firmware has switched AMD-V off.</source>
        <translation>Les indicateurs du processeur contiennent svm (AMD-V), que Linux affiche même lorsque le micrologiciel a désactivé AMD-V.</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_intel is not and there is no /dev/kvm, which is what happens when the firmware has switched VT-x off.</source>
        <translation>KVM n’a pas démarré : kvm est chargé mais pas kvm_intel, et /dev/kvm n’existe pas, ce qui se produit lorsque le micrologiciel a désactivé VT-x.</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_amd is not and there is no /dev/kvm, which is what happens when the firmware has switched AMD-V off.</source>
        <translation>KVM n’a pas démarré : kvm est chargé mais pas kvm_amd, et /dev/kvm n’existe pas, ce qui se produit lorsque le micrologiciel a désactivé AMD-V.</translation>
    </message>
    <message>
        <source>No KVM module is loaded yet, so whether the firmware allows it shows only when it loads.</source>
        <translation>Aucun module KVM n’est encore chargé ; on ne saura si le micrologiciel l’autorise qu’au chargement.</translation>
    </message>
    <message>
        <source>Virtualization-based security runs in this VM (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>La sécurité basée sur la virtualisation est active dans cette VM (Win32_DeviceGuard), donc l’hyperviseur de Windows s’exécute, ce qui nécessite VT-x/AMD-V : la virtualisation imbriquée fonctionne.</translation>
    </message>
    <message>
        <source>Virtualization-based security runs (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>La sécurité basée sur la virtualisation est active (Win32_DeviceGuard), donc l’hyperviseur de Windows s’exécute, ce qui nécessite VT-x/AMD-V : la virtualisation matérielle est activée.</translation>
    </message>
    <message>
        <source>The /dev/kvm here comes from PVM (the kvm_pvm module), which runs virtual machines without VT-x/AMD-V but only with guest kernels built for PVM.</source>
        <translation>Ici, /dev/kvm provient de PVM (le module kvm_pvm), qui exécute des machines virtuelles sans VT-x/AMD-V, mais uniquement avec des noyaux invités compilés pour PVM.</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Unrecognized hypervisor</source>
        <translation>Hyperviseur non reconnu</translation>
    </message>
    <message>
        <source>VMware Fusion</source>
        <translation>VMware Fusion</translation>
    </message>
    <message>
        <source>Unrecognized container manager</source>
        <translation>Gestionnaire de conteneurs non reconnu</translation>
    </message>
    <message>
        <source>Another cloud (provider not named)</source>
        <translation>Autre cloud (fournisseur non nommé)</translation>
    </message>
    <message>
        <source>Windows did not let PowerShell run nestready&apos;s collector script: an execution policy set by Group Policy, or an application control policy (AppLocker, App Control for Business), blocks it. An administrator can allow it by signing collect-evidence.ps1 with a certificate the machine trusts or by allow-listing it; or run nestready on an evidence file collected by an administrator.</source>
        <translation>Windows n’a pas laissé PowerShell exécuter le script de collecte de nestready&#xa0;: une stratégie d’exécution définie par une stratégie de groupe, ou une stratégie de contrôle des applications (AppLocker, App Control for Business), le bloque. Un administrateur peut l’autoriser en signant collect-evidence.ps1 avec un certificat approuvé par la machine ou en l’ajoutant à une liste d’autorisation&#xa0;; vous pouvez aussi exécuter nestready sur un fichier de données collectées par un administrateur.</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>%1: no .json files in this folder.</source>
        <translation>%1 : aucun fichier .json dans ce dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read.</source>
        <translation>
            <numerusform>%n rapport lu.</numerusform>
            <numerusform>%n rapports lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fails on %n machine(s).</source>
        <translation>
            <numerusform>%1 échoue sur %n machine.</numerusform>
            <numerusform>%1 échoue sur %n machines.</numerusform>
        </translation>
    </message>
    <message>
        <source>nestready fleet summary</source>
        <translation>Synthèse du parc nestready</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Machines</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>Column headings of the fleet table in the terminal</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message numerus="yes">
        <source>Checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Vérifié de nouveau avec les règles de nestready %1&#xa0;: %n machine a changé.</numerusform>
            <numerusform>Vérifié de nouveau avec les règles de nestready %1&#xa0;: %n machines ont changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 -&gt; %3 (%4)</source>
        <extracomment>A machine whose verdict changed: %1 machine, %2 old verdict, %3 new verdict, %4 report file</extracomment>
        <translation>  %1&#xa0;: %2 -&gt; %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <extracomment>The last row of a count card: the kinds not listed above (%1 of them), e.g. &quot;11 others&quot;</extracomment>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken between %1 and %2.</source>
        <extracomment>%1 and %2 are dates: the oldest and the newest report</extracomment>
        <translation>Relevés entre le %1 et le %2.</translation>
    </message>
    <message numerus="yes">
        <source>Every report was checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Chaque rapport a été vérifié de nouveau avec les règles de nestready %1&#xa0;: %n machine a changé.</numerusform>
            <numerusform>Chaque rapport a été vérifié de nouveau avec les règles de nestready %1&#xa0;: %n machines ont changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hyperviseur</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>What blocks the most machines</source>
        <translation>Ce qui bloque le plus de machines</translation>
    </message>
    <message>
        <source>No check fails on any machine.</source>
        <translation>Aucune vérification n’échoue, sur aucune machine.</translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation>Vérification en échec</translation>
    </message>
    <message>
        <source>Machines it blocks</source>
        <translation>Machines bloquées</translation>
    </message>
    <message>
        <source>Changed with today&apos;s rules</source>
        <translation>Changements avec les règles actuelles</translation>
    </message>
    <message>
        <source>No machine&apos;s verdict changed.</source>
        <translation>Le verdict d’aucune machine n’a changé.</translation>
    </message>
    <message>
        <source>Verdict when taken</source>
        <translation>Verdict lors du relevé</translation>
    </message>
    <message>
        <source>Verdict now</source>
        <translation>Verdict actuel</translation>
    </message>
    <message>
        <source>Written by nestready %1.</source>
        <translation>Écrit par nestready %1.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>Vérifications en échec</translation>
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
        <translation>Ouvrir un rapport JSON enregistré au lieu de vérifier cette machine.</translation>
    </message>
    <message>
        <source>Open the wizard at &lt;page&gt; (welcome, machine, requirements, guide, summary) or at a guide id such as vmware-esxi.</source>
        <translation>Ouvre l&apos;assistant à la &lt;page&gt; indiquée (welcome, machine, requirements, guide, summary) ou sur un guide, identifié par exemple par vmware-esxi.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Use welcome, machine, requirements, guide, summary or a guide id such as vmware-esxi.</source>
        <translation>Page inconnue «&#xa0;%1&#xa0;». Utilisez welcome, machine, requirements, guide, summary ou un identifiant de guide, par exemple vmware-esxi.</translation>
    </message>
    <message>
        <source>nestready — report from %1</source>
        <translation>nestready — rapport de %1</translation>
    </message>
    <message>
        <source>nestready: the window cannot open: Qt could not start a platform plugin for the display.
Run `nestready check` to check this machine on the command line.
Qt says: </source>
        <translation>nestready&#xa0;: impossible d’ouvrir la fenêtre&#xa0;: Qt n’a pas pu démarrer de plugin de plateforme pour l’affichage.
Lancez `nestready check` pour vérifier cette machine en ligne de commande.
Message de Qt&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here once nested virtualization is on, but problems are then for your cloud provider.</source>
        <translation>L&apos;éditeur ne prend en charge les machines virtuelles que sur VMware ESXi et Azure. iEchor Desktop peut fonctionner ici une fois la virtualisation imbriquée activée, mais les problèmes relèveront alors de votre fournisseur cloud.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), use an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Exécutez iEchor Desktop directement sur une machine physique (ce que recommande l&apos;éditeur), utilisez une VM Azure, ou utilisez le service de déport dans le cloud de l&apos;éditeur au lieu d&apos;une VM locale.</translation>
    </message>
    <message>
        <source>Microsoft Azure virtual machine</source>
        <translation>Machine virtuelle Microsoft Azure</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. Microsoft supports nested Hyper-V on VM sizes that offer it.</source>
        <translation>Les VM Azure sont l&apos;une des deux plateformes testées par l&apos;éditeur, pour les clients iEchor Business, avec une instance par machine. Microsoft prend en charge Hyper-V imbriqué sur les tailles de VM qui le proposent.</translation>
    </message>
    <message>
        <source>Start the VM, turn on the Windows features iEchor Desktop needs (see the Windows features guide), then check again.</source>
        <translation>Démarrez la VM, activez les fonctionnalités Windows nécessaires à iEchor Desktop (voir le guide des fonctionnalités Windows), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Azure: VM sizes</source>
        <translation>Azure&#xa0;: tailles de VM</translation>
    </message>
    <message>
        <source>Microsoft: Enable nested virtualization</source>
        <translation>Microsoft&#xa0;: Activer la virtualisation imbriquée</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch</source>
        <translation>Azure&#xa0;: Trusted Launch</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>iEchor Desktop dans une VM ou un environnement VDI</translation>
    </message>
    <message>
        <source>Whether Trusted Launch blocks nested virtualization could not be confirmed: an older Azure page listed it as unsupported, the current page does not, and Trusted Launch is now the default for new VMs.</source>
        <translation>Impossible de confirmer si Trusted Launch bloque la virtualisation imbriquée&#xa0;: une ancienne page Azure indiquait qu&apos;elle n&apos;était pas prise en charge, la page actuelle ne le dit plus, et Trusted Launch est désormais le type par défaut des nouvelles VM.</translation>
    </message>
    <message>
        <source>Google Cloud (Compute Engine)</source>
        <translation>Google Cloud (Compute Engine)</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again. Expect the nested VM to run at least 10% slower.</source>
        <translation>Démarrez la VM, relancez nestready et relancez la vérification. Attendez-vous à ce que la VM imbriquée soit au moins 10 % plus lente.</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes.</source>
        <translation>La vérification «&#xa0;Virtualisation matérielle (VT-x / AMD-V)&#xa0;» réussit.</translation>
    </message>
    <message>
        <source>Google Cloud: About nested virtualization</source>
        <translation>Google Cloud&#xa0;: À propos de la virtualisation imbriquée</translation>
    </message>
    <message>
        <source>Amazon EC2</source>
        <translation>Amazon EC2</translation>
    </message>
    <message>
        <source>Start the instance, start nestready again and check again.</source>
        <translation>Démarrez l&apos;instance, relancez nestready et relancez la vérification.</translation>
    </message>
    <message>
        <source>AWS: Nested virtualization on EC2</source>
        <translation>AWS&#xa0;: Virtualisation imbriquée sur EC2</translation>
    </message>
    <message>
        <source>Windows 365 and Azure Virtual Desktop</source>
        <translation>Windows 365 et Azure Virtual Desktop</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop session hosts and Cloud PCs run on Azure. The vendor names Azure VMs, not these desktop services, as tested; one instance of iEchor Desktop per machine.</source>
        <translation>Les hôtes de session Azure Virtual Desktop et les PC cloud s&apos;exécutent sur Azure. L&apos;éditeur indique comme testées les VM Azure, et non ces services de bureau&#xa0;; une instance d&apos;iEchor Desktop par machine.</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: a session host size that offers nested virtualization (see the Azure guide).</source>
        <translation>Azure Virtual Desktop&#xa0;: une taille d&apos;hôte de session qui propose la virtualisation imbriquée (voir le guide Azure).</translation>
    </message>
    <message>
        <source>A personal (single-user) desktop: running more than one instance of iEchor Desktop on one machine, as on Windows Enterprise multi-session, is not supported.</source>
        <translation>Un bureau personnel (mono-utilisateur)&#xa0;: l&apos;exécution de plusieurs instances d&apos;iEchor Desktop sur une même machine, comme sur Windows Enterprise multisession, n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Ask your administrator to move you to a Cloud PC with 4 vCPUs or more, or to a session host size that offers nested virtualization.</source>
        <translation>Demandez à votre administrateur de vous attribuer un PC cloud doté d&apos;au moins 4 vCPU, ou une taille d&apos;hôte de session qui propose la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>Turn on the Windows features iEchor Desktop needs (see the Windows features guide), restart and check again.</source>
        <translation>Activez les fonctionnalités Windows nécessaires à iEchor Desktop (voir le guide des fonctionnalités Windows), redémarrez et relancez la vérification.</translation>
    </message>
    <message>
        <source>Windows 365: nested virtualization</source>
        <translation>Windows 365&#xa0;: virtualisation imbriquée</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: agent troubleshooting</source>
        <translation>Azure Virtual Desktop&#xa0;: dépannage de l&apos;agent</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session FAQ</source>
        <translation>FAQ de Windows Enterprise multisession</translation>
    </message>
    <message>
        <source>Whether Windows 365 Cloud PCs use the same agent as Azure Virtual Desktop could not be confirmed.</source>
        <translation>Impossible de confirmer si les PC cloud Windows 365 utilisent le même agent qu&apos;Azure Virtual Desktop.</translation>
    </message>
    <message>
        <source>Supported by the vendor</source>
        <extracomment>Banner of a guide: the product vendor supports this platform</extracomment>
        <translation>Pris en charge par l&apos;éditeur</translation>
    </message>
    <message>
        <source>Works, but not supported by the vendor</source>
        <extracomment>Banner of a guide: it can work, but the product vendor does not support it</extracomment>
        <translation>Fonctionne, mais non pris en charge par l&apos;éditeur</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <extracomment>Banner of a guide: iEchor Desktop cannot run on this platform</extracomment>
        <translation>Impossible ici</translation>
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
        <translation>KVM / QEMU ou libvirt</translation>
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
        <translation>L&apos;éditeur ne prend en charge les machines virtuelles que sur VMware ESXi et Azure. iEchor Desktop peut fonctionner ici une fois la virtualisation imbriquée activée, mais les problèmes relèveront alors de l&apos;éditeur de votre hyperviseur.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Exécutez iEchor Desktop directement sur une machine physique (ce que recommande l&apos;éditeur), déplacez ce bureau vers VMware ESXi ou une VM Azure, ou utilisez le service de déport dans le cloud de l&apos;éditeur au lieu d&apos;une VM locale.</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again.</source>
        <translation>Démarrez la VM, relancez nestready et relancez la vérification.</translation>
    </message>
    <message>
        <source>Shut down the operating system in the VM and make sure the VM is powered off.</source>
        <translation>Arrêtez le système d&apos;exploitation de la VM et assurez-vous que la VM est hors tension.</translation>
    </message>
    <message>
        <source>Microsoft Hyper-V (on premises)</source>
        <translation>Microsoft Hyper-V (sur site)</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure. Microsoft itself supports nested Hyper-V in production, including WSL 2 in a nested VM.</source>
        <translation>L&apos;éditeur n&apos;a testé que VMware ESXi et Azure. Microsoft prend lui-même en charge Hyper-V imbriqué en production, y compris WSL 2 dans une VM imbriquée.</translation>
    </message>
    <message>
        <source>Intel host with VT-x and EPT: Windows Server 2016 or Windows 10 or later on the host, VM configuration version 8.0 or later.</source>
        <translation>Hôte Intel avec VT-x et EPT&#xa0;: Windows Server 2016 ou Windows 10 ou version ultérieure sur l&apos;hôte, version de configuration de VM 8.0 ou ultérieure.</translation>
    </message>
    <message>
        <source>AMD EPYC or Ryzen host: Windows Server 2022 or Windows 11 or later on the host, VM configuration version 9.3 or later.</source>
        <translation>Hôte AMD EPYC ou Ryzen&#xa0;: Windows Server 2022 ou Windows 11 ou version ultérieure sur l&apos;hôte, version de configuration de VM 9.3 ou ultérieure.</translation>
    </message>
    <message>
        <source>An elevated PowerShell on the Hyper-V host (not in this VM).</source>
        <translation>Un PowerShell avec élévation de privilèges sur l&apos;hôte Hyper-V (pas dans cette VM).</translation>
    </message>
    <message>
        <source>Turn the VM off.</source>
        <translation>Arrêtez la VM.</translation>
    </message>
    <message>
        <source>On the host, expose the virtualization extensions to the VM. Replace &lt;VM&gt; with the VM&apos;s name. ($false turns it off again.)</source>
        <translation>Sur l&apos;hôte, exposez les extensions de virtualisation à la VM. Remplacez &lt;VM&gt; par le nom de la VM. ($false les désactive à nouveau.)</translation>
    </message>
    <message>
        <source>Read the setting back: ExposeVirtualizationExtensions must be True.</source>
        <translation>Relisez le paramètre&#xa0;: ExposeVirtualizationExtensions doit valoir True.</translation>
    </message>
    <message>
        <source>Microsoft: What is nested virtualization?</source>
        <translation>Microsoft&#xa0;: Qu&apos;est-ce que la virtualisation imbriquée&#xa0;?</translation>
    </message>
    <message>
        <source>Microsoft: WSL FAQ</source>
        <translation>Microsoft&#xa0;: FAQ WSL</translation>
    </message>
    <message>
        <source>KVM / QEMU and libvirt</source>
        <translation>KVM / QEMU et libvirt</translation>
    </message>
    <message>
        <source>A shell with root rights on the KVM host (not in this VM).</source>
        <translation>Un shell avec les droits root sur l&apos;hôte KVM (pas dans cette VM).</translation>
    </message>
    <message>
        <source>Nested virtualization is on by default since Linux 4.20; older host kernels need the module option below.</source>
        <translation>La virtualisation imbriquée est activée par défaut depuis Linux 4.20&#xa0;; les noyaux d&apos;hôte plus anciens nécessitent l&apos;option de module ci-dessous.</translation>
    </message>
    <message>
        <source>On the host, check whether KVM passes nesting on: the file must say Y or 1. On AMD hosts look at kvm_amd instead of kvm_intel.</source>
        <translation>Sur l&apos;hôte, vérifiez si KVM transmet l&apos;imbrication&#xa0;: le fichier doit contenir Y ou 1. Sur les hôtes AMD, consultez kvm_amd au lieu de kvm_intel.</translation>
    </message>
    <message>
        <source>If it does not, add this option to a file in /etc/modprobe.d on the host (on AMD hosts the same option for kvm-amd). It applies when the module is loaded again, for example after a restart of the host.</source>
        <translation>Sinon, ajoutez cette option dans un fichier de /etc/modprobe.d sur l&apos;hôte (sur les hôtes AMD, la même option pour kvm-amd). Elle s&apos;applique lorsque le module est rechargé, par exemple après un redémarrage de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Give the VM the host&apos;s CPU model: for QEMU the -cpu host option, for libvirt the host-passthrough CPU mode. A named CPU model with vmx=on works too.</source>
        <translation>Donnez à la VM le modèle de processeur de l&apos;hôte&#xa0;: pour QEMU, l&apos;option -cpu host&#xa0;; pour libvirt, le mode de processeur host-passthrough. Un modèle de processeur nommé avec vmx=on fonctionne également.</translation>
    </message>
    <message>
        <source>Linux kernel: Running nested guests with KVM</source>
        <translation>Noyau Linux&#xa0;: Running nested guests with KVM</translation>
    </message>
    <message>
        <source>Access to the Proxmox VE host and its web interface.</source>
        <translation>Un accès à l&apos;hôte Proxmox VE et à son interface web.</translation>
    </message>
    <message>
        <source>On the host, check that the KVM module passes nesting on (Y or 1; kvm_amd on AMD hosts). If not, set the module&apos;s nested option as in the KVM guide.</source>
        <translation>Sur l&apos;hôte, vérifiez que le module KVM transmet l&apos;imbrication (Y ou 1&#xa0;; kvm_amd sur les hôtes AMD). Sinon, définissez l&apos;option nested du module comme indiqué dans le guide KVM.</translation>
    </message>
    <message>
        <source>Set the VM&apos;s CPU type to host. Proxmox does not expose virtualization to VMs by default.</source>
        <translation>Définissez le type de processeur de la VM sur host. Par défaut, Proxmox n&apos;expose pas la virtualisation aux VM.</translation>
    </message>
    <message>
        <source>Proxmox VE wiki: Nested virtualization</source>
        <translation>Wiki Proxmox VE&#xa0;: Nested virtualization</translation>
    </message>
    <message>
        <source>Oracle VirtualBox</source>
        <translation>Oracle VirtualBox</translation>
    </message>
    <message>
        <source>VirtualBox 6.1.0 or later for nested virtualization on Intel CPUs.</source>
        <translation>VirtualBox 6.1.0 ou version ultérieure pour la virtualisation imbriquée sur les processeurs Intel.</translation>
    </message>
    <message>
        <source>In the VM&apos;s settings, turn on nested VT-x/AMD-V.</source>
        <translation>Dans les paramètres de la VM, activez VT-x/AMD-V imbriqué («&#xa0;Enable Nested VT-x/AMD-V&#xa0;»).</translation>
    </message>
    <message>
        <source>Or, on the host&apos;s command line, replace &lt;vm&gt; with the VM&apos;s name:</source>
        <translation>Ou, dans la ligne de commande de l&apos;hôte, remplacez &lt;vm&gt; par le nom de la VM&#xa0;:</translation>
    </message>
    <message>
        <source>VirtualBox ticket 4032: nested VT-x</source>
        <translation>Ticket VirtualBox 4032&#xa0;: VT-x imbriqué</translation>
    </message>
    <message>
        <source>The exact page of the VBoxManage manual for --nested-hw-virt could not be confirmed.</source>
        <translation>Impossible de confirmer la page exacte du manuel VBoxManage consacrée à --nested-hw-virt.</translation>
    </message>
    <message>
        <source>With its KVM or Hyper-V paravirtualization interface VirtualBox may look like another hypervisor from inside the VM; this could not be confirmed.</source>
        <translation>Avec son interface de paravirtualisation KVM ou Hyper-V, VirtualBox peut apparaître comme un autre hyperviseur depuis l&apos;intérieur de la VM&#xa0;; cela n&apos;a pas pu être confirmé.</translation>
    </message>
    <message>
        <source>Parallels Desktop</source>
        <translation>Parallels Desktop</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Mac on the Mac itself: running natively is what the vendor recommends. Or use the vendor&apos;s cloud offload service.</source>
        <translation>Installez iEchor Desktop pour Mac directement sur le Mac&#xa0;: l&apos;exécution native est ce que recommande l&apos;éditeur. Vous pouvez aussi utiliser le service de déport dans le cloud de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Intel Mac: power the VM off and look for Parallels&apos; nested virtualization option in the VM&apos;s CPU settings, then check again.</source>
        <translation>Mac Intel&#xa0;: mettez la VM hors tension et recherchez l&apos;option de virtualisation imbriquée de Parallels dans les paramètres de processeur de la VM, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Parallels&apos; &quot;Enable nested virtualization&quot; setting on Intel Macs could not be confirmed.</source>
        <translation>Impossible de confirmer l&apos;existence du paramètre «&#xa0;Enable nested virtualization&#xa0;» de Parallels sur les Mac Intel.</translation>
    </message>
    <message>
        <source>Citrix Hypervisor, XenServer and Xen</source>
        <translation>Citrix Hypervisor, XenServer et Xen</translation>
    </message>
    <message>
        <source>Citrix Hypervisor (XenServer) does not support nested virtualization. On plain Xen, nested HVM is a technology preview on Intel and experimental on AMD.</source>
        <translation>Citrix Hypervisor (XenServer) ne prend pas en charge la virtualisation imbriquée. Sur Xen standard, le HVM imbriqué est une préversion technologique sur Intel et expérimental sur AMD.</translation>
    </message>
    <message>
        <source>Citrix desktops: ask your administrator which hypervisor runs the desktop. Under Citrix Virtual Apps and Desktops the answer depends on that hypervisor; on VMware ESXi, Azure or Hyper-V follow that guide.</source>
        <translation>Bureaux Citrix&#xa0;: demandez à votre administrateur quel hyperviseur exécute le bureau. Avec Citrix Virtual Apps and Desktops, la réponse dépend de cet hyperviseur&#xa0;; sur VMware ESXi, Azure ou Hyper-V, suivez le guide correspondant.</translation>
    </message>
    <message>
        <source>On Citrix Hypervisor or XenServer nested virtualization is not available: use one of the alternatives above.</source>
        <translation>Sur Citrix Hypervisor ou XenServer, la virtualisation imbriquée n&apos;est pas disponible&#xa0;: utilisez l&apos;une des solutions de remplacement ci-dessus.</translation>
    </message>
    <message>
        <source>On plain Xen, nested HVM can be tried as described in the Xen wiki; it is not production ready.</source>
        <translation>Sur Xen standard, le HVM imbriqué peut être essayé comme décrit dans le wiki Xen&#xa0;; il n&apos;est pas prêt pour la production.</translation>
    </message>
    <message>
        <source>Xen wiki: Nested virtualization in Xen</source>
        <translation>Wiki Xen&#xa0;: Nested virtualization in Xen</translation>
    </message>
    <message>
        <source>On Nutanix VDI iEchor Desktop works if WSL 2 works. Persistent desktops are supported; non-persistent desktops are not.</source>
        <translation>Sur Nutanix VDI, iEchor Desktop fonctionne si WSL 2 fonctionne. Les bureaux persistants sont pris en charge, les bureaux non persistants ne le sont pas.</translation>
    </message>
    <message>
        <source>A persistent desktop (not a non-persistent pool).</source>
        <translation>Un bureau persistant (pas un pool non persistant).</translation>
    </message>
    <message>
        <source>Access to the Nutanix cluster&apos;s command line (acli).</source>
        <translation>Un accès à la ligne de commande du cluster Nutanix (acli).</translation>
    </message>
    <message>
        <source>Pass the CPU&apos;s virtualization features through to the VM. Replace &lt;vm&gt; with the VM&apos;s name.</source>
        <translation>Transmettez les fonctionnalités de virtualisation du processeur à la VM. Remplacez &lt;vm&gt; par le nom de la VM.</translation>
    </message>
    <message>
        <source>The acli command comes from community scripts; it could not be confirmed against the Nutanix documentation.</source>
        <translation>La commande acli provient de scripts communautaires&#xa0;; elle n&apos;a pas pu être confirmée dans la documentation Nutanix.</translation>
    </message>
    <message>
        <source>Physical machine</source>
        <translation>Machine physique</translation>
    </message>
    <message>
        <source>Running iEchor Desktop natively on a physical machine is what the vendor recommends: its Linux VM then runs directly on the hardware, without nested virtualization.</source>
        <translation>L&apos;éditeur recommande d&apos;exécuter iEchor Desktop de façon native sur une machine physique&#xa0;: sa VM Linux s&apos;exécute alors directement sur le matériel, sans virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>A 64-bit CPU with virtualization extensions (Intel VT-x or AMD-V) and second-level address translation (SLAT).</source>
        <translation>Un processeur 64 bits doté d&apos;extensions de virtualisation (Intel VT-x ou AMD-V) et de la traduction d&apos;adresses de second niveau (SLAT).</translation>
    </message>
    <message>
        <source>At least 4 GB of memory.</source>
        <translation>Au moins 4 Go de mémoire.</translation>
    </message>
    <message>
        <source>Restart the computer and open its firmware settings (BIOS or UEFI). The key to press is shown briefly at start-up and differs by maker.</source>
        <translation>Redémarrez l&apos;ordinateur et ouvrez les paramètres du firmware (BIOS ou UEFI). La touche à utiliser s&apos;affiche brièvement au démarrage et varie selon le fabricant.</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization: Intel Virtualization Technology (VT-x) or AMD SVM (AMD-V). The menu that holds it differs by maker.</source>
        <translation>Activez la virtualisation matérielle&#xa0;: Intel Virtualization Technology (VT-x) ou AMD SVM (AMD-V). Le menu qui contient ce paramètre varie selon le fabricant.</translation>
    </message>
    <message>
        <source>Save the settings, start the computer and check again.</source>
        <translation>Enregistrez les paramètres, démarrez l&apos;ordinateur et relancez la vérification.</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes. On Windows, Task Manager &gt; Performance shows virtualization as enabled; on Linux, kvm-ok finds KVM usable.</source>
        <translation>La vérification «&#xa0;Virtualisation matérielle (VT-x / AMD-V)&#xa0;» réussit. Sous Windows, Gestionnaire des tâches &gt; Performances indique que la virtualisation est activée&#xa0;; sous Linux, kvm-ok indique que KVM est utilisable.</translation>
    </message>
    <message>
        <source>iEchor Desktop for Windows: system requirements</source>
        <translation>iEchor Desktop pour Windows&#xa0;: configuration requise</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: system requirements</source>
        <translation>iEchor Desktop pour Linux&#xa0;: configuration requise</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>Dépannage&#xa0;: la virtualisation ne fonctionne pas</translation>
    </message>
    <message>
        <source>Inside a container</source>
        <translation>Dans un conteneur</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own Linux virtual machine. A container shares its host&apos;s kernel and cannot start or manage a virtual machine the way a desktop application needs, so iEchor Desktop cannot run inside one.</source>
        <translation>iEchor Desktop démarre sa propre machine virtuelle Linux. Un conteneur partage le noyau de son hôte et ne peut pas démarrer ni gérer une machine virtuelle comme l&apos;exige une application de bureau&#xa0;: iEchor Desktop ne peut donc pas s&apos;exécuter dans un conteneur.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the physical machine or VM that runs this container, and run nestready there.</source>
        <translation>Installez iEchor Desktop sur la machine physique ou la VM qui exécute ce conteneur, et exécutez nestready sur celle-ci.</translation>
    </message>
    <message>
        <source>Leave the container and find the machine that hosts it: a physical machine or a VM.</source>
        <translation>Quittez le conteneur et identifiez la machine qui l&apos;héberge&#xa0;: une machine physique ou une VM.</translation>
    </message>
    <message>
        <source>Run nestready on that machine. It tells you whether iEchor Desktop can run there and, in a VM, how to turn on nested virtualization.</source>
        <translation>Exécutez nestready sur cette machine. Il vous indique si iEchor Desktop peut y fonctionner et, dans une VM, comment activer la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>On the host, the &quot;Not inside a container&quot; check passes.</source>
        <translation>Sur l&apos;hôte, la vérification «&#xa0;Hors d&apos;un conteneur&#xa0;» réussit.</translation>
    </message>
    <message>
        <source>Windows: features, hypervisor and WSL</source>
        <translation>Windows&#xa0;: fonctionnalités, hyperviseur et WSL</translation>
    </message>
    <message>
        <source>These steps run in Windows itself, after nested virtualization (in a VM) or firmware virtualization (on a physical machine) is on.</source>
        <translation>Ces étapes s&apos;effectuent dans Windows même, une fois la virtualisation imbriquée (dans une VM) ou la virtualisation du firmware (sur une machine physique) activée.</translation>
    </message>
    <message>
        <source>64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later. Windows Server is not supported.</source>
        <translation>Windows 10 22H2 (build 19045) ou Windows 11 23H2 (build 22631) 64 bits, ou version ultérieure. Windows Server n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>An administrator account: the commands below need an elevated prompt.</source>
        <translation>Un compte administrateur&#xa0;: les commandes ci-dessous nécessitent une invite de commandes avec élévation de privilèges.</translation>
    </message>
    <message>
        <source>Make the hypervisor start with Windows (elevated prompt), then restart:</source>
        <translation>Faites démarrer l&apos;hyperviseur avec Windows (invite avec élévation de privilèges), puis redémarrez&#xa0;:</translation>
    </message>
    <message>
        <source>Check the WSL version: it must be 2.1.5 or later. If the command prints no version, the old built-in WSL is installed: update it.</source>
        <translation>Vérifiez la version de WSL&#xa0;: elle doit être 2.1.5 ou ultérieure. Si la commande n&apos;affiche aucune version, c&apos;est l&apos;ancien WSL intégré qui est installé&#xa0;: mettez-le à jour.</translation>
    </message>
    <message>
        <source>Restart Windows and check again.</source>
        <translation>Redémarrez Windows et relancez la vérification.</translation>
    </message>
    <message>
        <source>wsl -l -v works, and systeminfo says &quot;A hypervisor has been detected. Features required for Hyper-V will not be displayed.&quot;</source>
        <translation>wsl -l -v fonctionne, et systeminfo affiche «&#xa0;Un hyperviseur a été détecté. Les fonctionnalités nécessaires à Hyper-V ne seront pas affichées.&#xa0;» (en anglais&#xa0;: «&#xa0;A hypervisor has been detected. Features required for Hyper-V will not be displayed.&#xa0;»)</translation>
    </message>
    <message>
        <source>Microsoft: Hyper-V system requirements</source>
        <translation>Microsoft&#xa0;: configuration requise pour Hyper-V</translation>
    </message>
    <message>
        <source>Some software, for example Android emulators, turns Hyper-V off. Which programs do so could not be listed here.</source>
        <translation>Certains logiciels, par exemple les émulateurs Android, désactivent Hyper-V. La liste des programmes concernés n&apos;a pas pu être établie ici.</translation>
    </message>
    <message>
        <source>Linux: KVM modules and the kvm group</source>
        <translation>Linux&#xa0;: modules KVM et groupe kvm</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM. The vendor supports it on physical machines; under nested virtualization it is outside the vendor&apos;s support.</source>
        <translation>iEchor Desktop pour Linux exécute sa VM avec KVM. L&apos;éditeur le prend en charge sur les machines physiques&#xa0;; avec la virtualisation imbriquée, il sort du cadre du support de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>A 64-bit kernel with CPU virtualization support, KVM, QEMU 5.2 or later, systemd and at least 4 GB of memory.</source>
        <translation>Un noyau 64 bits avec prise en charge de la virtualisation processeur, KVM, QEMU 5.2 ou version ultérieure, systemd et au moins 4 Go de mémoire.</translation>
    </message>
    <message>
        <source>Load the KVM module for your CPU: kvm_intel for Intel, kvm_amd for AMD.</source>
        <translation>Chargez le module KVM correspondant à votre processeur&#xa0;: kvm_intel pour Intel, kvm_amd pour AMD.</translation>
    </message>
    <message>
        <source>Check that the module is loaded and /dev/kvm exists.</source>
        <translation>Vérifiez que le module est chargé et que /dev/kvm existe.</translation>
    </message>
    <message>
        <source>Allow your user to use KVM, then sign out and back in.</source>
        <translation>Autorisez votre utilisateur à utiliser KVM, puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>Relancez la vérification.</translation>
    </message>
    <message>
        <source>The &quot;KVM device (/dev/kvm)&quot; check passes, and kvm-ok finds KVM usable.</source>
        <translation>La vérification «&#xa0;Périphérique KVM (/dev/kvm)&#xa0;» réussit, et kvm-ok indique que KVM est utilisable.</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: KVM</source>
        <translation>iEchor Desktop pour Linux&#xa0;: KVM</translation>
    </message>
    <message>
        <source>The ESXi host&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>Le processeur de l&apos;hôte ESXi dispose d&apos;Intel VT-x avec EPT ou d&apos;AMD-V avec RVI.</translation>
    </message>
    <message>
        <source>The VM uses virtual hardware version 9 or later.</source>
        <translation>La VM utilise la version de matériel virtuel 9 ou ultérieure.</translation>
    </message>
    <message>
        <source>You use the vSphere Client: the old C# client does not offer the setting.</source>
        <translation>Vous utilisez vSphere Client&#xa0;: l&apos;ancien client C# ne propose pas ce paramètre.</translation>
    </message>
    <message>
        <source>The VM uses no PCI passthrough or vGPU: they cannot be combined with nested virtualization.</source>
        <translation>La VM n&apos;utilise ni PCI passthrough ni vGPU&#xa0;: ils ne peuvent pas être combinés avec la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>If Windows in the VM uses virtualization-based security: vSphere 6.7 and hardware version 14 or later on Intel, vSphere 7.0 U2 and hardware version 19 or later on AMD.</source>
        <translation>Si Windows utilise la sécurité basée sur la virtualisation dans la VM&#xa0;: vSphere 6.7 et version de matériel 14 ou ultérieure sur Intel, vSphere 7.0 U2 et version de matériel 19 ou ultérieure sur AMD.</translation>
    </message>
    <message>
        <source>In the vSphere Client, open the VM&apos;s settings, expand CPU and tick the hardware virtualization box.</source>
        <translation>Dans vSphere Client, ouvrez les paramètres de la VM («&#xa0;Edit Settings&#xa0;»), développez «&#xa0;CPU&#xa0;» et cochez la case de virtualisation matérielle («&#xa0;Expose hardware assisted virtualization to the guest OS&#xa0;»).</translation>
    </message>
    <message>
        <source>The setting writes this line to the VM&apos;s .vmx file. Where you manage the .vmx file directly, add it there instead, with the VM powered off.</source>
        <translation>Ce paramètre écrit cette ligne dans le fichier .vmx de la VM. Si vous gérez directement le fichier .vmx, ajoutez-la plutôt à ce fichier, VM hors tension.</translation>
    </message>
    <message>
        <source>Power the VM on, start nestready again and check again.</source>
        <translation>Mettez la VM sous tension, relancez nestready et relancez la vérification.</translation>
    </message>
    <message>
        <source>How nested virtualization interacts with EVC (Enhanced vMotion Compatibility) could not be confirmed.</source>
        <translation>Impossible de confirmer comment la virtualisation imbriquée interagit avec EVC (Enhanced vMotion Compatibility).</translation>
    </message>
    <message>
        <source>Older guides also set hypervisor.cpuid.v0 = &quot;FALSE&quot;. Whether a Hyper-V guest needs it could not be confirmed; it is not needed for the steps above.</source>
        <translation>D&apos;anciens guides définissent aussi hypervisor.cpuid.v0 = &quot;FALSE&quot;. Impossible de confirmer si un invité Hyper-V en a besoin&#xa0;; ce n&apos;est pas nécessaire pour les étapes ci-dessus.</translation>
    </message>
    <message>
        <source>VMware Workstation and Fusion</source>
        <translation>VMware Workstation et Fusion</translation>
    </message>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work in Workstation or Fusion once nested virtualization is on, but problems there are outside the vendor&apos;s support.</source>
        <translation>L&apos;éditeur ne prend en charge les machines virtuelles que sur VMware ESXi et Azure. iEchor Desktop peut fonctionner dans Workstation ou Fusion une fois la virtualisation imbriquée activée, mais les problèmes rencontrés sortent alors du cadre du support de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>For a supported setup run iEchor Desktop natively on the host computer, or in a VM on VMware ESXi or Azure.</source>
        <translation>Pour une configuration prise en charge, exécutez iEchor Desktop de façon native sur l&apos;ordinateur hôte, ou dans une VM sur VMware ESXi ou Azure.</translation>
    </message>
    <message>
        <source>VMware Workstation 8 or Fusion 4 or later, and a VM with virtual hardware version 9 or later.</source>
        <translation>VMware Workstation 8 ou Fusion 4 ou version ultérieure, et une VM avec la version de matériel virtuel 9 ou ultérieure.</translation>
    </message>
    <message>
        <source>The host computer&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>Le processeur de l&apos;ordinateur hôte dispose d&apos;Intel VT-x avec EPT ou d&apos;AMD-V avec RVI.</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V or virtualization-based security runs on the host, Workstation cannot give VMs VT-x/AMD-V, so nested VMs do not work.</source>
        <translation>Sur un hôte Windows&#xa0;: tant que Hyper-V ou la sécurité basée sur la virtualisation s&apos;exécute sur l&apos;hôte, Workstation ne peut pas fournir VT-x/AMD-V aux VM, et les VM imbriquées ne fonctionnent donc pas.</translation>
    </message>
    <message>
        <source>Open the VM&apos;s settings and, under Processors, tick the option that virtualizes VT-x/AMD-V.</source>
        <translation>Ouvrez les paramètres de la VM et, sous «&#xa0;Processors&#xa0;», cochez l&apos;option qui virtualise VT-x/AMD-V («&#xa0;Virtualize Intel VT-x/EPT or AMD-V/RVI&#xa0;»).</translation>
    </message>
    <message>
        <source>Start the VM, make sure KVM is loaded and /dev/kvm can be used (see the Linux KVM guide), then check again.</source>
        <translation>Démarrez la VM, assurez-vous que KVM est chargé et que /dev/kvm est utilisable (voir le guide Linux KVM), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>A VM size whose page lists nested virtualization as supported, for example Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 or Lsv3. The vendor tested D4s_v5 and recommends it or larger.</source>
        <translation>Une taille de VM dont la page indique la prise en charge de la virtualisation imbriquée, par exemple Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 ou Lsv3. L’éditeur a testé D4s_v5 et recommande cette taille ou une plus grande.</translation>
    </message>
    <message>
        <source>Sizes without it include the A family (Av2), the B family (Bv1, Bsv2, Basv2), Arm64 sizes (Dpsv5, Dpsv6), confidential sizes (DCasv5) and GPU sizes such as NCasT4_v3, NVadsA10_v5 and NVv4.</source>
        <translation>Parmi les tailles qui ne la proposent pas : la famille A (Av2), la famille B (Bv1, Bsv2, Basv2), les tailles Arm64 (Dpsv5, Dpsv6), les tailles confidentielles (DCasv5) et les tailles GPU comme NCasT4_v3, NVadsA10_v5 et NVv4.</translation>
    </message>
    <message>
        <source>Rights to resize the VM, and to register a feature on the subscription if the security type has to change.</source>
        <translation>Les droits nécessaires pour redimensionner la VM, et pour inscrire une fonctionnalité sur l’abonnement si le type de sécurité doit changer.</translation>
    </message>
    <message>
        <source>If this VM&apos;s size does not offer nested virtualization, resize the VM to one that does: Standard_D4s_v5, the size the vendor tested, or a larger one of the same kind. The VM restarts during the resize.</source>
        <translation>Si la taille de cette VM ne propose pas la virtualisation imbriquée, redimensionnez la VM vers une taille qui la propose : Standard_D4s_v5, la taille testée par l’éditeur, ou une taille plus grande du même type. La VM redémarre pendant le redimensionnement.</translation>
    </message>
    <message>
        <source>If the size offers nested virtualization and VT-x/AMD-V still does not reach the VM, look at the security type: Microsoft&apos;s guide asks for Standard, and new VMs get Trusted Launch by default. The security type Standard needs the subscription feature UseStandardSecurityType; register it once per subscription:</source>
        <translation>Si la taille propose la virtualisation imbriquée et que VT-x/AMD-V n’atteint toujours pas la VM, vérifiez le type de sécurité : le guide de Microsoft demande Standard, et les nouvelles VM reçoivent Trusted Launch par défaut. Le type de sécurité Standard nécessite la fonctionnalité d’abonnement UseStandardSecurityType ; inscrivez-la une fois par abonnement :</translation>
    </message>
    <message>
        <source>Then create the VM with the security type Standard (the Azure CLI option below), or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell: the Azure portal cannot change it.</source>
        <translation>Créez ensuite la VM avec le type de sécurité Standard (l’option Azure CLI ci-dessous), ou libérez cette VM et définissez son type de sécurité sur Standard avec Azure CLI ou PowerShell : le portail Azure ne permet pas de le modifier.</translation>
    </message>
    <message>
        <source>Azure: Resize a virtual machine</source>
        <translation>Azure : Redimensionner une machine virtuelle</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch FAQ (security type Standard)</source>
        <translation>Azure : FAQ Trusted Launch (type de sécurité Standard)</translation>
    </message>
    <message>
        <source>Google Cloud supports nested virtualization only with Linux KVM as the hypervisor inside the VM, on Intel machine types. Hyper-V is not supported there, so a Windows VM on Google Cloud cannot use WSL 2 or Hyper-V and iEchor Desktop for Windows cannot run in it. The vendor does not support this platform.</source>
        <translation>Google Cloud ne prend en charge la virtualisation imbriquée qu’avec Linux KVM comme hyperviseur dans la VM, sur les types de machines Intel. Hyper-V n’y est pas pris en charge : une VM Windows sur Google Cloud ne peut donc utiliser ni WSL 2 ni Hyper-V, et iEchor Desktop pour Windows ne peut pas s’y exécuter. L’éditeur ne prend pas en charge cette plateforme.</translation>
    </message>
    <message>
        <source>A Linux VM on an Intel machine type: AMD and Arm machine types do not offer nested virtualization.</source>
        <translation>Une VM Linux sur un type de machine Intel : les types de machines AMD et Arm ne proposent pas la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>The organization policy &quot;Disable VM nested virtualization&quot; must not be enforced for the project (it is not by default).</source>
        <translation>La règle d’administration «&#xa0;Disable VM nested virtualization&#xa0;» ne doit pas être appliquée au projet (elle ne l’est pas par défaut).</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot run WSL 2 or Hyper-V, so there is nothing to turn on for iEchor Desktop for Windows. Use an Azure VM, VMware ESXi or a physical machine instead, or a Linux VM here.</source>
        <translation>Une VM Windows sur Google Cloud ne peut exécuter ni WSL 2 ni Hyper-V ; il n’y a donc rien à activer pour iEchor Desktop pour Windows. Utilisez plutôt une VM Azure, VMware ESXi ou une machine physique, ou bien ici une VM Linux.</translation>
    </message>
    <message>
        <source>Stop the VM and export its configuration to a file. gcloud compute instances update has no switch for nested virtualization; the exported file has.</source>
        <translation>Arrêtez la VM et exportez sa configuration dans un fichier. gcloud compute instances update n’a pas d’option pour la virtualisation imbriquée ; le fichier exporté, si.</translation>
    </message>
    <message>
        <source>In vm.yaml, under advancedMachineFeatures (add that section if it is missing), set:</source>
        <translation>Dans vm.yaml, sous advancedMachineFeatures (ajoutez cette section si elle manque), définissez :</translation>
    </message>
    <message>
        <source>Update the VM from the file:</source>
        <translation>Mettez à jour la VM à partir du fichier :</translation>
    </message>
    <message>
        <source>For a new VM, turn nested virtualization on when you create it, with this gcloud option:</source>
        <translation>Pour une nouvelle VM, activez la virtualisation imbriquée à sa création, avec cette option gcloud :</translation>
    </message>
    <message>
        <source>Google Cloud: Enable nested virtualization</source>
        <translation>Google Cloud : Activer la virtualisation imbriquée</translation>
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
        <translation>La page de Google décrivant les étapes export et update-from-file n’a pas pu être relue ; les commandes suivent les pages de référence gcloud indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>An instance type with nested virtualization: C8i, M8i or R8i, or their flex variants (C8i-flex, M8i-flex, R8i-flex). A bare-metal instance (*.metal) runs iEchor Desktop without nesting.</source>
        <translation>Un type d’instance avec virtualisation imbriquée : C8i, M8i ou R8i, ou leurs variantes flex (C8i-flex, M8i-flex, R8i-flex). Une instance bare metal (*.metal) exécute iEchor Desktop sans imbrication.</translation>
    </message>
    <message>
        <source>Windows instances: at most 192 vCPUs, and no hibernation. AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; there is nothing to do for it.</source>
        <translation>Instances Windows : 192 vCPU au maximum, et pas de mise en veille prolongée. AWS désactive de lui-même Virtual Secure Mode (Credential Guard) lorsque la virtualisation imbriquée est activée ; vous n’avez rien à faire pour cela.</translation>
    </message>
    <message>
        <source>Check that the instance type offers nested virtualization: the answer lists nested-virtualization.</source>
        <translation>Vérifiez que le type d’instance propose la virtualisation imbriquée : la réponse indique alors nested-virtualization.</translation>
    </message>
    <message>
        <source>If it does not, stop the instance and change its type to one that does, for example from the M8i family.</source>
        <translation>Sinon, arrêtez l’instance et changez son type pour un type qui la propose, par exemple de la famille M8i.</translation>
    </message>
    <message>
        <source>Stop the instance, then turn nested virtualization on for it. In the console the setting is under Change CPU options.</source>
        <translation>Arrêtez l’instance, puis activez la virtualisation imbriquée pour celle-ci. Dans la console, le paramètre se trouve sous Change CPU options.</translation>
    </message>
    <message>
        <source>For a new instance, turn it on at launch with this CPU option (console: Advanced details, Nested virtualization):</source>
        <translation>Pour une nouvelle instance, activez-la au lancement avec cette option de CPU (console : Advanced details, Nested virtualization) :</translation>
    </message>
    <message>
        <source>AWS CLI: modify-instance-cpu-options</source>
        <translation>AWS CLI : modify-instance-cpu-options</translation>
    </message>
    <message>
        <source>EC2 API: CpuOptionsRequest</source>
        <translation>API EC2 : CpuOptionsRequest</translation>
    </message>
    <message>
        <source>AWS&apos;s Chinese edition of the page also lists C7i, M7i, R7i, X8i, I7i and other families; this could not be confirmed on the English page. The describe-instance-types command above answers it for your Region.</source>
        <translation>L’édition chinoise de la page d’AWS cite aussi C7i, M7i, R7i, X8i, I7i et d’autres familles ; cela n’a pas pu être confirmé sur la page en anglais. La commande describe-instance-types ci-dessus répond à la question pour votre région.</translation>
    </message>
    <message>
        <source>Windows 365: a Cloud PC with 4 vCPUs or more, in one of the supported regions. Downsizing to 2 vCPUs turns nested virtualization off.</source>
        <translation>Windows 365 : un PC cloud avec au moins 4 vCPU, dans l’une des régions prises en charge. Réduire la taille à 2 vCPU désactive la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization. It may still work once the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support.</source>
        <translation>L’éditeur ne prend pas en charge iEchor Desktop pour Linux en virtualisation imbriquée. Il peut tout de même fonctionner une fois que la VM expose VT-x/AMD-V et /dev/kvm, mais les problèmes rencontrés sortent alors du support de l’éditeur.</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>Utilisez une machine Linux physique pour une configuration prise en charge, ou continuez en sachant que vous êtes hors du support de l’éditeur.</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure. These steps still apply here, but problems are then outside the vendor&apos;s support.</source>
        <translation>L’éditeur ne prend en charge iEchor Desktop dans une VM que sur VMware ESXi et Azure. Ces étapes s’appliquent quand même ici, mais les problèmes sortent alors du support de l’éditeur.</translation>
    </message>
    <message>
        <source>This platform gives this operating system no nested virtualization, so iEchor Desktop cannot run here. The guide for the platform names the alternatives.</source>
        <translation>Cette plateforme n’offre pas de virtualisation imbriquée à ce système d’exploitation ; iEchor Desktop ne peut donc pas s’exécuter ici. Le guide de la plateforme indique les alternatives.</translation>
    </message>
    <message>
        <source>This step is for another operating system.</source>
        <extracomment>Why a guide step is hidden</extracomment>
        <translation>Cette étape concerne un autre système d’exploitation.</translation>
    </message>
    <message>
        <source>Already done: VT-x/AMD-V reaches this system.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Déjà fait : VT-x/AMD-V atteint ce système.</translation>
    </message>
    <message>
        <source>Already done: this VM&apos;s size offers nested virtualization.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Déjà fait : la taille de cette VM propose la virtualisation imbriquée.</translation>
    </message>
    <message>
        <source>Already done: /dev/kvm exists.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Déjà fait : /dev/kvm existe.</translation>
    </message>
    <message>
        <source>Already done: this user can use /dev/kvm.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Déjà fait : cet utilisateur peut utiliser /dev/kvm.</translation>
    </message>
    <message>
        <source>No network change is needed: MAC address spoofing is only for routing nested VMs through a second virtual switch. WSL 2, which iEchor Desktop uses, works with NAT by default.</source>
        <translation>Aucune modification réseau n’est nécessaire : l’usurpation d’adresses MAC ne sert qu’à faire passer les VM imbriquées par un second commutateur virtuel. WSL 2, qu’utilise iEchor Desktop, fonctionne avec NAT par défaut.</translation>
    </message>
    <message>
        <source>Dynamic memory can stay on. While Hyper-V runs inside the VM its memory no longer changes at run time; to give it more, turn the VM off.</source>
        <translation>La mémoire dynamique peut rester activée. Tant que Hyper-V s’exécute dans la VM, sa mémoire ne change plus pendant l’exécution ; pour lui en donner davantage, éteignez la VM.</translation>
    </message>
    <message>
        <source>Microsoft: Networking with WSL</source>
        <translation>Microsoft : Mise en réseau avec WSL</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V, WSL 2 or virtualization-based security (Memory Integrity) runs on the host, VirtualBox runs on top of Hyper-V and cannot give its VMs VT-x/AMD-V. The &quot;Enable Nested VT-x/AMD-V&quot; box is then greyed out and nested VMs do not work: nested virtualization needs a host where they are off.</source>
        <translation>Sur un hôte Windows : tant que Hyper-V, WSL 2 ou la sécurité basée sur la virtualisation (intégrité de la mémoire) s’exécute sur l’hôte, VirtualBox fonctionne au-dessus de Hyper-V et ne peut pas fournir VT-x/AMD-V à ses VM. La case «&#xa0;Enable Nested VT-x/AMD-V&#xa0;» est alors grisée et les VM imbriquées ne fonctionnent pas : la virtualisation imbriquée nécessite un hôte où ces fonctions sont désactivées.</translation>
    </message>
    <message>
        <source>VirtualBox manual: Using Hyper-V with VirtualBox</source>
        <translation>Manuel de VirtualBox : Using Hyper-V with VirtualBox</translation>
    </message>
    <message>
        <source>Microsoft: no nested virtualization for the Hyper-V host itself</source>
        <translation>Microsoft : pas de virtualisation imbriquée pour l’hôte Hyper-V lui-même</translation>
    </message>
    <message>
        <source>On Macs with Apple silicon, Microsoft does not support what needs nested virtualization in Windows VMs: WSL, Windows Sandbox and virtualization-based security. So iEchor Desktop for Windows cannot run there.</source>
        <translation>Sur les Mac équipés d’Apple silicon, Microsoft ne prend pas en charge ce qui nécessite la virtualisation imbriquée dans les VM Windows : WSL, Windows Sandbox et la sécurité basée sur la virtualisation. iEchor Desktop pour Windows ne peut donc pas s’y exécuter.</translation>
    </message>
    <message>
        <source>Find out whether the Mac has Apple silicon or an Intel processor (Apple menu &gt; About This Mac).</source>
        <translation>Déterminez si le Mac est équipé d’Apple silicon ou d’un processeur Intel (menu Pomme &gt; À propos de ce Mac).</translation>
    </message>
    <message>
        <source>Apple silicon: install iEchor Desktop for Mac on the Mac instead of in this VM.</source>
        <translation>Apple silicon : installez iEchor Desktop pour Mac sur le Mac plutôt que dans cette VM.</translation>
    </message>
    <message>
        <source>Microsoft: Windows 11 on Macs with Apple silicon</source>
        <translation>Microsoft : Windows 11 sur les Mac équipés d’Apple silicon</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. The vendor notes that VMware does not support other hypervisors such as Hyper-V nested in a vSphere VM (VMware KB 2009916), although this works.</source>
        <translation>VMware ESXi est l’une des deux plateformes testées par l’éditeur, pour les clients iEchor Business avec une instance par machine. L’éditeur précise que VMware ne prend pas en charge d’autres hyperviseurs, comme Hyper-V, imbriqués dans une VM vSphere (VMware KB 2009916), bien que cela fonctionne.</translation>
    </message>
    <message>
        <source>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</source>
        <translation>vSphere : Expose hardware assisted virtualization (vSphere 7.0)</translation>
    </message>
    <message>
        <source>Broadcom KB 437651: nested virtualization and PCI passthrough or vGPU</source>
        <translation>Broadcom KB 437651 : virtualisation imbriquée et PCI passthrough ou vGPU</translation>
    </message>
    <message>
        <source>Broadcom KB 2009916: support for nested virtualization</source>
        <translation>Broadcom KB 2009916 : prise en charge de la virtualisation imbriquée</translation>
    </message>
    <message>
        <source>vSphere: virtualization-based security in a VM</source>
        <translation>vSphere : sécurité basée sur la virtualisation dans une VM</translation>
    </message>
    <message>
        <source>VMware&apos;s page for the setting and the version limits above (&quot;Running Nested VMs&quot;) was retired in the move to Broadcom; a current page for Workstation and Fusion could not be found.</source>
        <translation>La page de VMware consacrée au paramètre et aux limites de version ci-dessus («&#xa0;Running Nested VMs&#xa0;») a été retirée lors du passage à Broadcom ; aucune page actuelle pour Workstation et Fusion n’a été trouvée.</translation>
    </message>
    <message>
        <source>Turn on the Windows features of the backend you use (one is enough). WSL 2 backend: Virtual Machine Platform, and on Windows 10 also Windows Subsystem for Linux; the second command turns on what WSL 2 needs and installs the current WSL. Hyper-V backend: Hyper-V and Containers. The first command lists their state:</source>
        <translation>Activez les fonctionnalités Windows du backend que vous utilisez (un seul suffit). Backend WSL 2 : « Plateforme de machine virtuelle », et sous Windows 10 également « Sous-système Windows pour Linux » ; la deuxième commande active ce dont WSL 2 a besoin et installe la version actuelle de WSL. Backend Hyper-V : Hyper-V et Conteneurs. La première commande affiche leur état :</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Show the text in language &lt;code&gt; (en, de, es, fr, ja, zh_CN) instead of the system&apos;s language.</source>
        <extracomment>Help text of the --lang option; &lt;code&gt; is the value the person types.</extracomment>
        <translation>Affiche les textes dans la langue &lt;code&gt; (en, de, es, fr, ja, zh_CN) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder name of the --lang option&apos;s value, as in &quot;--lang &lt;code&gt;&quot;.</extracomment>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Read CPUID from &lt;file&gt; (the output of `cpuid -r -1`) instead of this CPU.</source>
        <translation>Lit CPUID depuis &lt;fichier&gt; (la sortie de `cpuid -r -1`) au lieu de ce processeur.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Examine a recorded Windows machine from its evidence file.</source>
        <translation>Examine une machine Windows enregistrée à partir de son fichier de preuves.</translation>
    </message>
    <message>
        <source>Make no network request at all (not even to Azure&apos;s local metadata service).</source>
        <translation>N’effectue aucune requête réseau (pas même vers le service local de métadonnées d’Azure).</translation>
    </message>
    <message>
        <source>Examine a recorded Linux machine: read /proc, /sys and /etc below &lt;dir&gt;, or the evidence.jsonl that scripts/record-linux-machine.sh wrote there.</source>
        <translation>Examiner une machine Linux enregistrée : lire /proc, /sys et /etc sous &lt;dir&gt;, ou le fichier evidence.jsonl que scripts/record-linux-machine.sh y a écrit.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the lang attribute of the HTML report</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>Taille de VM</translation>
    </message>
    <message>
        <source>nestready report: %1</source>
        <translation>Rapport nestready : %1</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run here?</source>
        <translation>iEchor Desktop peut-il fonctionner ici ?</translation>
    </message>
    <message>
        <source>Identifying details were replaced by placeholders such as &lt;hostname-1&gt;.</source>
        <translation>Les données identifiantes ont été remplacées par des marqueurs tels que &lt;hostname-1&gt;.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Pourquoi c’est important :</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments recueillis</translation>
    </message>
    <message>
        <source>What nestready read, exactly as read. Support uses it to replay this report.</source>
        <translation>Ce que nestready a lu, tel quel. Le support s’en sert pour rejouer ce rapport.</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lu depuis</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Written by nestready %1, report schema %2.</source>
        <translation>Écrit par nestready %1, schéma de rapport %2.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a nestready report is far smaller.</source>
        <translation>Le fichier dépasse %1 Mio ; un rapport nestready est bien plus petit.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not text: it is not a nestready report.</source>
        <translation>Le fichier n’est pas du texte : ce n’est pas un rapport nestready.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2): it may be truncated or damaged.</source>
        <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2) : il est peut-être tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report.</source>
        <translation>Le fichier est du JSON, mais pas un rapport nestready.</translation>
    </message>
    <message>
        <source>This is the output of `nestready check --json`, not a report; write a report with `nestready check --report FILE`.</source>
        <translation>Ceci est la sortie de `nestready check --json`, pas un rapport ; écrivez un rapport avec `nestready check --report FICHIER`.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report (no &quot;schema&quot;: &quot;nestready-report/1&quot;).</source>
        <translation>Le fichier est du JSON, mais pas un rapport nestready (pas de &quot;schema&quot;: &quot;nestready-report/1&quot;).</translation>
    </message>
    <message>
        <source>The report was written by a newer nestready (schema %1); this version reads schema %2. Update nestready to open it.</source>
        <translation>Le rapport a été écrit par un nestready plus récent (schéma %1) ; cette version lit le schéma %2. Mettez nestready à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The report schema &quot;%1&quot; is unknown.</source>
        <translation>Le schéma de rapport « %1 » est inconnu.</translation>
    </message>
    <message>
        <source>The report has no &quot;%1&quot;.</source>
        <translation>Le rapport n’a pas de « %1 ».</translation>
    </message>
    <message>
        <source>The report&apos;s time &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>L’heure « %1 » du rapport n’est pas au format ISO 8601.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is not an object.</source>
        <translation>« %1 » du rapport n’est pas un objet.</translation>
    </message>
    <message>
        <source>The report has more evidence items than any nestready writes.</source>
        <translation>Le rapport contient plus d’éléments que nestready n’en écrit jamais.</translation>
    </message>
    <message>
        <source>An evidence item of the report is not an object.</source>
        <translation>Un élément du rapport n’est pas un objet.</translation>
    </message>
    <message>
        <source>Bad evidence in the report: %1.</source>
        <translation>Élément incorrect dans le rapport : %1.</translation>
    </message>
    <message>
        <source>The report has more check results than any nestready writes.</source>
        <translation>Le rapport contient plus de résultats de vérification que nestready n’en écrit jamais.</translation>
    </message>
    <message>
        <source>A check result of the report has no id or an unknown status.</source>
        <translation>Un résultat de vérification du rapport n’a pas d’identifiant ou a un statut inconnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>« %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>« %1 » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; a nestready report is far smaller.</source>
        <translation>« %1 » dépasse %2 Mio ; un rapport nestready est bien plus petit.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Prêt, avec des avertissements</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Date and time a report was taken; always in UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>une machine sans nom</translation>
    </message>
    <message>
        <source>Report from %1 taken %2</source>
        <extracomment>Banner shown while a saved report is open: %1 machine name, %2 date and time</extracomment>
        <translation>Rapport de %1 relevé le %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Fonctionne sur</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>Une machine physique</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>N’a pas pu être déterminé</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>Processeurs logiques</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Hardware virtualization</source>
        <translation>Virtualisation matérielle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>nestready version</source>
        <translation>Version de nestready</translation>
    </message>
    <message>
        <source>No platform guide applies.</source>
        <translation>Aucun guide de plateforme ne s’applique.</translation>
    </message>
    <message>
        <source>Guide &quot;%1&quot; (open it with `nestready --page %1`)</source>
        <extracomment>%1 is a guide id such as &quot;vmware-esxi&quot;; `nestready --page ID` opens it</extracomment>
        <translation>Guide « %1 » (ouvrez-le avec `nestready --page %1`)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3, unknown: %4, skipped: %5.</source>
        <translation>Réussies : %1, avertissements : %2, en échec : %3, inconnues : %4, ignorées : %5.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n item(s))</source>
        <translation>
            <numerusform>Éléments recueillis (%n élément)</numerusform>
            <numerusform>Éléments recueillis (%n éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The raw evidence itself is in the JSON form of this report.</source>
        <translation>Les données brutes elles-mêmes figurent dans la version JSON de ce rapport.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name or allow overwriting it.</source>
        <translation>« %1 » existe déjà ; choisissez un autre nom ou autorisez son remplacement.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot tell the format of &quot;%1&quot;: name it .json, .html, .md or .txt.</source>
        <translation>Impossible de déterminer le format de « %1 » : nommez-le .json, .html, .md ou .txt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link (to &quot;%2&quot;); nestready never writes through a link. Name the file itself if that is where the report should go.</source>
        <extracomment>%1 the path given, %2 the file the link points to</extracomment>
        <translation>«&#xa0;%1&#xa0;» est un lien symbolique (vers «&#xa0;%2&#xa0;») ; nestready n’écrit jamais à travers un lien. Indiquez le fichier lui-même si c’est là que le rapport doit aller.</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <source>Redaction failed (%1); no report was made.</source>
        <translation>La suppression des données identifiantes a échoué (%1) ; aucun rapport n’a été créé.</translation>
    </message>
    <message>
        <source>Redaction failed: a value of kind &quot;%1&quot; was still in the report afterwards; no report was made.</source>
        <translation>La suppression des données identifiantes a échoué : une valeur de type «&#xa0;%1&#xa0;» figurait encore dans le rapport ensuite ; aucun rapport n’a été créé.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is &quot;%2&quot;, which this version does not know.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» du rapport vaut «&#xa0;%2&#xa0;», valeur inconnue de cette version.</translation>
    </message>
    <message>
        <source>The report would be larger than %1 MiB, more than nestready can read back; it was not written.</source>
        <translation>Le rapport dépasserait %1 Mio, plus que nestready ne peut relire ; il n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Steps for your administrator</source>
        <translation>Étapes pour votre administrateur</translation>
    </message>
    <message>
        <source>These steps fit this machine: its operating system, its platform and what the checks found. If someone else manages this machine or its host, send them this report.</source>
        <translation>Ces étapes sont adaptées à cette machine&#xa0;: à son système d’exploitation, à sa plateforme et à ce qu’ont trouvé les vérifications. Si quelqu’un d’autre gère cette machine ou son hôte, envoyez-lui ce rapport.</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>À la place&#xa0;: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Important&#xa0;:</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>La VM doit être hors tension pour cette modification&#xa0;: arrêtez-la (un redémarrage ne suffit pas), modifiez le paramètre sur l’hôte, puis démarrez la VM.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>Déjà fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Paramètre&#xa0;:</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>Comment vérifier que cela a fonctionné</translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation>Impossible à confirmer</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>Documentation de l’éditeur</translation>
    </message>
    <message>
        <source>The same guide in nestready&apos;s window: %1</source>
        <extracomment>%1 is a command such as &quot;nestready --page azure&quot;</extracomment>
        <translation>Le même guide dans la fenêtre de nestready&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to do: iEchor Desktop can run on this machine.</source>
        <translation>Rien à faire&#xa0;: iEchor Desktop peut fonctionner sur cette machine.</translation>
    </message>
    <message>
        <source>Nothing has to be done: iEchor Desktop should run on this machine. The warnings above say what would make it run better.</source>
        <translation>Aucune action n’est nécessaire&#xa0;: iEchor Desktop devrait fonctionner sur cette machine. Les avertissements ci-dessus indiquent ce qui le ferait mieux fonctionner.</translation>
    </message>
    <message>
        <source>Some requirements could not be checked; the list above says what to do about each.</source>
        <translation>Certaines exigences n’ont pas pu être vérifiées&#xa0;; la liste ci-dessus indique que faire pour chacune.</translation>
    </message>
    <message>
        <source>No guide applies here; the requirements above say what to do.</source>
        <translation>Aucun guide ne s’applique ici&#xa0;; les exigences ci-dessus indiquent que faire.</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>How reading one piece of evidence went: it was read</extracomment>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Not there</source>
        <extracomment>How reading one piece of evidence went: the file, key or command does not exist</extracomment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Needs administrator rights</source>
        <translation>Nécessite des droits d’administrateur</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Not available here</source>
        <extracomment>How reading one piece of evidence went: it does not apply to this source</extracomment>
        <translation>Non disponible ici</translation>
    </message>
    <message>
        <source>Reaches this OS</source>
        <translation>Atteint ce système d’exploitation</translation>
    </message>
    <message>
        <source>Does not reach this OS</source>
        <translation>N’atteint pas ce système d’exploitation</translation>
    </message>
    <message>
        <source>This machine, as it ran</source>
        <translation>Cette machine, telle qu’elle fonctionnait</translation>
    </message>
    <message>
        <source>A recorded Linux machine</source>
        <translation>Une machine Linux enregistrée</translation>
    </message>
    <message>
        <source>A Windows evidence file</source>
        <translation>Un fichier de données collectées Windows</translation>
    </message>
    <message>
        <source>A recorded Mac</source>
        <translation>Un Mac enregistré</translation>
    </message>
    <message>
        <source>A saved report</source>
        <translation>Un rapport enregistré</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Verdict&#xa0;: %1. %2</translation>
    </message>
</context>
<context>
    <name>ReportBanner</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>redacted</source>
        <extracomment>The machine a report is from, when its name was removed</extracomment>
        <translation>masqué</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>une machine sans nom</translation>
    </message>
    <message>
        <source>Saved report — not this machine</source>
        <translation>Rapport enregistré — pas cette machine</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <extracomment>%1 is a host name, &quot;redacted&quot; or &quot;an unnamed machine&quot;</extracomment>
        <translation>Machine : %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <source>Identifying details removed</source>
        <translation>Données identifiantes supprimées</translation>
    </message>
    <message>
        <source>Identifying details included</source>
        <translation>Données identifiantes incluses</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>--sysroot and --windows-evidence describe different machines; give only one.</source>
        <translation>--sysroot et --windows-evidence décrivent des machines différentes ; n’en donnez qu’un.</translation>
    </message>
    <message>
        <source>Cannot read the CPUID dump &quot;%1&quot;.</source>
        <translation>Impossible de lire le vidage CPUID « %1 ».</translation>
    </message>
    <message>
        <source>The sysroot &quot;%1&quot; is not a folder.</source>
        <translation>Le sysroot « %1 » n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Live checks on this operating system are not available in this build.</source>
        <translation>Les vérifications en direct sur ce système d’exploitation ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPUID dump in the format of `cpuid -r -1` (%2).</source>
        <translation>« %1 » n’est pas un vidage CPUID au format de `cpuid -r -1` (%2).</translation>
    </message>
</context>
<context>
    <name>StreamSource</name>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;.</source>
        <translation>Impossible de lire les éléments enregistrés «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les éléments enregistrés «&#xa0;%1&#xa0;» : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not evidence recorded by `nestready collect`: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ensemble d’éléments enregistrés par `nestready collect` : %2</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>nestready: %1 is an option of `nestready check`; the window does not take it.
Run `nestready check %1`, or `nestready --help` for usage.</source>
        <extracomment>%1 is an option such as --json. `nestready check` is a command, not translated.</extracomment>
        <translation>nestready&#xa0;: %1 est une option de `nestready check`&#xa0;; la fenêtre ne l’accepte pas.
Lancez `nestready check %1`, ou `nestready --help` pour l’aide.</translation>
    </message>
    <message>
        <source>nestready: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set, or QT_QPA_PLATFORM names a platform that has none).
Run `nestready check` to check this machine on the command line.</source>
        <translation>nestready&#xa0;: aucun affichage sur lequel ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définies, ou QT_QPA_PLATFORM désigne une plateforme qui n’en a pas).
Lancez `nestready check` pour vérifier cette machine en ligne de commande.</translation>
    </message>
    <message>
        <source>nestready: cannot load the window module: %1
Reinstall nestready, or run `nestready check` for the checks on the command line.</source>
        <extracomment>%1 is the loader&apos;s reason, in the system&apos;s words (dlerror / GetLastError).</extracomment>
        <translation>nestready&#xa0;: impossible de charger le module de la fenêtre&#xa0;: %1
Réinstallez nestready, ou lancez `nestready check` pour effectuer les vérifications en ligne de commande.</translation>
    </message>
</context>
<context>
    <name>WindowsEvidence</name>
    <message>
        <source>The file is too large (%1 bytes) to be Windows evidence.</source>
        <translation>Le fichier est trop volumineux (%1 octets) pour contenir des données collectées Windows.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 or UTF-16 text.</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8 ou UTF-16 valide.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2); it may be truncated.</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1 à la position %2)&#xa0;; il est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The file holds JSON, but not the object that collect-evidence.ps1 writes.</source>
        <translation>Le fichier contient du JSON, mais pas l&apos;objet écrit par collect-evidence.ps1.</translation>
    </message>
    <message>
        <source>The file holds a JSON object without any of the sections that collect-evidence.ps1 writes (Win32_ComputerSystem, Registry, Collector, ...).</source>
        <translation>Le fichier contient un objet JSON sans aucune des sections écrites par collect-evidence.ps1 (Win32_ComputerSystem, Registry, Collector, ...).</translation>
    </message>
</context>
<context>
    <name>WindowsSource</name>
    <message>
        <source>The Windows evidence file &quot;%1&quot; does not exist.</source>
        <translation>Le fichier de données collectées Windows «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The Windows evidence file &quot;%1&quot; is too large (%2 bytes).</source>
        <translation>Le fichier de données collectées Windows «&#xa0;%1&#xa0;» est trop volumineux (%2 octets).</translation>
    </message>
    <message>
        <source>Cannot read the Windows evidence file &quot;%1&quot;: %2</source>
        <translation>Impossible de lire le fichier de données collectées Windows «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not usable Windows evidence: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne contient pas de données collectées Windows exploitables&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>nestready::ReportExportDialog</name>
    <message>
        <source>Cannot open the report</source>
        <translation>Impossible d’ouvrir le rapport</translation>
    </message>
    <message>
        <source>&amp;Remove identifying details (names, addresses, serial numbers, cloud ids)</source>
        <translation>&amp;Retirer les données identifiantes (noms, adresses, numéros de série, identifiants cloud)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Ce qui sera retiré</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>The name decides the format: .html to read or print, .md to paste into a ticket, .json for support (it can be replayed), .txt for the short summary.</source>
        <translation>Le nom décide du format : .html pour lire ou imprimer, .md pour coller dans un ticket, .json pour le support (il peut être rejoué), .txt pour le résumé court.</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown for a ticket (*.md);;JSON for support (*.json);;Short summary (*.txt)</source>
        <translation>Page web (*.html);;Markdown pour un ticket (*.md);;JSON pour le support (*.json);;Résumé court (*.txt)</translation>
    </message>
    <message>
        <source>These values will be replaced:</source>
        <translation>Ces valeurs seront remplacées :</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>One line of the redaction preview: %1 the value found, %2 what replaces it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No identifying values were found.</source>
        <translation>Aucune valeur identifiante n’a été trouvée.</translation>
    </message>
    <message>
        <source>Name the file .html, .md, .json or .txt: the name decides the format.</source>
        <translation>Nommez le fichier .html, .md, .json ou .txt : le nom décide du format.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?</source>
        <translation>« %1 » existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The report was saved as &quot;%1&quot;.</source>
        <translation>Le rapport a été enregistré sous « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Nothing is removed: the report names the machine, its user and its addresses.</source>
        <translation>Rien n’est retiré&#xa0;: le rapport contient le nom de la machine, celui de son utilisateur et ses adresses.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::GuidePage</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation>Copier la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>I&apos;ve done this: &amp;check again</source>
        <translation>C&apos;est fait&#xa0;: &amp;relancer la vérification</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>&amp;Show the guide for:</source>
        <translation>&amp;Afficher le guide pour&#xa0;:</translation>
    </message>
    <message>
        <source>Show the guide for</source>
        <translation>Afficher le guide pour</translation>
    </message>
    <message>
        <source>Result of the checks this guide fixes</source>
        <translation>Résultat des vérifications corrigées par ce guide</translation>
    </message>
    <message>
        <source>nestready could not tell which platform this machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready n&apos;a pas pu déterminer sur quelle plateforme s&apos;exécute cette machine. Choisissez-la dans la liste ci-dessus pour afficher les étapes correspondantes.</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>À la place&#xa0;: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM. nestready remembers the step you are at and offers to pick up there when it starts again.</source>
        <translation>La VM doit être hors tension pour cette modification&#xa0;: arrêtez-la (un redémarrage ne suffit pas), modifiez le paramètre sur l&apos;hôte, puis démarrez la VM. nestready mémorise l&apos;étape à laquelle vous êtes et propose de la reprendre à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Paramètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>Comment vérifier que cela a fonctionné</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>Documentation de l&apos;éditeur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A check&apos;s title and its status word, e.g. &quot;Hardware virtualization: Pass&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Nothing left to do in this guide: %1</source>
        <extracomment>%1 lists checks and their status words</extracomment>
        <translation>Plus rien à faire dans ce guide&#xa0;: %1</translation>
    </message>
    <message>
        <source>This machine is ready for iEchor Desktop</source>
        <translation>Cette machine est prête pour iEchor Desktop</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches this system.</source>
        <translation>Plus rien à faire dans ce guide : la virtualisation atteint ce système.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Install iEchor Desktop and start it. nestready is done here.</source>
        <translation>Installez iEchor Desktop et démarrez-le. nestready a terminé ici.</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop inside a virtual machine only with a Business subscription.</source>
        <translation>L’éditeur ne prend en charge iEchor Desktop dans une machine virtuelle qu’avec un abonnement Business.</translation>
    </message>
    <message>
        <source>Run one instance of iEchor Desktop per machine.</source>
        <translation>Exécutez une seule instance d’iEchor Desktop par machine.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Déjà fait</translation>
    </message>
    <message>
        <source>Already done on this machine. %1</source>
        <extracomment>%1 says why, e.g. &quot;Virtualization already reaches this system.&quot;</extracomment>
        <translation>Déjà fait sur cette machine. %1</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <extracomment>%1 is the step&apos;s text</extracomment>
        <translation>Étape %1 terminée : %2</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Détails pour le support</translation>
    </message>
    <message>
        <source>Could not be confirmed at the source</source>
        <translation>Impossible à confirmer à la source</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the machine in the report runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready n’a pas pu déterminer sur quelle plateforme s’exécute la machine du rapport. Choisissez-la dans la liste ci-dessus pour afficher les étapes correspondantes.</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the recorded machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready n’a pas pu déterminer sur quelle plateforme s’exécute la machine enregistrée. Choisissez-la dans la liste ci-dessus pour afficher les étapes correspondantes.</translation>
    </message>
    <message>
        <source>The machine in the report is ready for iEchor Desktop</source>
        <translation>La machine du rapport est prête pour iEchor Desktop</translation>
    </message>
    <message>
        <source>The recorded machine is ready for iEchor Desktop</source>
        <translation>La machine enregistrée est prête pour iEchor Desktop</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the system in the report.</source>
        <translation>Plus rien à faire dans ce guide&#xa0;: la virtualisation atteint le système du rapport.</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the recorded system.</source>
        <translation>Plus rien à faire dans ce guide&#xa0;: la virtualisation atteint le système enregistré.</translation>
    </message>
    <message>
        <source>The person who sent the report can install iEchor Desktop on that machine and start it.</source>
        <translation>La personne qui a envoyé le rapport peut installer iEchor Desktop sur cette machine et le démarrer.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the recorded machine and start it.</source>
        <translation>Installez iEchor Desktop sur la machine enregistrée et démarrez-le.</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>La VM doit être hors tension pour cette modification&#xa0;: arrêtez-la (un redémarrage ne suffit pas), modifiez le paramètre sur l’hôte, puis démarrez la VM.</translation>
    </message>
    <message>
        <source>Already done on the machine in the report. %1</source>
        <translation>Déjà fait sur la machine du rapport. %1</translation>
    </message>
    <message>
        <source>Already done on the recorded machine. %1</source>
        <translation>Déjà fait sur la machine enregistrée. %1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::MachinePage</name>
    <message>
        <source>certain</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>certain</translation>
    </message>
    <message>
        <source>likely</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>probable</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Not known.</source>
        <translation>Inconnu.</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Which &amp;platform runs this machine?</source>
        <translation>Quelle &amp;plateforme exécute cette machine&#xa0;?</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>Votre machine</translation>
    </message>
    <message>
        <source>Platform that runs this machine</source>
        <translation>Plateforme qui exécute cette machine</translation>
    </message>
    <message>
        <source>A container (%1)</source>
        <translation>Un conteneur (%1)</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>Une machine physique</translation>
    </message>
    <message>
        <source>A virtual machine</source>
        <translation>Une machine virtuelle</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Kind of machine</source>
        <translation>Type de machine</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hyperviseur</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>Taille de VM</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>None: no VDI agent is installed</source>
        <translation>Aucun : aucun agent VDI n’est installé</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>Bureau virtuel (VDI)</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Détails pour le support</translation>
    </message>
    <message>
        <source>The machine in the report</source>
        <translation>La machine du rapport</translation>
    </message>
    <message>
        <source>The recorded machine</source>
        <translation>La machine enregistrée</translation>
    </message>
    <message>
        <source>What nestready found out about this computer, and how sure it is.</source>
        <translation>Ce que nestready a appris sur cet ordinateur, et avec quel degré de certitude.</translation>
    </message>
    <message>
        <source>What nestready found out about the machine in the report, and how sure it is.</source>
        <translation>Ce que nestready a appris sur la machine du rapport, et avec quel degré de certitude.</translation>
    </message>
    <message>
        <source>What nestready found out about the recorded machine, and how sure it is.</source>
        <translation>Ce que nestready a appris sur la machine enregistrée, et avec quel degré de certitude.</translation>
    </message>
    <message>
        <source>Details for support: evidence</source>
        <translation>Détails pour le support&#xa0;: données collectées</translation>
    </message>
    <message>
        <source>Evidence for support</source>
        <translation>Données collectées pour le support</translation>
    </message>
    <message>
        <source>Platform that runs the machine in the report</source>
        <translation>Plateforme qui exécute la machine du rapport</translation>
    </message>
    <message>
        <source>Platform that runs the recorded machine</source>
        <translation>Plateforme qui exécute la machine enregistrée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>For support: a row of the Machine page and the evidence keys (not translated) it rests on</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize</source>
        <translation>Un conteneur dont nestready ne reconnaît pas le gestionnaire</translation>
    </message>
    <message>
        <source>Evidence each row rests on:</source>
        <extracomment>Heading of the evidence list for support; the keys after it are not translated</extracomment>
        <translation>Données collectées sur lesquelles repose chaque ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the machine in the report?</source>
        <translation>Quelle &amp;plateforme exécute la machine du rapport&#xa0;?</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the recorded machine?</source>
        <translation>Quelle &amp;plateforme exécute la machine enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>From inside the VM, VMware ESXi, Workstation and Fusion look the same. %1</source>
        <extracomment>%1 is the question &quot;Which platform runs this machine?&quot; (or the report&apos;s machine)</extracomment>
        <translation>Vus de l’intérieur de la VM, VMware ESXi, Workstation et Fusion sont identiques. %1</translation>
    </message>
    <message>
        <source>nestready cannot tell which hypervisor this is. %1</source>
        <translation>nestready ne peut pas déterminer de quel hyperviseur il s’agit. %1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::RequirementsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Relancer la vérification</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Configuration requise</translation>
    </message>
    <message>
        <source>Each requirement, checked on this machine. Open a row to see why it matters and how to fix it.</source>
        <translation>Chaque exigence, vérifiée sur cette machine. Ouvrez une ligne pour savoir pourquoi elle est importante et comment corriger le problème.</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Résumé des vérifications</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Relancer la vérification</translation>
    </message>
    <message numerus="yes">
        <source>Checking… %n requirement(s) left.</source>
        <translation>
            <numerusform>Vérification… %n exigence restante.</numerusform>
            <numerusform>Vérification… %n exigences restantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n non applicable</numerusform>
            <numerusform>%n non applicables</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A part of the count line, e.g. &quot;Failed: 3&quot;</extracomment>
        <translation>En échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <extracomment>A part of the count line, e.g. &quot;1 could not be checked&quot;</extracomment>
        <translation>
            <numerusform>%n non vérifiable</numerusform>
            <numerusform>%n non vérifiables</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Réussies : %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Each requirement, as checked on the machine in the report. Open a row to see why it matters and how to fix it.</source>
        <translation>Chaque exigence, telle que vérifiée sur la machine du rapport. Ouvrez une ligne pour savoir pourquoi elle est importante et comment corriger le problème.</translation>
    </message>
    <message>
        <source>Each requirement, checked on the recorded machine. Open a row to see why it matters and how to fix it.</source>
        <translation>Chaque exigence, vérifiée sur la machine enregistrée. Ouvrez une ligne pour savoir pourquoi elle est importante et comment corriger le problème.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::ResultRow</name>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Afficher ou masquer les détails</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Détails pour le support</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>Détails pour le support&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raw evidence for support</source>
        <translation>Données brutes pour le support</translation>
    </message>
    <message>
        <source>No answer in time from: %1.</source>
        <extracomment>%1 is a list of probe names such as &quot;dmi, system&quot;</extracomment>
        <translation>Aucune réponse à temps de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not yet known.</source>
        <translation>Pas encore connu.</translation>
    </message>
    <message>
        <source>Open the guide: %1</source>
        <translation>Ouvrir le guide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corriger : %1</translation>
    </message>
    <message>
        <source>Open the guide at the step that fixes this</source>
        <translation>Ouvrir le guide à l’étape qui corrige ce problème</translation>
    </message>
    <message>
        <source>Details: %1, %2</source>
        <extracomment>The button that opens a requirement&apos;s row: %1 is the status word, %2 the requirement</extracomment>
        <translation>Détails : %1, %2</translation>
    </message>
    <message>
        <source>Nothing more than the finding above.</source>
        <translation>Rien de plus que le constat ci-dessus.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::SummaryPage</name>
    <message>
        <source>Co&amp;py summary</source>
        <translation>Co&amp;pier le résumé</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What is left to do</source>
        <translation>Ce qu&apos;il reste à faire</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Où obtenir de l&apos;aide</translation>
    </message>
    <message>
        <source>iEchor Business customers: contact iEchor support and attach this summary. Problems with nested virtualization itself belong to your hypervisor or cloud vendor; the guide links their documentation.</source>
        <translation>Clients iEchor Business&#xa0;: contactez le support iEchor en joignant ce résumé. Les problèmes liés à la virtualisation imbriquée elle-même relèvent de l&apos;éditeur de votre hyperviseur ou de votre fournisseur cloud&#xa0;; le guide renvoie vers leur documentation.</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>iEchor Desktop dans une VM ou un environnement VDI</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>Dépannage&#xa0;: la virtualisation ne fonctionne pas</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>One line of the to-do list: status word, check title, what to do</extracomment>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The steps for your platform are in the guide &quot;%1&quot;.</source>
        <translation>Les étapes pour votre plateforme se trouvent dans le guide «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing: every requirement is met.</source>
        <translation>Rien&#xa0;: toutes les exigences sont remplies.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Guide: %1 (nestready --page %2)</source>
        <translation>Guide&#xa0;: %1 (nestready --page %2)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Relancer la vérification</translation>
    </message>
    <message>
        <source>What could not be checked</source>
        <translation>Ce qui n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>What changed since the last check</source>
        <translation>Ce qui a changé depuis la dernière vérification</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Relancer la vérification</translation>
    </message>
    <message>
        <source>Checked again at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Vérifié de nouveau à %1.</translation>
    </message>
    <message>
        <source>%1: now passes.</source>
        <extracomment>%1 is a requirement&apos;s title</extracomment>
        <translation>%1 : réussit désormais.</translation>
    </message>
    <message>
        <source>%1: still off. A restart is not enough: power the VM off, then start it.</source>
        <translation>%1 : toujours désactivé. Un redémarrage ne suffit pas : éteignez la VM, puis démarrez-la.</translation>
    </message>
    <message>
        <source>%1: still %2.</source>
        <translation>%1 : toujours %2.</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <extracomment>%1 a requirement&apos;s title, %2 and %3 status words</extracomment>
        <translation>%1 : était %2, maintenant %3.</translation>
    </message>
    <message>
        <source>Nothing changed: everything that passed still passes.</source>
        <translation>Rien n’a changé : tout ce qui réussissait réussit toujours.</translation>
    </message>
    <message>
        <source>Run nestready again as administrator (root on Linux). If it still cannot tell, run it on the host, or export a report for support.</source>
        <translation>Relancez nestready en tant qu’administrateur (root sous Linux). S’il ne peut toujours pas déterminer le résultat, exécutez-le sur l’hôte ou exportez un rapport pour le support.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One line of the could-not-check list: the requirement, then how to find out</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>nestready::gui::WelcomePage</name>
    <message>
        <source>Can iEchor Desktop run on this machine?</source>
        <translation>iEchor Desktop peut-il s&apos;exécuter sur cette machine&#xa0;?</translation>
    </message>
    <message>
        <source>nestready checks this computer and tells you what, if anything, to change.</source>
        <translation>nestready vérifie cet ordinateur et vous indique ce qu&apos;il faut éventuellement modifier.</translation>
    </message>
    <message>
        <source>Pick up where you left off</source>
        <translation>Reprendre là où vous vous étiez arrêté</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Last time you were at step %1 of the guide &quot;%2&quot;. If you have made the change, pick up there and check again.</source>
        <translation>La dernière fois, vous en étiez à l&apos;étape %1 du guide «&#xa0;%2&#xa0;». Si vous avez effectué la modification, reprenez à cette étape et relancez la vérification.</translation>
    </message>
    <message>
        <source>&amp;Resume and check again</source>
        <translation>&amp;Reprendre et relancer la vérification</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nothing leaves this machine. The only network request nestready makes is to Azure&apos;s local metadata service, and only on an Azure VM; that address never leaves the host.</source>
        <translation>&lt;b&gt;Confidentialité&#xa0;:&lt;/b&gt; aucune donnée ne quitte cette machine. La seule requête réseau effectuée par nestready est adressée au service de métadonnées local d&apos;Azure, et uniquement sur une VM Azure&#xa0;; cette adresse ne quitte jamais l&apos;hôte.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the machine in the report?</source>
        <translation>iEchor Desktop peut-il s’exécuter sur la machine du rapport&#xa0;?</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the recorded machine?</source>
        <translation>iEchor Desktop peut-il s’exécuter sur la machine enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>nestready shows what the report found on its machine and what, if anything, to change there.</source>
        <translation>nestready montre ce que le rapport a constaté sur sa machine et ce qu’il faut éventuellement y modifier.</translation>
    </message>
    <message>
        <source>nestready checks the recorded machine and tells you what, if anything, to change.</source>
        <translation>nestready vérifie la machine enregistrée et vous indique ce qu’il faut éventuellement modifier.</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine inside a small Linux virtual machine. On a physical computer that works once hardware virtualization is on. Inside a virtual machine or a VDI desktop, the hypervisor must also pass virtualization on to the virtual machine: that is called nested virtualization, and it is off by default.</source>
        <translation>iEchor Desktop exécute son moteur dans une petite machine virtuelle Linux. Sur un ordinateur physique, cela fonctionne dès que la virtualisation matérielle est activée. Dans une machine virtuelle ou un bureau VDI, l’hyperviseur doit en plus transmettre la virtualisation à la machine virtuelle&#xa0;: c’est ce qu’on appelle la virtualisation imbriquée, et elle est désactivée par défaut.</translation>
    </message>
    <message>
        <source>nestready finds out what kind of machine it is, checks every requirement (processor, memory, disk, virtualization, the vendor&apos;s support policy) and, where something is missing, shows the exact steps for your platform.</source>
        <translation>nestready détermine le type de machine, vérifie chaque exigence (processeur, mémoire, disque, virtualisation, politique de support de l’éditeur) et, s’il manque quelque chose, affiche les étapes exactes pour votre plateforme.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nestready only reads what was recorded and makes no network request.</source>
        <translation>&lt;b&gt;Confidentialité&#xa0;:&lt;/b&gt; nestready lit uniquement ce qui a été enregistré et n’effectue aucune requête réseau.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::Wizard</name>
    <message>
        <source>nestready: can iEchor Desktop run here?</source>
        <translation>nestready&#xa0;: iEchor Desktop peut-il s&apos;exécuter ici&#xa0;?</translation>
    </message>
    <message>
        <source>Checking this machine…</source>
        <translation>Vérification de cette machine…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Lecture du rapport…</translation>
    </message>
    <message>
        <source>Reading the recorded machine…</source>
        <translation>Lecture de la machine enregistrée…</translation>
    </message>
    <message>
        <source>Recorded machine: its results can&apos;t change. To check again, run nestready on that machine.</source>
        <translation>Machine enregistrée : ses résultats ne peuvent pas changer. Pour vérifier à nouveau, lancez nestready sur cette machine.</translation>
    </message>
</context>
</TS>
