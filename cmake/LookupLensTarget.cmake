# Strict flags for LookupLens's own targets (style.md): never applied to third-party code.
function(lookuplens_strict target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(LOOKUPLENS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)
endfunction()
