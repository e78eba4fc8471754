<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>ErrorDialog</source>
        <comment>… and 1 more platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ErrorDialog</source>
        <comment>… and {n} more platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: nothing was written. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the database is ahead of this code or holds unknown revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only branch is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} branches are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} module behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} modules behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} revision to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} revisions to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was migrated by a newer release: it is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds revisions this code does not know: it is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration run did not finish: the {direction} to {target} started by {actor} at {time} was interrupted (its process ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had not changed anything yet: the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database may be part-way between revisions. Restore the copy taken before the run ({path}), or plan and run the migration again. From a terminal: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no copy to restore: plan and run the migration again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registry drift: every module code is known and every core module is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem that schema migrations do not see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problems that schema migrations do not see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows naming a module this release no longer has, or core modules missing on platforms. Repair renames the rows to the module that replaces the old code and enables the core modules, in one audited transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heads — every branch to its head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{branch}@head — {branch} to {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{revision} — {branch} up to {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{branch}@base — remove {branch} (drops its tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{revision} — {branch} down to {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a super admin can repair registry drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the copy of the database taken before the interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a super admin can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a super admin can run migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds revisions this code does not know: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan first: the run does exactly what the plan shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downgrade guard refuses this plan (see the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan shown below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the database is already at {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{direction} to {target}: 1 revision, on {branches}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{direction} to {target}: {n} revisions, in this order, on {branches}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes data of {modules} ({revisions}); you will be asked to confirm first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- SQLite: statements captured from a dry run on a scratch copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- PostgreSQL: Alembic&apos;s offline SQL; the run is one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} (on 1 platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} (on {n} platforms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this downgrade drops the tables of {modules}, on 1 platform: {platforms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: this downgrade drops the tables of {modules}, on {n} platforms: {platforms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {modules} on every platform first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{modules}: core, on for every platform; their tables stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{direction} to {target}: 1 revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{direction} to {target}: {n} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{index}/{total}] {direction} {revision} ({branch}): {message} — {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{direction} to {target} done: 1 revision applied in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{direction} to {target} done: {n} revisions applied in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the database before the run is kept at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed in {revision}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before the first revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and kept before the failure: {revisions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before the run is saved at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed{where}. Applied and kept before the failure: {applied}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled. PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled after the current revision. Applied and kept: {revisions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before the run is saved at {path}: restore it to undo the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled. Applied and kept before the cancel: {applied}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the database from {path}; its revisions are now: {heads}. The database as it was before the restore is saved at {saved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 platform changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} platforms changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 refused platform skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} refused platforms skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PaymentStatus</source>
        <comment>captured</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PaymentStatus</source>
        <comment>awaiting funds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PaymentStatus</source>
        <comment>processing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PaymentStatus</source>
        <comment>action required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PaymentStatus</source>
        <comment>failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms: {platforms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: {modules}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a core module and stays enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed by a module this change enables, and disabled by it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an internal module: only a super admin may change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not change the modules of this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: stored encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration run did not finish: the Migrations page says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of about {total} rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows of this list, all pages of the current filter, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Platform Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proprietary: for use under your organisation&apos;s agreement ({expression})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Platform Console&lt;/b&gt; {version}&lt;br&gt;Administration console of the modular commerce platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these details as text, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsMixin</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key of secret settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload page</source>
        <translation>Seite neu laden</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished">Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column widths, order, sorting and pane sizes as at first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Platform Console…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to: {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{command}” is not available now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring. Try again what needed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveRefundDialog</name>
    <message>
        <source>Approve refund #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving sends {amount} back to the customer through {gateway} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries of this user only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who (as shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in the Who column (demo, admin:ann, cli:ops), or a user name alone (ann).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entries that touched this platform only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its request, plan and outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchStatusModel</name>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown to this code: {revisions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to run: {messages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to run: {messages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in this code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} platforms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelledRunDialog</name>
    <message>
        <source>The database is not ready: the console closes. Start it again to prepare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the database was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksTable</name>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page or an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value (JSON or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>This database was migrated by a newer release ({revisions}); it is open read-only. Nothing is migrated down behind your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating {revision}: {message} ({index}/{total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestructiveConfirmDialog</name>
    <message>
        <source>Downgrading deletes data of {modules}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This upgrade deletes or changes data of {modules}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot undo this. A copy of the whole database is saved first; only restoring that copy brings the data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot undo this: only a backup of the database brings the data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade and delete the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade and change the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the data of {modules} will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {tables} table with all its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {tables} tables with all their rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {columns} column of {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {columns} columns of {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values of {columns} in {table} are converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data (see the statements below)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a row to see its detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores of the merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this customer&apos;s e-mail, phone and address; audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain: {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant: {code} · {name} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores: {stores} on 1 platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores: {stores} on {n} platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail, phone and address are masked. To see one customer&apos;s, select it and choose “Reveal personal data…”: that is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail, phone and address are masked: your role may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed (audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, code, e-mail or domain (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any field contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the selected {noun}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only code, name and created sort (the indexed columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not suspend or reactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend {noun} {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending stops {code} from trading. Say why: the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate {noun} {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivating lets {code} trade again. Say why: the reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer whose personal data is masked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the personal data of customer {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail, phone and address of {name} will be shown. This is recorded in the audit log with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message>
        <source>Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable the core module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename to {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no module replaces it (left as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core module missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The application keeps running; the details are in the log file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Health events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest notification (no system tray): {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Platform Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {database} had no admin user yet. It has been migrated to the newest schema ({applied}). Create its first super admin: this account can do everything, including creating the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 revision applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} revisions applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform whose module states the graph shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the graph only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a module to highlight what it requires and what requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 module enabled on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} modules enabled on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: requires {requires}; required by {dependents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sample yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target}: {old} → {new}. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plotting {metric} of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of {name} is used until the console closes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health report written: {html} and {json}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a health report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the health checks now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLockMixin</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactPreviewDialog</name>
    <message>
        <source>Preview of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;disable the modules that need it (cascade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some platforms are refused because other modules require this one: tick the box above to disable those modules too, and see what that changes before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All or nothing: if any platform is refused, write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable %1 (cascade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 %2 pulled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 %2 by cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would change, %2 already as requested, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip refused platforms and change the remaining platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip refused platforms and change the remaining %1 platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be applied: %1 refused, and no other platform would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply is disabled: %1 of %2 would be refused, and with “all or nothing” a single refusal means nothing is written. Choose “skip refused platforms” to change %3, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remaining platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remaining %1 platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply is disabled: no platform would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a platform to see its changes in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying… %1 of %2 platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the current batch finishes first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Encryption key of secret settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret settings were saved with another encryption key than the one on this computer, so they cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key on this computer is damaged: it is not a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret settings (API keys of marketplaces, for instance) are stored encrypted. This computer does not have the encryption key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe did not accept the API key on this computer: it may have been replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds through Stripe need the platform&apos;s Stripe API key, and this computer does not have it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment this console was started in sets this key, and that value wins over anything stored here. Ask whoever set up this computer to change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a super admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not set this key. Ask {names} (super admin) to sign in to Platform Console on this computer and choose Account ▸ {title}…; the key is then kept in this computer&apos;s keyring for you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key the platform already uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept a copy of this key in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key, 44 letters and digits ending in =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_live_… or sk_test_… (Stripe Dashboard ▸ Developers ▸ API keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the key in a safe place, such as a password manager. Secret settings saved with it cannot be read without it: if the key is lost, they are lost and must be entered again. The platform&apos;s servers need the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an encryption key of Platform Console: 44 letters and digits, ending in =.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Stripe secret key starts with sk_ (or rk_ for a restricted key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in (it needs a desktop session with a keyring service, such as GNOME Keyring or KWallet). Ask whoever set up this computer to give the key to the console through its environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardMixin</name>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenuMixin</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>LayoutMixin</name>
    <message>
        <source>The layout is back to its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{n} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Platform Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerchantsPage</name>
    <message>
        <source>merchant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationProgressDialog</name>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationTabs</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL of the plan shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs, revision by revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target and press Plan: nothing runs before you press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationsPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the selected branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the revisions and the SQL, without running anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run after the revision it is applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Plan to see the revisions and the SQL for this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning {direction} to {target}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot plan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: {target} is already reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error during the run: {error}. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reload the status: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running {revision}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {direction} to {target} started by {actor} at {time} was interrupted before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot repair: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run (nothing written): {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry drift repaired: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleDetails</name>
    <message>
        <source>About the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a module and a platform (a row of the matrix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleGraphView</name>
    <message>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3 tier&lt;br&gt;%4&lt;br&gt;Requires: %5&lt;br&gt;Required by: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core — always on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal — staff only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Enable on target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable on target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade: also disable what requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selected module on or off there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable {module} on target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {module} on target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check target platforms below (or “All platforms”) and select a module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of {module}: select a platform (a row of the matrix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of &lt;b&gt;{module}&lt;/b&gt; on &lt;b&gt;{platform}&lt;/b&gt; ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the settings of {module} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable {module} on {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {module} on {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {module} and what requires it on {where}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of {module} on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationMixin</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineHealthWindow</name>
    <message>
        <source>Platform Console — offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no database, nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Select an order to see its lines and payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} — store {store}, {status}, {created}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{captured} of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by order number, store or merchant (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve pending refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payment to see its refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds of the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected refund; Ctrl+E exports the refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} payments shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #{id} — {status}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to refund, or your role may not refund here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a refund awaiting approval (approvers only; not your own request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #{id} of {amount} awaits approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #{id} of {amount} done ({gateway} {ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #{id} of {amount}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #{id} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject refund #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (shown to {who}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending refunds resolved: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStepModel</name>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTRUCTIVE: {statements}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules enabled because the request names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules enabled because a requested module needs them, with the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules disabled: requested, or by cascade with the chain of what needed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing would be written for this platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cascade: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformMatrix</name>
    <message>
        <source>Modules by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} selected platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — 1 platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — {n:,} platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> matching “{search}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · double-click a cell to toggle, right-click for more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformMatrixModel</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} is enabled on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} is disabled on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformSelector</name>
    <message>
        <source>Search platforms by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every platform, including platforms created later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every platform the search shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 platforms selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 selected, %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotTabs</name>
    <message>
        <source>Loading the plots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric name, or PromQL for a Prometheus server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an endpoint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a PromQL expression for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cannot list metrics: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} metrics on {name}: counters are plotted as rates, histograms as quantiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PostgreSQL profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund payment #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured {captured}, refunded {refunded}, pending {pending}, awaiting approval {awaiting}.
Refundable now: {remaining}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {currency}, with its decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required; kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {remaining} can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without approval, a payment&apos;s refunds may total up to {limit}; {held} is already refunded or requested on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your refunds may total up to {daily} in 24 hours; {today} so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above that, the refund is recorded and waits for a platform admin&apos;s approval (nothing is sent until then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund will wait for approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair registry drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair runs in one transaction and is written to the audit log: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML file (the JSON goes next to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring puts back the copy of the database taken before the run, undoing what the run changed; anything else written to the database since the copy is lost, except the audit log, which is carried over. The copy is checked first, and the database as it is now is saved, so the restore itself can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Restore the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, nothing was run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgressDialog</name>
    <message>
        <source>Migration progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingStrip</name>
    <message>
        <source>Another console (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} on this computer is polling the health targets: this page shows what it writes to the health history, and polls itself when that console closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Session locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (password {password}) — double-click to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>super admin: everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform admin: own platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support: merchants, payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator: health, read-only modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform Console was not used for {minutes} minutes, so it hid its pages to keep them from other eyes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform Console is locked: its pages are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To carry on where you left off, enter the password of {user}. Anything you had not saved is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Ask an administrator to unlock it, or try again after {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleStrip</name>
    <message>
        <source>Stale data: 1 target without a fresh sample, since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale data: {n} targets without a fresh sample, since {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Platform Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working, with at least one check reporting a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module is enabled on this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module is disabled on this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after too many failed sign-ins, or by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Loading the migration status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusMixin</name>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>super admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected · live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetChooser</name>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to migrate to, or type a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of 1 revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of {n} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Platform endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (kept in the OS keyring when set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s PLATFORM_HEALTH_TOKEN: it shows /health&apos;s details and /metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances (PromQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed polls before unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPlatforms</name>
    <message>
        <source>&lt;b&gt;Target platforms&lt;/b&gt; of Enable / Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <source>Add endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every target is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreachableDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open {profile}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode works without the database: the health history kept on this computer and the local checks, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign platforms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {role} {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} is now {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}: platforms assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}: password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New admin user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform codes, for platform admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform admin may toggle and configure modules, and read the audit, on their own platforms only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-00001 demo-00002 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current list (else add to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>Offline mode: the local checks and the history kept on this computer, read-only. Remote targets are not polled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
