// Ctrl-C and SIGTERM as an orderly end. The handler only sets a flag; a timer on the event loop
// looks at it a few times a second and quits the loop, so the program ends as if its last window
// had closed: destructors run, the archive writer commits its last batch, temporary files go.
#pragma once

class QObject;

namespace Gatehouse {

// Installs the handlers for SIGINT and SIGTERM; the timer that watches the flag is a child of
// `context` and stops with it.
void quitOnTerminationSignals(QObject* context);

} // namespace Gatehouse
