<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Api::NextmvClient</name>
    <message numerus="yes">
        <source>%n listed item(s) could not be read and are left out (%1).</source>
        <translation>
            <numerusform>%n listed item could not be read and is left out (%1).</numerusform>
            <numerusform>%n listed items could not be read and are left out (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::ExperimentListModel</name>
    <message numerus="yes">
        <source>%1 / %n run(s)</source>
        <translation>
            <numerusform>%1 / %n run</numerusform>
            <numerusform>%1 / %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n baseline run(s)</source>
        <translation>
            <numerusform>%1 / %n baseline run</numerusform>
            <numerusform>%1 / %n baseline runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n unit(s)</source>
        <translation>
            <numerusform>%1 / %n unit</numerusform>
            <numerusform>%1 / %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <comment>summary of a JSON object</comment>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <comment>summary of a JSON array</comment>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Models::LineDiffModel</name>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s)</source>
        <translation>
            <numerusform>⋯ %n unchanged line</numerusform>
            <numerusform>⋯ %n unchanged lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::BatchResultsView</name>
    <message numerus="yes">
        <source>%1 of %n run(s) done</source>
        <translation>
            <numerusform>%1 of %n run done</numerusform>
            <numerusform>%1 of %n runs done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ChartPanel</name>
    <message numerus="yes">
        <source>Chart with %n series; Export PNG saves it as an image.</source>
        <translation>
            <numerusform>Chart with %n series; Export PNG saves it as an image.</numerusform>
            <numerusform>Chart with %n series; Export PNG saves it as an image.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CommandPalette</name>
    <message numerus="yes">
        <source>The best %1 of %n matches</source>
        <translation>
            <numerusform>The best %1 of %n match</numerusform>
            <numerusform>The best %1 of %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CompareRunsWindow</name>
    <message numerus="yes">
        <source>Compare %n Run(s)</source>
        <translation>
            <numerusform>Compare %n Run</numerusform>
            <numerusform>Compare %n Runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %n run(s)…</source>
        <translation>
            <numerusform>Loading %n run…</numerusform>
            <numerusform>Loading %n runs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) compared.</source>
        <translation>
            <numerusform>%n run compared.</numerusform>
            <numerusform>%n runs compared.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ExperimentCharts</name>
    <message numerus="yes">
        <source>%1 higher (%n input(s))</source>
        <translation>
            <numerusform>%1 higher (%n input)</numerusform>
            <numerusform>%1 higher (%n inputs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 lower (%n input(s))</source>
        <translation>
            <numerusform>%1 lower (%n input)</numerusform>
            <numerusform>%1 lower (%n inputs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Equal (%n input(s))</source>
        <translation>
            <numerusform>Equal (%n input)</numerusform>
            <numerusform>Equal (%n inputs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ExperimentsTab</name>
    <message numerus="yes">
        <source>Canceled %n run(s) of experiment %1.</source>
        <translation>
            <numerusform>Canceled %n run of experiment %1.</numerusform>
            <numerusform>Canceled %n runs of experiment %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::InputSetsTab</name>
    <message numerus="yes">
        <source>%1 — %n input(s)</source>
        <translation>
            <numerusform>%1 — %n input</numerusform>
            <numerusform>%1 — %n inputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) are still running and will be stopped. Quit anyway?</source>
        <translation>
            <numerusform>%n transfer is still running and will be stopped. Quit anyway?</numerusform>
            <numerusform>%n transfers are still running and will be stopped. Quit anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewExperimentWizard</name>
    <message numerus="yes">
        <source>%1 (%n input(s))</source>
        <translation>
            <numerusform>%1 (%n input)</numerusform>
            <numerusform>%1 (%n inputs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::NewSwitchbackTestDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OnlineTestDialog</name>
    <message numerus="yes">
        <source>A test compares two instances; this app has %n.</source>
        <translation>
            <numerusform>A test compares two instances; this app has %n.</numerusform>
            <numerusform>A test compares two instances; this app has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OnlineTestView</name>
    <message numerus="yes">
        <source>%1 of %n baseline run(s) seen</source>
        <translation>
            <numerusform>%1 of %n baseline run seen</numerusform>
            <numerusform>%1 of %n baseline runs seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), from %1 once started</source>
        <translation>
            <numerusform>%n unit, from %1 once started</numerusform>
            <numerusform>%n units, from %1 once started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), from when it is started</source>
        <translation>
            <numerusform>%n unit, from when it is started</numerusform>
            <numerusform>%n units, from when it is started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 of %2 on %3, until %4; %n run(s) so far</source>
        <translation>
            <numerusform>Unit %1 of %2 on %3, until %4; %n run so far</numerusform>
            <numerusform>Unit %1 of %2 on %3, until %4; %n runs so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan ended at %1; %n run(s)</source>
        <translation>
            <numerusform>The plan ended at %1; %n run</numerusform>
            <numerusform>The plan ended at %1; %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::OutputDiffView</name>
    <message numerus="yes">
        <source>The first %n structural changes (there are more).</source>
        <translation>
            <numerusform>The first %n structural change (there are more).</numerusform>
            <numerusform>The first %n structural changes (there are more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n structural change(s).</source>
        <translation>
            <numerusform>%n structural change.</numerusform>
            <numerusform>%n structural changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::QueueWindow</name>
    <message numerus="yes">
        <source>%n run(s) running</source>
        <translation>
            <numerusform>%n run running</numerusform>
            <numerusform>%n runs running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued, across all applications.</source>
        <translation>
            <numerusform>%n queued, across all applications.</numerusform>
            <numerusform>%n queued, across all applications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::RunsTab</name>
    <message numerus="yes">
        <source>Make Input Set from %n Selected Run(s)…</source>
        <translation>
            <numerusform>Make Input Set from %n Selected Run…</numerusform>
            <numerusform>Make Input Set from %n Selected Runs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n runs? Their apps are stopped and the runs end as canceled; their inputs and logs are kept.</source>
        <translation>
            <numerusform>Cancel %n run? Its app is stopped and the run ends as canceled; its input and logs are kept.</numerusform>
            <numerusform>Cancel %n runs? Their apps are stopped and the runs end as canceled; their inputs and logs are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compare %n Selected Run(s)…</source>
        <translation>
            <numerusform>Compare %n Selected Run…</numerusform>
            <numerusform>Compare %n Selected Runs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::SwitchbackTimeline</name>
    <message numerus="yes">
        <source>%n unit(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n unit from %1 to %2.</numerusform>
            <numerusform>%n units from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The candidate %1 runs in %n of them.</source>
        <translation>
            <numerusform>The candidate %1 runs in %n of them.</numerusform>
            <numerusform>The candidate %1 runs in %n of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline %1 runs in %n of them.</source>
        <translation>
            <numerusform>The baseline %1 runs in %n of them.</numerusform>
            <numerusform>The baseline %1 runs in %n of them.</numerusform>
        </translation>
    </message>
</context>
</TS>
