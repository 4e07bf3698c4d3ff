# Every PolicyLens target links policylens_common, so the language standard, warnings and
# strict Qt defines live in one place (as qBittorrent's CommonConfig does).
add_library(policylens_common INTERFACE)

target_compile_features(policylens_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(policylens_common INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wno-error=deprecated-declarations)

target_compile_definitions(policylens_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_DISABLE_DEPRECATED_UP_TO=0x060000
  POLICYLENS_VERSION="${PROJECT_VERSION}")
