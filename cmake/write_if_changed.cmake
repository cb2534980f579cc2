# Writes content to path only when it differs from what is there, so that regenerating an
# embedded file at every build does not make ninja recompile what includes it.
function(kenes_write_if_changed path content)
  if(EXISTS "${path}")
    file(READ "${path}" old)
  else()
    set(old "")
  endif()
  if(NOT old STREQUAL content)
    file(WRITE "${path}" "${content}")
  endif()
endfunction()
