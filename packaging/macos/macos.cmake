# SPDX-License-Identifier: MIT
# macOS: nestready.app with libnestready-core and the modules in Contents/Frameworks (where
# core/modules.cpp looks for them), Info.plist and icon, and macdeployqt to bring Qt along. Included from
# packaging/CMakeLists.txt only when APPLE.

if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
    set(CMAKE_OSX_DEPLOYMENT_TARGET 11.0) # Qt 6.4's minimum is macOS 11
endif()
configure_file(macos/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)

# The icon, from the same SVG as every other platform: rendered to PNG at build time by rsvg-convert
# and turned into .icns by the system's iconutil (both documented in docs/packaging.md).
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
find_program(ICONUTIL iconutil REQUIRED)
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/nestready.iconset)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/nestready.icns)
set(icon_commands COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset})
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND icon_commands
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png
                ${PROJECT_SOURCE_DIR}/resources/icons/nestready.svg
        COMMAND ${RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png
                ${PROJECT_SOURCE_DIR}/resources/icons/nestready.svg)
endforeach()
add_custom_command(OUTPUT ${icns} ${icon_commands}
    COMMAND ${ICONUTIL} -c icns -o ${icns} ${iconset}
    DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/nestready.svg
    VERBATIM)
target_sources(nestready PRIVATE ${icns})
set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# libnestready-core and the modules are in Contents/Frameworks, in the build tree as in the installed
# bundle (nestready_private_library() in the top CMakeLists.txt), so one RUNPATH serves both.
set_target_properties(nestready PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist
    INSTALL_RPATH "@executable_path/../Frameworks"
    BUILD_WITH_INSTALL_RPATH ON)

# macdeployqt copies the Qt frameworks and plugins into the bundle and rewrites the install names of
# the executable and of the module (-executable=). Signing is a separate step: docs/packaging.md.
find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(NOT MACDEPLOYQT_EXECUTABLE)
    message(WARNING "macdeployqt not found: the installed bundle will lack the Qt frameworks")
else()
    install(CODE "
        set(app \"\${CMAKE_INSTALL_PREFIX}/nestready.app\")
        execute_process(
            COMMAND \"${MACDEPLOYQT_EXECUTABLE}\" \"\${app}\"
                    \"-executable=\${app}/Contents/Frameworks/libnestready-gui.dylib\"
                    \"-executable=\${app}/Contents/Frameworks/libnestready-imds.dylib\"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed: \${result}\")
        endif()
    ")
endif()

# Qt's own strings (QWizard's buttons) for the languages nestready speaks; macdeployqt does not
# deploy translations. core/i18n.cpp looks in Contents/Resources/translations.
foreach(lang de es fr ja zh_CN)
    set(qm "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${lang}.qm")
    if(EXISTS "${qm}")
        install(FILES "${qm}" DESTINATION nestready.app/Contents/Resources/translations)
    endif()
endforeach()
