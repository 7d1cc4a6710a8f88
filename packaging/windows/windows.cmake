# SPDX-License-Identifier: MIT
# Windows: version resource + icon + manifest in nestready.exe, the window module beside it, and
# windeployqt to bring Qt along. Included from packaging/CMakeLists.txt only when WIN32.

set(NESTREADY_VERSION_QUAD "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
set(NESTREADY_ICO "${CMAKE_CURRENT_SOURCE_DIR}/windows/nestready.ico")
set(NESTREADY_MANIFEST "${CMAKE_CURRENT_BINARY_DIR}/nestready.manifest")
configure_file(windows/nestready.manifest ${NESTREADY_MANIFEST} @ONLY)
configure_file(windows/nestready.rc.in ${CMAKE_CURRENT_BINARY_DIR}/nestready.rc @ONLY)
target_sources(nestready PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/nestready.rc)
set_property(SOURCE ${CMAKE_CURRENT_BINARY_DIR}/nestready.rc APPEND PROPERTY OBJECT_DEPENDS
             ${NESTREADY_ICO} ${NESTREADY_MANIFEST})
if(MSVC)
    # The manifest is in the .rc; without this the linker adds a second one and the link fails (CVT1100).
    target_link_options(nestready PRIVATE /MANIFEST:NO)
endif()

# nestready-core.dll, nestready-gui.dll and nestready-imds.dll are installed to bin/ beside nestready.exe
# (nestready_private_library() in the top CMakeLists.txt), and the build tree puts them all in bin/: the
# modules are loaded with LoadLibraryEx by full path from the folder of nestready-core.dll (core/modules.cpp).

# windeployqt copies the Qt DLLs, the platform, style, image-format (SVG) and TLS plugins and Qt's
# own translations into bin/. It runs on the installed modules, because only the window module links
# QtWidgets/QtGui/QtSvg and only nestready-imds links QtNetwork; the executable needs just QtCore.
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(NOT WINDEPLOYQT_EXECUTABLE)
    message(WARNING "windeployqt not found: the installed tree will lack the Qt DLLs")
else()
    install(CODE "
        set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        execute_process(
            COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --no-compiler-runtime --no-system-d3d-compiler
                    --no-opengl-sw --translations de,es,fr,ja,zh_CN --dir \"\${bin}\" \"\${bin}/nestready-gui.dll\" \"\${bin}/nestready-imds.dll\" \"\${bin}/nestready.exe\"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${result}\")
        endif()
    ")
    # QCoro is not a Qt module, so windeployqt does not know it: install its DLLs ourselves.
    foreach(qcoro QCoro6::Core QCoro6::Network)
        get_target_property(type ${qcoro} TYPE)
        if(type STREQUAL "SHARED_LIBRARY")
            install(FILES $<TARGET_FILE:${qcoro}> DESTINATION ${CMAKE_INSTALL_BINDIR})
        endif()
    endforeach()
endif()

# The MSVC runtime the program needs (vcruntime140.dll, msvcp140.dll), beside the executable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
