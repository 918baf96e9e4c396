// The catalogues are compiled from translations/*.ts and embedded under :/i18n.
#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Gatehouse {

using namespace Qt::StringLiterals;

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // Qt asks the translator installed last first, so the locale's catalogue, installed after
    // the plural forms, wins wherever it has a translation.
    auto* plurals = new QTranslator(&app);
    const bool havePlurals = plurals->load(u":/i18n/gatehouse_en.qm"_s);
    if (havePlurals)
        QCoreApplication::installTranslator(plurals);

    auto* own = new QTranslator(&app);
    if (own->load(locale, u"gatehouse"_s, u"_"_s, u":/i18n"_s)
        && own->filePath() != plurals->filePath())
        QCoreApplication::installTranslator(own);
    return havePlurals;
}

} // namespace Gatehouse
