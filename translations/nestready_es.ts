<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckText</name>
    <message>
        <source>No answer.</source>
        <translation>Sin respuesta.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Pass</source>
        <extracomment>Status word of a requirement that is met</extracomment>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status word of a requirement that is met with a caveat</extracomment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fail</source>
        <extracomment>Status word of a requirement that is not met</extracomment>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status word of a requirement that does not apply here</extracomment>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Status word of a requirement that could not be checked</extracomment>
        <translation>Desconocido</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop cannot run here yet: %n requirement(s) not met.</source>
        <translation>
            <numerusform>iEchor Desktop aún no puede ejecutarse aquí: no se cumple %n requisito.</numerusform>
            <numerusform>iEchor Desktop aún no puede ejecutarse aquí: no se cumplen %n requisitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fails, but some requirements could not be checked.</source>
        <translation>Nada falla, pero algunos requisitos no se pudieron comprobar.</translation>
    </message>
    <message>
        <source>iEchor Desktop should run here, with the warnings below.</source>
        <translation>iEchor Desktop debería ejecutarse aquí, con las advertencias de abajo.</translation>
    </message>
    <message>
        <source>iEchor Desktop can run here.</source>
        <translation>iEchor Desktop puede ejecutarse aquí.</translation>
    </message>
    <message>
        <source>Whether /dev/kvm exists could not be read.</source>
        <translation>No se pudo leer si existe /dev/kvm.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist, because VT-x/AMD-V is not available.</source>
        <translation>/dev/kvm no existe porque VT-x/AMD-V no está disponible.</translation>
    </message>
    <message>
        <source>Make hardware virtualization available first (see the check above); the kernel then creates /dev/kvm once the kvm module loads.</source>
        <translation>Primero haga disponible la virtualización por hardware (vea la comprobación anterior); después el kernel crea /dev/kvm en cuanto se carga el módulo kvm.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: the KVM module is not loaded.</source>
        <translation>/dev/kvm no existe: el módulo KVM no está cargado.</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_amd</source>
        <translation>Cárguelo con: sudo modprobe kvm_amd</translation>
    </message>
    <message>
        <source>Load it with: sudo modprobe kvm_intel</source>
        <translation>Cárguelo con: sudo modprobe kvm_intel</translation>
    </message>
    <message>
        <source>/dev/kvm exists and you may use it.</source>
        <translation>/dev/kvm existe y puede usarlo.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but your user may not open it.</source>
        <translation>/dev/kvm existe, pero su usuario no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>Add yourself to the kvm group with: sudo usermod -aG kvm $USER — then sign out and back in.</source>
        <translation>Añádase al grupo kvm con: sudo usermod -aG kvm $USER y luego cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>/dev/kvm exists but cannot be opened.</source>
        <translation>/dev/kvm existe, pero no se puede abrir.</translation>
    </message>
    <message>
        <source>Check that the kvm_intel or kvm_amd module is loaded (lsmod | grep kvm).</source>
        <translation>Compruebe que el módulo kvm_intel o kvm_amd esté cargado (lsmod | grep kvm).</translation>
    </message>
    <message>
        <source>KVM device (/dev/kvm)</source>
        <translation>Dispositivo KVM (/dev/kvm)</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM, through /dev/kvm. Your user must be allowed to open it.</source>
        <translation>iEchor Desktop para Linux ejecuta su VM con KVM, a través de /dev/kvm. Su usuario debe tener permiso para abrirlo.</translation>
    </message>
    <message>
        <source>A physical machine: iEchor Desktop runs its Linux VM directly on this hardware.</source>
        <translation>Una máquina física: iEchor Desktop ejecuta su VM de Linux directamente en este hardware.</translation>
    </message>
    <message>
        <source>A virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>Una máquina virtual en un hipervisor que nestready no reconoce.</translation>
    </message>
    <message>
        <source>Find out which hypervisor runs this VM (ask your administrator) and pick it on the &quot;Your machine&quot; page so that nestready can show the right steps.</source>
        <translation>Averigüe qué hipervisor ejecuta esta VM (pregunte a su administrador) y elíjalo en la página «Su equipo» para que nestready pueda mostrar los pasos correctos.</translation>
    </message>
    <message>
        <source>A virtual machine on %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>Una máquina virtual en %1: iEchor Desktop necesita aquí virtualización anidada.</translation>
    </message>
    <message>
        <source>Does not apply inside a container.</source>
        <translation>No se aplica dentro de un contenedor.</translation>
    </message>
    <message>
        <source>Running natively on a physical machine is what the vendor recommends.</source>
        <translation>El fabricante recomienda ejecutarlo de forma nativa en una máquina física.</translation>
    </message>
    <message>
        <source>Support for virtual machines and VDI desktops is for iEchor Business customers only, and covers one instance of iEchor Desktop per machine.</source>
        <translation>El soporte para máquinas virtuales y escritorios VDI es solo para clientes de iEchor Business y cubre una instancia de iEchor Desktop por máquina.</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization.</source>
        <translation>El fabricante no da soporte a iEchor Desktop para Linux con virtualización anidada.</translation>
    </message>
    <message>
        <source>It may still work when the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support. The vendor recommends running it natively.</source>
        <translation>Puede funcionar igualmente si la VM expone VT-x/AMD-V y /dev/kvm, pero los problemas allí quedan fuera del soporte del fabricante. El fabricante recomienda ejecutarlo de forma nativa.</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>Use una máquina Linux física para una configuración con soporte, o continúe sabiendo que queda fuera del soporte del fabricante.</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor supports.</source>
        <translation>VMware ESXi es una de las dos plataformas que admite el fabricante.</translation>
    </message>
    <message>
        <source>Only ESXi is covered: VMware Workstation and Fusion are not. From inside the VM nestready cannot tell them apart. VMware itself does not support nested hypervisors (KB 2009916), though they work.</source>
        <translation>Solo se cubre ESXi; VMware Workstation y Fusion no. Desde dentro de la VM, nestready no puede distinguirlos. La propia VMware no da soporte a hipervisores anidados (KB 2009916), aunque funcionan.</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor supports.</source>
        <translation>Las VM de Azure son una de las dos plataformas que admite el fabricante.</translation>
    </message>
    <message>
        <source>Microsoft supports nested Hyper-V on Azure on sizes that offer it.</source>
        <translation>Microsoft admite Hyper-V anidado en Azure en los tamaños que lo ofrecen.</translation>
    </message>
    <message>
        <source>The vendor does not support Xen, and Citrix Hypervisor (XenServer) does not offer nested virtualization.</source>
        <translation>El fabricante no admite Xen, y Citrix Hypervisor (XenServer) no ofrece virtualización anidada.</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure.</source>
        <translation>El fabricante solo ha probado VMware ESXi y Azure.</translation>
    </message>
    <message>
        <source>Move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Traslade este escritorio a VMware ESXi o a una VM de Azure, o use el servicio de descarga en la nube del fabricante en lugar de una VM local.</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not %1.</source>
        <translation>El fabricante solo admite VMware ESXi y las VM de Azure, no %1.</translation>
    </message>
    <message>
        <source>iEchor Desktop may still work here once nested virtualization is on; problems are then outside the vendor&apos;s support and belong to your hypervisor vendor.</source>
        <translation>iEchor Desktop puede funcionar aquí igualmente una vez activada la virtualización anidada; los problemas quedan entonces fuera del soporte del fabricante y corresponden al fabricante de su hipervisor.</translation>
    </message>
    <message>
        <source>For a supported setup use VMware ESXi or an Azure VM; otherwise turn on nested virtualization with the guide for your platform.</source>
        <translation>Para una configuración con soporte use VMware ESXi o una VM de Azure; si no, active la virtualización anidada con la guía de su plataforma.</translation>
    </message>
    <message>
        <source>Not inside a container.</source>
        <translation>No está dentro de un contenedor.</translation>
    </message>
    <message>
        <source>This is Windows Subsystem for Linux, not a full Linux machine.</source>
        <translation>Esto es el Subsistema de Windows para Linux, no una máquina Linux completa.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Windows on the Windows side; it uses WSL 2 by itself.</source>
        <translation>Instale iEchor Desktop para Windows en el lado de Windows; usa WSL 2 por sí mismo.</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own virtual machine, which a container cannot do.</source>
        <translation>iEchor Desktop inicia su propia máquina virtual, y un contenedor no puede hacerlo.</translation>
    </message>
    <message>
        <source>Run nestready and iEchor Desktop on the machine or VM that hosts this container.</source>
        <translation>Ejecute nestready e iEchor Desktop en la máquina o VM que aloja este contenedor.</translation>
    </message>
    <message>
        <source>Nested virtualization is on: VT-x/AMD-V reaches this VM.</source>
        <translation>La virtualización anidada está activada: VT-x/AMD-V llega a esta VM.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is available to this OS.</source>
        <translation>VT-x/AMD-V está disponible para este sistema operativo.</translation>
    </message>
    <message>
        <source>Second-level address translation is missing.</source>
        <translation>Falta la traducción de direcciones de segundo nivel (SLAT).</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a CPU with SLAT (Intel EPT or AMD RVI). In a VM, check that the hypervisor passes it through.</source>
        <translation>iEchor Desktop necesita una CPU con SLAT (Intel EPT o AMD RVI). En una VM, compruebe que el hipervisor la transfiera.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available: it is probably switched off in the firmware.</source>
        <translation>VT-x/AMD-V no está disponible: probablemente esté desactivado en el firmware.</translation>
    </message>
    <message>
        <source>Restart into the BIOS/UEFI settings and turn on Intel Virtualization Technology (VT-x) or AMD SVM, then check again.</source>
        <translation>Reinicie en la configuración del BIOS/UEFI y active Intel Virtualization Technology (VT-x) o AMD SVM; después, compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Nested virtualization is off: %1 does not pass VT-x/AMD-V to this VM.</source>
        <translation>La virtualización anidada está desactivada: %1 no transfiere VT-x/AMD-V a esta VM.</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM on its host (the VM usually has to be powered off), then check again.</source>
        <translation>Active la virtualización anidada para esta VM en su host (normalmente la VM debe estar apagada); después, compruebe de nuevo.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is not available to this OS.</source>
        <translation>VT-x/AMD-V no está disponible para este sistema operativo.</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization where this OS runs, then check again.</source>
        <translation>Active la virtualización por hardware donde se ejecuta este sistema operativo; después, compruebe de nuevo.</translation>
    </message>
    <message>
        <source>The CPU features could not be read.</source>
        <translation>No se pudieron leer las características de la CPU.</translation>
    </message>
    <message>
        <source>A 64-bit CPU.</source>
        <translation>Una CPU de 64 bits.</translation>
    </message>
    <message>
        <source>The CPU is not 64-bit.</source>
        <translation>La CPU no es de 64 bits.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs a 64-bit (x86-64 or Arm64) CPU.</source>
        <translation>iEchor Desktop necesita una CPU de 64 bits (x86-64 o Arm64).</translation>
    </message>
    <message>
        <source>The processor count could not be read.</source>
        <translation>No se pudo leer el número de procesadores.</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s).</source>
        <translation>
            <numerusform>%n procesador lógico.</numerusform>
            <numerusform>%n procesadores lógicos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested VMs with 4 cores; with fewer, containers and the VM compete for CPU.</source>
        <translation>El fabricante probó VM con 4 núcleos; con menos, los contenedores y la VM compiten por la CPU.</translation>
    </message>
    <message>
        <source>Give this VM at least 4 virtual processors.</source>
        <translation>Asigne a esta VM al menos 4 procesadores virtuales.</translation>
    </message>
    <message>
        <source>The memory size could not be read.</source>
        <translation>No se pudo leer el tamaño de la memoria.</translation>
    </message>
    <message>
        <source>%1 of memory.</source>
        <translation>%1 de memoria.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory.</source>
        <translation>iEchor Desktop necesita al menos 4 GB de memoria.</translation>
    </message>
    <message>
        <source>Give this VM at least 4 GB of memory; 12 GB or more as tested.</source>
        <translation>Asigne a esta VM al menos 4 GB de memoria; 12 GB o más, como en las pruebas.</translation>
    </message>
    <message>
        <source>Add memory: iEchor Desktop needs at least 4 GB.</source>
        <translation>Añada memoria: iEchor Desktop necesita al menos 4 GB.</translation>
    </message>
    <message>
        <source>The minimum is 4 GB, but the vendor tested VMs with 12 GB (and Azure D4s_v5 with 16 GB).</source>
        <translation>El mínimo es 4 GB, pero el fabricante probó VM con 12 GB (y Azure D4s_v5 con 16 GB).</translation>
    </message>
    <message>
        <source>Give this VM 12 GB of memory or more for room to run containers.</source>
        <translation>Asigne a esta VM 12 GB de memoria o más para tener espacio para los contenedores.</translation>
    </message>
    <message>
        <source>The free disk space could not be read.</source>
        <translation>No se pudo leer el espacio libre en disco.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data.</source>
        <translation>%1 libres en el disco que contendrá los datos de iEchor Desktop.</translation>
    </message>
    <message>
        <source>The vendor publishes no minimum; nestready asks for 2 GB to install and warns below 20 GB because images and the VM disk grow quickly.</source>
        <translation>El fabricante no publica ningún mínimo; nestready pide 2 GB para instalar y advierte por debajo de 20 GB porque las imágenes y el disco de la VM crecen rápido.</translation>
    </message>
    <message>
        <source>Free up disk space (at least 2 GB, better 20 GB).</source>
        <translation>Libere espacio en disco (al menos 2 GB, mejor 20 GB).</translation>
    </message>
    <message>
        <source>Free up disk space or enlarge the disk to 20 GB or more.</source>
        <translation>Libere espacio en disco o amplíe el disco a 20 GB o más.</translation>
    </message>
    <message>
        <source>Physical machine, VM or container</source>
        <translation>Máquina física, VM o contenedor</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine in a Linux VM. On a physical machine that VM runs directly on the hardware; inside a VM it needs nested virtualization; inside a container it cannot run.</source>
        <translation>iEchor Desktop ejecuta su motor en una VM de Linux. En una máquina física esa VM se ejecuta directamente en el hardware; dentro de una VM necesita virtualización anidada; dentro de un contenedor no puede ejecutarse.</translation>
    </message>
    <message>
        <source>Vendor support for this platform</source>
        <translation>Soporte del fabricante para esta plataforma</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure, for Business customers. Elsewhere it may work, but you are on your own.</source>
        <translation>El fabricante da soporte a iEchor Desktop en una VM solo en VMware ESXi y Azure, para clientes Business. En otros lugares puede funcionar, pero sin ayuda del fabricante.</translation>
    </message>
    <message>
        <source>Not inside a container</source>
        <translation>No está dentro de un contenedor</translation>
    </message>
    <message>
        <source>iEchor Desktop must start a virtual machine, which is not possible from inside a container.</source>
        <translation>iEchor Desktop debe iniciar una máquina virtual, lo que no es posible desde dentro de un contenedor.</translation>
    </message>
    <message>
        <source>Hardware virtualization (VT-x / AMD-V)</source>
        <translation>Virtualización por hardware (VT-x / AMD-V)</translation>
    </message>
    <message>
        <source>The engine&apos;s Linux VM needs the CPU&apos;s virtualization extensions. In a VM the hypervisor must pass them through: that is nested virtualization.</source>
        <translation>La VM de Linux del motor necesita las extensiones de virtualización de la CPU. En una VM, el hipervisor debe transferirlas: eso es la virtualización anidada.</translation>
    </message>
    <message>
        <source>64-bit CPU</source>
        <translation>CPU de 64 bits</translation>
    </message>
    <message>
        <source>iEchor Desktop runs only on 64-bit processors.</source>
        <translation>iEchor Desktop solo funciona en procesadores de 64 bits.</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Procesadores</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>iEchor Desktop needs at least 4 GB of memory; its VM takes part of it.</source>
        <translation>iEchor Desktop necesita al menos 4 GB de memoria; su VM ocupa una parte.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Espacio libre en disco</translation>
    </message>
    <message>
        <source>Images, containers and the engine&apos;s VM disk are stored on this disk and grow with use.</source>
        <translation>Las imágenes, los contenedores y el disco de la VM del motor se guardan en este disco y crecen con el uso.</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine (%2).</source>
        <translation>Un contenedor (%1) dentro de una máquina virtual (%2).</translation>
    </message>
    <message>
        <source>A container (%1).</source>
        <translation>Un contenedor (%1).</translation>
    </message>
    <message>
        <source>Inside a container (%1): iEchor Desktop cannot run here.</source>
        <translation>Dentro de un contenedor (%1): iEchor Desktop no puede ejecutarse aquí.</translation>
    </message>
    <message>
        <source>The Windows build number could not be read.</source>
        <translation>No se pudo leer el número de compilación de Windows.</translation>
    </message>
    <message>
        <source>%1 is 32-bit Windows.</source>
        <translation>%1 es Windows de 32 bits.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows.</source>
        <translation>iEchor Desktop necesita Windows de 64 bits.</translation>
    </message>
    <message>
        <source>Install 64-bit Windows 11 23H2 or later (or Windows 10 22H2).</source>
        <translation>Instale Windows 11 23H2 o posterior de 64 bits (o Windows 10 22H2).</translation>
    </message>
    <message>
        <source>%1: the vendor&apos;s version list covers Windows 10 and 11 only.</source>
        <translation>%1: la lista de versiones del proveedor solo incluye Windows 10 y 11.</translation>
    </message>
    <message>
        <source>See the edition check for Windows Server.</source>
        <translation>Consulte la comprobación de la edición para Windows Server.</translation>
    </message>
    <message>
        <source>On Arm64 the vendor offers only the WSL 2 backend, as early access.</source>
        <translation>En Arm64, el proveedor solo ofrece el backend de WSL 2, como acceso anticipado.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 11 23H2 (build 22631).</source>
        <translation>%1 es anterior a Windows 11 23H2 (compilación 22631).</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 11 23H2 or later, or Windows 10 22H2.</source>
        <translation>iEchor Desktop necesita Windows 11 23H2 o posterior, o Windows 10 22H2.</translation>
    </message>
    <message>
        <source>Install the latest Windows 11 feature update from Settings &gt; Windows Update, then check again.</source>
        <translation>Instale la última actualización de características de Windows 11 desde Configuración &gt; Windows Update y vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>%1 is older than Windows 10 22H2 (build 19045).</source>
        <translation>%1 es anterior a Windows 10 22H2 (compilación 19045).</translation>
    </message>
    <message>
        <source>iEchor Desktop needs Windows 10 22H2 or Windows 11 23H2 or later.</source>
        <translation>iEchor Desktop necesita Windows 10 22H2 o Windows 11 23H2 o posterior.</translation>
    </message>
    <message>
        <source>Update to Windows 10 22H2 or, better, Windows 11 from Settings &gt; Windows Update, then check again.</source>
        <translation>Actualice a Windows 10 22H2 o, mejor aún, a Windows 11 desde Configuración &gt; Windows Update y vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>%1, 64-bit.</source>
        <translation>%1, 64 bits.</translation>
    </message>
    <message>
        <source>The Windows edition could not be read.</source>
        <translation>No se pudo leer la edición de Windows.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session (EditionID %1).</source>
        <translation>Windows Enterprise multisesión (EditionID %1).</translation>
    </message>
    <message>
        <source>This client edition for Azure Virtual Desktop reports itself as a server (ProductType 3), but it is not Windows Server. Several users share one multi-session host, and the vendor does not support more than one instance of iEchor Desktop per machine.</source>
        <translation>Esta edición cliente para Azure Virtual Desktop se identifica como servidor (ProductType 3), pero no es Windows Server. Varios usuarios comparten un mismo host multisesión, y el proveedor no admite más de una instancia de iEchor Desktop por equipo.</translation>
    </message>
    <message>
        <source>Use a personal (single-session) desktop for iEchor Desktop, or make sure that only one user of this host runs it.</source>
        <translation>Use un escritorio personal (de sesión única) para iEchor Desktop o asegúrese de que solo un usuario de este host lo ejecute.</translation>
    </message>
    <message>
        <source>Windows Server (EditionID %1) is not supported by the vendor.</source>
        <translation>El proveedor no admite Windows Server (EditionID %1).</translation>
    </message>
    <message>
        <source>iEchor Desktop supports Windows 10 and 11 Pro, Enterprise and Education only.</source>
        <translation>iEchor Desktop solo admite Windows 10 y 11 Pro, Enterprise y Education.</translation>
    </message>
    <message>
        <source>Use a Windows 11 Pro, Enterprise or Education machine or VM instead.</source>
        <translation>Use en su lugar un equipo o una máquina virtual con Windows 11 Pro, Enterprise o Education.</translation>
    </message>
    <message>
        <source>Windows Home (EditionID %1): Linux containers only.</source>
        <translation>Windows Home (EditionID %1): solo contenedores Linux.</translation>
    </message>
    <message>
        <source>Home has no Hyper-V, so only the WSL 2 backend and Linux containers are available. The vendor&apos;s current requirements list Pro, Enterprise and Education; whether Home is still supported could not be confirmed.</source>
        <translation>Home no incluye Hyper-V, por lo que solo están disponibles el backend de WSL 2 y los contenedores Linux. Los requisitos actuales del proveedor indican Pro, Enterprise y Education; no se pudo confirmar si Home sigue siendo compatible.</translation>
    </message>
    <message>
        <source>For Windows containers or the Hyper-V backend, upgrade to Windows Pro (Settings &gt; System &gt; Activation); otherwise use the WSL 2 backend.</source>
        <translation>Para usar contenedores Windows o el backend de Hyper-V, actualice a Windows Pro (Configuración &gt; Sistema &gt; Activación); de lo contrario, use el backend de WSL 2.</translation>
    </message>
    <message>
        <source>Windows edition %1.</source>
        <translation>Edición de Windows %1.</translation>
    </message>
    <message>
        <source>Windows edition &quot;%1&quot; is not one nestready recognizes.</source>
        <translation>nestready no reconoce la edición de Windows &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education.</source>
        <translation>El proveedor admite Windows Pro, Enterprise y Education.</translation>
    </message>
    <message>
        <source>Check under Settings &gt; System &gt; About that this is Windows Pro, Enterprise or Education.</source>
        <translation>Compruebe en Configuración &gt; Sistema &gt; Información que se trata de Windows Pro, Enterprise o Education.</translation>
    </message>
    <message>
        <source>The Windows features could not be read.</source>
        <translation>No se pudieron leer las características de Windows.</translation>
    </message>
    <message>
        <source>Virtual Machine Platform</source>
        <translation>Plataforma de máquina virtual</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Subsistema de Windows para Linux</translation>
    </message>
    <message>
        <source>WSL 2 is ready: both features are on and WSL is version %1.</source>
        <translation>WSL 2 está listo: ambas características están activadas y WSL tiene la versión %1.</translation>
    </message>
    <message>
        <source>The state of the WSL features could not be read.</source>
        <translation>No se pudo leer el estado de las características de WSL.</translation>
    </message>
    <message>
        <source>Windows features not turned on: %1.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>Características de Windows no activadas: %1.</translation>
    </message>
    <message>
        <source>WSL prints no version: this is the old WSL built into Windows.</source>
        <translation>WSL no muestra ninguna versión: se trata del WSL antiguo integrado en Windows.</translation>
    </message>
    <message>
        <source>Run: wsl --update (or install the latest WSL from github.com/microsoft/WSL/releases).</source>
        <translation>Ejecute: wsl --update (o instale la última versión de WSL desde github.com/microsoft/WSL/releases).</translation>
    </message>
    <message>
        <source>WSL %1 is older than 2.1.5.</source>
        <translation>WSL %1 es anterior a la versión 2.1.5.</translation>
    </message>
    <message>
        <source>Run: wsl --update</source>
        <translation>Ejecute: wsl --update</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform and Windows Subsystem for Linux features and WSL 2.1.5 or later.</source>
        <translation>El backend de WSL 2, el predeterminado de iEchor Desktop, necesita las características Plataforma de máquina virtual y Subsistema de Windows para Linux, y WSL 2.1.5 o posterior.</translation>
    </message>
    <message>
        <source>The Hyper-V backend is ready and can be used instead.</source>
        <translation>El backend de Hyper-V está listo y puede usarse en su lugar.</translation>
    </message>
    <message>
        <source>Windows Home has no Hyper-V: the WSL 2 backend is used.</source>
        <translation>Windows Home no incluye Hyper-V: se usa el backend de WSL 2.</translation>
    </message>
    <message>
        <source>On Arm64 iEchor Desktop offers only the WSL 2 backend.</source>
        <translation>En Arm64, iEchor Desktop solo ofrece el backend de WSL 2.</translation>
    </message>
    <message>
        <source>The Hyper-V and Containers features are on.</source>
        <translation>Las características Hyper-V y Contenedores están activadas.</translation>
    </message>
    <message>
        <source>Not needed: the WSL 2 backend is ready. Hyper-V and Containers are only needed for the Hyper-V backend.</source>
        <translation>No es necesario: el backend de WSL 2 está listo. Hyper-V y Contenedores solo son necesarios para el backend de Hyper-V.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: bcdedit /set hypervisorlaunchtype auto — then restart Windows.</source>
        <translation>En un terminal de administrador, ejecute: bcdedit /set hypervisorlaunchtype auto — y después reinicie Windows.</translation>
    </message>
    <message>
        <source>Windows&apos; hypervisor is running, so it is launched at startup.</source>
        <translation>El hipervisor de Windows se está ejecutando, por lo que se inicia al arrancar.</translation>
    </message>
    <message>
        <source>Needs administrator rights to read.</source>
        <translation>Se necesitan derechos de administrador para leerlo.</translation>
    </message>
    <message>
        <source>The boot setting hypervisorlaunchtype can only be read by an administrator, and Windows&apos; hypervisor is not running now.</source>
        <translation>Solo un administrador puede leer la opción de arranque hypervisorlaunchtype, y el hipervisor de Windows no se está ejecutando en este momento.</translation>
    </message>
    <message>
        <source>The boot configuration could not be read (bcdedit).</source>
        <translation>No se pudo leer la configuración de arranque (bcdedit).</translation>
    </message>
    <message>
        <source>The hypervisor is switched off at startup (hypervisorlaunchtype Off).</source>
        <translation>El hipervisor está desactivado al arrancar (hypervisorlaunchtype Off).</translation>
    </message>
    <message>
        <source>It still runs now, but will not after the next restart.</source>
        <translation>Todavía se está ejecutando, pero dejará de hacerlo tras el próximo reinicio.</translation>
    </message>
    <message>
        <source>Some software, such as Android emulators, turns it off. WSL 2 and Hyper-V cannot start without it.</source>
        <translation>Algunos programas, como los emuladores de Android, lo desactivan. WSL 2 y Hyper-V no pueden iniciarse sin él.</translation>
    </message>
    <message>
        <source>hypervisorlaunchtype is not set, so the hypervisor does not start.</source>
        <translation>hypervisorlaunchtype no está establecido, por lo que el hipervisor no se inicia.</translation>
    </message>
    <message>
        <source>Windows sets it when Virtual Machine Platform or Hyper-V is turned on.</source>
        <translation>Windows lo establece al activar Plataforma de máquina virtual o Hyper-V.</translation>
    </message>
    <message>
        <source>The hypervisor is launched at startup (hypervisorlaunchtype %1).</source>
        <translation>El hipervisor se inicia al arrancar (hypervisorlaunchtype %1).</translation>
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
        <translation>Azure Virtual Desktop o Windows 365</translation>
    </message>
    <message>
        <source>Amazon WorkSpaces</source>
        <translation>Amazon WorkSpaces</translation>
    </message>
    <message>
        <source>The VDI agent registry keys could not be read.</source>
        <translation>No se pudieron leer las claves del Registro de los agentes de VDI.</translation>
    </message>
    <message>
        <source>Not a VDI desktop.</source>
        <translation>No es un escritorio VDI.</translation>
    </message>
    <message>
        <source>The vendor supports persistent VDI desktops (dedicated to one user and keeping their changes) and not non-persistent ones. Whether a pool is persistent cannot be read reliably from inside the desktop, so nestready does not guess.</source>
        <translation>El proveedor admite escritorios VDI persistentes (dedicados a un solo usuario y que conservan sus cambios), pero no los no persistentes. Desde dentro del escritorio no se puede determinar de forma fiable si un grupo es persistente, por lo que nestready no intenta adivinarlo.</translation>
    </message>
    <message>
        <source>With Citrix, what matters is the hypervisor below: Citrix Hypervisor (XenServer) offers no nested virtualization.</source>
        <translation>Con Citrix, lo que importa es el hipervisor subyacente: Citrix Hypervisor (XenServer) no ofrece virtualización anidada.</translation>
    </message>
    <message>
        <source>A virtual desktop: %1.</source>
        <translation>Un escritorio virtual: %1.</translation>
    </message>
    <message>
        <source>Ask your VDI administrator for a persistent desktop with nested virtualization turned on; the vendor does not support iEchor Desktop on non-persistent desktops.</source>
        <translation>Solicite a su administrador de VDI un escritorio persistente con la virtualización anidada activada; el proveedor no admite iEchor Desktop en escritorios no persistentes.</translation>
    </message>
    <message>
        <source>The vendor does not support more than one instance of iEchor Desktop on the same machine in a VM or VDI environment.</source>
        <translation>El proveedor no admite más de una instancia de iEchor Desktop en el mismo equipo en un entorno de máquina virtual o VDI.</translation>
    </message>
    <message>
        <source>Quit iEchor Desktop in the other session (or have that user sign out) before using it here, and keep to one user of iEchor Desktop per machine.</source>
        <translation>Cierre iEchor Desktop en la otra sesión (o pida a ese usuario que cierre la sesión) antes de usarlo aquí, y limítese a un solo usuario de iEchor Desktop por equipo.</translation>
    </message>
    <message>
        <source>A multi-session host: several users can sign in at once.</source>
        <translation>Un host multisesión: varios usuarios pueden iniciar sesión a la vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in now.</source>
        <translation>
            <numerusform>Hay %n sesión de otro usuario iniciada en este momento.</numerusform>
            <numerusform>Hay %n sesiones de otros usuarios iniciadas en este momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other user is signed in and no other instance of iEchor Desktop runs.</source>
        <translation>No hay ningún otro usuario con la sesión iniciada ni se está ejecutando ninguna otra instancia de iEchor Desktop.</translation>
    </message>
    <message>
        <source>The sessions could not be listed; only processes were checked.</source>
        <translation>No se pudieron enumerar las sesiones; solo se comprobaron los procesos.</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Versión de Windows</translation>
    </message>
    <message>
        <source>iEchor Desktop needs 64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later.</source>
        <translation>iEchor Desktop necesita Windows 10 22H2 (compilación 19045) o Windows 11 23H2 (compilación 22631) o posterior, de 64 bits.</translation>
    </message>
    <message>
        <source>Windows edition</source>
        <translation>Edición de Windows</translation>
    </message>
    <message>
        <source>The vendor supports Windows Pro, Enterprise and Education; Windows Server is not supported, and Home runs Linux containers only.</source>
        <translation>El proveedor admite Windows Pro, Enterprise y Education; Windows Server no es compatible y Home solo ejecuta contenedores Linux.</translation>
    </message>
    <message>
        <source>WSL 2 backend</source>
        <translation>Backend de WSL 2</translation>
    </message>
    <message>
        <source>Hyper-V backend</source>
        <translation>Backend de Hyper-V</translation>
    </message>
    <message>
        <source>The alternative backend runs the engine&apos;s VM with Hyper-V, which needs the Hyper-V and Containers features (not available on Home).</source>
        <translation>El backend alternativo ejecuta la máquina virtual del motor con Hyper-V, que necesita las características Hyper-V y Contenedores (no disponibles en Home).</translation>
    </message>
    <message>
        <source>Hypervisor at startup</source>
        <translation>Hipervisor al arrancar</translation>
    </message>
    <message>
        <source>Both backends need Windows&apos; hypervisor, which starts at boot only when the boot setting hypervisorlaunchtype is not Off.</source>
        <translation>Ambos backends necesitan el hipervisor de Windows, que solo se inicia al arrancar cuando la opción de arranque hypervisorlaunchtype no tiene el valor Off.</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>Escritorio virtual (VDI)</translation>
    </message>
    <message>
        <source>On a VDI desktop, the vendor supports iEchor Desktop on persistent desktops only.</source>
        <translation>En un escritorio VDI, el proveedor solo admite iEchor Desktop en escritorios persistentes.</translation>
    </message>
    <message>
        <source>One instance per machine</source>
        <translation>Una instancia por equipo</translation>
    </message>
    <message>
        <source>The vendor does not support several instances of iEchor Desktop on one machine in a VM or VDI environment.</source>
        <translation>El proveedor no admite varias instancias de iEchor Desktop en un mismo equipo en un entorno de máquina virtual o VDI.</translation>
    </message>
    <message>
        <source>Turn on the WSL 2 or Hyper-V features (see those checks). If it stays unset, run bcdedit /set hypervisorlaunchtype auto in an administrator terminal, then restart Windows.</source>
        <translation>Active las características de WSL 2 o Hyper-V (consulte esas comprobaciones). Si sigue sin establecerse, ejecute bcdedit /set hypervisorlaunchtype auto en un terminal de administrador y reinicie Windows.</translation>
    </message>
    <message>
        <source>Not checked: Azure&apos;s metadata service was not asked.</source>
        <translation>No comprobado: no se consultó el servicio de metadatos de Azure.</translation>
    </message>
    <message>
        <source>Could not be checked: Azure&apos;s metadata service gave no answer.</source>
        <translation>No se pudo comprobar: el servicio de metadatos de Azure no respondió.</translation>
    </message>
    <message>
        <source>Not an Azure VM.</source>
        <translation>No es una VM de Azure.</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not one nestready can read.</source>
        <translation>nestready no puede interpretar el tamaño &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Look the size up in Microsoft&apos;s size list: its page has a &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Busque el tamaño en la lista de tamaños de Microsoft: su página incluye una línea &quot;Nested Virtualization&quot; en &quot;Feature support&quot;.</translation>
    </message>
    <message>
        <source>Check https://learn.microsoft.com/azure/virtual-machines/sizes/overview for &quot;%1&quot;, or move to %2, the size the vendor tested.</source>
        <translation>Consulte https://learn.microsoft.com/azure/virtual-machines/sizes/overview para &quot;%1&quot; o cambie a %2, el tamaño que probó el proveedor.</translation>
    </message>
    <message>
        <source>%1 (%2 series) supports nested virtualization.</source>
        <translation>%1 (serie %2) admite la virtualización anidada.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Microsoft lists nested virtualization as not supported for the %1 series, so Hyper-V, WSL 2 and KVM cannot start inside this VM. Source: %2</source>
        <translation>Microsoft indica que la virtualización anidada no es compatible con la serie %1, por lo que Hyper-V, WSL 2 y KVM no pueden iniciarse dentro de esta VM. Fuente: %2</translation>
    </message>
    <message>
        <source>This is an Arm64 size; %1 is x64, so the VM&apos;s OS disk must be an x64 image: a resize alone will not do, create a new VM.</source>
        <translation>Este es un tamaño Arm64; %1 es x64, por lo que el disco del sistema operativo de la VM debe ser una imagen x64: no basta con cambiar el tamaño, cree una VM nueva.</translation>
    </message>
    <message>
        <source>%1 does not support nested virtualization.</source>
        <translation>%1 no admite la virtualización anidada.</translation>
    </message>
    <message>
        <source>Resize the VM to %1 (or another size whose page lists nested virtualization as supported): %2 — the VM restarts during the resize.</source>
        <translation>Cambie el tamaño de la VM a %1 (u otro tamaño cuya página indique que admite la virtualización anidada): %2 — la VM se reinicia durante el cambio de tamaño.</translation>
    </message>
    <message>
        <source>Whether %1 supports nested virtualization is not in nestready&apos;s size table.</source>
        <translation>La tabla de tamaños de nestready no indica si %1 admite la virtualización anidada.</translation>
    </message>
    <message>
        <source>Open the page of the %1 series in Microsoft&apos;s size list and read the &quot;Nested Virtualization&quot; line under &quot;Feature support&quot;.</source>
        <translation>Abra la página de la serie %1 en la lista de tamaños de Microsoft y lea la línea &quot;Nested Virtualization&quot; en &quot;Feature support&quot;.</translation>
    </message>
    <message>
        <source>If it is not supported, resize to %1: %2 — the VM restarts during the resize.</source>
        <translation>Si no es compatible, cambie el tamaño a %1: %2 — la VM se reinicia durante el cambio de tamaño.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n vCPU(s) and %2 GiB of memory (%3).</source>
        <translation>
            <numerusform>%1 tiene %n vCPU y %2 GiB de memoria (%3).</numerusform>
            <numerusform>%1 tiene %n vCPU y %2 GiB de memoria (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size name %1 says %n vCPU(s).</source>
        <translation>
            <numerusform>El nombre del tamaño %1 indica %n vCPU.</numerusform>
            <numerusform>El nombre del tamaño %1 indica %n vCPU.</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither the size nor the processor count and memory of this VM could be read.</source>
        <translation>No se pudo leer ni el tamaño ni el número de procesadores ni la memoria de esta VM.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory.</source>
        <translation>
            <numerusform>%n vCPU y %1 GiB de memoria.</numerusform>
            <numerusform>%n vCPU y %1 GiB de memoria.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor tested %1: %2 vCPUs and %3 GiB of memory, and recommends that or more.</source>
        <translation>El proveedor probó %1: %2 vCPU y %3 GiB de memoria, y recomienda eso o más.</translation>
    </message>
    <message>
        <source>Resize the VM to %1 or larger: %2 — the VM restarts during the resize.</source>
        <translation>Cambie el tamaño de la VM a %1 o uno mayor: %2 — la VM se reinicia durante el cambio de tamaño.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s nested virtualization guide says to set the security type to Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</source>
        <translation>La guía de virtualización anidada de Microsoft indica que el tipo de seguridad debe ser Standard (https://learn.microsoft.com/virtualization/hyper-v-on-windows/user-guide/enable-nested-virtualization).</translation>
    </message>
    <message>
        <source>A confidential VM: Azure offers no nested virtualization there.</source>
        <translation>Una VM confidencial: Azure no ofrece virtualización anidada en ella.</translation>
    </message>
    <message>
        <source>The confidential DC and EC series list nested virtualization as not supported.</source>
        <translation>Las series confidenciales DC y EC indican que la virtualización anidada no es compatible.</translation>
    </message>
    <message>
        <source>The security type cannot be changed on a confidential VM. Create a new VM with the security type Standard on a size that supports nested virtualization, such as %1.</source>
        <translation>El tipo de seguridad no se puede cambiar en una VM confidencial. Cree una VM nueva con el tipo de seguridad Standard en un tamaño que admita la virtualización anidada, como %1.</translation>
    </message>
    <message>
        <source>The sources disagree: %1 The Trusted Launch page once listed nested virtualization as unsupported, but its current version no longer does (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). Whether nested virtualization works with Trusted Launch could not be confirmed.</source>
        <translation>Las fuentes no coinciden: %1 La página de Trusted Launch indicaba antes que la virtualización anidada no era compatible, pero su versión actual ya no lo dice (https://learn.microsoft.com/azure/virtual-machines/trusted-launch). No se pudo confirmar si la virtualización anidada funciona con Trusted Launch.</translation>
    </message>
    <message>
        <source>Trusted Launch: VT-x/AMD-V reaches this VM, but whether Microsoft supports nested virtualization with Trusted Launch could not be confirmed.</source>
        <translation>Trusted Launch: VT-x/AMD-V llega a esta VM, pero no se pudo confirmar si Microsoft admite la virtualización anidada con Trusted Launch.</translation>
    </message>
    <message>
        <source>Trusted Launch: it may keep nested virtualization from working.</source>
        <translation>Trusted Launch: puede impedir que funcione la virtualización anidada.</translation>
    </message>
    <message>
        <source>Security type Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>Tipo de seguridad Standard, como pide la guía de virtualización anidada de Microsoft.</translation>
    </message>
    <message>
        <source>The security type &quot;%1&quot; is not one nestready knows.</source>
        <translation>nestready no conoce el tipo de seguridad &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not an Amazon EC2 instance.</source>
        <translation>No es una instancia de Amazon EC2.</translation>
    </message>
    <message>
        <source>A bare-metal instance (%1): no hypervisor below this OS.</source>
        <translation>Una instancia bare-metal (%1): no hay ningún hipervisor por debajo de este sistema operativo.</translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>The firmware tables do not name the instance type.</source>
        <translation>Las tablas del firmware no indican el tipo de instancia.</translation>
    </message>
    <message>
        <source>%1 is a virtual instance type without nested virtualization.</source>
        <translation>%1 es un tipo de instancia virtual sin virtualización anidada.</translation>
    </message>
    <message>
        <source>%1 with nested virtualization enabled: VT-x reaches this VM.</source>
        <translation>%1 con la virtualización anidada habilitada: VT-x llega a esta VM.</translation>
    </message>
    <message>
        <source>%1 without nested virtualization: VT-x does not reach this VM.</source>
        <translation>%1 sin virtualización anidada: VT-x no llega a esta VM.</translation>
    </message>
    <message>
        <source>Not a Google Cloud VM.</source>
        <translation>No es una VM de Google Cloud.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop for Windows on an Azure VM or VMware ESXi, or use a Linux VM on Google Cloud, or the vendor&apos;s cloud offload service.</source>
        <translation>Ejecute iEchor Desktop para Windows en una VM de Azure o en VMware ESXi, o use una VM Linux en Google Cloud o el servicio de descarga en la nube del proveedor.</translation>
    </message>
    <message>
        <source>Nested virtualization is enabled on this Google Cloud VM.</source>
        <translation>La virtualización anidada está habilitada en esta VM de Google Cloud.</translation>
    </message>
    <message>
        <source>Nested virtualization is not enabled on this Google Cloud VM.</source>
        <translation>La virtualización anidada no está habilitada en esta VM de Google Cloud.</translation>
    </message>
    <message>
        <source>Azure VM size supports nested virtualization</source>
        <translation>El tamaño de la VM de Azure admite la virtualización anidada</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization depends on the VM size: D4s_v5 has it, the B-series never will.</source>
        <translation>En Azure, la virtualización anidada depende del tamaño de la VM: D4s_v5 la tiene, la serie B nunca la tendrá.</translation>
    </message>
    <message>
        <source>Azure VM size capacity</source>
        <translation>Capacidad del tamaño de la VM de Azure</translation>
    </message>
    <message>
        <source>The vendor tested Azure D4s_v5 (4 vCPUs, 16 GiB) and recommends that size or larger.</source>
        <translation>El proveedor probó Azure D4s_v5 (4 vCPU, 16 GiB) y recomienda ese tamaño o uno mayor.</translation>
    </message>
    <message>
        <source>Azure security type</source>
        <translation>Tipo de seguridad de Azure</translation>
    </message>
    <message>
        <source>Confidential VMs offer no nested virtualization, and Microsoft&apos;s guide asks for the security type Standard.</source>
        <translation>Las VM confidenciales no ofrecen virtualización anidada, y la guía de Microsoft pide el tipo de seguridad Standard.</translation>
    </message>
    <message>
        <source>Amazon EC2 instance type allows nested virtualization</source>
        <translation>El tipo de instancia de Amazon EC2 permite la virtualización anidada</translation>
    </message>
    <message>
        <source>Google Cloud nested virtualization</source>
        <translation>Virtualización anidada de Google Cloud</translation>
    </message>
    <message>
        <source>Google Cloud allows only Linux KVM inside its VMs, and only when nested virtualization is enabled on the VM.</source>
        <translation>Google Cloud solo permite Linux KVM dentro de sus VM, y solo si la virtualización anidada está habilitada en la VM.</translation>
    </message>
    <message>
        <source>The security type Standard needs the subscription feature UseStandardSecurityType: run az feature register --namespace Microsoft.Compute --name UseStandardSecurityType, then az provider register --namespace Microsoft.Compute. Then create the VM with --security-type Standard, or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell (the Azure portal cannot change it).</source>
        <translation>El tipo de seguridad Standard requiere la característica de suscripción UseStandardSecurityType: ejecute az feature register --namespace Microsoft.Compute --name UseStandardSecurityType y después az provider register --namespace Microsoft.Compute. Luego cree la VM con --security-type Standard, o desasigne esta VM y establezca su tipo de seguridad en Standard con la CLI de Azure o PowerShell (el portal de Azure no puede cambiarlo).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata answer does not name the security type.</source>
        <translation>La respuesta de metadatos de Azure no indica el tipo de seguridad.</translation>
    </message>
    <message>
        <source>The answer was asked with api-version %1, which predates the securityType field (%2). Look it up in the portal: the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>La respuesta se pidió con api-version %1, anterior al campo securityType (%2). Consúltelo en el portal: en la página Información general de la VM, «Tipo de seguridad».</translation>
    </message>
    <message>
        <source>Security type likely Standard, as Microsoft&apos;s nested virtualization guide asks.</source>
        <translation>El tipo de seguridad probablemente es Standard, como pide la guía de virtualización anidada de Microsoft.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata names the security type only for Trusted Launch and confidential VMs; it names none for this VM, so it is most likely Standard. The portal shows it on the VM&apos;s Overview page, &quot;Security type&quot;.</source>
        <translation>Los metadatos de Azure indican el tipo de seguridad solo para VM con Trusted Launch y VM confidenciales; para esta VM no indican ninguno, así que lo más probable es que sea Standard. El portal lo muestra en la página Información general de la VM, «Tipo de seguridad».</translation>
    </message>
    <message>
        <source>If Hyper-V, WSL 2 or KVM will not start, switch to the security type Standard.</source>
        <translation>Si Hyper-V, WSL 2 o KVM no se inician, cambie al tipo de seguridad Standard.</translation>
    </message>
    <message>
        <source>On Windows, AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; hibernation is not supported then, nor more than 192 vCPUs.</source>
        <translation>En Windows, AWS desactiva por sí mismo Virtual Secure Mode (Credential Guard) cuando la virtualización anidada está activada; en ese caso no se admite la hibernación ni más de 192 vCPU.</translation>
    </message>
    <message>
        <source>Whether a type offers it: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; lists nested-virtualization.</source>
        <translation>Si un tipo la ofrece: aws ec2 describe-instance-types --instance-types %1 --query &quot;InstanceTypes[].ProcessorInfo.SupportedFeatures&quot; muestra nested-virtualization.</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants. Source: %1</source>
        <translation>AWS ofrece virtualización anidada en instancias bare-metal y en instancias virtuales C8i, M8i y R8i y sus variantes flex. Fuente: %1</translation>
    </message>
    <message>
        <source>%1 supports nested virtualization once it is turned on for the instance. Whether it is cannot be seen from inside the instance, except that VT-x then reaches it. Source: %2</source>
        <translation>%1 admite la virtualización anidada una vez activada para la instancia. Desde dentro de la instancia no se puede ver si lo está, salvo porque entonces VT-x llega a ella. Fuente: %2</translation>
    </message>
    <message>
        <source>AWS lists the %1 family on the Chinese edition of its page; the English page names C8i, M8i and R8i.</source>
        <translation>AWS incluye la familia %1 en la edición china de su página; la página en inglés menciona C8i, M8i y R8i.</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot use WSL 2 or Hyper-V.</source>
        <translation>Una VM de Windows en Google Cloud no puede usar WSL 2 ni Hyper-V.</translation>
    </message>
    <message>
        <source>Google Cloud supports only Linux KVM as the hypervisor inside a VM; Hyper-V is not supported, so WSL 2 cannot start and iEchor Desktop for Windows cannot run here. Source: %1</source>
        <translation>Google Cloud solo admite Linux KVM como hipervisor dentro de una VM; Hyper-V no es compatible, por lo que WSL 2 no puede iniciarse e iEchor Desktop para Windows no puede ejecutarse aquí. Fuente: %1</translation>
    </message>
    <message>
        <source>On AWS, only bare-metal instances and C8i, M8i and R8i instances (and their flex variants) with nested virtualization enabled can run a VM inside.</source>
        <translation>En AWS, solo las instancias bare-metal y las instancias C8i, M8i y R8i (y sus variantes flex) con la virtualización anidada activada pueden ejecutar una VM en su interior.</translation>
    </message>
    <message>
        <source>Stop the instance and turn nested virtualization on: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (console: Actions, Instance settings, Change CPU options). Then start it and check again.</source>
        <translation>Detenga la instancia y active la virtualización anidada: aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled (consola: Actions, Instance settings, Change CPU options). Después iníciela y compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Use a bare-metal instance (*.metal), or a C8i, M8i or R8i instance (or a flex variant) with nested virtualization on: at launch with --cpu-options NestedVirtualization=enabled, or on the stopped instance with aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</source>
        <translation>Use una instancia bare-metal (*.metal), o una instancia C8i, M8i o R8i (o una variante flex) con la virtualización anidada activada: al lanzarla con --cpu-options NestedVirtualization=enabled, o en la instancia detenida con aws ec2 modify-instance-cpu-options --instance-id ID --nested-virtualization enabled.</translation>
    </message>
    <message>
        <source>Stop the VM, export its configuration (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), set enableNestedVirtualization: true under advancedMachineFeatures, and update the VM from the file (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update has no switch for it. Only Intel machine types offer it: AMD and Arm VMs do not.</source>
        <translation>Detenga la VM, exporte su configuración (gcloud compute instances export VM --zone=ZONE --destination=vm.yaml), establezca enableNestedVirtualization: true en advancedMachineFeatures y actualice la VM desde el archivo (gcloud compute instances update-from-file VM --zone=ZONE --source=vm.yaml --most-disruptive-allowed-action=RESTART). gcloud compute instances update no tiene ninguna opción para ello. Solo la ofrecen los tipos de máquina Intel; las VM AMD y Arm no.</translation>
    </message>
    <message>
        <source>This size offers nested virtualization, so the VM&apos;s security type is the likely cause: Microsoft&apos;s guide asks for Standard (see the &quot;Azure security type&quot; check).</source>
        <translation>Este tamaño ofrece virtualización anidada, así que la causa probable es el tipo de seguridad de la VM: la guía de Microsoft pide Standard (vea la comprobación «Tipo de seguridad de Azure»).</translation>
    </message>
    <message>
        <source>On Azure, nested virtualization comes with the VM size: resize the VM to one whose page lists it as supported, such as %1: %2 — the VM restarts during the resize.</source>
        <translation>En Azure, la virtualización anidada depende del tamaño de la VM: cambie la VM a un tamaño cuya página la indique como admitida, como %1: %2. La VM se reinicia durante el cambio de tamaño.</translation>
    </message>
    <message>
        <source>Google Cloud runs only Linux KVM inside its VMs: a Windows VM there cannot use WSL 2 or Hyper-V.</source>
        <translation>Google Cloud solo ejecuta Linux KVM dentro de sus VM: una VM de Windows allí no puede usar WSL 2 ni Hyper-V.</translation>
    </message>
    <message>
        <source>On Windows 365, nested virtualization needs a Cloud PC with 4 vCPUs or more.</source>
        <translation>En Windows 365, la virtualización anidada requiere un Cloud PC con 4 vCPU o más.</translation>
    </message>
    <message>
        <source>Not checked inside a container: the hardware belongs to the machine that runs it.</source>
        <translation>No se comprueba dentro de un contenedor: el hardware pertenece a la máquina que lo ejecuta.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: KVM is not available on this arm64 OS.</source>
        <translation>/dev/kvm no existe: KVM no está disponible en este sistema operativo arm64.</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM, then check again.</source>
        <translation>Use una máquina o un tipo de instancia arm64 que ofrezca KVM; después, compruebe de nuevo.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_amd is loaded.</source>
        <translation>/dev/kvm no existe aunque kvm_amd está cargado.</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist although kvm_intel is loaded.</source>
        <translation>/dev/kvm no existe aunque kvm_intel está cargado.</translation>
    </message>
    <message>
        <source>Look for the reason in the kernel log (sudo dmesg | grep -i kvm); restarting the machine usually recreates the device.</source>
        <translation>Busque el motivo en el registro del kernel (sudo dmesg | grep -i kvm); reiniciar la máquina suele volver a crear el dispositivo.</translation>
    </message>
    <message>
        <source>If that fails with &quot;disabled by bios&quot;, turn on VT-x/AMD-V in the BIOS/UEFI settings.</source>
        <translation>Si falla con «disabled by bios», active VT-x/AMD-V en la configuración del BIOS/UEFI.</translation>
    </message>
    <message>
        <source>KVM is available to this arm64 OS.</source>
        <translation>KVM está disponible para este sistema operativo arm64.</translation>
    </message>
    <message>
        <source>KVM is not available in this arm64 VM: the hypervisor does not pass the Arm virtualization extensions through.</source>
        <translation>KVM no está disponible en esta VM arm64: el hipervisor no transmite las extensiones de virtualización de Arm.</translation>
    </message>
    <message>
        <source>KVM is not available on this arm64 machine.</source>
        <translation>KVM no está disponible en esta máquina arm64.</translation>
    </message>
    <message>
        <source>Use an arm64 machine or instance type that offers KVM (on AWS, a .metal instance), then check again.</source>
        <translation>Use una máquina o un tipo de instancia arm64 que ofrezca KVM (en AWS, una instancia .metal); después, compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Start a kernel that runs at EL2 with KVM built in or loaded, then check again.</source>
        <translation>Inicie un kernel que se ejecute en EL2 con KVM integrado o cargado; después, compruebe de nuevo.</translation>
    </message>
    <message>
        <source>%1, from the name &quot;%2&quot;</source>
        <extracomment>%1 is an EditionID such as Professional, %2 a product name</extracomment>
        <translation>%1, según el nombre «%2»</translation>
    </message>
    <message>
        <source>WSL 2 is ready: Virtual Machine Platform is on and WSL is version %1.</source>
        <translation>WSL 2 está listo: Plataforma de máquina virtual está activada y WSL tiene la versión %1.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — this turns on what WSL 2 needs and installs the current WSL. Then restart Windows.</source>
        <translation>En un terminal de administrador, ejecute: wsl --install --no-distribution — esto activa lo que necesita WSL 2 e instala la versión actual de WSL. Después, reinicie Windows.</translation>
    </message>
    <message>
        <source>WSL is not installed.</source>
        <translation>WSL no está instalado.</translation>
    </message>
    <message>
        <source>In an administrator terminal run: wsl --install --no-distribution — then restart Windows.</source>
        <translation>En un terminal de administrador, ejecute: wsl --install --no-distribution — y después reinicie Windows.</translation>
    </message>
    <message>
        <source>The WSL 2 backend, iEchor Desktop&apos;s default, needs the Virtual Machine Platform feature and WSL 2.1.5 or later. On Windows 11 the Windows Subsystem for Linux feature is needed only for WSL 1.</source>
        <translation>El backend de WSL 2, el predeterminado de iEchor Desktop, necesita la característica Plataforma de máquina virtual y WSL 2.1.5 o posterior. En Windows 11, la característica Subsistema de Windows para Linux solo se necesita para WSL 1.</translation>
    </message>
    <message>
        <source>Not ready either (features off: %1). One backend is enough: see the WSL 2 backend check.</source>
        <extracomment>%1 is a list of Windows feature names</extracomment>
        <translation>Tampoco está listo (características desactivadas: %1). Basta con un backend: consulte la comprobación del backend de WSL 2.</translation>
    </message>
    <message>
        <source>iEchor Desktop needs one backend, WSL 2 or Hyper-V. The Hyper-V backend needs the Hyper-V and Containers features.</source>
        <translation>iEchor Desktop necesita un backend, WSL 2 o Hyper-V. El backend de Hyper-V necesita las características Hyper-V y Contenedores.</translation>
    </message>
    <message>
        <source>Set up WSL 2 (see the WSL 2 backend check), or in an administrator PowerShell run: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — then restart Windows.</source>
        <translation>Configure WSL 2 (consulte la comprobación del backend de WSL 2) o, en un PowerShell de administrador, ejecute: Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V,Containers -All — y después reinicie Windows.</translation>
    </message>
    <message>
        <source>Run nestready as administrator, or run bcdedit /enum &quot;{current}&quot; in an administrator terminal and check that hypervisorlaunchtype is Auto.</source>
        <translation>Ejecute nestready como administrador, o ejecute bcdedit /enum &quot;{current}&quot; en un terminal de administrador y compruebe que hypervisorlaunchtype es Auto.</translation>
    </message>
    <message>
        <source>The default backend runs the engine&apos;s VM with WSL 2, which needs the Virtual Machine Platform feature (on Windows 10 also Windows Subsystem for Linux) and WSL 2.1.5 or later. One backend is enough.</source>
        <translation>El backend predeterminado ejecuta la VM del motor con WSL 2, que necesita la característica Plataforma de máquina virtual (en Windows 10, también Subsistema de Windows para Linux) y WSL 2.1.5 o posterior. Basta con un backend.</translation>
    </message>
    <message>
        <source>Could not be checked: nestready received none of the evidence this check reads.</source>
        <translation>No se pudo comprobar: nestready no recibió ninguna de las evidencias que lee esta comprobación.</translation>
    </message>
    <message>
        <source>Check again from an administrator PowerShell; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>Vuelva a comprobarlo desde un PowerShell de administrador; si sigue sin poder leerse, guarde un informe con nestready check --report FILE y envíelo al soporte técnico.</translation>
    </message>
    <message>
        <source>Check again on the machine itself, outside any sandbox that hides /proc or /sys; if it still cannot be read, save a report with nestready check --report FILE and send it to support.</source>
        <translation>Vuelva a comprobarlo en la propia máquina, fuera de cualquier entorno aislado (sandbox) que oculte /proc o /sys; si sigue sin poder leerse, guarde un informe con nestready check --report FILE y envíelo al soporte técnico.</translation>
    </message>
    <message>
        <source>Which cloud this VM runs in cannot be told, so no cloud check could run.</source>
        <translation>No se puede determinar en qué nube se ejecuta esta VM, así que no se pudo ejecutar ninguna comprobación de nube.</translation>
    </message>
    <message>
        <source>Not checked: which cloud this is cannot be told; &quot;%1&quot; says why.</source>
        <translation>No comprobado: no se puede determinar de qué nube se trata; «%1» explica por qué.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) and %1 GiB of memory; %2 vCPUs and %3 GiB recommended.</source>
        <extracomment>%n and %1 are what the VM has, %2 and %3 the vCPUs and GiB the vendor tested</extracomment>
        <translation>
            <numerusform>%n vCPU y %1 GiB de memoria; se recomiendan %2 vCPU y %3 GiB.</numerusform>
            <numerusform>%n vCPU y %1 GiB de memoria; se recomiendan %2 vCPU y %3 GiB.</numerusform>
        </translation>
    </message>
    <message>
        <source>An EC2 instance on the Xen hypervisor (an older type such as t2 or m4): no nested virtualization.</source>
        <translation>Una instancia EC2 en el hipervisor Xen (un tipo antiguo, como t2 o m4): sin virtualización anidada.</translation>
    </message>
    <message>
        <source>AWS offers nested virtualization on bare-metal instances and on virtual C8i, M8i and R8i instances and their flex variants, all on the Nitro system; the firmware of a Xen-based instance does not name its type. Source: %1</source>
        <translation>AWS ofrece virtualización anidada en instancias bare-metal y en instancias virtuales C8i, M8i y R8i y sus variantes flex, todas en el sistema Nitro; el firmware de una instancia basada en Xen no indica su tipo. Fuente: %1</translation>
    </message>
    <message>
        <source>Whether nested virtualization is on for this %1 cannot be seen: VT-x/AMD-V could not be read.</source>
        <translation>No se puede ver si la virtualización anidada está activada en esta instancia %1: no se pudo leer VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but it is PVM&apos;s (kvm_pvm): it runs only guest kernels built for PVM, and iEchor Desktop&apos;s VM needs KVM on VT-x/AMD-V.</source>
        <translation>/dev/kvm existe, pero es el de PVM (kvm_pvm): solo ejecuta kernels invitados compilados para PVM, y la VM de iEchor Desktop necesita KVM sobre VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>Unload kvm_pvm and load the CPU&apos;s own KVM module instead: sudo modprobe -r kvm_pvm, then sudo modprobe kvm_intel (or kvm_amd).</source>
        <translation>Descargue kvm_pvm y cargue en su lugar el módulo KVM propio de la CPU: sudo modprobe -r kvm_pvm y después sudo modprobe kvm_intel (o kvm_amd).</translation>
    </message>
    <message>
        <source>Turn on nested virtualization for this VM (see the hardware virtualization check) so that KVM can use VT-x/AMD-V.</source>
        <translation>Active la virtualización anidada para esta VM (vea la comprobación de la virtualización por hardware) para que KVM pueda usar VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>/dev/kvm exists, but whether you may open it was not recorded. Record the machine again with scripts/record-linux-machine.sh as the user who will run iEchor Desktop.</source>
        <translation>/dev/kvm existe, pero no se grabó si usted tiene permiso para abrirlo. Vuelva a grabar la máquina con scripts/record-linux-machine.sh como el usuario que vaya a ejecutar iEchor Desktop.</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize.</source>
        <translation>Un contenedor cuyo gestor nestready no reconoce.</translation>
    </message>
    <message>
        <source>an unrecognized container manager</source>
        <translation>un gestor de contenedores no reconocido</translation>
    </message>
    <message>
        <source>A container (%1) inside a virtual machine on a hypervisor nestready does not recognize.</source>
        <translation>Un contenedor (%1) dentro de una máquina virtual en un hipervisor que nestready no reconoce.</translation>
    </message>
    <message>
        <source>A virtual machine at %1: iEchor Desktop needs nested virtualization here.</source>
        <translation>Una máquina virtual en %1: iEchor Desktop necesita aquí virtualización anidada.</translation>
    </message>
    <message>
        <source>The vendor supports only VMware ESXi and Azure VMs, not this hypervisor.</source>
        <translation>El fabricante solo admite VMware ESXi y las VM de Azure, no este hipervisor.</translation>
    </message>
    <message>
        <source>Inside a container: iEchor Desktop cannot run here.</source>
        <translation>Dentro de un contenedor: iEchor Desktop no puede ejecutarse aquí.</translation>
    </message>
    <message>
        <source>VT-x/AMD-V is Xen&apos;s here: this OS is Xen&apos;s control domain (dom0), and Xen does not pass hardware virtualization to it.</source>
        <translation>Aquí VT-x/AMD-V pertenece a Xen: este sistema operativo es el dominio de control de Xen (dom0), y Xen no le transfiere la virtualización por hardware.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop on a machine that does not boot Xen, or in a Xen HVM guest with nested virtualization turned on, then check again.</source>
        <translation>Ejecute iEchor Desktop en una máquina que no arranque Xen, o en un invitado HVM de Xen con la virtualización anidada activada; después, compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Nested virtualization is off: the hypervisor does not pass VT-x/AMD-V to this VM.</source>
        <translation>La virtualización anidada está desactivada: el hipervisor no transfiere VT-x/AMD-V a esta VM.</translation>
    </message>
    <message numerus="yes">
        <source>%n logical processor(s); %1 recommended.</source>
        <extracomment>%n is the number found, %1 the number recommended</extracomment>
        <translation>
            <numerusform>%n procesador lógico; se recomiendan %1.</numerusform>
            <numerusform>%n procesadores lógicos; se recomiendan %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expect iEchor Desktop to be slow with fewer processors.</source>
        <translation>Con menos procesadores, iEchor Desktop irá lento.</translation>
    </message>
    <message>
        <source>%1 of memory; at least %2 GB needed.</source>
        <extracomment>%1 is the memory found (&quot;3.8 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>%1 de memoria; se necesitan al menos %2 GB.</translation>
    </message>
    <message>
        <source>%1 of memory; %2 GB recommended.</source>
        <extracomment>%1 is the memory found (&quot;7.8 GB&quot;), %2 the recommended size in GB</extracomment>
        <translation>%1 de memoria; se recomiendan %2 GB.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; at least %2 GB needed.</source>
        <extracomment>%1 is the free space found (&quot;1.2 GB&quot;), %2 the minimum in GB</extracomment>
        <translation>%1 libres en el disco que contendrá los datos de iEchor Desktop; se necesitan al menos %2 GB.</translation>
    </message>
    <message>
        <source>%1 free on the disk that will hold iEchor Desktop&apos;s data; %2 GB recommended.</source>
        <extracomment>%1 is the free space found (&quot;12.5 GB&quot;), %2 the recommended free space in GB</extracomment>
        <translation>%1 libres en el disco que contendrá los datos de iEchor Desktop; se recomiendan %2 GB.</translation>
    </message>
    <message>
        <source>The engine&apos;s VM and the containers share the machine&apos;s processors.</source>
        <translation>La VM del motor y los contenedores comparten los procesadores de la máquina.</translation>
    </message>
    <message numerus="yes">
        <source>iEchor Desktop already runs in %n other session(s) on the machine.</source>
        <translation>
            <numerusform>iEchor Desktop ya se está ejecutando en %n sesión más de la máquina.</numerusform>
            <numerusform>iEchor Desktop ya se está ejecutando en otras %n sesiones de la máquina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other user session(s) are signed in to the machine.</source>
        <translation>
            <numerusform>Hay %n sesión de otro usuario iniciada en la máquina.</numerusform>
            <numerusform>Hay %n sesiones de otros usuarios iniciadas en la máquina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make sure that only one user of the machine runs iEchor Desktop.</source>
        <translation>Asegúrese de que solo un usuario de la máquina ejecute iEchor Desktop.</translation>
    </message>
    <message>
        <source>The sessions and processes of the machine could not be read.</source>
        <translation>No se pudieron leer las sesiones ni los procesos de la máquina.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run `nestready --help` for usage.</source>
        <translation>Ejecute `nestready --help` para ver el uso.</translation>
    </message>
    <message>
        <source>Checks whether iEchor Desktop can run on this machine.</source>
        <translation>Comprueba si iEchor Desktop puede ejecutarse en esta máquina.</translation>
    </message>
    <message>
        <source>Print one JSON document (schema nestready/1).</source>
        <translation>Imprime un documento JSON (esquema nestready/1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Reports: nestready --open FILE            open a saved report in the window
         nestready summarize PATHS...     one table from many JSON reports
Run `nestready summarize --help` and see `nestready check --help` (--report, --from-report).
</source>
        <translation>Informes: nestready --open ARCHIVO        abrir un informe guardado en la ventana
          nestready summarize RUTAS...     una tabla a partir de muchos informes JSON
Ejecute `nestready summarize --help` y consulte `nestready check --help` (--report, --from-report).
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; add --force to replace it.</source>
        <translation>«%1» ya existe; añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>La carpeta de «%1» no existe.</translation>
    </message>
    <message>
        <source>Also write a report to &lt;file&gt;: .json (for support and replay), .html, .md (for a ticket) or .txt (the short summary).</source>
        <translation>Escribir también un informe en &lt;file&gt;: .json (para soporte y reproducción), .html, .md (para un ticket) o .txt (el resumen breve).</translation>
    </message>
    <message>
        <source>Replace host, user and domain names, serial numbers, UUIDs, addresses, cloud identifiers and licence keys in the report with placeholders.</source>
        <translation>Sustituir en el informe los nombres de host, usuario y dominio, números de serie, UUID, direcciones, identificadores de nube y claves de licencia por marcadores.</translation>
    </message>
    <message>
        <source>Replace the --report file if it exists.</source>
        <translation>Reemplazar el archivo de --report si existe.</translation>
    </message>
    <message>
        <source>Re-evaluate the evidence of a JSON report with the current rules instead of examining a machine.</source>
        <translation>Reevaluar las evidencias de un informe JSON con las reglas actuales en lugar de examinar una máquina.</translation>
    </message>
    <message>
        <source>--from-report replays a report&apos;s own evidence; it cannot be combined with --%1.</source>
        <translation>--from-report reproduce las evidencias del propio informe; no se puede combinar con --%1.</translation>
    </message>
    <message>
        <source>--redact and --force apply to --report FILE, which is missing.</source>
        <translation>--redact y --force se aplican a --report ARCHIVO, que falta.</translation>
    </message>
    <message>
        <source>nestready: warning: redaction changed what the evidence says; the report&apos;s results are those of the unredacted evidence.
</source>
        <translation>nestready: aviso: la redacción cambió lo que dicen las evidencias; los resultados del informe son los de las evidencias sin redactar.
</translation>
    </message>
    <message>
        <source>Report files, or folders to search for *.json.</source>
        <translation>Archivos de informe, o carpetas donde buscar *.json.</translation>
    </message>
    <message>
        <source>files_or_folders...</source>
        <translation>archivos_o_carpetas...</translation>
    </message>
    <message>
        <source>Write the table as CSV to &lt;file&gt;.</source>
        <translation>Escribir la tabla como CSV en &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Replace the output files if they exist.</source>
        <translation>Reemplazar los archivos de salida si existen.</translation>
    </message>
    <message>
        <source>Run `nestready summarize --help` for usage.</source>
        <translation>Ejecute `nestready summarize --help` para ver el uso.</translation>
    </message>
    <message>
        <source>Give at least one report file or folder.</source>
        <translation>Indique al menos un archivo de informe o una carpeta.</translation>
    </message>
    <message>
        <source>nestready: no readable report.</source>
        <translation>nestready: ningún informe legible.</translation>
    </message>
    <message>
        <source>Usage: nestready [options]            open the setup wizard
       nestready --page ID            open the wizard at a page or guide (e.g. vmware-esxi)
       nestready check [options]      check this machine, print results

Run `nestready check --help` for the options of the checks.

Exit codes of `check`: 0 nothing fails, 1 at least one check fails,
2 bad usage or unreadable input.
</source>
        <translation>Uso: nestready [opciones]           abre el asistente de configuración
     nestready --page ID            abre el asistente en una página o guía (p. ej., vmware-esxi)
     nestready check [opciones]     comprueba este equipo y muestra los resultados

Ejecute `nestready check --help` para ver las opciones de las comprobaciones.

Códigos de salida de `check`: 0 no falla nada, 1 falla al menos una comprobación,
2 uso incorrecto o entrada ilegible.
</translation>
    </message>
    <message>
        <source>Evidence: nestready collect [options]   this machine&apos;s evidence, one JSON line per item
</source>
        <translation>Evidencias: nestready collect [opciones]   las evidencias de esta máquina, una línea JSON por elemento
</translation>
    </message>
    <message>
        <source>Run `nestready collect --help` for usage.</source>
        <translation>Ejecute `nestready collect --help` para ver el uso.</translation>
    </message>
    <message>
        <source>Reads this machine&apos;s evidence and writes each item as one line of JSON, in the form of a report&apos;s evidence items, as soon as it is read. Makes no network request.</source>
        <translation>Lee las evidencias de esta máquina y escribe cada elemento como una línea JSON, con la forma de los elementos de evidencia de un informe, en cuanto lo lee. No hace ninguna solicitud de red.</translation>
    </message>
    <message>
        <source>Options only `check` takes (--json, --report, --redact, --from-report, --force) need the
command: `nestready --json` is refused with exit code 2; type `nestready check --json`.
</source>
        <translation>Las opciones que solo admite `check` (--json, --report, --redact, --from-report, --force) necesitan
el comando: `nestready --json` se rechaza con el código de salida 2; escriba `nestready check --json`.
</translation>
    </message>
    <message>
        <source>Reading reports: %1 of %2</source>
        <extracomment>Progress of `nestready summarize` on a terminal: %1 files read so far, %2 all files</extracomment>
        <translation>Leyendo informes: %1 de %2</translation>
    </message>
    <message>
        <source>Aggregates many JSON reports into one table (verdict, machine, platform, VM size, failing checks, file) and, with --html, a dashboard.</source>
        <translation>Reúne muchos informes JSON en una tabla (veredicto, máquina, plataforma, tamaño de VM, comprobaciones fallidas, archivo) y, con --html, en un panel.</translation>
    </message>
    <message>
        <source>Write a dashboard to &lt;file&gt;: counts per verdict and platform, the checks that block the most machines, every machine.</source>
        <translation>Escribir un panel en &lt;file&gt;: recuentos por veredicto y plataforma, las comprobaciones que bloquean más máquinas y cada una de las máquinas.</translation>
    </message>
    <message>
        <source>Evaluate each report&apos;s evidence again with the rules of this nestready (all in this one process) and show whose verdict changed since the report was taken.</source>
        <translation>Volver a evaluar las evidencias de cada informe con las reglas de este nestready (todas en este mismo proceso) y mostrar en qué máquinas ha cambiado el veredicto desde que se tomó el informe.</translation>
    </message>
    <message>
        <source>Also write each machine&apos;s own HTML report into &lt;folder&gt; (created if missing); the --html page links to them.</source>
        <translation>Escribir también el informe HTML propio de cada máquina en &lt;folder&gt; (se crea si no existe); la página de --html enlaza con ellos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
</context>
<context>
    <name>Detection</name>
    <message>
        <source>The firmware tables (SMBIOS) say so.</source>
        <translation>Las tablas del firmware (SMBIOS) lo indican.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) name &quot;%1&quot;.</source>
        <translation>Las tablas del firmware (SMBIOS) nombran «%1».</translation>
    </message>
    <message>
        <source>An EC2 bare-metal instance type (&quot;%1&quot;): no hypervisor below this OS.</source>
        <translation>Un tipo de instancia EC2 bare metal («%1»): no hay hipervisor bajo este sistema operativo.</translation>
    </message>
    <message>
        <source>/proc/cpuinfo names User Mode Linux.</source>
        <translation>/proc/cpuinfo nombra User Mode Linux.</translation>
    </message>
    <message>
        <source>/proc/xen exists and this is not the control domain.</source>
        <translation>/proc/xen existe y este no es el dominio de control.</translation>
    </message>
    <message>
        <source>The CPU reports a hypervisor with the signature &quot;%1&quot;.</source>
        <translation>La CPU informa de un hipervisor con la firma «%1».</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest.</source>
        <translation>Este es el dominio de control de Xen (dom0), no un invitado.</translation>
    </message>
    <message>
        <source>/sys/hypervisor/type says xen.</source>
        <translation>/sys/hypervisor/type indica xen.</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and nothing else names a different one.</source>
        <translation>La CPU informa de la interfaz de hipervisor de Microsoft y nada más nombra otro distinto.</translation>
    </message>
    <message>
        <source>A hypervisor is present but nestready does not recognize it.</source>
        <translation>Hay un hipervisor, pero nestready no lo reconoce.</translation>
    </message>
    <message>
        <source>The CPU flags say a hypervisor is present, but nothing names it.</source>
        <translation>Los indicadores de la CPU dicen que hay un hipervisor, pero nada lo nombra.</translation>
    </message>
    <message>
        <source>Neither the CPU nor the firmware tables report a hypervisor.</source>
        <translation>Ni la CPU ni las tablas del firmware informan de un hipervisor.</translation>
    </message>
    <message>
        <source>No CPUID, CPU flags or firmware tables could be read.</source>
        <translation>No se pudo leer CPUID, ni los indicadores de la CPU, ni las tablas del firmware.</translation>
    </message>
    <message>
        <source>The container manager left its name (&quot;%1&quot;).</source>
        <translation>El gestor de contenedores dejó su nombre («%1»).</translation>
    </message>
    <message>
        <source>/proc/vz exists but /proc/bc does not: an OpenVZ container.</source>
        <translation>/proc/vz existe pero /proc/bc no: un contenedor OpenVZ.</translation>
    </message>
    <message>
        <source>The kernel release (&quot;%1&quot;) is a Windows Subsystem for Linux kernel.</source>
        <translation>La versión del kernel («%1») es un kernel del Subsistema de Windows para Linux.</translation>
    </message>
    <message>
        <source>PID 1 declares that it runs outside any container.</source>
        <translation>El PID 1 declara que se ejecuta fuera de cualquier contenedor.</translation>
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
        <translation>Este sistema operativo se ejecuta en su propio espacio de nombres de cgroup, como hacen los contenedores.</translation>
    </message>
    <message>
        <source>PID 1 runs in a container&apos;s control group (&quot;%1&quot;).</source>
        <translation>El PID 1 se ejecuta en el grupo de control de un contenedor («%1»).</translation>
    </message>
    <message>
        <source>No container manager left any of its markers.</source>
        <translation>Ningún gestor de contenedores dejó ninguna de sus marcas.</translation>
    </message>
    <message>
        <source>No container markers could be read.</source>
        <translation>No se pudo leer ninguna marca de contenedor.</translation>
    </message>
    <message>
        <source>The chassis asset tag is the one Azure gives every VM.</source>
        <translation>La etiqueta de activo del chasis es la que Azure da a cada VM.</translation>
    </message>
    <message>
        <source>The firmware tables name Amazon EC2.</source>
        <translation>Las tablas del firmware nombran Amazon EC2.</translation>
    </message>
    <message>
        <source>The firmware tables name Google Compute Engine.</source>
        <translation>Las tablas del firmware nombran Google Compute Engine.</translation>
    </message>
    <message>
        <source>The chassis asset tag names Oracle Cloud.</source>
        <translation>La etiqueta de activo del chasis nombra Oracle Cloud.</translation>
    </message>
    <message>
        <source>The firmware tables name Alibaba Cloud ECS.</source>
        <translation>Las tablas del firmware nombran Alibaba Cloud ECS.</translation>
    </message>
    <message>
        <source>The firmware tables name no public cloud.</source>
        <translation>Las tablas del firmware no nombran ninguna nube pública.</translation>
    </message>
    <message>
        <source>A physical machine is not a cloud VM.</source>
        <translation>Una máquina física no es una VM en la nube.</translation>
    </message>
    <message>
        <source>The CPU model name (&quot;%1&quot;) is one only QEMU&apos;s virtual CPUs carry.</source>
        <translation>El nombre del modelo de CPU («%1») solo lo llevan las CPU virtuales de QEMU.</translation>
    </message>
    <message>
        <source>The CPU reports Hyper-V&apos;s interface and, behind it, KVM&apos;s signature &quot;%1&quot;: KVM with Hyper-V enlightenments.</source>
        <translation>La CPU informa de la interfaz de Hyper-V y, detrás de ella, de la firma de KVM «%1»: KVM con las optimizaciones de Hyper-V (enlightenments).</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor that CPUID names is Xen itself.</source>
        <translation>Este es el dominio de control de Xen (dom0), no un invitado: el hipervisor que nombra CPUID es el propio Xen.</translation>
    </message>
    <message>
        <source>This is the Xen control domain (dom0), not a guest: the hypervisor bit with an empty CPUID signature is Xen hiding itself from dom0.</source>
        <translation>Este es el dominio de control de Xen (dom0), no un invitado: el bit de hipervisor con una firma CPUID vacía es Xen ocultándose a dom0.</translation>
    </message>
    <message>
        <source>The firmware tables name &quot;%1&quot;, which is QEMU&apos;s (or its BIOS, SeaBIOS); whether KVM accelerates it cannot be told from them.</source>
        <translation>Las tablas del firmware nombran «%1», que es de QEMU (o de su BIOS, SeaBIOS); a partir de ellas no se puede determinar si KVM lo acelera.</translation>
    </message>
    <message>
        <source>The CPU reports Microsoft&apos;s hypervisor interface and the firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>La CPU informa de la interfaz de hipervisor de Microsoft y las tablas del firmware nombran una máquina virtual de Hyper-V («Microsoft Corporation», «Virtual Machine»).</translation>
    </message>
    <message>
        <source>The firmware tables name a Hyper-V virtual machine (&quot;Microsoft Corporation&quot;, &quot;Virtual Machine&quot;).</source>
        <translation>Las tablas del firmware nombran una máquina virtual de Hyper-V («Microsoft Corporation», «Virtual Machine»).</translation>
    </message>
    <message>
        <source>This process runs in Linux-VServer context %1, a VServer guest.</source>
        <translation>Este proceso se ejecuta en el contexto %1 de Linux-VServer, un invitado VServer.</translation>
    </message>
    <message>
        <source>Whoever runs the machine knows where it runs. On Azure, AWS or Google Cloud, look up the VM&apos;s size or instance type and its nested virtualization setting in the cloud&apos;s console; nestready&apos;s cloud checks do not apply until then.</source>
        <translation>Quien administra la máquina sabe dónde se ejecuta. En Azure, AWS o Google Cloud, consulte en la consola de la nube el tamaño o el tipo de instancia de la VM y su configuración de virtualización anidada; hasta entonces, las comprobaciones de nube de nestready no se aplican.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) were not collected, and nestready tells the cloud only from them.</source>
        <translation>No se recopilaron las tablas del firmware (SMBIOS), y nestready solo determina la nube a partir de ellas.</translation>
    </message>
    <message>
        <source>This user may not read the firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready as an administrator to read them.</source>
        <translation>Este usuario no tiene permiso para leer las tablas del firmware (SMBIOS), y nestready solo determina la nube a partir de ellas. Ejecute nestready como administrador para leerlas.</translation>
    </message>
    <message>
        <source>The firmware tables (SMBIOS) could not be read (%1), and nestready tells the cloud only from them. Run the check again.</source>
        <translation>No se pudieron leer las tablas del firmware (SMBIOS) (%1), y nestready solo determina la nube a partir de ellas. Vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The Windows evidence holds no firmware values (Win32_ComputerSystem, Win32_BIOS), and nestready tells the cloud only from them. Collect the evidence again with collect-evidence.ps1.</source>
        <translation>Las evidencias de Windows no contienen valores del firmware (Win32_ComputerSystem, Win32_BIOS), y nestready solo determina la nube a partir de ellos. Vuelva a recopilar las evidencias con collect-evidence.ps1.</translation>
    </message>
    <message>
        <source>WSL does not show the Windows machine&apos;s firmware tables (SMBIOS), and nestready tells the cloud only from them. Run nestready for Windows on the Windows side to learn the cloud.</source>
        <translation>WSL no muestra las tablas del firmware (SMBIOS) de la máquina Windows, y nestready solo determina la nube a partir de ellas. Ejecute nestready para Windows en el lado de Windows para conocer la nube.</translation>
    </message>
    <message>
        <source>Inside this container the host&apos;s firmware tables (SMBIOS, /sys/class/dmi/id) are not visible, and nestready tells the cloud only from them. Run nestready on the machine or VM that hosts the container to learn the cloud.</source>
        <translation>Dentro de este contenedor no se ven las tablas del firmware del host (SMBIOS, /sys/class/dmi/id), y nestready solo determina la nube a partir de ellas. Ejecute nestready en la máquina o VM que aloja el contenedor para conocer la nube.</translation>
    </message>
    <message>
        <source>This Xen guest has no firmware tables (SMBIOS): a paravirtualized (PV) guest gets none, and nestready tells the cloud mostly from them.</source>
        <translation>Este invitado Xen no tiene tablas del firmware (SMBIOS): un invitado paravirtualizado (PV) no recibe ninguna, y nestready determina la nube sobre todo a partir de ellas.</translation>
    </message>
    <message>
        <source>The machine has no firmware tables (SMBIOS, /sys/class/dmi/id is missing), as in microVMs such as Firecracker, and nestready tells the cloud only from them.</source>
        <translation>La máquina no tiene tablas del firmware (SMBIOS; falta /sys/class/dmi/id), como ocurre en microVM como Firecracker, y nestready solo determina la nube a partir de ellas.</translation>
    </message>
    <message>
        <source>The firmware version &quot;%1&quot; names Amazon: an EC2 instance on the Xen hypervisor.</source>
        <translation>La versión del firmware «%1» nombra a Amazon: una instancia EC2 en el hipervisor Xen.</translation>
    </message>
    <message>
        <source>The Xen domain&apos;s UUID starts with &quot;ec2&quot;: an EC2 instance on the Xen hypervisor.</source>
        <translation>El UUID del dominio Xen empieza por «ec2»: una instancia EC2 en el hipervisor Xen.</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1.</source>
        <translation>Las tablas del firmware nombran al proveedor de nube %1.</translation>
    </message>
    <message>
        <source>The firmware tables name the cloud provider %1 (&quot;%2&quot;).</source>
        <translation>Las tablas del firmware nombran al proveedor de nube %1 («%2»).</translation>
    </message>
    <message>
        <source>The firmware tables name OpenStack, which many clouds run; they do not name the provider.</source>
        <translation>Las tablas del firmware nombran OpenStack, que usan muchas nubes; no nombran al proveedor.</translation>
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
        <translation>Procesadores listados en /proc/cpuinfo.</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include vmx (Intel VT-x).</source>
        <translation>Los indicadores de CPU de este sistema operativo incluyen vmx (Intel VT-x).</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include svm (AMD-V).</source>
        <translation>Los indicadores de CPU de este sistema operativo incluyen svm (AMD-V).</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but the kernel found it switched off (usually in the firmware settings) and does not list it.</source>
        <translation>La CPU tiene VT-x/AMD-V, pero el kernel lo encontró desactivado (normalmente en la configuración del firmware) y no lo lista.</translation>
    </message>
    <message>
        <source>The CPU flags of this OS include neither vmx (Intel VT-x) nor svm (AMD-V).</source>
        <translation>Los indicadores de CPU de este sistema operativo no incluyen vmx (Intel VT-x) ni svm (AMD-V).</translation>
    </message>
    <message>
        <source>CPUID reports VT-x/AMD-V.</source>
        <translation>CPUID informa de VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>CPUID reports neither VT-x nor AMD-V.</source>
        <translation>CPUID no informa de VT-x ni de AMD-V.</translation>
    </message>
    <message>
        <source>Neither the CPU flags nor CPUID could be read.</source>
        <translation>No se pudieron leer ni los indicadores de la CPU ni CPUID.</translation>
    </message>
    <message>
        <source>The CPU flags include ept/npt.</source>
        <translation>Los indicadores de la CPU incluyen ept/npt.</translation>
    </message>
    <message>
        <source>The CPU flags include neither ept nor npt.</source>
        <translation>Los indicadores de la CPU no incluyen ept ni npt.</translation>
    </message>
    <message>
        <source>CPUID leaf 0x8000000A.</source>
        <translation>Hoja CPUID 0x8000000A.</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS may create partitions: it is the host (root partition), not a guest.</source>
        <translation>Hyper-V informa de que este sistema operativo puede crear particiones: es el host (partición raíz), no un invitado.</translation>
    </message>
    <message>
        <source>Hyper-V reports that this OS is a guest partition.</source>
        <translation>Hyper-V informa de que este sistema operativo es una partición invitada.</translation>
    </message>
    <message>
        <source>MemTotal in /proc/meminfo.</source>
        <translation>MemTotal en /proc/meminfo.</translation>
    </message>
    <message>
        <source>Free space on the file system that holds %1.</source>
        <translation>Espacio libre en el sistema de archivos que contiene %1.</translation>
    </message>
    <message>
        <source>No hypervisor (physical machine)</source>
        <translation>Sin hipervisor (máquina física)</translation>
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
        <translation>QEMU (sin KVM)</translation>
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
        <translation>Hipervisor QNX</translation>
    </message>
    <message>
        <source>Lockheed Martin SRE</source>
        <translation>Lockheed Martin SRE</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>No container</source>
        <translation>Sin contenedor</translation>
    </message>
    <message>
        <source>Windows Subsystem for Linux</source>
        <translation>Subsistema de Windows para Linux</translation>
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
        <translation>Ninguna nube pública</translation>
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
        <translation>Citrix Virtual Delivery Agent está instalado (clave del Registro o Citrix Desktop Service).</translation>
    </message>
    <message>
        <source>The VMware/Omnissa Horizon Agent is installed (its registry key exists).</source>
        <translation>VMware/Omnissa Horizon Agent está instalado (existe su clave del Registro).</translation>
    </message>
    <message>
        <source>The Azure Virtual Desktop agent is installed (RDInfraAgent key or the Remote Desktop Agent Loader service). Windows 365 Cloud PCs use the same agent.</source>
        <translation>El agente de Azure Virtual Desktop está instalado (clave RDInfraAgent o servicio Remote Desktop Agent Loader). Los Cloud PC de Windows 365 usan el mismo agente.</translation>
    </message>
    <message>
        <source>An Amazon EC2 machine with the WorkSpaces streaming agent folders installed.</source>
        <translation>Un equipo de Amazon EC2 con las carpetas del agente de streaming de WorkSpaces instaladas.</translation>
    </message>
    <message>
        <source>No Citrix, Horizon, Azure Virtual Desktop or Amazon WorkSpaces agent is installed.</source>
        <translation>No hay instalado ningún agente de Citrix, Horizon, Azure Virtual Desktop ni Amazon WorkSpaces.</translation>
    </message>
    <message>
        <source>The Windows registry (CurrentVersion).</source>
        <translation>El Registro de Windows (CurrentVersion).</translation>
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
        <translation>Windows: los marcadores de contenedores Linux no se aplican.</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine; Windows inside it runs its own Hyper-V as well.</source>
        <translation>Las tablas del firmware indican una máquina virtual de Microsoft Hyper-V; el Windows que se ejecuta en ella también ejecuta su propio Hyper-V.</translation>
    </message>
    <message>
        <source>The firmware tables name a Microsoft Hyper-V virtual machine (&quot;%1&quot;, &quot;%2&quot;).</source>
        <translation>Las tablas del firmware indican una máquina virtual de Microsoft Hyper-V (&quot;%1&quot;, &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform; the hypervisor Windows reports is its own (Hyper-V, WSL 2 or VBS).</source>
        <translation>Las tablas del firmware no indican ninguna plataforma virtual; el hipervisor del que informa Windows es el suyo propio (Hyper-V, WSL 2 o VBS).</translation>
    </message>
    <message>
        <source>The firmware tables name no virtual platform and Windows reports no hypervisor.</source>
        <translation>Las tablas del firmware no indican ninguna plataforma virtual y Windows no informa de ningún hipervisor.</translation>
    </message>
    <message>
        <source>Windows in this VM runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>Windows ejecuta en esta máquina virtual su propio Hyper-V (es la partición raíz, CPUID 0x40000003), que necesita VT-x/AMD-V: la virtualización anidada funciona.</translation>
    </message>
    <message>
        <source>Windows runs its own Hyper-V (it is the root partition, CPUID 0x40000003), which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>Windows ejecuta su propio Hyper-V (es la partición raíz, CPUID 0x40000003), que necesita VT-x/AMD-V: la virtualización por hardware está activada.</translation>
    </message>
    <message>
        <source>Hyper-V, which needs SLAT, is running.</source>
        <translation>Hyper-V, que necesita SLAT, se está ejecutando.</translation>
    </message>
    <message>
        <source>Windows on Arm in Parallels on Apple silicon: Microsoft says WSL and nested virtualization are not supported there.</source>
        <translation>Windows on Arm en Parallels sobre Apple silicon: según Microsoft, WSL y la virtualización anidada no son compatibles en ese entorno.</translation>
    </message>
    <message>
        <source>Windows on Arm: nestready cannot read the Arm virtualization extensions from its evidence.</source>
        <translation>Windows on Arm: nestready no puede leer las extensiones de virtualización de Arm a partir de sus evidencias.</translation>
    </message>
    <message>
        <source>Windows&apos; own processor properties mean nothing here, because a hypervisor runs.</source>
        <translation>Las propiedades del procesador que indica el propio Windows no son significativas aquí, porque se está ejecutando un hipervisor.</translation>
    </message>
    <message>
        <source>CPUID in this VM reports VT-x/AMD-V: the hypervisor passes it through.</source>
        <translation>CPUID en esta máquina virtual indica VT-x/AMD-V: el hipervisor lo expone a la máquina virtual.</translation>
    </message>
    <message>
        <source>CPUID in this VM reports neither VT-x nor AMD-V: the hypervisor does not pass it through.</source>
        <translation>CPUID en esta máquina virtual no indica VT-x ni AMD-V: el hipervisor no lo expone a la máquina virtual.</translation>
    </message>
    <message>
        <source>A physical machine that reports a hypervisor runs Windows&apos; own Hyper-V, which needs VT-x/AMD-V.</source>
        <translation>Un equipo físico que informa de un hipervisor ejecuta el Hyper-V propio de Windows, que necesita VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>Without CPUID (replay with --cpuid-dump) it cannot be told.</source>
        <translation>Sin CPUID (reproduzca con --cpuid-dump) no se puede determinar.</translation>
    </message>
    <message>
        <source>Windows reports virtualization enabled in the firmware and no hypervisor running.</source>
        <translation>Windows indica que la virtualización está habilitada en el firmware y que no se está ejecutando ningún hipervisor.</translation>
    </message>
    <message>
        <source>The CPU has VT-x/AMD-V, but Windows reports it disabled in the firmware (BIOS/UEFI).</source>
        <translation>La CPU tiene VT-x/AMD-V, pero Windows indica que está deshabilitada en el firmware (BIOS/UEFI).</translation>
    </message>
    <message>
        <source>Windows reports a CPU without VT-x/AMD-V (VM Monitor Mode Extensions: no).</source>
        <translation>Windows indica una CPU sin VT-x/AMD-V (VM Monitor Mode Extensions: no).</translation>
    </message>
    <message>
        <source>Windows reports Second Level Address Translation.</source>
        <translation>Windows indica compatibilidad con la traducción de direcciones de segundo nivel (Second Level Address Translation).</translation>
    </message>
    <message>
        <source>Windows reports no Second Level Address Translation.</source>
        <translation>Windows indica que no hay compatibilidad con la traducción de direcciones de segundo nivel (Second Level Address Translation).</translation>
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
        <translation>macOS no tiene contenedores propios.</translation>
    </message>
    <message>
        <source>A Mac is not a cloud VM.</source>
        <translation>Un Mac no es una VM en la nube.</translation>
    </message>
    <message>
        <source>macOS reports that it runs in a virtual machine (kern.hv_vmm_present, model &quot;%1&quot;).</source>
        <translation>macOS indica que se ejecuta en una máquina virtual (kern.hv_vmm_present, modelo &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>macOS reports that it runs directly on the Mac (kern.hv_vmm_present is 0).</source>
        <translation>macOS indica que se ejecuta directamente en el Mac (kern.hv_vmm_present es 0).</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework can run virtual machines (kern.hv_support is 1).</source>
        <translation>macOS indica que Hypervisor.framework puede ejecutar máquinas virtuales (kern.hv_support es 1).</translation>
    </message>
    <message>
        <source>macOS reports that Hypervisor.framework cannot run virtual machines here (kern.hv_support is 0).</source>
        <translation>macOS indica que Hypervisor.framework no puede ejecutar máquinas virtuales aquí (kern.hv_support es 0).</translation>
    </message>
    <message>
        <source>Look the size up by hand: in the Azure portal, open the VM and read &quot;Size&quot; on its Overview page, or run: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</source>
        <translation>Consulte el tamaño manualmente: en Azure portal, abra la VM y lea &quot;Size&quot; en su página &quot;Overview&quot;, o ejecute: az vm show -d --resource-group RG --name VM --query hardwareProfile.vmSize --output tsv</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service has not answered.</source>
        <translation>El servicio de metadatos de Azure no ha respondido.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service names the size.</source>
        <translation>El servicio de metadatos de Azure indica el tamaño.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service answered, but not usably (%1).</source>
        <translation>El servicio de metadatos de Azure respondió, pero la respuesta no se puede usar (%1).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked, because of --no-network.</source>
        <translation>No se consultó el servicio de metadatos de Azure debido a --no-network.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service was not asked: this is a recorded machine.</source>
        <translation>No se consultó el servicio de metadatos de Azure: este es un equipo grabado.</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service did not answer in time (%1).</source>
        <translation>El servicio de metadatos de Azure no respondió a tiempo (%1).</translation>
    </message>
    <message>
        <source>Azure&apos;s metadata service could not be read (%1).</source>
        <translation>No se pudo leer el servicio de metadatos de Azure (%1).</translation>
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
        <translation>El script recopilador de nestready (PowerShell) no respondió a tiempo y se detuvo.</translation>
    </message>
    <message>
        <source>Windows PowerShell was not found, so nestready&apos;s collector script could not run.</source>
        <translation>No se encontró Windows PowerShell, por lo que no se pudo ejecutar el script recopilador de nestready.</translation>
    </message>
    <message>
        <source>nestready&apos;s collector script (PowerShell) failed: %1</source>
        <translation>Falló el script recopilador de nestready (PowerShell): %1</translation>
    </message>
    <message>
        <source>An ARMv8 (arm64) CPU, which is 64-bit.</source>
        <translation>Una CPU ARMv8 (arm64), que es de 64 bits.</translation>
    </message>
    <message>
        <source>An arm64 machine with /dev/kvm: KVM runs here.</source>
        <translation>Una máquina arm64 con /dev/kvm: KVM funciona aquí.</translation>
    </message>
    <message>
        <source>An arm64 machine without /dev/kvm: this OS did not get the Arm virtualization extensions (EL2), as in most arm64 cloud VMs.</source>
        <translation>Una máquina arm64 sin /dev/kvm: este sistema operativo no recibió las extensiones de virtualización de Arm (EL2), como ocurre en la mayoría de las VM arm64 en la nube.</translation>
    </message>
    <message>
        <source>An arm64 machine, whose hardware virtualization shows only as /dev/kvm, which could not be read.</source>
        <translation>Una máquina arm64, cuya virtualización por hardware solo se ve como /dev/kvm, que no se pudo leer.</translation>
    </message>
    <message>
        <source>The CPU flags list vmx (Intel VT-x), but this kernel does not clear that flag when the firmware has switched VT-x off.</source>
        <translation>Los indicadores de la CPU incluyen vmx (Intel VT-x), pero este kernel no quita ese indicador cuando el firmware ha desactivado VT-x.</translation>
    </message>
    <message>
        <source>The CPU flags list svm (AMD-V), which Linux shows even when the firmware has switched AMD-V off.</source>
        <translation>Los indicadores de la CPU incluyen svm (AMD-V), que Linux muestra incluso cuando el firmware ha desactivado AMD-V.</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_intel is not and there is no /dev/kvm, which is what happens when the firmware has switched VT-x off.</source>
        <translation>KVM no se inició: kvm está cargado, pero kvm_intel no, y no hay /dev/kvm, que es lo que ocurre cuando el firmware ha desactivado VT-x.</translation>
    </message>
    <message>
        <source>KVM did not come up: kvm is loaded but kvm_amd is not and there is no /dev/kvm, which is what happens when the firmware has switched AMD-V off.</source>
        <translation>KVM no se inició: kvm está cargado, pero kvm_amd no, y no hay /dev/kvm, que es lo que ocurre cuando el firmware ha desactivado AMD-V.</translation>
    </message>
    <message>
        <source>No KVM module is loaded yet, so whether the firmware allows it shows only when it loads.</source>
        <translation>Aún no hay ningún módulo KVM cargado, así que solo al cargarlo se sabrá si el firmware lo permite.</translation>
    </message>
    <message>
        <source>Virtualization-based security runs in this VM (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: nested virtualization works.</source>
        <translation>La seguridad basada en virtualización se ejecuta en esta VM (Win32_DeviceGuard), así que se ejecuta el hipervisor propio de Windows, que necesita VT-x/AMD-V: la virtualización anidada funciona.</translation>
    </message>
    <message>
        <source>Virtualization-based security runs (Win32_DeviceGuard), so Windows&apos; own hypervisor runs, which needs VT-x/AMD-V: hardware virtualization is on.</source>
        <translation>La seguridad basada en virtualización se ejecuta (Win32_DeviceGuard), así que se ejecuta el hipervisor propio de Windows, que necesita VT-x/AMD-V: la virtualización por hardware está activada.</translation>
    </message>
    <message>
        <source>The /dev/kvm here comes from PVM (the kvm_pvm module), which runs virtual machines without VT-x/AMD-V but only with guest kernels built for PVM.</source>
        <translation>El /dev/kvm de aquí procede de PVM (el módulo kvm_pvm), que ejecuta máquinas virtuales sin VT-x/AMD-V, pero solo con kernels invitados compilados para PVM.</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>Unrecognized hypervisor</source>
        <translation>Hipervisor no reconocido</translation>
    </message>
    <message>
        <source>VMware Fusion</source>
        <translation>VMware Fusion</translation>
    </message>
    <message>
        <source>Unrecognized container manager</source>
        <translation>Gestor de contenedores no reconocido</translation>
    </message>
    <message>
        <source>Another cloud (provider not named)</source>
        <translation>Otra nube (proveedor no indicado)</translation>
    </message>
    <message>
        <source>Windows did not let PowerShell run nestready&apos;s collector script: an execution policy set by Group Policy, or an application control policy (AppLocker, App Control for Business), blocks it. An administrator can allow it by signing collect-evidence.ps1 with a certificate the machine trusts or by allow-listing it; or run nestready on an evidence file collected by an administrator.</source>
        <translation>Windows no permitió que PowerShell ejecutara el script recopilador de nestready: lo bloquea una directiva de ejecución establecida por directiva de grupo o una directiva de control de aplicaciones (AppLocker, App Control for Business). Un administrador puede permitirlo firmando collect-evidence.ps1 con un certificado en el que confíe la máquina o añadiéndolo a una lista de permitidos; también puede ejecutar nestready sobre un archivo de evidencias recopilado por un administrador.</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>%1: no .json files in this folder.</source>
        <translation>%1: no hay archivos .json en esta carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read.</source>
        <translation>
            <numerusform>%n informe leído.</numerusform>
            <numerusform>%n informes leídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fails on %n machine(s).</source>
        <translation>
            <numerusform>%1 falla en %n máquina.</numerusform>
            <numerusform>%1 falla en %n máquinas.</numerusform>
        </translation>
    </message>
    <message>
        <source>nestready fleet summary</source>
        <translation>Resumen de la flota de nestready</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>Máquinas</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>Column headings of the fleet table in the terminal</extracomment>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message numerus="yes">
        <source>Checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Comprobado de nuevo con las reglas de nestready %1: ha cambiado %n máquina.</numerusform>
            <numerusform>Comprobado de nuevo con las reglas de nestready %1: han cambiado %n máquinas.</numerusform>
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
            <numerusform>%n otro</numerusform>
            <numerusform>%n otros</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken between %1 and %2.</source>
        <extracomment>%1 and %2 are dates: the oldest and the newest report</extracomment>
        <translation>Tomados entre el %1 y el %2.</translation>
    </message>
    <message numerus="yes">
        <source>Every report was checked again with the rules of nestready %1: %n machine(s) changed.</source>
        <translation>
            <numerusform>Todos los informes se comprobaron de nuevo con las reglas de nestready %1: ha cambiado %n máquina.</numerusform>
            <numerusform>Todos los informes se comprobaron de nuevo con las reglas de nestready %1: han cambiado %n máquinas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Veredictos</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hipervisor</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>What blocks the most machines</source>
        <translation>Lo que bloquea más máquinas</translation>
    </message>
    <message>
        <source>No check fails on any machine.</source>
        <translation>Ninguna comprobación falla en ninguna máquina.</translation>
    </message>
    <message>
        <source>Failing check</source>
        <translation>Comprobación fallida</translation>
    </message>
    <message>
        <source>Machines it blocks</source>
        <translation>Máquinas que bloquea</translation>
    </message>
    <message>
        <source>Changed with today&apos;s rules</source>
        <translation>Cambios con las reglas actuales</translation>
    </message>
    <message>
        <source>No machine&apos;s verdict changed.</source>
        <translation>No ha cambiado el veredicto de ninguna máquina.</translation>
    </message>
    <message>
        <source>Verdict when taken</source>
        <translation>Veredicto al tomar el informe</translation>
    </message>
    <message>
        <source>Verdict now</source>
        <translation>Veredicto actual</translation>
    </message>
    <message>
        <source>Written by nestready %1.</source>
        <translation>Escrito por nestready %1.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Failing checks</source>
        <translation>Comprobaciones fallidas</translation>
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
        <translation>Abrir un informe JSON guardado en lugar de comprobar esta máquina.</translation>
    </message>
    <message>
        <source>Open the wizard at &lt;page&gt; (welcome, machine, requirements, guide, summary) or at a guide id such as vmware-esxi.</source>
        <translation>Abre el asistente en &lt;page&gt; (welcome, machine, requirements, guide, summary) o en un id. de guía como vmware-esxi.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Use welcome, machine, requirements, guide, summary or a guide id such as vmware-esxi.</source>
        <translation>Página desconocida &quot;%1&quot;. Use welcome, machine, requirements, guide, summary o un id. de guía como vmware-esxi.</translation>
    </message>
    <message>
        <source>nestready — report from %1</source>
        <translation>nestready — informe de %1</translation>
    </message>
    <message>
        <source>nestready: the window cannot open: Qt could not start a platform plugin for the display.
Run `nestready check` to check this machine on the command line.
Qt says: </source>
        <translation>nestready: no se puede abrir la ventana: Qt no pudo iniciar un complemento de plataforma para la pantalla.
Ejecute `nestready check` para comprobar esta máquina en la línea de comandos.
Qt dice: </translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work here once nested virtualization is on, but problems are then for your cloud provider.</source>
        <translation>El proveedor solo admite máquinas virtuales en VMware ESXi y Azure. iEchor Desktop puede funcionar aquí una vez activada la virtualización anidada, pero en ese caso los problemas corresponden a su proveedor de nube.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), use an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Ejecute iEchor Desktop de forma nativa en un equipo físico (lo que recomienda el proveedor), use una VM de Azure o use el servicio de descarga en la nube del proveedor en lugar de una VM local.</translation>
    </message>
    <message>
        <source>Microsoft Azure virtual machine</source>
        <translation>Máquina virtual de Microsoft Azure</translation>
    </message>
    <message>
        <source>Azure VMs are one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. Microsoft supports nested Hyper-V on VM sizes that offer it.</source>
        <translation>Las VM de Azure son una de las dos plataformas que ha probado el proveedor, para clientes de iEchor Business con una instancia por máquina. Microsoft admite Hyper-V anidado en los tamaños de VM que lo ofrecen.</translation>
    </message>
    <message>
        <source>Start the VM, turn on the Windows features iEchor Desktop needs (see the Windows features guide), then check again.</source>
        <translation>Inicie la VM, active las características de Windows que necesita iEchor Desktop (consulte la guía de características de Windows) y vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>Azure: VM sizes</source>
        <translation>Azure: tamaños de VM</translation>
    </message>
    <message>
        <source>Microsoft: Enable nested virtualization</source>
        <translation>Microsoft: Habilitar la virtualización anidada</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch</source>
        <translation>Azure: Trusted Launch</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>iEchor Desktop en un entorno de VM o VDI</translation>
    </message>
    <message>
        <source>Whether Trusted Launch blocks nested virtualization could not be confirmed: an older Azure page listed it as unsupported, the current page does not, and Trusted Launch is now the default for new VMs.</source>
        <translation>No se pudo confirmar si Trusted Launch bloquea la virtualización anidada: una página antigua de Azure indicaba que no era compatible, la página actual no lo indica y Trusted Launch es ahora el valor predeterminado para las VM nuevas.</translation>
    </message>
    <message>
        <source>Google Cloud (Compute Engine)</source>
        <translation>Google Cloud (Compute Engine)</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again. Expect the nested VM to run at least 10% slower.</source>
        <translation>Inicie la VM, vuelva a abrir nestready y repita la comprobación. La VM anidada será al menos un 10% más lenta.</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes.</source>
        <translation>La comprobación &quot;Virtualización por hardware (VT-x / AMD-V)&quot; se supera.</translation>
    </message>
    <message>
        <source>Google Cloud: About nested virtualization</source>
        <translation>Google Cloud: Acerca de la virtualización anidada</translation>
    </message>
    <message>
        <source>Amazon EC2</source>
        <translation>Amazon EC2</translation>
    </message>
    <message>
        <source>Start the instance, start nestready again and check again.</source>
        <translation>Inicie la instancia, vuelva a abrir nestready y repita la comprobación.</translation>
    </message>
    <message>
        <source>AWS: Nested virtualization on EC2</source>
        <translation>AWS: Virtualización anidada en EC2</translation>
    </message>
    <message>
        <source>Windows 365 and Azure Virtual Desktop</source>
        <translation>Windows 365 y Azure Virtual Desktop</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop session hosts and Cloud PCs run on Azure. The vendor names Azure VMs, not these desktop services, as tested; one instance of iEchor Desktop per machine.</source>
        <translation>Los hosts de sesión de Azure Virtual Desktop y los Cloud PC se ejecutan en Azure. El proveedor indica como probadas las VM de Azure, no estos servicios de escritorio; una instancia de iEchor Desktop por máquina.</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: a session host size that offers nested virtualization (see the Azure guide).</source>
        <translation>Azure Virtual Desktop: un tamaño de host de sesión que ofrezca virtualización anidada (consulte la guía de Azure).</translation>
    </message>
    <message>
        <source>A personal (single-user) desktop: running more than one instance of iEchor Desktop on one machine, as on Windows Enterprise multi-session, is not supported.</source>
        <translation>Un escritorio personal (de un solo usuario): no se admite ejecutar más de una instancia de iEchor Desktop en una misma máquina, como en Windows Enterprise multisesión.</translation>
    </message>
    <message>
        <source>Ask your administrator to move you to a Cloud PC with 4 vCPUs or more, or to a session host size that offers nested virtualization.</source>
        <translation>Pida a su administrador que le asigne un Cloud PC con 4 vCPU o más, o un tamaño de host de sesión que ofrezca virtualización anidada.</translation>
    </message>
    <message>
        <source>Turn on the Windows features iEchor Desktop needs (see the Windows features guide), restart and check again.</source>
        <translation>Active las características de Windows que necesita iEchor Desktop (consulte la guía de características de Windows), reinicie y vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>Windows 365: nested virtualization</source>
        <translation>Windows 365: virtualización anidada</translation>
    </message>
    <message>
        <source>Azure Virtual Desktop: agent troubleshooting</source>
        <translation>Azure Virtual Desktop: solución de problemas del agente</translation>
    </message>
    <message>
        <source>Windows Enterprise multi-session FAQ</source>
        <translation>Preguntas frecuentes sobre Windows Enterprise multisesión</translation>
    </message>
    <message>
        <source>Whether Windows 365 Cloud PCs use the same agent as Azure Virtual Desktop could not be confirmed.</source>
        <translation>No se pudo confirmar si los Cloud PC de Windows 365 usan el mismo agente que Azure Virtual Desktop.</translation>
    </message>
    <message>
        <source>Supported by the vendor</source>
        <extracomment>Banner of a guide: the product vendor supports this platform</extracomment>
        <translation>Con soporte del proveedor</translation>
    </message>
    <message>
        <source>Works, but not supported by the vendor</source>
        <extracomment>Banner of a guide: it can work, but the product vendor does not support it</extracomment>
        <translation>Funciona, pero sin soporte del proveedor</translation>
    </message>
    <message>
        <source>Not possible here</source>
        <extracomment>Banner of a guide: iEchor Desktop cannot run on this platform</extracomment>
        <translation>No es posible aquí</translation>
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
        <translation>KVM / QEMU o libvirt</translation>
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
        <translation>El proveedor solo admite máquinas virtuales en VMware ESXi y Azure. iEchor Desktop puede funcionar aquí una vez activada la virtualización anidada, pero en ese caso los problemas corresponden al proveedor de su hipervisor.</translation>
    </message>
    <message>
        <source>Run iEchor Desktop natively on a physical machine (what the vendor recommends), move this desktop to VMware ESXi or an Azure VM, or use the vendor&apos;s cloud offload service instead of a local VM.</source>
        <translation>Ejecute iEchor Desktop de forma nativa en un equipo físico (lo que recomienda el proveedor), traslade este escritorio a VMware ESXi o a una VM de Azure, o use el servicio de descarga en la nube del proveedor en lugar de una VM local.</translation>
    </message>
    <message>
        <source>Start the VM, start nestready again and check again.</source>
        <translation>Inicie la VM, vuelva a abrir nestready y repita la comprobación.</translation>
    </message>
    <message>
        <source>Shut down the operating system in the VM and make sure the VM is powered off.</source>
        <translation>Apague el sistema operativo de la VM y asegúrese de que la VM esté apagada.</translation>
    </message>
    <message>
        <source>Microsoft Hyper-V (on premises)</source>
        <translation>Microsoft Hyper-V (local)</translation>
    </message>
    <message>
        <source>The vendor has tested only VMware ESXi and Azure. Microsoft itself supports nested Hyper-V in production, including WSL 2 in a nested VM.</source>
        <translation>El proveedor solo ha probado VMware ESXi y Azure. Microsoft admite Hyper-V anidado en producción, incluido WSL 2 en una VM anidada.</translation>
    </message>
    <message>
        <source>Intel host with VT-x and EPT: Windows Server 2016 or Windows 10 or later on the host, VM configuration version 8.0 or later.</source>
        <translation>Host Intel con VT-x y EPT: Windows Server 2016 o Windows 10 o posterior en el host, versión de configuración de VM 8.0 o posterior.</translation>
    </message>
    <message>
        <source>AMD EPYC or Ryzen host: Windows Server 2022 or Windows 11 or later on the host, VM configuration version 9.3 or later.</source>
        <translation>Host AMD EPYC o Ryzen: Windows Server 2022 o Windows 11 o posterior en el host, versión de configuración de VM 9.3 o posterior.</translation>
    </message>
    <message>
        <source>An elevated PowerShell on the Hyper-V host (not in this VM).</source>
        <translation>Un PowerShell con privilegios elevados en el host de Hyper-V (no en esta VM).</translation>
    </message>
    <message>
        <source>Turn the VM off.</source>
        <translation>Apague la VM.</translation>
    </message>
    <message>
        <source>On the host, expose the virtualization extensions to the VM. Replace &lt;VM&gt; with the VM&apos;s name. ($false turns it off again.)</source>
        <translation>En el host, exponga las extensiones de virtualización a la VM. Sustituya &lt;VM&gt; por el nombre de la VM. ($false las vuelve a desactivar.)</translation>
    </message>
    <message>
        <source>Read the setting back: ExposeVirtualizationExtensions must be True.</source>
        <translation>Vuelva a leer la configuración: ExposeVirtualizationExtensions debe ser True.</translation>
    </message>
    <message>
        <source>Microsoft: What is nested virtualization?</source>
        <translation>Microsoft: ¿Qué es la virtualización anidada?</translation>
    </message>
    <message>
        <source>Microsoft: WSL FAQ</source>
        <translation>Microsoft: Preguntas frecuentes sobre WSL</translation>
    </message>
    <message>
        <source>KVM / QEMU and libvirt</source>
        <translation>KVM / QEMU y libvirt</translation>
    </message>
    <message>
        <source>A shell with root rights on the KVM host (not in this VM).</source>
        <translation>Un shell con permisos de root en el host KVM (no en esta VM).</translation>
    </message>
    <message>
        <source>Nested virtualization is on by default since Linux 4.20; older host kernels need the module option below.</source>
        <translation>La virtualización anidada está activada de forma predeterminada desde Linux 4.20; los kernels de host más antiguos necesitan la opción de módulo siguiente.</translation>
    </message>
    <message>
        <source>On the host, check whether KVM passes nesting on: the file must say Y or 1. On AMD hosts look at kvm_amd instead of kvm_intel.</source>
        <translation>En el host, compruebe si KVM permite el anidamiento: el archivo debe indicar Y o 1. En hosts AMD, consulte kvm_amd en lugar de kvm_intel.</translation>
    </message>
    <message>
        <source>If it does not, add this option to a file in /etc/modprobe.d on the host (on AMD hosts the same option for kvm-amd). It applies when the module is loaded again, for example after a restart of the host.</source>
        <translation>Si no es así, añada esta opción a un archivo de /etc/modprobe.d en el host (en hosts AMD, la misma opción para kvm-amd). Se aplica cuando el módulo se vuelve a cargar, por ejemplo tras reiniciar el host.</translation>
    </message>
    <message>
        <source>Give the VM the host&apos;s CPU model: for QEMU the -cpu host option, for libvirt the host-passthrough CPU mode. A named CPU model with vmx=on works too.</source>
        <translation>Asigne a la VM el modelo de CPU del host: en QEMU, la opción -cpu host; en libvirt, el modo de CPU host-passthrough. También sirve un modelo de CPU con nombre con vmx=on.</translation>
    </message>
    <message>
        <source>Linux kernel: Running nested guests with KVM</source>
        <translation>Kernel de Linux: Running nested guests with KVM</translation>
    </message>
    <message>
        <source>Access to the Proxmox VE host and its web interface.</source>
        <translation>Acceso al host de Proxmox VE y a su interfaz web.</translation>
    </message>
    <message>
        <source>On the host, check that the KVM module passes nesting on (Y or 1; kvm_amd on AMD hosts). If not, set the module&apos;s nested option as in the KVM guide.</source>
        <translation>En el host, compruebe que el módulo KVM permite el anidamiento (Y o 1; kvm_amd en hosts AMD). Si no es así, configure la opción nested del módulo como se indica en la guía de KVM.</translation>
    </message>
    <message>
        <source>Set the VM&apos;s CPU type to host. Proxmox does not expose virtualization to VMs by default.</source>
        <translation>Establezca el tipo de CPU de la VM en host. Proxmox no expone la virtualización a las VM de forma predeterminada.</translation>
    </message>
    <message>
        <source>Proxmox VE wiki: Nested virtualization</source>
        <translation>Wiki de Proxmox VE: Nested virtualization</translation>
    </message>
    <message>
        <source>Oracle VirtualBox</source>
        <translation>Oracle VirtualBox</translation>
    </message>
    <message>
        <source>VirtualBox 6.1.0 or later for nested virtualization on Intel CPUs.</source>
        <translation>VirtualBox 6.1.0 o posterior para la virtualización anidada en CPU Intel.</translation>
    </message>
    <message>
        <source>In the VM&apos;s settings, turn on nested VT-x/AMD-V.</source>
        <translation>En la configuración de la VM, active &quot;Nested VT-x/AMD-V&quot;.</translation>
    </message>
    <message>
        <source>Or, on the host&apos;s command line, replace &lt;vm&gt; with the VM&apos;s name:</source>
        <translation>O bien, en la línea de comandos del host, sustituya &lt;vm&gt; por el nombre de la VM:</translation>
    </message>
    <message>
        <source>VirtualBox ticket 4032: nested VT-x</source>
        <translation>Ticket 4032 de VirtualBox: VT-x anidado</translation>
    </message>
    <message>
        <source>The exact page of the VBoxManage manual for --nested-hw-virt could not be confirmed.</source>
        <translation>No se pudo confirmar la página exacta del manual de VBoxManage sobre --nested-hw-virt.</translation>
    </message>
    <message>
        <source>With its KVM or Hyper-V paravirtualization interface VirtualBox may look like another hypervisor from inside the VM; this could not be confirmed.</source>
        <translation>Con su interfaz de paravirtualización KVM o Hyper-V, VirtualBox puede parecer otro hipervisor desde dentro de la VM; esto no se pudo confirmar.</translation>
    </message>
    <message>
        <source>Parallels Desktop</source>
        <translation>Parallels Desktop</translation>
    </message>
    <message>
        <source>Install iEchor Desktop for Mac on the Mac itself: running natively is what the vendor recommends. Or use the vendor&apos;s cloud offload service.</source>
        <translation>Instale iEchor Desktop para Mac en el propio Mac: la ejecución nativa es lo que recomienda el proveedor. También puede usar el servicio de descarga en la nube del proveedor.</translation>
    </message>
    <message>
        <source>Intel Mac: power the VM off and look for Parallels&apos; nested virtualization option in the VM&apos;s CPU settings, then check again.</source>
        <translation>Mac con Intel: apague la VM y busque la opción de virtualización anidada de Parallels en la configuración de CPU de la VM; después, vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>Parallels&apos; &quot;Enable nested virtualization&quot; setting on Intel Macs could not be confirmed.</source>
        <translation>No se pudo confirmar la opción &quot;Enable nested virtualization&quot; de Parallels en los Mac con Intel.</translation>
    </message>
    <message>
        <source>Citrix Hypervisor, XenServer and Xen</source>
        <translation>Citrix Hypervisor, XenServer y Xen</translation>
    </message>
    <message>
        <source>Citrix Hypervisor (XenServer) does not support nested virtualization. On plain Xen, nested HVM is a technology preview on Intel and experimental on AMD.</source>
        <translation>Citrix Hypervisor (XenServer) no admite la virtualización anidada. En Xen estándar, el HVM anidado es una versión preliminar tecnológica en Intel y experimental en AMD.</translation>
    </message>
    <message>
        <source>Citrix desktops: ask your administrator which hypervisor runs the desktop. Under Citrix Virtual Apps and Desktops the answer depends on that hypervisor; on VMware ESXi, Azure or Hyper-V follow that guide.</source>
        <translation>Escritorios de Citrix: pregunte a su administrador qué hipervisor ejecuta el escritorio. En Citrix Virtual Apps and Desktops, la respuesta depende de ese hipervisor; en VMware ESXi, Azure o Hyper-V, siga la guía correspondiente.</translation>
    </message>
    <message>
        <source>On Citrix Hypervisor or XenServer nested virtualization is not available: use one of the alternatives above.</source>
        <translation>En Citrix Hypervisor o XenServer no está disponible la virtualización anidada: use una de las alternativas anteriores.</translation>
    </message>
    <message>
        <source>On plain Xen, nested HVM can be tried as described in the Xen wiki; it is not production ready.</source>
        <translation>En Xen estándar, se puede probar el HVM anidado como se describe en la wiki de Xen; no está listo para producción.</translation>
    </message>
    <message>
        <source>Xen wiki: Nested virtualization in Xen</source>
        <translation>Wiki de Xen: Nested virtualization in Xen</translation>
    </message>
    <message>
        <source>On Nutanix VDI iEchor Desktop works if WSL 2 works. Persistent desktops are supported; non-persistent desktops are not.</source>
        <translation>En Nutanix VDI, iEchor Desktop funciona si funciona WSL 2. Los escritorios persistentes son compatibles; los no persistentes, no.</translation>
    </message>
    <message>
        <source>A persistent desktop (not a non-persistent pool).</source>
        <translation>Un escritorio persistente (no un grupo no persistente).</translation>
    </message>
    <message>
        <source>Access to the Nutanix cluster&apos;s command line (acli).</source>
        <translation>Acceso a la línea de comandos del clúster de Nutanix (acli).</translation>
    </message>
    <message>
        <source>Pass the CPU&apos;s virtualization features through to the VM. Replace &lt;vm&gt; with the VM&apos;s name.</source>
        <translation>Pase las funciones de virtualización de la CPU a la VM. Sustituya &lt;vm&gt; por el nombre de la VM.</translation>
    </message>
    <message>
        <source>The acli command comes from community scripts; it could not be confirmed against the Nutanix documentation.</source>
        <translation>El comando acli procede de scripts de la comunidad; no se pudo confirmar con la documentación de Nutanix.</translation>
    </message>
    <message>
        <source>Physical machine</source>
        <translation>Equipo físico</translation>
    </message>
    <message>
        <source>Running iEchor Desktop natively on a physical machine is what the vendor recommends: its Linux VM then runs directly on the hardware, without nested virtualization.</source>
        <translation>Ejecutar iEchor Desktop de forma nativa en un equipo físico es lo que recomienda el proveedor: su VM Linux se ejecuta entonces directamente sobre el hardware, sin virtualización anidada.</translation>
    </message>
    <message>
        <source>A 64-bit CPU with virtualization extensions (Intel VT-x or AMD-V) and second-level address translation (SLAT).</source>
        <translation>Una CPU de 64 bits con extensiones de virtualización (Intel VT-x o AMD-V) y traducción de direcciones de segundo nivel (SLAT).</translation>
    </message>
    <message>
        <source>At least 4 GB of memory.</source>
        <translation>Al menos 4 GB de memoria.</translation>
    </message>
    <message>
        <source>Restart the computer and open its firmware settings (BIOS or UEFI). The key to press is shown briefly at start-up and differs by maker.</source>
        <translation>Reinicie el equipo y abra la configuración del firmware (BIOS o UEFI). La tecla que debe pulsar aparece brevemente al arrancar y varía según el fabricante.</translation>
    </message>
    <message>
        <source>Turn on hardware virtualization: Intel Virtualization Technology (VT-x) or AMD SVM (AMD-V). The menu that holds it differs by maker.</source>
        <translation>Active la virtualización por hardware: Intel Virtualization Technology (VT-x) o AMD SVM (AMD-V). El menú que la contiene varía según el fabricante.</translation>
    </message>
    <message>
        <source>Save the settings, start the computer and check again.</source>
        <translation>Guarde la configuración, inicie el equipo y vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>The &quot;Hardware virtualization (VT-x / AMD-V)&quot; check passes. On Windows, Task Manager &gt; Performance shows virtualization as enabled; on Linux, kvm-ok finds KVM usable.</source>
        <translation>La comprobación &quot;Virtualización por hardware (VT-x / AMD-V)&quot; se supera. En Windows, Administrador de tareas &gt; Rendimiento muestra la virtualización como habilitada; en Linux, kvm-ok indica que KVM se puede usar.</translation>
    </message>
    <message>
        <source>iEchor Desktop for Windows: system requirements</source>
        <translation>iEchor Desktop para Windows: requisitos del sistema</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: system requirements</source>
        <translation>iEchor Desktop para Linux: requisitos del sistema</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>Solución de problemas: la virtualización no funciona</translation>
    </message>
    <message>
        <source>Inside a container</source>
        <translation>Dentro de un contenedor</translation>
    </message>
    <message>
        <source>iEchor Desktop starts its own Linux virtual machine. A container shares its host&apos;s kernel and cannot start or manage a virtual machine the way a desktop application needs, so iEchor Desktop cannot run inside one.</source>
        <translation>iEchor Desktop inicia su propia máquina virtual Linux. Un contenedor comparte el kernel de su host y no puede iniciar ni administrar una máquina virtual como lo necesita una aplicación de escritorio, por lo que iEchor Desktop no puede ejecutarse dentro de uno.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the physical machine or VM that runs this container, and run nestready there.</source>
        <translation>Instale iEchor Desktop en el equipo físico o la VM que ejecuta este contenedor y ejecute nestready allí.</translation>
    </message>
    <message>
        <source>Leave the container and find the machine that hosts it: a physical machine or a VM.</source>
        <translation>Salga del contenedor y localice la máquina que lo aloja: un equipo físico o una VM.</translation>
    </message>
    <message>
        <source>Run nestready on that machine. It tells you whether iEchor Desktop can run there and, in a VM, how to turn on nested virtualization.</source>
        <translation>Ejecute nestready en esa máquina. Le indicará si iEchor Desktop puede ejecutarse allí y, en una VM, cómo activar la virtualización anidada.</translation>
    </message>
    <message>
        <source>On the host, the &quot;Not inside a container&quot; check passes.</source>
        <translation>En el host, la comprobación &quot;No está dentro de un contenedor&quot; se supera.</translation>
    </message>
    <message>
        <source>Windows: features, hypervisor and WSL</source>
        <translation>Windows: características, hipervisor y WSL</translation>
    </message>
    <message>
        <source>These steps run in Windows itself, after nested virtualization (in a VM) or firmware virtualization (on a physical machine) is on.</source>
        <translation>Estos pasos se realizan en el propio Windows, una vez activada la virtualización anidada (en una VM) o la virtualización del firmware (en un equipo físico).</translation>
    </message>
    <message>
        <source>64-bit Windows 10 22H2 (build 19045) or Windows 11 23H2 (build 22631) or later. Windows Server is not supported.</source>
        <translation>Windows 10 22H2 (compilación 19045) o Windows 11 23H2 (compilación 22631) o posterior, de 64 bits. Windows Server no es compatible.</translation>
    </message>
    <message>
        <source>An administrator account: the commands below need an elevated prompt.</source>
        <translation>Una cuenta de administrador: los comandos siguientes necesitan un símbolo del sistema con privilegios elevados.</translation>
    </message>
    <message>
        <source>Make the hypervisor start with Windows (elevated prompt), then restart:</source>
        <translation>Haga que el hipervisor se inicie con Windows (símbolo del sistema con privilegios elevados) y reinicie:</translation>
    </message>
    <message>
        <source>Check the WSL version: it must be 2.1.5 or later. If the command prints no version, the old built-in WSL is installed: update it.</source>
        <translation>Compruebe la versión de WSL: debe ser 2.1.5 o posterior. Si el comando no muestra ninguna versión, está instalado el antiguo WSL integrado: actualícelo.</translation>
    </message>
    <message>
        <source>Restart Windows and check again.</source>
        <translation>Reinicie Windows y vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>wsl -l -v works, and systeminfo says &quot;A hypervisor has been detected. Features required for Hyper-V will not be displayed.&quot;</source>
        <translation>wsl -l -v funciona y systeminfo indica &quot;Se detectó un hipervisor. No se mostrarán las características necesarias para Hyper-V.&quot;</translation>
    </message>
    <message>
        <source>Microsoft: Hyper-V system requirements</source>
        <translation>Microsoft: Requisitos del sistema de Hyper-V</translation>
    </message>
    <message>
        <source>Some software, for example Android emulators, turns Hyper-V off. Which programs do so could not be listed here.</source>
        <translation>Algunos programas, por ejemplo los emuladores de Android, desactivan Hyper-V. No se pudo incluir aquí la lista de esos programas.</translation>
    </message>
    <message>
        <source>Linux: KVM modules and the kvm group</source>
        <translation>Linux: módulos de KVM y el grupo kvm</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux runs its VM with KVM. The vendor supports it on physical machines; under nested virtualization it is outside the vendor&apos;s support.</source>
        <translation>iEchor Desktop para Linux ejecuta su VM con KVM. El proveedor ofrece soporte en equipos físicos; con virtualización anidada, queda fuera del soporte del proveedor.</translation>
    </message>
    <message>
        <source>A 64-bit kernel with CPU virtualization support, KVM, QEMU 5.2 or later, systemd and at least 4 GB of memory.</source>
        <translation>Un kernel de 64 bits con compatibilidad con la virtualización de CPU, KVM, QEMU 5.2 o posterior, systemd y al menos 4 GB de memoria.</translation>
    </message>
    <message>
        <source>Load the KVM module for your CPU: kvm_intel for Intel, kvm_amd for AMD.</source>
        <translation>Cargue el módulo de KVM para su CPU: kvm_intel para Intel, kvm_amd para AMD.</translation>
    </message>
    <message>
        <source>Check that the module is loaded and /dev/kvm exists.</source>
        <translation>Compruebe que el módulo está cargado y que /dev/kvm existe.</translation>
    </message>
    <message>
        <source>Allow your user to use KVM, then sign out and back in.</source>
        <translation>Permita que su usuario use KVM; después, cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>Vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>The &quot;KVM device (/dev/kvm)&quot; check passes, and kvm-ok finds KVM usable.</source>
        <translation>La comprobación &quot;Dispositivo KVM (/dev/kvm)&quot; se supera y kvm-ok indica que KVM se puede usar.</translation>
    </message>
    <message>
        <source>iEchor Desktop for Linux: KVM</source>
        <translation>iEchor Desktop para Linux: KVM</translation>
    </message>
    <message>
        <source>The ESXi host&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>La CPU del host ESXi tiene Intel VT-x con EPT o AMD-V con RVI.</translation>
    </message>
    <message>
        <source>The VM uses virtual hardware version 9 or later.</source>
        <translation>La VM usa la versión de hardware virtual 9 o posterior.</translation>
    </message>
    <message>
        <source>You use the vSphere Client: the old C# client does not offer the setting.</source>
        <translation>Usa vSphere Client: el antiguo cliente C# no ofrece esta opción.</translation>
    </message>
    <message>
        <source>The VM uses no PCI passthrough or vGPU: they cannot be combined with nested virtualization.</source>
        <translation>La VM no usa PCI passthrough ni vGPU: no se pueden combinar con la virtualización anidada.</translation>
    </message>
    <message>
        <source>If Windows in the VM uses virtualization-based security: vSphere 6.7 and hardware version 14 or later on Intel, vSphere 7.0 U2 and hardware version 19 or later on AMD.</source>
        <translation>Si Windows usa en la VM la seguridad basada en virtualización: vSphere 6.7 y versión de hardware 14 o posterior en Intel; vSphere 7.0 U2 y versión de hardware 19 o posterior en AMD.</translation>
    </message>
    <message>
        <source>In the vSphere Client, open the VM&apos;s settings, expand CPU and tick the hardware virtualization box.</source>
        <translation>En vSphere Client, abra la configuración de la VM (&quot;Edit Settings&quot;), expanda &quot;CPU&quot; y marque la casilla de virtualización por hardware (&quot;Hardware virtualization&quot;).</translation>
    </message>
    <message>
        <source>The setting writes this line to the VM&apos;s .vmx file. Where you manage the .vmx file directly, add it there instead, with the VM powered off.</source>
        <translation>Esta opción escribe esta línea en el archivo .vmx de la VM. Si administra el archivo .vmx directamente, añádala allí, con la VM apagada.</translation>
    </message>
    <message>
        <source>Power the VM on, start nestready again and check again.</source>
        <translation>Encienda la VM, vuelva a abrir nestready y repita la comprobación.</translation>
    </message>
    <message>
        <source>How nested virtualization interacts with EVC (Enhanced vMotion Compatibility) could not be confirmed.</source>
        <translation>No se pudo confirmar cómo interactúa la virtualización anidada con EVC (Enhanced vMotion Compatibility).</translation>
    </message>
    <message>
        <source>Older guides also set hypervisor.cpuid.v0 = &quot;FALSE&quot;. Whether a Hyper-V guest needs it could not be confirmed; it is not needed for the steps above.</source>
        <translation>Las guías antiguas también establecen hypervisor.cpuid.v0 = &quot;FALSE&quot;. No se pudo confirmar si un invitado Hyper-V lo necesita; no es necesario para los pasos anteriores.</translation>
    </message>
    <message>
        <source>VMware Workstation and Fusion</source>
        <translation>VMware Workstation y Fusion</translation>
    </message>
    <message>
        <source>The vendor supports virtual machines only on VMware ESXi and Azure. iEchor Desktop may work in Workstation or Fusion once nested virtualization is on, but problems there are outside the vendor&apos;s support.</source>
        <translation>El proveedor solo admite máquinas virtuales en VMware ESXi y Azure. iEchor Desktop puede funcionar en Workstation o Fusion una vez activada la virtualización anidada, pero los problemas que surjan allí quedan fuera del soporte del proveedor.</translation>
    </message>
    <message>
        <source>For a supported setup run iEchor Desktop natively on the host computer, or in a VM on VMware ESXi or Azure.</source>
        <translation>Para una configuración con soporte, ejecute iEchor Desktop de forma nativa en el equipo host o en una VM en VMware ESXi o Azure.</translation>
    </message>
    <message>
        <source>VMware Workstation 8 or Fusion 4 or later, and a VM with virtual hardware version 9 or later.</source>
        <translation>VMware Workstation 8 o Fusion 4 o posterior, y una VM con la versión de hardware virtual 9 o posterior.</translation>
    </message>
    <message>
        <source>The host computer&apos;s CPU has Intel VT-x with EPT or AMD-V with RVI.</source>
        <translation>La CPU del equipo host tiene Intel VT-x con EPT o AMD-V con RVI.</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V or virtualization-based security runs on the host, Workstation cannot give VMs VT-x/AMD-V, so nested VMs do not work.</source>
        <translation>En un host Windows: mientras Hyper-V o la seguridad basada en virtualización se ejecutan en el host, Workstation no puede proporcionar VT-x/AMD-V a las VM, por lo que las VM anidadas no funcionan.</translation>
    </message>
    <message>
        <source>Open the VM&apos;s settings and, under Processors, tick the option that virtualizes VT-x/AMD-V.</source>
        <translation>Abra la configuración de la VM y, en &quot;Processors&quot;, marque la opción que virtualiza VT-x/AMD-V.</translation>
    </message>
    <message>
        <source>Start the VM, make sure KVM is loaded and /dev/kvm can be used (see the Linux KVM guide), then check again.</source>
        <translation>Inicie la VM, asegúrese de que KVM esté cargado y de que /dev/kvm se pueda usar (vea la guía de Linux KVM) y compruebe de nuevo.</translation>
    </message>
    <message>
        <source>A VM size whose page lists nested virtualization as supported, for example Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 or Lsv3. The vendor tested D4s_v5 and recommends it or larger.</source>
        <translation>Un tamaño de VM cuya página indique la virtualización anidada como admitida, por ejemplo Dsv5, Dasv5, Ddsv5, Dsv6, Ddsv6, Esv5, Esv6, Fsv2 o Lsv3. El fabricante probó D4s_v5 y recomienda ese tamaño o uno mayor.</translation>
    </message>
    <message>
        <source>Sizes without it include the A family (Av2), the B family (Bv1, Bsv2, Basv2), Arm64 sizes (Dpsv5, Dpsv6), confidential sizes (DCasv5) and GPU sizes such as NCasT4_v3, NVadsA10_v5 and NVv4.</source>
        <translation>Entre los tamaños sin ella están la familia A (Av2), la familia B (Bv1, Bsv2, Basv2), los tamaños Arm64 (Dpsv5, Dpsv6), los tamaños confidenciales (DCasv5) y tamaños con GPU como NCasT4_v3, NVadsA10_v5 y NVv4.</translation>
    </message>
    <message>
        <source>Rights to resize the VM, and to register a feature on the subscription if the security type has to change.</source>
        <translation>Permisos para cambiar el tamaño de la VM y para registrar una característica en la suscripción si hay que cambiar el tipo de seguridad.</translation>
    </message>
    <message>
        <source>If this VM&apos;s size does not offer nested virtualization, resize the VM to one that does: Standard_D4s_v5, the size the vendor tested, or a larger one of the same kind. The VM restarts during the resize.</source>
        <translation>Si el tamaño de esta VM no ofrece virtualización anidada, cambie la VM a uno que sí la ofrezca: Standard_D4s_v5, el tamaño que probó el fabricante, o uno mayor del mismo tipo. La VM se reinicia durante el cambio de tamaño.</translation>
    </message>
    <message>
        <source>If the size offers nested virtualization and VT-x/AMD-V still does not reach the VM, look at the security type: Microsoft&apos;s guide asks for Standard, and new VMs get Trusted Launch by default. The security type Standard needs the subscription feature UseStandardSecurityType; register it once per subscription:</source>
        <translation>Si el tamaño ofrece virtualización anidada y VT-x/AMD-V sigue sin llegar a la VM, revise el tipo de seguridad: la guía de Microsoft pide Standard, y las VM nuevas reciben Trusted Launch de forma predeterminada. El tipo de seguridad Standard requiere la característica de suscripción UseStandardSecurityType; regístrela una vez por suscripción:</translation>
    </message>
    <message>
        <source>Then create the VM with the security type Standard (the Azure CLI option below), or deallocate this VM and set its security type to Standard with the Azure CLI or PowerShell: the Azure portal cannot change it.</source>
        <translation>Después cree la VM con el tipo de seguridad Standard (la opción de la CLI de Azure que aparece abajo), o desasigne esta VM y establezca su tipo de seguridad en Standard con la CLI de Azure o PowerShell: el portal de Azure no puede cambiarlo.</translation>
    </message>
    <message>
        <source>Azure: Resize a virtual machine</source>
        <translation>Azure: Cambiar el tamaño de una máquina virtual</translation>
    </message>
    <message>
        <source>Azure: Trusted Launch FAQ (security type Standard)</source>
        <translation>Azure: Preguntas frecuentes sobre Trusted Launch (tipo de seguridad Standard)</translation>
    </message>
    <message>
        <source>Google Cloud supports nested virtualization only with Linux KVM as the hypervisor inside the VM, on Intel machine types. Hyper-V is not supported there, so a Windows VM on Google Cloud cannot use WSL 2 or Hyper-V and iEchor Desktop for Windows cannot run in it. The vendor does not support this platform.</source>
        <translation>Google Cloud solo admite la virtualización anidada con Linux KVM como hipervisor dentro de la VM, en tipos de máquina Intel. Hyper-V no es compatible allí, por lo que una VM de Windows en Google Cloud no puede usar WSL 2 ni Hyper-V, e iEchor Desktop para Windows no puede ejecutarse en ella. El fabricante no da soporte a esta plataforma.</translation>
    </message>
    <message>
        <source>A Linux VM on an Intel machine type: AMD and Arm machine types do not offer nested virtualization.</source>
        <translation>Una VM Linux en un tipo de máquina Intel: los tipos de máquina AMD y Arm no ofrecen virtualización anidada.</translation>
    </message>
    <message>
        <source>The organization policy &quot;Disable VM nested virtualization&quot; must not be enforced for the project (it is not by default).</source>
        <translation>La directiva de la organización «Disable VM nested virtualization» no debe aplicarse al proyecto (de forma predeterminada no se aplica).</translation>
    </message>
    <message>
        <source>A Windows VM on Google Cloud cannot run WSL 2 or Hyper-V, so there is nothing to turn on for iEchor Desktop for Windows. Use an Azure VM, VMware ESXi or a physical machine instead, or a Linux VM here.</source>
        <translation>Una VM de Windows en Google Cloud no puede ejecutar WSL 2 ni Hyper-V, así que no hay nada que activar para iEchor Desktop para Windows. Use en su lugar una VM de Azure, VMware ESXi o una máquina física, o aquí una VM Linux.</translation>
    </message>
    <message>
        <source>Stop the VM and export its configuration to a file. gcloud compute instances update has no switch for nested virtualization; the exported file has.</source>
        <translation>Detenga la VM y exporte su configuración a un archivo. gcloud compute instances update no tiene ninguna opción para la virtualización anidada; el archivo exportado sí.</translation>
    </message>
    <message>
        <source>In vm.yaml, under advancedMachineFeatures (add that section if it is missing), set:</source>
        <translation>En vm.yaml, en advancedMachineFeatures (añada esa sección si falta), establezca:</translation>
    </message>
    <message>
        <source>Update the VM from the file:</source>
        <translation>Actualice la VM desde el archivo:</translation>
    </message>
    <message>
        <source>For a new VM, turn nested virtualization on when you create it, with this gcloud option:</source>
        <translation>Para una VM nueva, active la virtualización anidada al crearla, con esta opción de gcloud:</translation>
    </message>
    <message>
        <source>Google Cloud: Enable nested virtualization</source>
        <translation>Google Cloud: Habilitar la virtualización anidada</translation>
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
        <translation>No se pudo volver a leer la página de Google con los pasos de export y update-from-file; los comandos siguen las páginas de referencia de gcloud enlazadas abajo.</translation>
    </message>
    <message>
        <source>An instance type with nested virtualization: C8i, M8i or R8i, or their flex variants (C8i-flex, M8i-flex, R8i-flex). A bare-metal instance (*.metal) runs iEchor Desktop without nesting.</source>
        <translation>Un tipo de instancia con virtualización anidada: C8i, M8i o R8i, o sus variantes flex (C8i-flex, M8i-flex, R8i-flex). Una instancia bare-metal (*.metal) ejecuta iEchor Desktop sin anidamiento.</translation>
    </message>
    <message>
        <source>Windows instances: at most 192 vCPUs, and no hibernation. AWS turns Virtual Secure Mode (Credential Guard) off by itself when nested virtualization is on; there is nothing to do for it.</source>
        <translation>Instancias Windows: como máximo 192 vCPU y sin hibernación. AWS desactiva por sí mismo Virtual Secure Mode (Credential Guard) cuando la virtualización anidada está activada; no hay que hacer nada al respecto.</translation>
    </message>
    <message>
        <source>Check that the instance type offers nested virtualization: the answer lists nested-virtualization.</source>
        <translation>Compruebe que el tipo de instancia ofrece virtualización anidada: la respuesta incluye nested-virtualization.</translation>
    </message>
    <message>
        <source>If it does not, stop the instance and change its type to one that does, for example from the M8i family.</source>
        <translation>Si no la ofrece, detenga la instancia y cambie su tipo a uno que sí, por ejemplo de la familia M8i.</translation>
    </message>
    <message>
        <source>Stop the instance, then turn nested virtualization on for it. In the console the setting is under Change CPU options.</source>
        <translation>Detenga la instancia y luego active la virtualización anidada para ella. En la consola, el ajuste está en Change CPU options.</translation>
    </message>
    <message>
        <source>For a new instance, turn it on at launch with this CPU option (console: Advanced details, Nested virtualization):</source>
        <translation>Para una instancia nueva, actívela al lanzarla con esta opción de CPU (consola: Advanced details, Nested virtualization):</translation>
    </message>
    <message>
        <source>AWS CLI: modify-instance-cpu-options</source>
        <translation>CLI de AWS: modify-instance-cpu-options</translation>
    </message>
    <message>
        <source>EC2 API: CpuOptionsRequest</source>
        <translation>API de EC2: CpuOptionsRequest</translation>
    </message>
    <message>
        <source>AWS&apos;s Chinese edition of the page also lists C7i, M7i, R7i, X8i, I7i and other families; this could not be confirmed on the English page. The describe-instance-types command above answers it for your Region.</source>
        <translation>La edición china de la página de AWS también incluye C7i, M7i, R7i, X8i, I7i y otras familias; no se pudo confirmar en la página en inglés. El comando describe-instance-types de arriba lo responde para su región.</translation>
    </message>
    <message>
        <source>Windows 365: a Cloud PC with 4 vCPUs or more, in one of the supported regions. Downsizing to 2 vCPUs turns nested virtualization off.</source>
        <translation>Windows 365: un Cloud PC con 4 vCPU o más, en una de las regiones admitidas. Reducirlo a 2 vCPU desactiva la virtualización anidada.</translation>
    </message>
    <message>
        <source>The vendor does not support iEchor Desktop for Linux under nested virtualization. It may still work once the VM exposes VT-x/AMD-V and /dev/kvm, but problems there are outside the vendor&apos;s support.</source>
        <translation>El fabricante no da soporte a iEchor Desktop para Linux con virtualización anidada. Puede funcionar de todos modos una vez que la VM exponga VT-x/AMD-V y /dev/kvm, pero los problemas en ese caso quedan fuera del soporte del fabricante.</translation>
    </message>
    <message>
        <source>Use a physical Linux machine for a supported setup, or go on knowing that you are outside the vendor&apos;s support.</source>
        <translation>Use una máquina Linux física para una configuración admitida, o continúe sabiendo que queda fuera del soporte del fabricante.</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop in a VM only on VMware ESXi and Azure. These steps still apply here, but problems are then outside the vendor&apos;s support.</source>
        <translation>El fabricante solo da soporte a iEchor Desktop en una VM en VMware ESXi y Azure. Estos pasos también se aplican aquí, pero los problemas quedan entonces fuera del soporte del fabricante.</translation>
    </message>
    <message>
        <source>This platform gives this operating system no nested virtualization, so iEchor Desktop cannot run here. The guide for the platform names the alternatives.</source>
        <translation>Esta plataforma no ofrece virtualización anidada a este sistema operativo, por lo que iEchor Desktop no puede ejecutarse aquí. La guía de la plataforma indica las alternativas.</translation>
    </message>
    <message>
        <source>This step is for another operating system.</source>
        <extracomment>Why a guide step is hidden</extracomment>
        <translation>Este paso es para otro sistema operativo.</translation>
    </message>
    <message>
        <source>Already done: VT-x/AMD-V reaches this system.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Ya está hecho: VT-x/AMD-V llega a este sistema.</translation>
    </message>
    <message>
        <source>Already done: this VM&apos;s size offers nested virtualization.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Ya está hecho: el tamaño de esta VM ofrece virtualización anidada.</translation>
    </message>
    <message>
        <source>Already done: /dev/kvm exists.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Ya está hecho: /dev/kvm existe.</translation>
    </message>
    <message>
        <source>Already done: this user can use /dev/kvm.</source>
        <extracomment>Why a guide step is marked done</extracomment>
        <translation>Ya está hecho: este usuario puede usar /dev/kvm.</translation>
    </message>
    <message>
        <source>No network change is needed: MAC address spoofing is only for routing nested VMs through a second virtual switch. WSL 2, which iEchor Desktop uses, works with NAT by default.</source>
        <translation>No hace falta ningún cambio de red: la suplantación de direcciones MAC solo sirve para enrutar VM anidadas a través de un segundo conmutador virtual. WSL 2, que usa iEchor Desktop, funciona con NAT de forma predeterminada.</translation>
    </message>
    <message>
        <source>Dynamic memory can stay on. While Hyper-V runs inside the VM its memory no longer changes at run time; to give it more, turn the VM off.</source>
        <translation>La memoria dinámica puede seguir activada. Mientras Hyper-V se ejecuta dentro de la VM, su memoria ya no cambia en tiempo de ejecución; para darle más, apague la VM.</translation>
    </message>
    <message>
        <source>Microsoft: Networking with WSL</source>
        <translation>Microsoft: Redes con WSL</translation>
    </message>
    <message>
        <source>On a Windows host: while Hyper-V, WSL 2 or virtualization-based security (Memory Integrity) runs on the host, VirtualBox runs on top of Hyper-V and cannot give its VMs VT-x/AMD-V. The &quot;Enable Nested VT-x/AMD-V&quot; box is then greyed out and nested VMs do not work: nested virtualization needs a host where they are off.</source>
        <translation>En un host Windows: mientras Hyper-V, WSL 2 o la seguridad basada en virtualización (integridad de memoria) se ejecutan en el host, VirtualBox se ejecuta sobre Hyper-V y no puede dar VT-x/AMD-V a sus VM. La casilla «Enable Nested VT-x/AMD-V» aparece entonces atenuada y las VM anidadas no funcionan: la virtualización anidada necesita un host en el que estén desactivados.</translation>
    </message>
    <message>
        <source>VirtualBox manual: Using Hyper-V with VirtualBox</source>
        <translation>Manual de VirtualBox: Using Hyper-V with VirtualBox</translation>
    </message>
    <message>
        <source>Microsoft: no nested virtualization for the Hyper-V host itself</source>
        <translation>Microsoft: sin virtualización anidada para el propio host de Hyper-V</translation>
    </message>
    <message>
        <source>On Macs with Apple silicon, Microsoft does not support what needs nested virtualization in Windows VMs: WSL, Windows Sandbox and virtualization-based security. So iEchor Desktop for Windows cannot run there.</source>
        <translation>En los Mac con Apple silicon, Microsoft no admite lo que requiere virtualización anidada en las VM de Windows: WSL, Windows Sandbox y la seguridad basada en virtualización. Por eso iEchor Desktop para Windows no puede ejecutarse allí.</translation>
    </message>
    <message>
        <source>Find out whether the Mac has Apple silicon or an Intel processor (Apple menu &gt; About This Mac).</source>
        <translation>Averigüe si el Mac tiene Apple silicon o un procesador Intel (menú Apple &gt; Acerca de este Mac).</translation>
    </message>
    <message>
        <source>Apple silicon: install iEchor Desktop for Mac on the Mac instead of in this VM.</source>
        <translation>Apple silicon: instale iEchor Desktop para Mac en el Mac en lugar de en esta VM.</translation>
    </message>
    <message>
        <source>Microsoft: Windows 11 on Macs with Apple silicon</source>
        <translation>Microsoft: Windows 11 en Mac con Apple silicon</translation>
    </message>
    <message>
        <source>VMware ESXi is one of the two platforms the vendor has tested, for iEchor Business customers with one instance per machine. The vendor notes that VMware does not support other hypervisors such as Hyper-V nested in a vSphere VM (VMware KB 2009916), although this works.</source>
        <translation>VMware ESXi es una de las dos plataformas que ha probado el fabricante, para clientes de iEchor Business con una instancia por máquina. El fabricante señala que VMware no da soporte a otros hipervisores como Hyper-V anidados en una VM de vSphere (VMware KB 2009916), aunque funciona.</translation>
    </message>
    <message>
        <source>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</source>
        <translation>vSphere: Expose hardware assisted virtualization (vSphere 7.0)</translation>
    </message>
    <message>
        <source>Broadcom KB 437651: nested virtualization and PCI passthrough or vGPU</source>
        <translation>Broadcom KB 437651: virtualización anidada y PCI passthrough o vGPU</translation>
    </message>
    <message>
        <source>Broadcom KB 2009916: support for nested virtualization</source>
        <translation>Broadcom KB 2009916: soporte de la virtualización anidada</translation>
    </message>
    <message>
        <source>vSphere: virtualization-based security in a VM</source>
        <translation>vSphere: seguridad basada en virtualización en una VM</translation>
    </message>
    <message>
        <source>VMware&apos;s page for the setting and the version limits above (&quot;Running Nested VMs&quot;) was retired in the move to Broadcom; a current page for Workstation and Fusion could not be found.</source>
        <translation>La página de VMware sobre el ajuste y los límites de versión indicados arriba («Running Nested VMs») se retiró con el paso a Broadcom; no se encontró una página actual para Workstation y Fusion.</translation>
    </message>
    <message>
        <source>Turn on the Windows features of the backend you use (one is enough). WSL 2 backend: Virtual Machine Platform, and on Windows 10 also Windows Subsystem for Linux; the second command turns on what WSL 2 needs and installs the current WSL. Hyper-V backend: Hyper-V and Containers. The first command lists their state:</source>
        <translation>Active las características de Windows del backend que use (basta con uno). Backend de WSL 2: Plataforma de máquina virtual y, en Windows 10, también Subsistema de Windows para Linux; el segundo comando activa lo que necesita WSL 2 e instala la versión actual de WSL. Backend de Hyper-V: Hyper-V y Contenedores. El primer comando muestra su estado:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Show the text in language &lt;code&gt; (en, de, es, fr, ja, zh_CN) instead of the system&apos;s language.</source>
        <extracomment>Help text of the --lang option; &lt;code&gt; is the value the person types.</extracomment>
        <translation>Muestra los textos en el idioma &lt;código&gt; (en, de, es, fr, ja, zh_CN) en lugar del idioma del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>Placeholder name of the --lang option&apos;s value, as in &quot;--lang &lt;code&gt;&quot;.</extracomment>
        <translation>código</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Read CPUID from &lt;file&gt; (the output of `cpuid -r -1`) instead of this CPU.</source>
        <translation>Lee CPUID de &lt;archivo&gt; (la salida de `cpuid -r -1`) en lugar de esta CPU.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Examine a recorded Windows machine from its evidence file.</source>
        <translation>Examina una máquina Windows grabada a partir de su archivo de evidencias.</translation>
    </message>
    <message>
        <source>Make no network request at all (not even to Azure&apos;s local metadata service).</source>
        <translation>No hace ninguna petición de red (ni siquiera al servicio local de metadatos de Azure).</translation>
    </message>
    <message>
        <source>Examine a recorded Linux machine: read /proc, /sys and /etc below &lt;dir&gt;, or the evidence.jsonl that scripts/record-linux-machine.sh wrote there.</source>
        <translation>Examinar una máquina Linux grabada: leer /proc, /sys y /etc bajo &lt;dir&gt;, o el evidence.jsonl que scripts/record-linux-machine.sh escribió allí.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the lang attribute of the HTML report</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>Tamaño de VM</translation>
    </message>
    <message>
        <source>nestready report: %1</source>
        <translation>Informe de nestready: %1</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run here?</source>
        <translation>¿Puede funcionar iEchor Desktop aquí?</translation>
    </message>
    <message>
        <source>Identifying details were replaced by placeholders such as &lt;hostname-1&gt;.</source>
        <translation>Los datos identificativos se sustituyeron por marcadores como &lt;hostname-1&gt;.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>What nestready read, exactly as read. Support uses it to replay this report.</source>
        <translation>Lo que leyó nestready, tal cual. El soporte lo usa para reproducir este informe.</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Written by nestready %1, report schema %2.</source>
        <translation>Escrito por nestready %1, esquema de informe %2.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a nestready report is far smaller.</source>
        <translation>El archivo supera los %1 MiB; un informe de nestready es mucho más pequeño.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not text: it is not a nestready report.</source>
        <translation>El archivo no es texto: no es un informe de nestready.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2): it may be truncated or damaged.</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2): puede estar truncado o dañado.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report.</source>
        <translation>El archivo es JSON, pero no un informe de nestready.</translation>
    </message>
    <message>
        <source>This is the output of `nestready check --json`, not a report; write a report with `nestready check --report FILE`.</source>
        <translation>Esta es la salida de `nestready check --json`, no un informe; escriba un informe con `nestready check --report ARCHIVO`.</translation>
    </message>
    <message>
        <source>The file is JSON, but not a nestready report (no &quot;schema&quot;: &quot;nestready-report/1&quot;).</source>
        <translation>El archivo es JSON, pero no un informe de nestready (no hay &quot;schema&quot;: &quot;nestready-report/1&quot;).</translation>
    </message>
    <message>
        <source>The report was written by a newer nestready (schema %1); this version reads schema %2. Update nestready to open it.</source>
        <translation>El informe lo escribió un nestready más reciente (esquema %1); esta versión lee el esquema %2. Actualice nestready para abrirlo.</translation>
    </message>
    <message>
        <source>The report schema &quot;%1&quot; is unknown.</source>
        <translation>El esquema de informe «%1» es desconocido.</translation>
    </message>
    <message>
        <source>The report has no &quot;%1&quot;.</source>
        <translation>Al informe le falta «%1».</translation>
    </message>
    <message>
        <source>The report&apos;s time &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>La hora «%1» del informe no está en formato ISO 8601.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is not an object.</source>
        <translation>«%1» del informe no es un objeto.</translation>
    </message>
    <message>
        <source>The report has more evidence items than any nestready writes.</source>
        <translation>El informe contiene más evidencias de las que nestready escribe nunca.</translation>
    </message>
    <message>
        <source>An evidence item of the report is not an object.</source>
        <translation>Una evidencia del informe no es un objeto.</translation>
    </message>
    <message>
        <source>Bad evidence in the report: %1.</source>
        <translation>Evidencia incorrecta en el informe: %1.</translation>
    </message>
    <message>
        <source>The report has more check results than any nestready writes.</source>
        <translation>El informe contiene más resultados de comprobación de los que nestready escribe nunca.</translation>
    </message>
    <message>
        <source>A check result of the report has no id or an unknown status.</source>
        <translation>Un resultado de comprobación del informe no tiene id o tiene un estado desconocido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>«%1» no es un archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; a nestready report is far smaller.</source>
        <translation>«%1» supera los %2 MiB; un informe de nestready es mucho más pequeño.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Listo, con advertencias</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No está listo</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>Date and time a report was taken; always in UTC</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>una máquina sin nombre</translation>
    </message>
    <message>
        <source>Report from %1 taken %2</source>
        <extracomment>Banner shown while a saved report is open: %1 machine name, %2 date and time</extracomment>
        <translation>Informe de %1 tomado el %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Se ejecuta en</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>Una máquina física</translation>
    </message>
    <message>
        <source>Could not be determined</source>
        <translation>No se pudo determinar</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Logical processors</source>
        <translation>Procesadores lógicos</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Hardware virtualization</source>
        <translation>Virtualización por hardware</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>nestready version</source>
        <translation>Versión de nestready</translation>
    </message>
    <message>
        <source>No platform guide applies.</source>
        <translation>No se aplica ninguna guía de plataforma.</translation>
    </message>
    <message>
        <source>Guide &quot;%1&quot; (open it with `nestready --page %1`)</source>
        <extracomment>%1 is a guide id such as &quot;vmware-esxi&quot;; `nestready --page ID` opens it</extracomment>
        <translation>Guía «%1» (ábrala con `nestready --page %1`)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3, unknown: %4, skipped: %5.</source>
        <translation>Superadas: %1, advertencias: %2, fallidas: %3, desconocidas: %4, omitidas: %5.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n item(s))</source>
        <translation>
            <numerusform>Evidencias (%n elemento)</numerusform>
            <numerusform>Evidencias (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The raw evidence itself is in the JSON form of this report.</source>
        <translation>Las evidencias en bruto están en la versión JSON de este informe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; choose another name or allow overwriting it.</source>
        <translation>«%1» ya existe; elija otro nombre o permita sobrescribirlo.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot tell the format of &quot;%1&quot;: name it .json, .html, .md or .txt.</source>
        <translation>No se puede saber el formato de «%1»: llámelo .json, .html, .md o .txt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link (to &quot;%2&quot;); nestready never writes through a link. Name the file itself if that is where the report should go.</source>
        <extracomment>%1 the path given, %2 the file the link points to</extracomment>
        <translation>«%1» es un enlace simbólico (a «%2»); nestready nunca escribe a través de un enlace. Indique el propio archivo si es ahí donde debe ir el informe.</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <source>Redaction failed (%1); no report was made.</source>
        <translation>Falló la redacción (%1); no se generó ningún informe.</translation>
    </message>
    <message>
        <source>Redaction failed: a value of kind &quot;%1&quot; was still in the report afterwards; no report was made.</source>
        <translation>Falló la redacción: después seguía en el informe un valor de tipo «%1»; no se generó ningún informe.</translation>
    </message>
    <message>
        <source>The report&apos;s &quot;%1&quot; is &quot;%2&quot;, which this version does not know.</source>
        <translation>El campo «%1» del informe es «%2», que esta versión no conoce.</translation>
    </message>
    <message>
        <source>The report would be larger than %1 MiB, more than nestready can read back; it was not written.</source>
        <translation>El informe superaría %1 MiB, más de lo que nestready puede volver a leer; no se escribió.</translation>
    </message>
    <message>
        <source>Steps for your administrator</source>
        <translation>Pasos para su administrador</translation>
    </message>
    <message>
        <source>These steps fit this machine: its operating system, its platform and what the checks found. If someone else manages this machine or its host, send them this report.</source>
        <translation>Estos pasos corresponden a esta máquina: a su sistema operativo, a su plataforma y a lo que encontraron las comprobaciones. Si otra persona administra esta máquina o su host, envíele este informe.</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>En su lugar: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>La VM debe estar apagada para este cambio: apáguela (no basta con reiniciarla), cambie la configuración en el host y, después, inicie la VM.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Already done: %1</source>
        <translation>Ya está hecho: %1</translation>
    </message>
    <message>
        <source>Setting:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>Cómo saber si ha funcionado</translation>
    </message>
    <message>
        <source>Could not be confirmed</source>
        <translation>No se pudo confirmar</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>Documentación del proveedor</translation>
    </message>
    <message>
        <source>The same guide in nestready&apos;s window: %1</source>
        <extracomment>%1 is a command such as &quot;nestready --page azure&quot;</extracomment>
        <translation>La misma guía en la ventana de nestready: %1</translation>
    </message>
    <message>
        <source>Nothing to do: iEchor Desktop can run on this machine.</source>
        <translation>No hay nada que hacer: iEchor Desktop puede funcionar en esta máquina.</translation>
    </message>
    <message>
        <source>Nothing has to be done: iEchor Desktop should run on this machine. The warnings above say what would make it run better.</source>
        <translation>No es necesario hacer nada: iEchor Desktop debería funcionar en esta máquina. Las advertencias anteriores indican qué lo haría funcionar mejor.</translation>
    </message>
    <message>
        <source>Some requirements could not be checked; the list above says what to do about each.</source>
        <translation>Algunos requisitos no se pudieron comprobar; la lista anterior indica qué hacer con cada uno.</translation>
    </message>
    <message>
        <source>No guide applies here; the requirements above say what to do.</source>
        <translation>Aquí no se aplica ninguna guía; los requisitos anteriores indican qué hacer.</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>How reading one piece of evidence went: it was read</extracomment>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Not there</source>
        <extracomment>How reading one piece of evidence went: the file, key or command does not exist</extracomment>
        <translation>No existe</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Needs administrator rights</source>
        <translation>Requiere derechos de administrador</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Not available here</source>
        <extracomment>How reading one piece of evidence went: it does not apply to this source</extracomment>
        <translation>No disponible aquí</translation>
    </message>
    <message>
        <source>Reaches this OS</source>
        <translation>Llega a este sistema operativo</translation>
    </message>
    <message>
        <source>Does not reach this OS</source>
        <translation>No llega a este sistema operativo</translation>
    </message>
    <message>
        <source>This machine, as it ran</source>
        <translation>Esta máquina, tal como se estaba ejecutando</translation>
    </message>
    <message>
        <source>A recorded Linux machine</source>
        <translation>Una máquina Linux grabada</translation>
    </message>
    <message>
        <source>A Windows evidence file</source>
        <translation>Un archivo de evidencias de Windows</translation>
    </message>
    <message>
        <source>A recorded Mac</source>
        <translation>Un Mac grabado</translation>
    </message>
    <message>
        <source>A saved report</source>
        <translation>Un informe guardado</translation>
    </message>
    <message>
        <source>Verdict: %1. %2</source>
        <translation>Veredicto: %1. %2</translation>
    </message>
</context>
<context>
    <name>ReportBanner</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>redacted</source>
        <extracomment>The machine a report is from, when its name was removed</extracomment>
        <translation>anonimizado</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>una máquina sin nombre</translation>
    </message>
    <message>
        <source>Saved report — not this machine</source>
        <translation>Informe guardado: no es esta máquina</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <extracomment>%1 is a host name, &quot;redacted&quot; or &quot;an unnamed machine&quot;</extracomment>
        <translation>Máquina: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Tomado: %1</translation>
    </message>
    <message>
        <source>Identifying details removed</source>
        <translation>Datos identificativos eliminados</translation>
    </message>
    <message>
        <source>Identifying details included</source>
        <translation>Datos identificativos incluidos</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>--sysroot and --windows-evidence describe different machines; give only one.</source>
        <translation>--sysroot y --windows-evidence describen máquinas distintas; indique solo uno.</translation>
    </message>
    <message>
        <source>Cannot read the CPUID dump &quot;%1&quot;.</source>
        <translation>No se puede leer el volcado de CPUID «%1».</translation>
    </message>
    <message>
        <source>The sysroot &quot;%1&quot; is not a folder.</source>
        <translation>El sysroot «%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>Live checks on this operating system are not available in this build.</source>
        <translation>Las comprobaciones en vivo en este sistema operativo no están disponibles en esta compilación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CPUID dump in the format of `cpuid -r -1` (%2).</source>
        <translation>«%1» no es un volcado de CPUID en el formato de `cpuid -r -1` (%2).</translation>
    </message>
</context>
<context>
    <name>StreamSource</name>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;.</source>
        <translation>No se pueden leer las evidencias grabadas «%1».</translation>
    </message>
    <message>
        <source>Cannot read the recorded evidence &quot;%1&quot;: %2</source>
        <translation>No se pueden leer las evidencias grabadas «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not evidence recorded by `nestready collect`: %2</source>
        <translation>«%1» no son evidencias grabadas por `nestready collect`: %2</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>nestready: %1 is an option of `nestready check`; the window does not take it.
Run `nestready check %1`, or `nestready --help` for usage.</source>
        <extracomment>%1 is an option such as --json. `nestready check` is a command, not translated.</extracomment>
        <translation>nestready: %1 es una opción de `nestready check`; la ventana no la admite.
Ejecute `nestready check %1`, o `nestready --help` para ver el uso.</translation>
    </message>
    <message>
        <source>nestready: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set, or QT_QPA_PLATFORM names a platform that has none).
Run `nestready check` to check this machine on the command line.</source>
        <translation>nestready: no hay ninguna pantalla en la que abrir la ventana (DISPLAY y WAYLAND_DISPLAY no están definidas, o QT_QPA_PLATFORM indica una plataforma que no tiene pantalla).
Ejecute `nestready check` para comprobar esta máquina en la línea de comandos.</translation>
    </message>
    <message>
        <source>nestready: cannot load the window module: %1
Reinstall nestready, or run `nestready check` for the checks on the command line.</source>
        <extracomment>%1 is the loader&apos;s reason, in the system&apos;s words (dlerror / GetLastError).</extracomment>
        <translation>nestready: no se puede cargar el módulo de la ventana: %1
Reinstale nestready o ejecute `nestready check` para hacer las comprobaciones en la línea de comandos.</translation>
    </message>
</context>
<context>
    <name>WindowsEvidence</name>
    <message>
        <source>The file is too large (%1 bytes) to be Windows evidence.</source>
        <translation>El archivo es demasiado grande (%1 bytes) para ser un archivo de evidencias de Windows.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 or UTF-16 text.</source>
        <translation>El archivo no es texto UTF-8 ni UTF-16 válido.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at offset %2); it may be truncated.</source>
        <translation>El archivo no es JSON válido (%1 en el desplazamiento %2); puede estar truncado.</translation>
    </message>
    <message>
        <source>The file holds JSON, but not the object that collect-evidence.ps1 writes.</source>
        <translation>El archivo contiene JSON, pero no el objeto que escribe collect-evidence.ps1.</translation>
    </message>
    <message>
        <source>The file holds a JSON object without any of the sections that collect-evidence.ps1 writes (Win32_ComputerSystem, Registry, Collector, ...).</source>
        <translation>El archivo contiene un objeto JSON sin ninguna de las secciones que escribe collect-evidence.ps1 (Win32_ComputerSystem, Registry, Collector, ...).</translation>
    </message>
</context>
<context>
    <name>WindowsSource</name>
    <message>
        <source>The Windows evidence file &quot;%1&quot; does not exist.</source>
        <translation>El archivo de evidencias de Windows &quot;%1&quot; no existe.</translation>
    </message>
    <message>
        <source>The Windows evidence file &quot;%1&quot; is too large (%2 bytes).</source>
        <translation>El archivo de evidencias de Windows &quot;%1&quot; es demasiado grande (%2 bytes).</translation>
    </message>
    <message>
        <source>Cannot read the Windows evidence file &quot;%1&quot;: %2</source>
        <translation>No se puede leer el archivo de evidencias de Windows &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not usable Windows evidence: %2</source>
        <translation>&quot;%1&quot; no es un archivo de evidencias de Windows utilizable: %2</translation>
    </message>
</context>
<context>
    <name>nestready::ReportExportDialog</name>
    <message>
        <source>Cannot open the report</source>
        <translation>No se puede abrir el informe</translation>
    </message>
    <message>
        <source>&amp;Remove identifying details (names, addresses, serial numbers, cloud ids)</source>
        <translation>&amp;Quitar los datos identificativos (nombres, direcciones, números de serie, ids de nube)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Lo que se quitará</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>The name decides the format: .html to read or print, .md to paste into a ticket, .json for support (it can be replayed), .txt for the short summary.</source>
        <translation>El nombre decide el formato: .html para leer o imprimir, .md para pegar en un ticket, .json para soporte (se puede reproducir), .txt para el resumen breve.</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown for a ticket (*.md);;JSON for support (*.json);;Short summary (*.txt)</source>
        <translation>Página web (*.html);;Markdown para un ticket (*.md);;JSON para soporte (*.json);;Resumen breve (*.txt)</translation>
    </message>
    <message>
        <source>These values will be replaced:</source>
        <translation>Estos valores se sustituirán:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>One line of the redaction preview: %1 the value found, %2 what replaces it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No identifying values were found.</source>
        <translation>No se encontraron valores identificativos.</translation>
    </message>
    <message>
        <source>Name the file .html, .md, .json or .txt: the name decides the format.</source>
        <translation>Llame al archivo .html, .md, .json o .txt: el nombre decide el formato.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Replace it?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The report was saved as &quot;%1&quot;.</source>
        <translation>El informe se guardó como «%1».</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Nothing is removed: the report names the machine, its user and its addresses.</source>
        <translation>No se quita nada: el informe incluye el nombre de la máquina, el de su usuario y sus direcciones.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::GuidePage</name>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation>Copiar comando: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>I&apos;ve done this: &amp;check again</source>
        <translation>Ya lo hice: &amp;comprobar de nuevo</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>&amp;Show the guide for:</source>
        <translation>&amp;Mostrar la guía para:</translation>
    </message>
    <message>
        <source>Show the guide for</source>
        <translation>Mostrar la guía para</translation>
    </message>
    <message>
        <source>Result of the checks this guide fixes</source>
        <translation>Resultado de las comprobaciones que corrige esta guía</translation>
    </message>
    <message>
        <source>nestready could not tell which platform this machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready no pudo determinar en qué plataforma se ejecuta esta máquina. Elíjala en la lista anterior para ver sus pasos.</translation>
    </message>
    <message>
        <source>Instead: %1</source>
        <translation>En su lugar: %1</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM. nestready remembers the step you are at and offers to pick up there when it starts again.</source>
        <translation>La VM debe estar apagada para este cambio: apáguela (no basta con reiniciarla), cambie la configuración en el host y, después, inicie la VM. nestready recuerda el paso en el que se encuentra y le ofrece continuar desde ahí cuando se vuelva a abrir.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>How to tell it worked</source>
        <translation>Cómo saber si ha funcionado</translation>
    </message>
    <message>
        <source>Vendor documentation</source>
        <translation>Documentación del proveedor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A check&apos;s title and its status word, e.g. &quot;Hardware virtualization: Pass&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Nothing left to do in this guide: %1</source>
        <extracomment>%1 lists checks and their status words</extracomment>
        <translation>No queda nada por hacer en esta guía: %1</translation>
    </message>
    <message>
        <source>This machine is ready for iEchor Desktop</source>
        <translation>Esta máquina está lista para iEchor Desktop</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches this system.</source>
        <translation>No queda nada por hacer en esta guía: la virtualización llega a este sistema.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Install iEchor Desktop and start it. nestready is done here.</source>
        <translation>Instale iEchor Desktop e inícielo. nestready ha terminado aquí.</translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation>Tenga en cuenta</translation>
    </message>
    <message>
        <source>The vendor supports iEchor Desktop inside a virtual machine only with a Business subscription.</source>
        <translation>El proveedor solo da soporte a iEchor Desktop dentro de una máquina virtual con una suscripción Business.</translation>
    </message>
    <message>
        <source>Run one instance of iEchor Desktop per machine.</source>
        <translation>Ejecute una sola instancia de iEchor Desktop por máquina.</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Ya está hecho</translation>
    </message>
    <message>
        <source>Already done on this machine. %1</source>
        <extracomment>%1 says why, e.g. &quot;Virtualization already reaches this system.&quot;</extracomment>
        <translation>Ya está hecho en esta máquina. %1</translation>
    </message>
    <message>
        <source>Step %1 done: %2</source>
        <extracomment>%1 is the step&apos;s text</extracomment>
        <translation>Paso %1 hecho: %2</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Detalles para el soporte técnico</translation>
    </message>
    <message>
        <source>Could not be confirmed at the source</source>
        <translation>No se pudo confirmar en la fuente</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the machine in the report runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready no pudo determinar en qué plataforma se ejecuta la máquina del informe. Elíjala en la lista anterior para ver sus pasos.</translation>
    </message>
    <message>
        <source>nestready could not tell which platform the recorded machine runs on. Choose it in the list above to see its steps.</source>
        <translation>nestready no pudo determinar en qué plataforma se ejecuta la máquina grabada. Elíjala en la lista anterior para ver sus pasos.</translation>
    </message>
    <message>
        <source>The machine in the report is ready for iEchor Desktop</source>
        <translation>La máquina del informe está lista para iEchor Desktop</translation>
    </message>
    <message>
        <source>The recorded machine is ready for iEchor Desktop</source>
        <translation>La máquina grabada está lista para iEchor Desktop</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the system in the report.</source>
        <translation>No queda nada por hacer en esta guía: la virtualización llega al sistema del informe.</translation>
    </message>
    <message>
        <source>Nothing in this guide is left to do: virtualization reaches the recorded system.</source>
        <translation>No queda nada por hacer en esta guía: la virtualización llega al sistema grabado.</translation>
    </message>
    <message>
        <source>The person who sent the report can install iEchor Desktop on that machine and start it.</source>
        <translation>Quien envió el informe puede instalar iEchor Desktop en esa máquina e iniciarlo.</translation>
    </message>
    <message>
        <source>Install iEchor Desktop on the recorded machine and start it.</source>
        <translation>Instale iEchor Desktop en la máquina grabada e inícielo.</translation>
    </message>
    <message>
        <source>The VM must be powered off for this change: shut it down (a restart is not enough), change the setting on the host, then start the VM.</source>
        <translation>La VM debe estar apagada para este cambio: apáguela (no basta con reiniciarla), cambie la configuración en el host y, después, inicie la VM.</translation>
    </message>
    <message>
        <source>Already done on the machine in the report. %1</source>
        <translation>Ya está hecho en la máquina del informe. %1</translation>
    </message>
    <message>
        <source>Already done on the recorded machine. %1</source>
        <translation>Ya está hecho en la máquina grabada. %1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::MachinePage</name>
    <message>
        <source>certain</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>seguro</translation>
    </message>
    <message>
        <source>likely</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>probable</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>How sure nestready is of a finding about this machine</extracomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Not known.</source>
        <translation>Se desconoce.</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Se desconoce: %1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Which &amp;platform runs this machine?</source>
        <translation>¿Qué &amp;plataforma ejecuta esta máquina?</translation>
    </message>
    <message>
        <source>Your machine</source>
        <translation>Su máquina</translation>
    </message>
    <message>
        <source>Platform that runs this machine</source>
        <translation>Plataforma que ejecuta esta máquina</translation>
    </message>
    <message>
        <source>A container (%1)</source>
        <translation>Un contenedor (%1)</translation>
    </message>
    <message>
        <source>A physical machine</source>
        <translation>Un equipo físico</translation>
    </message>
    <message>
        <source>A virtual machine</source>
        <translation>Una máquina virtual</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Kind of machine</source>
        <translation>Tipo de máquina</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hipervisor</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>Tamaño de VM</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>None: no VDI agent is installed</source>
        <translation>Ninguno: no hay ningún agente de VDI instalado</translation>
    </message>
    <message>
        <source>Virtual desktop (VDI)</source>
        <translation>Escritorio virtual (VDI)</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Detalles para el soporte técnico</translation>
    </message>
    <message>
        <source>The machine in the report</source>
        <translation>La máquina del informe</translation>
    </message>
    <message>
        <source>The recorded machine</source>
        <translation>La máquina grabada</translation>
    </message>
    <message>
        <source>What nestready found out about this computer, and how sure it is.</source>
        <translation>Lo que nestready averiguó sobre este equipo y con qué grado de certeza.</translation>
    </message>
    <message>
        <source>What nestready found out about the machine in the report, and how sure it is.</source>
        <translation>Lo que nestready averiguó sobre la máquina del informe y con qué grado de certeza.</translation>
    </message>
    <message>
        <source>What nestready found out about the recorded machine, and how sure it is.</source>
        <translation>Lo que nestready averiguó sobre la máquina grabada y con qué grado de certeza.</translation>
    </message>
    <message>
        <source>Details for support: evidence</source>
        <translation>Detalles para el soporte técnico: evidencias</translation>
    </message>
    <message>
        <source>Evidence for support</source>
        <translation>Evidencias para el soporte técnico</translation>
    </message>
    <message>
        <source>Platform that runs the machine in the report</source>
        <translation>Plataforma que ejecuta la máquina del informe</translation>
    </message>
    <message>
        <source>Platform that runs the recorded machine</source>
        <translation>Plataforma que ejecuta la máquina grabada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>For support: a row of the Machine page and the evidence keys (not translated) it rests on</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A container whose manager nestready does not recognize</source>
        <translation>Un contenedor cuyo gestor nestready no reconoce</translation>
    </message>
    <message>
        <source>Evidence each row rests on:</source>
        <extracomment>Heading of the evidence list for support; the keys after it are not translated</extracomment>
        <translation>Evidencias en las que se basa cada fila:</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the machine in the report?</source>
        <translation>¿Qué &amp;plataforma ejecuta la máquina del informe?</translation>
    </message>
    <message>
        <source>Which &amp;platform runs the recorded machine?</source>
        <translation>¿Qué &amp;plataforma ejecuta la máquina grabada?</translation>
    </message>
    <message>
        <source>From inside the VM, VMware ESXi, Workstation and Fusion look the same. %1</source>
        <extracomment>%1 is the question &quot;Which platform runs this machine?&quot; (or the report&apos;s machine)</extracomment>
        <translation>Desde dentro de la VM, VMware ESXi, Workstation y Fusion se ven iguales. %1</translation>
    </message>
    <message>
        <source>nestready cannot tell which hypervisor this is. %1</source>
        <translation>nestready no puede determinar qué hipervisor es este. %1</translation>
    </message>
</context>
<context>
    <name>nestready::gui::RequirementsPage</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar &amp;de nuevo</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Each requirement, checked on this machine. Open a row to see why it matters and how to fix it.</source>
        <translation>Cada requisito, comprobado en esta máquina. Abra una fila para ver por qué es importante y cómo corregirlo.</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Resumen de las comprobaciones</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Checking… %n requirement(s) left.</source>
        <translation>
            <numerusform>Comprobando… Queda %n requisito.</numerusform>
            <numerusform>Comprobando… Quedan %n requisitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n no aplicable</numerusform>
            <numerusform>%n no aplicables</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>A part of the count line, e.g. &quot;Failed: 3&quot;</extracomment>
        <translation>Fallidas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <extracomment>A part of the count line, e.g. &quot;1 could not be checked&quot;</extracomment>
        <translation>
            <numerusform>%n no se pudo comprobar</numerusform>
            <numerusform>%n no se pudieron comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Advertencias: %1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Superadas: %1</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Each requirement, as checked on the machine in the report. Open a row to see why it matters and how to fix it.</source>
        <translation>Cada requisito, tal como se comprobó en la máquina del informe. Abra una fila para ver por qué es importante y cómo corregirlo.</translation>
    </message>
    <message>
        <source>Each requirement, checked on the recorded machine. Open a row to see why it matters and how to fix it.</source>
        <translation>Cada requisito, comprobado en la máquina grabada. Abra una fila para ver por qué es importante y cómo corregirlo.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::ResultRow</name>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Show or hide the details</source>
        <translation>Mostrar u ocultar los detalles</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>Aún se está comprobando…</translation>
    </message>
    <message>
        <source>Couldn&apos;t check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Detalles para el soporte técnico</translation>
    </message>
    <message>
        <source>Details for support: %1</source>
        <translation>Detalles para el soporte técnico: %1</translation>
    </message>
    <message>
        <source>Raw evidence for support</source>
        <translation>Datos sin procesar para el soporte técnico</translation>
    </message>
    <message>
        <source>No answer in time from: %1.</source>
        <extracomment>%1 is a list of probe names such as &quot;dmi, system&quot;</extracomment>
        <translation>Sin respuesta a tiempo de: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yet known.</source>
        <translation>Aún no se sabe.</translation>
    </message>
    <message>
        <source>Open the guide: %1</source>
        <translation>Abrir la guía: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>Open the guide at the step that fixes this</source>
        <translation>Abrir la guía en el paso que corrige esto</translation>
    </message>
    <message>
        <source>Details: %1, %2</source>
        <extracomment>The button that opens a requirement&apos;s row: %1 is the status word, %2 the requirement</extracomment>
        <translation>Detalles: %1, %2</translation>
    </message>
    <message>
        <source>Nothing more than the finding above.</source>
        <translation>No hay nada más aparte del resultado de arriba.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::SummaryPage</name>
    <message>
        <source>Co&amp;py summary</source>
        <translation>Co&amp;piar resumen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>What is left to do</source>
        <translation>Qué queda por hacer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Dónde obtener ayuda</translation>
    </message>
    <message>
        <source>iEchor Business customers: contact iEchor support and attach this summary. Problems with nested virtualization itself belong to your hypervisor or cloud vendor; the guide links their documentation.</source>
        <translation>Clientes de iEchor Business: póngase en contacto con el soporte técnico de iEchor y adjunte este resumen. Los problemas con la propia virtualización anidada corresponden al proveedor de su hipervisor o de su nube; la guía enlaza a su documentación.</translation>
    </message>
    <message>
        <source>iEchor Desktop in a VM or VDI environment</source>
        <translation>iEchor Desktop en un entorno de VM o VDI</translation>
    </message>
    <message>
        <source>Troubleshooting: virtualization not working</source>
        <translation>Solución de problemas: la virtualización no funciona</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>One line of the to-do list: status word, check title, what to do</extracomment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>The steps for your platform are in the guide &quot;%1&quot;.</source>
        <translation>Los pasos para su plataforma están en la guía &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing: every requirement is met.</source>
        <translation>Nada: se cumplen todos los requisitos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Guide: %1 (nestready --page %2)</source>
        <translation>Guía: %1 (nestready --page %2)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar &amp;de nuevo</translation>
    </message>
    <message>
        <source>What could not be checked</source>
        <translation>Qué no se pudo comprobar</translation>
    </message>
    <message>
        <source>What changed since the last check</source>
        <translation>Qué cambió desde la última comprobación</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Checked again at %1.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Comprobado de nuevo a las %1.</translation>
    </message>
    <message>
        <source>%1: now passes.</source>
        <extracomment>%1 is a requirement&apos;s title</extracomment>
        <translation>%1: ahora se supera.</translation>
    </message>
    <message>
        <source>%1: still off. A restart is not enough: power the VM off, then start it.</source>
        <translation>%1: sigue desactivado. No basta con reiniciar: apague la VM y después iníciela.</translation>
    </message>
    <message>
        <source>%1: still %2.</source>
        <translation>%1: sigue %2.</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <extracomment>%1 a requirement&apos;s title, %2 and %3 status words</extracomment>
        <translation>%1: era %2, ahora %3.</translation>
    </message>
    <message>
        <source>Nothing changed: everything that passed still passes.</source>
        <translation>No cambió nada: todo lo que se superaba se sigue superando.</translation>
    </message>
    <message>
        <source>Run nestready again as administrator (root on Linux). If it still cannot tell, run it on the host, or export a report for support.</source>
        <translation>Vuelva a ejecutar nestready como administrador (root en Linux). Si sigue sin poder determinarlo, ejecútelo en el host o exporte un informe para el soporte técnico.</translation>
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
        <translation>¿Puede ejecutarse iEchor Desktop en esta máquina?</translation>
    </message>
    <message>
        <source>nestready checks this computer and tells you what, if anything, to change.</source>
        <translation>nestready comprueba este equipo y le indica qué debe cambiar, si es necesario.</translation>
    </message>
    <message>
        <source>Pick up where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Last time you were at step %1 of the guide &quot;%2&quot;. If you have made the change, pick up there and check again.</source>
        <translation>La última vez estaba en el paso %1 de la guía &quot;%2&quot;. Si ya ha realizado el cambio, continúe desde ahí y vuelva a realizar la comprobación.</translation>
    </message>
    <message>
        <source>&amp;Resume and check again</source>
        <translation>&amp;Reanudar y comprobar de nuevo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nothing leaves this machine. The only network request nestready makes is to Azure&apos;s local metadata service, and only on an Azure VM; that address never leaves the host.</source>
        <translation>&lt;b&gt;Privacidad:&lt;/b&gt; ningún dato sale de esta máquina. La única solicitud de red que realiza nestready es al servicio de metadatos local de Azure, y solo en una VM de Azure; esa dirección nunca sale del host.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the machine in the report?</source>
        <translation>¿Puede ejecutarse iEchor Desktop en la máquina del informe?</translation>
    </message>
    <message>
        <source>Can iEchor Desktop run on the recorded machine?</source>
        <translation>¿Puede ejecutarse iEchor Desktop en la máquina grabada?</translation>
    </message>
    <message>
        <source>nestready shows what the report found on its machine and what, if anything, to change there.</source>
        <translation>nestready muestra lo que el informe encontró en su máquina y qué hay que cambiar en ella, si es necesario.</translation>
    </message>
    <message>
        <source>nestready checks the recorded machine and tells you what, if anything, to change.</source>
        <translation>nestready comprueba la máquina grabada y le indica qué debe cambiar, si es necesario.</translation>
    </message>
    <message>
        <source>iEchor Desktop runs its engine inside a small Linux virtual machine. On a physical computer that works once hardware virtualization is on. Inside a virtual machine or a VDI desktop, the hypervisor must also pass virtualization on to the virtual machine: that is called nested virtualization, and it is off by default.</source>
        <translation>iEchor Desktop ejecuta su motor dentro de una pequeña máquina virtual Linux. En un equipo físico, esto funciona en cuanto la virtualización por hardware está activada. Dentro de una máquina virtual o de un escritorio VDI, el hipervisor también debe transferir la virtualización a la máquina virtual: es lo que se llama virtualización anidada, y está desactivada de forma predeterminada.</translation>
    </message>
    <message>
        <source>nestready finds out what kind of machine it is, checks every requirement (processor, memory, disk, virtualization, the vendor&apos;s support policy) and, where something is missing, shows the exact steps for your platform.</source>
        <translation>nestready averigua qué tipo de máquina es, comprueba cada requisito (procesador, memoria, disco, virtualización, la política de soporte del fabricante) y, si falta algo, muestra los pasos exactos para su plataforma.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Privacy:&lt;/b&gt; nestready only reads what was recorded and makes no network request.</source>
        <translation>&lt;b&gt;Privacidad:&lt;/b&gt; nestready solo lee lo que se grabó y no realiza ninguna solicitud de red.</translation>
    </message>
</context>
<context>
    <name>nestready::gui::Wizard</name>
    <message>
        <source>nestready: can iEchor Desktop run here?</source>
        <translation>nestready: ¿puede ejecutarse iEchor Desktop aquí?</translation>
    </message>
    <message>
        <source>Checking this machine…</source>
        <translation>Comprobando esta máquina…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <source>Reading the recorded machine…</source>
        <translation>Leyendo la máquina grabada…</translation>
    </message>
    <message>
        <source>Recorded machine: its results can&apos;t change. To check again, run nestready on that machine.</source>
        <translation>Máquina grabada: sus resultados no pueden cambiar. Para volver a comprobarlo, ejecute nestready en esa máquina.</translation>
    </message>
</context>
</TS>
