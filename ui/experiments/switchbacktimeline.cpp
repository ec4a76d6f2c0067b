// The switchback timeline strip.
#include "switchbacktimeline.h"

#include "ui/widgets/statuscolors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace Ui {

namespace {

// Minutes from the plan's start to the start of each unit, and to its end after the last.
QList<double> unitBoundaries(const Api::SwitchbackPlan &plan)
{
    QList<double> minutes{0};
    for (const Api::SwitchbackUnit &unit : plan.units)
        minutes.append(minutes.last() + unit.durationMinutes);
    return minutes;
}

} // namespace

SwitchbackTimeline::SwitchbackTimeline(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("switchbackTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Switchback plan"));
    describePlan();
    // The "now" marker moves by itself; a repaint twice a minute is plenty for minute-long units.
    auto *tick = new QTimer(this);
    tick->setInterval(30 * 1000);
    connect(tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    tick->start();
}

void SwitchbackTimeline::setPlan(const Api::SwitchbackPlan &plan, const QString &baselineInstance,
                                 const QString &candidateInstance)
{
    m_plan = plan;
    m_baseline = baselineInstance;
    m_candidate = candidateInstance;
    describePlan();
    update();
}

void SwitchbackTimeline::describePlan()
{
    // What the strip shows at a glance, for those who cannot see it.
    if (m_plan.units.isEmpty()) {
        setAccessibleDescription(tr("No plan yet"));
        return;
    }
    const auto onCandidate = std::count_if(
        m_plan.units.cbegin(), m_plan.units.cend(),
        [this](const Api::SwitchbackUnit &unit) { return unit.instanceId == m_candidate; });
    const int units = int(m_plan.units.size());
    const QStringList sentences{
        tr("%n unit(s) from %1 to %2.", nullptr, units)
            .arg(QLocale().toString(m_plan.start.toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(m_plan.end().toLocalTime(), QLocale::ShortFormat)),
        tr("The candidate %1 runs in %n of them.", nullptr, int(onCandidate)).arg(m_candidate),
        tr("The baseline %1 runs in %n of them.", nullptr, units - int(onCandidate))
            .arg(m_baseline)};
    setAccessibleDescription(sentences.join(QLatin1Char(' ')));
}

void SwitchbackTimeline::setRunTimes(const QList<QDateTime> &times)
{
    m_runTimes = times;
    update();
}

void SwitchbackTimeline::clear()
{
    setPlan({}, {}, {});
    setRunTimes({});
}

void SwitchbackTimeline::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    update();
}

QSize SwitchbackTimeline::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, minimumSizeHint().height()};
}

QSize SwitchbackTimeline::minimumSizeHint() const
{
    // The strip is two text lines high, with room for the ticks above and the marker below.
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 2 + tickLength() * 2};
}

int SwitchbackTimeline::tickLength() const
{
    // Scales with the font, so the strip reads the same on high-DPI screens.
    return std::max(3, fontMetrics().height() / 3);
}

QRect SwitchbackTimeline::stripRect() const
{
    return rect().adjusted(1, tickLength() + 1, -1, -tickLength() - 1);
}

std::optional<int> SwitchbackTimeline::positionOf(const QDateTime &time) const
{
    const QList<double> bounds = unitBoundaries(m_plan);
    if (!m_plan.start.isValid() || bounds.last() <= 0 || !time.isValid())
        return std::nullopt;
    const double minutes = double(m_plan.start.msecsTo(time)) / 60000.0;
    if (minutes < 0 || minutes > bounds.last())
        return std::nullopt;
    const QRect strip = stripRect();
    return strip.left() + int(minutes / bounds.last() * strip.width());
}

QRect SwitchbackTimeline::unitRect(int index) const
{
    const QList<double> bounds = unitBoundaries(m_plan);
    if (index < 0 || index >= m_plan.units.size() || bounds.last() <= 0)
        return {};
    const QRect strip = stripRect();
    const int left = strip.left() + int(bounds.at(index) / bounds.last() * strip.width());
    const int right = strip.left() + int(bounds.at(index + 1) / bounds.last() * strip.width());
    return QRect(QPoint(left, strip.top()), QPoint(std::max(left, right - 1), strip.bottom()));
}

int SwitchbackTimeline::unitAtPosition(int x) const
{
    for (int i = 0; i < m_plan.units.size(); ++i) {
        const QRect cell = unitRect(i);
        if (x >= cell.left() && x <= cell.right())
            return i;
    }
    return -1;
}

QColor SwitchbackTimeline::instanceColor(const QString &instanceId) const
{
    if (instanceId == m_baseline)
        return StatusColors::series(0, 2);
    if (instanceId == m_candidate)
        return StatusColors::series(1, 2);
    return StatusColors::neutral();
}

QList<int> SwitchbackTimeline::runTickPositions() const
{
    QList<int> positions;
    for (const QDateTime &time : m_runTimes) {
        if (const auto x = positionOf(time))
            positions.append(*x);
    }
    return positions;
}

std::optional<int> SwitchbackTimeline::nowPosition() const
{
    return positionOf(m_clock());
}

void SwitchbackTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect strip = stripRect();
    if (m_plan.units.isEmpty()) {
        painter.drawText(strip, Qt::AlignCenter, tr("No plan"));
        return;
    }
    for (int i = 0; i < m_plan.units.size(); ++i)
        painter.fillRect(unitRect(i), instanceColor(m_plan.units.at(i).instanceId));
    painter.setPen(palette().color(QPalette::WindowText));
    for (const int x : runTickPositions())
        painter.drawLine(x, strip.top() - tickLength(), x, strip.top() - 1);
    if (const auto now = nowPosition()) {
        QPen pen(palette().color(QPalette::WindowText));
        pen.setWidth(2);
        painter.setPen(pen);
        painter.drawLine(*now, strip.top() - tickLength(), *now, strip.bottom() + tickLength());
    }
}

bool SwitchbackTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int index = unitAtPosition(help->pos().x());
    if (index < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Api::SwitchbackUnit &unit = m_plan.units.at(index);
    const QList<double> bounds = unitBoundaries(m_plan);
    const QLocale locale;
    const auto at = [&](double minutes) {
        return locale.toString(m_plan.start.addSecs(qint64(minutes * 60)).toLocalTime(),
                               QLocale::ShortFormat);
    };
    const QString role = unit.instanceId == m_baseline ? tr("baseline")
        : unit.instanceId == m_candidate               ? tr("candidate")
                                                       : tr("other");
    QToolTip::showText(
        help->globalPos(),
        tr("Unit %1: %2 (%3)\n%4 – %5")
            .arg(unit.index + 1)
            .arg(unit.instanceId, role, at(bounds.at(index)), at(bounds.at(index + 1))),
        this, unitRect(index));
    return true;
}

} // namespace Ui
