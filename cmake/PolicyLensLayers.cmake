# Layers the build enforces. Sources stay in their folders (model/text, model/store, ...), and
# every library gets an include root of its own under build/layers/<library>/ holding links to
# only its folders. A library sees its own root and, through its PUBLIC links, the roots of the
# layers below it; a header of a higher layer is simply not on its include path, so an upward
# #include "layer/file.h" fails to compile (tests/architecture proves it).

# policylens_layer_folders(TARGET FOLDER...): FOLDERs (relative to the current source dir)
# become TARGET's include root.
function(policylens_layer_folders target)
  set(root "${PROJECT_BINARY_DIR}/layers/${target}")
  file(MAKE_DIRECTORY "${root}")
  foreach(folder IN LISTS ARGN)
    set(link "${root}/${folder}")
    if(NOT EXISTS "${link}")
      file(RELATIVE_PATH target_path "${root}" "${CMAKE_CURRENT_SOURCE_DIR}/${folder}")
      file(CREATE_LINK "${target_path}" "${link}" SYMBOLIC)
    endif()
  endforeach()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE "$<BUILD_INTERFACE:${root}>")
  else()
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${root}>")
  endif()
endfunction()

# policylens_layer_sources(VAR FOLDER FILE...): VAR += FOLDER/FILE.cpp and FOLDER/FILE.h for each
# FILE (a name without extension; a name with .h or .cpp is taken as it is: a header alone, a source alone). Explicit lists:
# a new file is added here on purpose, not picked up by a glob.
function(policylens_layer_sources var folder)
  set(out ${${var}})
  foreach(name IN LISTS ARGN)
    if(name MATCHES "\\.(h|cpp)$")
      list(APPEND out "${folder}/${name}")
    else()
      list(APPEND out "${folder}/${name}.cpp" "${folder}/${name}.h")
    endif()
  endforeach()
  set(${var} ${out} PARENT_SCOPE)
endfunction()
