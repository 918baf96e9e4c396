// Asks which MCP server to enumerate: a URL or a command line, the variables a stdio server may
// see, a bearer token for HTTP and the timeout.
#pragma once

#include "models/core/error.h"
#include "models/inventory/inventorytarget.h"
#include "models/inventory/serverenumerator.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;
class QLabel;

namespace Gatehouse {

class EnumerateDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EnumerateDialog(QWidget* parent = nullptr);

    void setServer(const QString& urlOrCommand);
    Result<InventoryTarget> target() const;
    EnumerationOptions options() const;

    void accept() override;

private:
    QLineEdit* m_server = nullptr;
    QLineEdit* m_environment = nullptr;
    QLineEdit* m_token = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace Gatehouse
