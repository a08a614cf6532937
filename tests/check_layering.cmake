# Fails when a folder includes what its layer may not use. The build already keeps the
# libraries apart; this catches an include that happens to resolve through another path.
set(rules
    "models|<Q(Widget|Application|MainWindow|Dialog|Label|Network|Tcp|Ssl|Http|Color|Icon|Pixmap|Painter|Font)|<QtWidgets|<QtNetwork|<QtGui"
    "connectors|<Q(Widget|Application|MainWindow|Dialog|Label|Painter)|<QtWidgets|<QtGui"
    "ui|<QSql|<QtSql|<QNetwork|<QtNetwork")
set(failed FALSE)
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(REMOVE_AT parts 0)
    string(REPLACE ";" "|" pattern "${parts}")
    file(GLOB_RECURSE files ${SOURCE_DIR}/${folder}/*.h ${SOURCE_DIR}/${folder}/*.cpp)
    foreach(f IN LISTS files)
        file(STRINGS ${f} lines REGEX "^#include")
        foreach(line IN LISTS lines)
            if(line MATCHES "#include (${pattern})")
                message(SEND_ERROR "${f}: ${folder}/ may not include ${line}")
                set(failed TRUE)
            endif()
        endforeach()
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "layering violated")
endif()
message(STATUS "layering respected")
