// Asks what the store cannot know about new evidence: its title, when it was collected (never
// later than today) and, for a note, its text.
#pragma once

#include <QDateTime>
#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Gatehouse {

class Clock;

class EvidenceDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        File,
        Note
    };

    // For a file, `subject` is its path; for a note, the control it documents.
    EvidenceDetailsDialog(Kind kind, const QString& subject, const Clock& clock,
                          QWidget* parent = nullptr);

    QString title() const;
    void setTitle(const QString& title);
    // The start of the chosen day, in UTC.
    QDateTime collectedAt() const;
    void setCollectedDate(QDate date);
    QString noteText() const;
    void setNoteText(const QString& text);

public slots:
    void accept() override;

private:
    QDate today() const;
    void showError(const QString& message);

    Kind m_kind;
    const Clock& m_clock;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_collected = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Gatehouse
