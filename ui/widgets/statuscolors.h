// The few colours the console uses on purpose, in one place: mid-tone hues that stay readable
// on light and dark palettes (as text, as a tint behind text, and as chart marks).
#pragma once

#include <QColor>

class QLabel;

namespace Ui::StatusColors {

inline QColor good()
{
    return QColor(0x2e, 0x9e, 0x4f);
}
inline QColor bad()
{
    return QColor(0xd9, 0x3f, 0x3f);
}
inline QColor neutral()
{
    return QColor(0x8a, 0x8a, 0x8a);
}

// Styles a label for error text (red, wrapping, hidden until it has something to say).
void makeErrorLabel(QLabel *label);

} // namespace Ui::StatusColors
