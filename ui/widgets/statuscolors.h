// The few colours the console uses on purpose, in one place: mid-tone hues that stay readable
// on light and dark palettes (as text, as a tint behind text, and as chart marks).
#pragma once

#include <QColor>

#include <algorithm>

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

// Distinct hues for any number of series (instances in charts, units in a timeline); the chart
// themes only have five.
inline QColor series(qsizetype index, qsizetype count)
{
    return QColor::fromHsvF(float(index) / float(std::max<qsizetype>(count, 1)), 0.7f, 0.85f);
}

// Styles a label for error text (red, wrapping, hidden until it has something to say).
void makeErrorLabel(QLabel *label);

} // namespace Ui::StatusColors
