# Helpers that keep the layering of the source tree visible in the build.

# gatehouse_add_model_library(NAME SOURCES... LINKS...)
# A library under models/. It may link QtCore, QtNetwork, QtSql, QtGui, OpenSSL and QtKeychain,
# never QtWidgets: gatehouse_check_model_layering() fails the configure step if one does.
function(gatehouse_add_model_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LINKS})
    set_property(GLOBAL APPEND PROPERTY GATEHOUSE_MODEL_LIBRARIES ${name})
endfunction()

# gatehouse_add_view_library(NAME SOURCES... LINKS...)
function(gatehouse_add_view_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC Qt6::Widgets ${ARG_LINKS})
endfunction()

# Walks the link graph of every model library and stops the configure step when QtWidgets or a
# view library is reachable from one.
function(gatehouse_check_model_layering)
    get_property(models GLOBAL PROPERTY GATEHOUSE_MODEL_LIBRARIES)
    foreach(model IN LISTS models)
        set(pending ${model})
        set(seen "")
        while(pending)
            list(POP_FRONT pending current)
            if(current IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${current})
            if(current MATCHES "^Qt6?::(Widgets|Charts|PrintSupport)$" OR current MATCHES "^gh_view_")
                message(FATAL_ERROR "models/ library ${model} reaches ${current}: "
                                    "models must not depend on widgets")
            endif()
            if(TARGET ${current})
                get_target_property(links ${current} INTERFACE_LINK_LIBRARIES)
                if(links)
                    list(APPEND pending ${links})
                endif()
            endif()
        endwhile()
    endforeach()
endfunction()
