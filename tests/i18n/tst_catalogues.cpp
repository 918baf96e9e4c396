// The translation catalogues against the sources: every message that counts something has its
// English singular and plural, with the same placeholders as its source, so no "(s)" reaches a
// user because somebody added a message and did not fill in its forms.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList forms;
    bool unfinished = false;
};

// The numerus messages of a .ts file, by context and source.
QHash<QString, Message> numerusMessages(const QString& path, QString* error)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == "name"_L1)
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == "message"_L1) {
            numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            message = Message{context, {}, {}, false};
        } else if (xml.isStartElement() && xml.name() == "source"_L1)
            message.source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == "translation"_L1)
            message.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
        else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
            message.forms.append(xml.readElementText());
        else if (xml.isEndElement() && xml.name() == "message"_L1 && numerus)
            messages.insert(message.context + u'\n' + message.source, message);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(u"%(n|[1-9])"_s);
    QStringList found;
    for (const QRegularExpressionMatch& match : marker.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void englishFormsAreFilledIn();
    void everyCountedMessageOfTheSourcesIsInTheEnglishCatalogue();

private:
    const QString m_english = QStringLiteral(GATEHOUSE_SOURCE_DIR "/translations/gatehouse_en.ts");
};

void TestCatalogues::englishFormsAreFilledIn()
{
    QString error;
    const QHash<QString, Message> messages = numerusMessages(m_english, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    for (const Message& message : messages) {
        const QString where = message.context + u": "_s + message.source;
        QVERIFY2(!message.unfinished, qPrintable(where));
        QVERIFY2(message.forms.size() == 2, qPrintable(where));
        for (const QString& form : message.forms) {
            QVERIFY2(!form.isEmpty() && !form.contains(u"(s)"_s), qPrintable(where));
            QVERIFY2(placeholders(form) == placeholders(message.source), qPrintable(where));
        }
    }
}

// lupdate reads the sources afresh into a scratch catalogue; each counted message it finds must
// be in the committed English catalogue, finished.
void TestCatalogues::everyCountedMessageOfTheSourcesIsInTheEnglishCatalogue()
{
    QTemporaryDir dir;
    const QString scratch = dir.filePath(u"scratch_en.ts"_s);
    QProcess lupdate;
    const QDir top(QStringLiteral(GATEHOUSE_SOURCE_DIR));
    lupdate.setWorkingDirectory(top.path());
    lupdate.start(QStringLiteral(LUPDATE),
                  {u"-pluralonly"_s, u"-locations"_s, u"none"_s, u"-I"_s, top.path(), u"models"_s,
                   u"views"_s, u"app"_s, u"-ts"_s, scratch});
    QVERIFY(lupdate.waitForFinished(90000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QHash<QString, Message> found = numerusMessages(scratch, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QHash<QString, Message> committed = numerusMessages(m_english, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!found.isEmpty());
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const QString where = it->context + u": "_s + it->source
                              + u"\nrun the update_translations target and fill in its forms"_s;
        const auto entry = committed.constFind(it.key());
        QVERIFY2(entry != committed.cend(), qPrintable(where));
        QVERIFY2(!entry->unfinished, qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
