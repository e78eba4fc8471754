<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown</source>
        <translation>
            <numerusform>%Ln entry shown</numerusform>
            <numerusform>%Ln entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown (scroll for more)</source>
        <translation>
            <numerusform>%Ln entry shown (scroll for more)</numerusform>
            <numerusform>%Ln entries shown (scroll for more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BranchStatusModel</name>
    <message numerus="yes">
        <source>%Ln to run: {messages}</source>
        <translation>
            <numerusform>%Ln to run: {messages}</numerusform>
            <numerusform>%Ln to run: {messages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln platform</numerusform>
            <numerusform>%Ln platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>Stores: {stores} on %Ln platform(s)</source>
        <translation>
            <numerusform>Stores: {stores} on %Ln platform</numerusform>
            <numerusform>Stores: {stores} on %Ln platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message numerus="yes">
        <source>{platforms} and %Ln more</source>
        <translation>
            <numerusform>{platforms} and %Ln more</numerusform>
            <numerusform>{platforms} and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>… and %Ln more platform(s)</source>
        <translation>
            <numerusform>… and %Ln more platform</numerusform>
            <numerusform>… and %Ln more platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>A password needs at least %Ln character(s).</source>
        <translation>
            <numerusform>A password needs at least %Ln character.</numerusform>
            <numerusform>A password needs at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An e-mail or domain search needs at least %Ln character(s).</source>
        <translation>
            <numerusform>An e-mail or domain search needs at least %Ln character.</numerusform>
            <numerusform>An e-mail or domain search needs at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s).</source>
        <translation>
            <numerusform>At least %Ln character.</numerusform>
            <numerusform>At least %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln character(s).</source>
        <translation>
            <numerusform>At most %Ln character.</numerusform>
            <numerusform>At most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln item(s).</source>
        <translation>
            <numerusform>At least %Ln item.</numerusform>
            <numerusform>At least %Ln items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln item(s).</source>
        <translation>
            <numerusform>At most %Ln item.</numerusform>
            <numerusform>At most %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message numerus="yes">
        <source>%Ln revision(s) applied</source>
        <translation>
            <numerusform>%Ln revision applied</numerusform>
            <numerusform>%Ln revisions applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatePlot</name>
    <message numerus="yes">
        <source>changed: %Ln platform(s)</source>
        <translation>
            <numerusform>changed: %Ln platform</numerusform>
            <numerusform>changed: %Ln platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not changed yet: %Ln platform(s)</source>
        <translation>
            <numerusform>not changed yet: %Ln platform</numerusform>
            <numerusform>not changed yet: %Ln platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateTexts</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln changed platform(s) have a value {condition}.</source>
        <translation>
            <numerusform>The changed platform has a value {condition}.</numerusform>
            <numerusform>All %Ln changed platforms have a value {condition}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) not {condition}: {values}</source>
        <translation>
            <numerusform>%Ln platform not {condition}: {values}</numerusform>
            <numerusform>%Ln platforms not {condition}: {values}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) without a sample: {platforms}</source>
        <translation>
            <numerusform>%Ln platform without a sample: {platforms}</numerusform>
            <numerusform>%Ln platforms without a sample: {platforms}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln changed platform(s) has a sample to compare.</source>
        <translation>
            <numerusform>The changed platform has no sample to compare.</numerusform>
            <numerusform>None of the %Ln changed platforms has a sample to compare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message numerus="yes">
        <source>%Ln module(s) enabled on {platform}</source>
        <translation>
            <numerusform>%Ln module enabled on {platform}</numerusform>
            <numerusform>%Ln modules enabled on {platform}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactPreviewDialog</name>
    <message numerus="yes">
        <source>on %Ln platform(s)</source>
        <translation>
            <numerusform>on %Ln platform</numerusform>
            <numerusform>on %Ln platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln platform</numerusform>
            <numerusform>%Ln platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kip refused platforms and change the remaining %Ln platform(s)</source>
        <translation>
            <numerusform>S&amp;kip refused platforms and change the remaining %Ln platform</numerusform>
            <numerusform>S&amp;kip refused platforms and change the remaining %Ln platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the remaining %Ln platform(s)</source>
        <translation>
            <numerusform>the remaining %Ln platform</numerusform>
            <numerusform>the remaining %Ln platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message numerus="yes">
        <source>{currency} has %n decimal(s).</source>
        <translation>
            <numerusform>{currency} has %n decimal.</numerusform>
            <numerusform>{currency} has %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationTexts</name>
    <message numerus="yes">
        <source>All %Ln branch(es) are up to date</source>
        <translation>
            <numerusform>All %Ln branch are up to date</numerusform>
            <numerusform>All %Ln branches are up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) behind</source>
        <translation>
            <numerusform>%Ln module behind</numerusform>
            <numerusform>%Ln modules behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) to run</source>
        <translation>
            <numerusform>%Ln revision to run</numerusform>
            <numerusform>%Ln revisions to run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) that schema migrations do not see:</source>
        <translation>
            <numerusform>%Ln problem that schema migrations do not see:</numerusform>
            <numerusform>%Ln problems that schema migrations do not see:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target}: %Ln revision(s), in this order, on {branches}.</source>
        <translation>
            <numerusform>Upgrade to {target}: %Ln revision, in this order, on {branches}.</numerusform>
            <numerusform>Upgrade to {target}: %Ln revisions, in this order, on {branches}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target}: %Ln revision(s), in this order, on {branches}.</source>
        <translation>
            <numerusform>Downgrade to {target}: %Ln revision, in this order, on {branches}.</numerusform>
            <numerusform>Downgrade to {target}: %Ln revisions, in this order, on {branches}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platforms} and %Ln more</source>
        <translation>
            <numerusform>{platforms} and %Ln more</numerusform>
            <numerusform>{platforms} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{module} (on %Ln platform(s))</source>
        <translation>
            <numerusform>{module} (on %Ln platform)</numerusform>
            <numerusform>{module} (on %Ln platforms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: this downgrade drops the tables of {modules}, on %Ln platform(s): {platforms}.</source>
        <translation>
            <numerusform>Refused: this downgrade drops the tables of {modules}, on %Ln platform: {platforms}.</numerusform>
            <numerusform>Refused: this downgrade drops the tables of {modules}, on %Ln platforms: {platforms}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target}: %Ln revision(s)</source>
        <translation>
            <numerusform>Upgrade to {target}: %Ln revision</numerusform>
            <numerusform>Upgrade to {target}: %Ln revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target}: %Ln revision(s)</source>
        <translation>
            <numerusform>Downgrade to {target}: %Ln revision</numerusform>
            <numerusform>Downgrade to {target}: %Ln revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target} done: %Ln revision(s) applied in {seconds} s.</source>
        <translation>
            <numerusform>Upgrade to {target} done: %Ln revision applied in {seconds} s.</numerusform>
            <numerusform>Upgrade to {target} done: %Ln revisions applied in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target} done: %Ln revision(s) applied in {seconds} s.</source>
        <translation>
            <numerusform>Downgrade to {target} done: %Ln revision applied in {seconds} s.</numerusform>
            <numerusform>Downgrade to {target} done: %Ln revisions applied in {seconds} s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleListModel</name>
    <message numerus="yes">
        <source>%Ln platform(s) changed.</source>
        <translation>
            <numerusform>%Ln platform changed.</numerusform>
            <numerusform>%Ln platforms changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused platform(s) skipped.</source>
        <translation>
            <numerusform>%Ln refused platform skipped.</numerusform>
            <numerusform>%Ln refused platforms skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message numerus="yes">
        <source>%Ln payment(s) shown</source>
        <translation>
            <numerusform>%Ln payment shown</numerusform>
            <numerusform>%Ln payments shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) shown (scroll for more)</source>
        <translation>
            <numerusform>%Ln payment shown (scroll for more)</numerusform>
            <numerusform>%Ln payments shown (scroll for more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>%Ln succeeded</numerusform>
            <numerusform>%Ln succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still pending</source>
        <translation>
            <numerusform>%Ln still pending</numerusform>
            <numerusform>%Ln still pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformMatrix</name>
    <message numerus="yes">
        <source>%Ln selected platform(s)</source>
        <translation>
            <numerusform>%Ln selected platform</numerusform>
            <numerusform>%Ln selected platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) matching “{search}” with the tag “{tag}”</source>
        <translation>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform matching “{search}” with the tag “{tag}”</numerusform>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platforms matching “{search}” with the tag “{tag}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) with the tag “{tag}”</source>
        <translation>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform with the tag “{tag}”</numerusform>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platforms with the tag “{tag}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) matching “{search}”</source>
        <translation>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform matching “{search}”</numerusform>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platforms matching “{search}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform</numerusform>
            <numerusform>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotTabs</name>
    <message numerus="yes">
        <source>%Ln metric(s) on {name}: counters are plotted as rates, histograms as quantiles.</source>
        <translation>
            <numerusform>%Ln metric on {name}: counters are plotted as rates, histograms as quantiles.</numerusform>
            <numerusform>%Ln metrics on {name}: counters are plotted as rates, histograms as quantiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutCreateDialog</name>
    <message numerus="yes">
        <source>%Ln target platform(s)</source>
        <translation>
            <numerusform>%Ln target platform</numerusform>
            <numerusform>%Ln target platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would change</source>
        <translation>
            <numerusform>%Ln would change</numerusform>
            <numerusform>%Ln would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag:%1 (%Ln platform(s))</source>
        <translation>
            <numerusform>tag:%1 (%Ln platform)</numerusform>
            <numerusform>tag:%1 (%Ln platforms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln wave(s)</source>
        <translation>
            <numerusform>%Ln wave</numerusform>
            <numerusform>%Ln waves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln platform</numerusform>
            <numerusform>%Ln platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) refuse the change: the rollout would be refused.</source>
        <translation>
            <numerusform>%Ln platform refuse the change: the rollout would be refused.</numerusform>
            <numerusform>%Ln platforms refuse the change: the rollout would be refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutTexts</name>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln platform</numerusform>
            <numerusform>%Ln platforms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rollout disables {modules} again, with what it pulled in, on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>The rollout disables {modules} again, with what it pulled in, on %Ln platform, newest wave first.</numerusform>
            <numerusform>The rollout disables {modules} again, with what it pulled in, on %Ln platforms, newest wave first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) that had it before keep it.</source>
        <translation>
            <numerusform>%Ln platform that had it before keep it.</numerusform>
            <numerusform>%Ln platforms that had it before keep it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rollout enables {modules} again on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>The rollout enables {modules} again on %Ln platform, newest wave first.</numerusform>
            <numerusform>The rollout enables {modules} again on %Ln platforms, newest wave first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) that did not have it before stay without it.</source>
        <translation>
            <numerusform>%Ln platform that did not have it before stay without it.</numerusform>
            <numerusform>%Ln platforms that did not have it before stay without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The settings of {modules} go back to their previous values on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>The settings of {modules} go back to their previous values on %Ln platform, newest wave first.</numerusform>
            <numerusform>The settings of {modules} go back to their previous values on %Ln platforms, newest wave first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platforms} in %Ln wave(s)</source>
        <translation>
            <numerusform>{platforms} in %Ln wave</numerusform>
            <numerusform>{platforms} in %Ln waves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %Ln wave(s) applied</source>
        <translation>
            <numerusform>all %Ln wave applied</numerusform>
            <numerusform>all %Ln waves applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutsPage</name>
    <message numerus="yes">
        <source>%Ln rollout(s)</source>
        <translation>
            <numerusform>%Ln rollout</numerusform>
            <numerusform>%Ln rollouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleStrip</name>
    <message numerus="yes">
        <source>Stale data: %Ln target(s) without a fresh sample, since {when}</source>
        <translation>
            <numerusform>Stale data: %Ln target without a fresh sample, since {when}</numerusform>
            <numerusform>Stale data: %Ln targets without a fresh sample, since {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetChooser</name>
    <message numerus="yes">
        <source>%v of %Ln revision(s)</source>
        <translation>
            <numerusform>%v of %Ln revision</numerusform>
            <numerusform>%v of %Ln revisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message numerus="yes">
        <source>%n check(s) healthy</source>
        <translation>
            <numerusform>%n check healthy</numerusform>
            <numerusform>%n checks healthy</numerusform>
        </translation>
    </message>
</context>
</TS>
