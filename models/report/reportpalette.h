// The few colours of the printed report, chosen to stay legible in greyscale print.
#pragma once

#include <QColor>

namespace Gatehouse::ReportPalette {

inline const QColor Ink(0x1b, 0x1f, 0x2a);
inline const QColor Muted(0x5a, 0x62, 0x70);
inline const QColor Rule(0xc5, 0xcb, 0xd6);
inline const QColor HeaderFill(0xe8, 0xec, 0xf3);
inline const QColor Pass(0x1e, 0x7b, 0x34);
inline const QColor Fail(0xb4, 0x23, 0x18);
inline const QColor Open(0x9a, 0x67, 0x00);

} // namespace Gatehouse::ReportPalette
