# CPack: a Debian package (dependencies computed by dpkg-shlibdeps, so they are real Debian
# package names) and a plain .tar.gz of the installed tree. Included last by the top-level
# CMakeLists.txt so that every install() rule is known. scripts/package.sh drives it.
set(CPACK_PACKAGE_NAME "policylens")
set(CPACK_PACKAGE_VENDOR "PolicyLens contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "quantitative targets in AI-industry policy documents")
set(CPACK_PACKAGE_DESCRIPTION
    "PolicyLens imports Chinese and English policy documents (TXT, HTML, PDF, DOCX, Markdown)
and statistics (CSV, XLSX) into one SQLite workspace, extracts quantitative targets
(indicator, value, unit, comparator, year, with the source sentence), lets the researcher
review them, compares cities in charts and exports charts and reports. Desktop
application and command-line tool, with a Chinese and an English interface.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/policylens/policylens")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CONTACT "PolicyLens maintainers <policylens@users.noreply.github.com>")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_FILE_NAME "policylens-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # policylens_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins at run time, so dpkg-shlibdeps cannot see them: the platform
# plugins (xcb, wayland, offscreen), the SQLite driver for the workspace, the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
# Qt's own dialog translations and CJK glyphs for documents and charts.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
