// Loads the console's embedded message catalogues into an application: the English plural forms
// ("1 call", "3 calls") whatever the locale, and the locale's own catalogue over them.
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Gatehouse {

// Installs the catalogues as children of `app`. Returns false when the English plural catalogue
// is missing from the build, in which case counted messages read "3 call(s)".
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace Gatehouse
