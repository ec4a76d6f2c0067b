// The verdict of one acceptance-test metric: does the candidate's statistic compare to the
// control's as the operator asks, within the tolerance? A tolerance lets the candidate be
// worse by up to that much (absolute, or relative to the control's value: 0.05 = 5 %).
// Shared by the server (which decides) and the console (which shows the margin).
#pragma once

#include <QString>

namespace Api {

struct AcceptanceRule
{
    QString op = QStringLiteral("ge"); // eq, ne, gt, ge, lt, le
    QString toleranceType = QStringLiteral(""); // absolute, relative, or "" (none)
    double toleranceValue = 0;

    static bool isKnownOperator(const QString &op);
    // The allowance in the statistic's own units.
    double allowance(double control) const;
    bool passes(double candidate, double control) const;
    // How far the candidate sits inside (positive) or outside (negative) the pass threshold,
    // in the statistic's units. Zero is the threshold itself (passes for ge/le/eq only).
    double margin(double candidate, double control) const;
};

} // namespace Api
