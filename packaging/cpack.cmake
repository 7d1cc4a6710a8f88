# SPDX-License-Identifier: MIT
# CPack for all three platforms. `cpack` in the build tree (after a build) writes:
#   Linux:   nestready_<version>_<arch>.deb   (generator DEB)
#   Windows: nestready-<version>-win64.exe    (generator NSIS)
#   macOS:   nestready-<version>-Darwin.dmg   (generator DragNDrop)
# Every version number below comes from project(nestready VERSION ...).

set(CPACK_PACKAGE_NAME nestready)
set(CPACK_PACKAGE_VENDOR "The nestready contributors")
set(CPACK_PACKAGE_CONTACT "The nestready contributors <nestready@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "nestready tells you, on the machine in front of you, whether iEchor Desktop can run there \
(physical machine, virtual machine or VDI desktop) and, if not, what to change on your hypervisor: \
iEchor Desktop runs its engine in a Linux VM and so needs nested virtualization inside a VM. \
It shows the checks in a window, or prints them with `nestready check` (text or JSON).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY nestready)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;/\\\\.cache/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # nestready_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # dpkg-shlibdeps finds the libraries (Qt, QCoro, libc); what is loaded at run time it cannot
    # see: the platform plugin (xcb/wayland) of QtGui is in qt6-qpa-plugins, and the SVG icon and
    # image plugins are in libqt6svg6.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
    # Qt's own strings (QWizard's buttons) in the reader's language.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cpuid")
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}\n${CPACK_PACKAGE_DESCRIPTION}")
elseif(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_PACKAGE_FILE_NAME "nestready-${PROJECT_VERSION}-win64")
    set(CPACK_NSIS_PACKAGE_NAME "nestready ${PROJECT_VERSION}")
    set(CPACK_NSIS_DISPLAY_NAME "nestready")
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/windows/nestready.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/packaging/windows/nestready.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\nestready.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # nestready.exe is also the command line (`nestready check`): offer to put it on PATH.
    set(CPACK_NSIS_MODIFY_PATH ON)
    # A Start menu entry for the window; the executable is bin\nestready.exe.
    set(CPACK_PACKAGE_EXECUTABLES "nestready;nestready")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    # Per-machine install into Program Files, which needs elevation for the installer only; the
    # program itself runs asInvoker (packaging/windows/nestready.manifest).
    set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "nestready ${PROJECT_VERSION}")
    set(CPACK_PACKAGE_FILE_NAME "nestready-${PROJECT_VERSION}-Darwin")
endif()

include(CPack)
