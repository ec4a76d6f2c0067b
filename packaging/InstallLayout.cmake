# Where everything is installed, per platform, decided once before the targets are defined; and
# nextdesk_buildinfo, the generated header that tells the programs their version and where the
# sample apps are relative to them. Included from the top-level CMakeLists.txt.
#
#                 console, server              sample apps (knapsack, knapsack-inputs)
#   Linux/Unix    <prefix>/bin                 <prefix>/libexec/nextdesk (GNUInstallDirs)
#   Windows       <prefix>/bin                 <prefix>/bin: the DLLs windeployqt puts beside
#                                              the programs are found only from that folder
#   macOS         nextdesk.app/Contents/MacOS  nextdesk.app/Contents/MacOS: macdeployqt
#                                              points all of them at Contents/Frameworks
#
# The build tree keeps every executable in build/bin; the lookup (api/session/installlayout.h)
# tries the installed place first and then the folder of the server.
include(GNUInstallDirs)

if(APPLE)
    set(NEXTDESK_INSTALL_BINDIR nextdesk.app/Contents/MacOS)
    set(NEXTDESK_INSTALL_SAMPLESDIR ${NEXTDESK_INSTALL_BINDIR})
elseif(WIN32)
    set(NEXTDESK_INSTALL_BINDIR ${CMAKE_INSTALL_BINDIR})
    set(NEXTDESK_INSTALL_SAMPLESDIR ${CMAKE_INSTALL_BINDIR})
else()
    set(NEXTDESK_INSTALL_BINDIR ${CMAKE_INSTALL_BINDIR})
    set(NEXTDESK_INSTALL_SAMPLESDIR ${CMAKE_INSTALL_LIBEXECDIR}/nextdesk)
endif()

# Contract for resources/ (the desktop integration) and the translations: they install here.
set(NEXTDESK_INSTALL_APPLICATIONSDIR ${CMAKE_INSTALL_DATADIR}/applications)
set(NEXTDESK_INSTALL_ICONSDIR ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
set(NEXTDESK_INSTALL_METAINFODIR ${CMAKE_INSTALL_DATADIR}/metainfo)
if(APPLE)
    set(NEXTDESK_INSTALL_TRANSLATIONSDIR nextdesk.app/Contents/Resources/translations)
else()
    set(NEXTDESK_INSTALL_TRANSLATIONSDIR ${CMAKE_INSTALL_DATADIR}/nextdesk/translations)
endif()
set(NEXTDESK_APP_ID io.nextdesk.NextDesk)

# Relative, so an installed tree works wherever it is unpacked (a prefix, a scratch root, a
# bundle copied anywhere). Absolute folders (e.g. -DCMAKE_INSTALL_LIBEXECDIR=/usr/lib/x) count too.
foreach(kind BINDIR SAMPLESDIR TRANSLATIONSDIR)
    set(full_${kind} ${NEXTDESK_INSTALL_${kind}})
    if(NOT IS_ABSOLUTE ${full_${kind}})
        set(full_${kind} ${CMAKE_INSTALL_PREFIX}/${full_${kind}})
    endif()
endforeach()
file(RELATIVE_PATH NEXTDESK_SAMPLES_RELATIVE_DIR ${full_BINDIR} ${full_SAMPLESDIR})
if(NEXTDESK_SAMPLES_RELATIVE_DIR STREQUAL "")
    set(NEXTDESK_SAMPLES_RELATIVE_DIR .)
endif()
file(RELATIVE_PATH NEXTDESK_TRANSLATIONS_RELATIVE_DIR ${full_BINDIR} ${full_TRANSLATIONSDIR})

# The one place the version reaches the code: both programs and api/ include this header.
configure_file(${CMAKE_CURRENT_LIST_DIR}/nextdeskbuildinfo.h.in
               ${CMAKE_BINARY_DIR}/generated/nextdeskbuildinfo.h @ONLY)
add_library(nextdesk_buildinfo INTERFACE)
target_include_directories(nextdesk_buildinfo INTERFACE ${CMAKE_BINARY_DIR}/generated)

