// The details of one tool call and its attribution chain, as the reviewer reads them beside the
// live table.
#pragma once

#include "models/telemetry/toolcall.h"

#include <QTextBrowser>

namespace Gatehouse {

class ToolCallDetails final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ToolCallDetails(QWidget* parent = nullptr);

    void showCall(const ToolCall& call);
    void showNothing();
};

} // namespace Gatehouse
